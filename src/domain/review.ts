/**
 * The review round («høring») of a referat (#18 §2), pure: who was asked, their answers
 * («Godkjenn» / «Har merknad» with a remark), the tally, and the secretariat's corrections of the
 * draft kept as versions. One round per document; a new round closes the previous one and starts
 * with no answers, so what was answered in round 1 stays in round 1's document as history.
 */
import type { MeetingData } from './meeting-types';
import { stripBidi } from './text';
import type { Locale } from './language';

export type ReviewChoice = 'approve' | 'remark';

/** A remark is a paragraph or a few, never a document: longer ones are refused, not cut. */
export const MAX_REMARK_CHARS = 4000;
/** Without «frist dd.mm.åååå»: a week from the day the round is sent. */
export const DEFAULT_REVIEW_DAYS = 7;
/** A correction is the item's referat text, as long as a round-table input may be. */
export const MAX_CORRECTION_CHARS = 8000;

export interface ReviewRecipient {
  memberId: string;
  name: string;
  organization: string;
  /** The Teams user the member is linked to: the one whose clicks count for them (from the store, never the card). */
  aadObjectId?: string;
  /** Whether the card reached their personal chat. */
  reached: boolean;
  /** Their signed link to the draft (valid until the deadline has passed): their card is redrawn on a click without signing again. */
  link?: string;
}

/** One line of the draft's summary on the member's card: the item and its outcome or an excerpt. */
export interface SummaryItem {
  heading: string;
  text: string;
}

export interface ReviewAnswer {
  choice: ReviewChoice;
  comment?: string;
  at: string;
}

/** Where the secretariat's tally card was posted: updated in place as answers arrive. */
export interface TallyCardRef {
  activityId: string;
  /** The serialized ConversationReference of the chat it lives in (opaque to the domain). */
  reference: Record<string, unknown>;
}

export interface ReviewRound {
  groupId: string;
  meetingId: string;
  /** yyyy-mm-dd of the meeting the referat is from. */
  meetingDate: string;
  round: number;
  /** closed: a later round took its place (its answers are history). */
  state: 'open' | 'closed';
  /** yyyy-mm-dd, the last day answers are taken (Europe/Oslo). */
  deadline: string;
  sentAt: string;
  sentBy: string;
  /** The activity of the command that sent it: Teams re-sending that activity sends nothing twice. */
  sentActivityId?: string;
  /** The language of the tally card (the secretariat's when the round was sent). */
  locale: Locale;
  recipients: ReviewRecipient[];
  /** Keyed by roster member id: one answer per member, changeable while the round is open. */
  answers: Record<string, ReviewAnswer>;
  tallyCard?: TallyCardRef;
  /**
   * What the cards show besides the answers, kept here so a click redraws both cards from this one
   * document (the hot path: one read, one write): the group's name, the draft's summary as sent, the
   * earlier rounds' tallies, and the corrections made while this round was the latest (copies of the
   * meeting's versions, which stay the truth).
   */
  groupName: string;
  summary: SummaryItem[];
  earlier: { round: number; approved: number; remarks: number }[];
  corrections: ReferatCorrection[];
}

/** A change of the draft after remarks (`rett referat sak <n>: <tekst>`): what the item's referat text was and became. */
export interface ReferatCorrection {
  item: number;
  before: string[];
  after: string;
  by: string;
  at: string;
  /** The round whose remarks it answers (the latest sent when it was made). */
  round: number;
  /** In a meeting in parts (#17 §1.8): the item's part (from 1) and its number there, as the referat prints it. */
  part?: number;
  shown?: number;
}

/** What the meeting document keeps of its review: how many rounds were sent and every correction. */
export interface MeetingReview {
  rounds: number;
  corrections: ReferatCorrection[];
}

export function reviewDocId(meetingId: string, round: number): string {
  return `review:${meetingId}:${round}`;
}

export type AnswerRefusal = 'closed' | 'past-deadline' | 'not-recipient' | 'comment-missing' | 'comment-too-long';
export type AnswerOutcome = { ok: true; round: ReviewRound; changed: boolean; memberId: string } | { ok: false; reason: AnswerRefusal };

/** A remark as stored: bidi controls out, line breaks kept (at most one empty line), spaces tidied. */
export function tidyRemark(raw: string): string {
  return stripBidi(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether the round's last day is over (Oslo date `today` after the deadline). */
export const pastDeadline = (round: Pick<ReviewRound, 'deadline'>, today: string): boolean => today > round.deadline;

/**
 * The answer of the Teams user `aadObjectId` (the activity's user). The member is the recipient the
 * store links to that user; anyone else is refused. The same answer again changes nothing.
 */
export function answerRound(
  round: ReviewRound,
  aadObjectId: string,
  choice: ReviewChoice,
  rawComment: string | undefined,
  now: Date,
  today: string,
): AnswerOutcome {
  const recipient = round.recipients.find((r) => r.aadObjectId && r.aadObjectId === aadObjectId);
  if (!recipient) return { ok: false, reason: 'not-recipient' };
  if (round.state !== 'open') return { ok: false, reason: 'closed' };
  if (pastDeadline(round, today)) return { ok: false, reason: 'past-deadline' };
  // Measured before tidying too: 100 KB of spaces is refused as too long, not stored as nothing.
  if ((rawComment ?? '').length > MAX_REMARK_CHARS * 2) return { ok: false, reason: 'comment-too-long' };
  const comment = choice === 'remark' ? tidyRemark(rawComment ?? '') : '';
  if (choice === 'remark' && !comment) return { ok: false, reason: 'comment-missing' };
  if (comment.length > MAX_REMARK_CHARS) return { ok: false, reason: 'comment-too-long' };
  const previous = round.answers[recipient.memberId];
  if (previous && previous.choice === choice && (previous.comment ?? '') === comment) return { ok: true, round, changed: false, memberId: recipient.memberId };
  const answer: ReviewAnswer = { choice, ...(comment ? { comment } : {}), at: now.toISOString() };
  return { ok: true, round: { ...round, answers: { ...round.answers, [recipient.memberId]: answer } }, changed: true, memberId: recipient.memberId };
}

export interface ReviewTally {
  approved: ReviewRecipient[];
  remarks: { recipient: ReviewRecipient; comment: string; at: string }[];
  unanswered: ReviewRecipient[];
  unreached: ReviewRecipient[];
}

export function reviewTally(round: Pick<ReviewRound, 'recipients' | 'answers'>): ReviewTally {
  const answerOf = (r: ReviewRecipient) => round.answers[r.memberId];
  return {
    approved: round.recipients.filter((r) => answerOf(r)?.choice === 'approve'),
    remarks: round.recipients
      .filter((r) => answerOf(r)?.choice === 'remark')
      .map((r) => ({ recipient: r, comment: answerOf(r)?.comment ?? '', at: answerOf(r)?.at ?? '' }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    unanswered: round.recipients.filter((r) => r.reached && !answerOf(r)),
    unreached: round.recipients.filter((r) => !r.reached),
  };
}

/** The meeting's review record (absent on meetings that never had a round). */
export const reviewOf = (meeting: Pick<MeetingData, 'review'>): MeetingReview => meeting.review ?? { rounds: 0, corrections: [] };

export type CorrectionRefusal = 'no-item' | 'empty' | 'too-long' | 'unchanged';

/**
 * `rett referat sak <n>: <tekst>`: the item's referat text (its notes, printed under the item) becomes
 * the new text; the decision, the follow-ups and the round-table input members wrote are not touched.
 * The text it replaces is kept in the correction, with who and when.
 */
export function correctItem(
  meeting: MeetingData,
  item: number,
  rawText: string,
  by: string,
  now: Date,
  /** Where the referat prints the item, in a meeting in parts. */
  printed?: { part?: number; shown: number },
): { ok: true; meeting: MeetingData; correction: ReferatCorrection } | { ok: false; reason: CorrectionRefusal } {
  if (!meeting.agenda.some((i) => i.number === item)) return { ok: false, reason: 'no-item' };
  if (rawText.length > MAX_CORRECTION_CHARS * 2) return { ok: false, reason: 'too-long' };
  const text = tidyRemark(rawText);
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_CORRECTION_CHARS) return { ok: false, reason: 'too-long' };
  const key = String(item);
  const record = meeting.records[key] ?? { notes: [] };
  if (record.notes.length === 1 && record.notes[0] === text) return { ok: false, reason: 'unchanged' };
  const review = reviewOf(meeting);
  const correction: ReferatCorrection = { item, before: [...record.notes], after: text, by, at: now.toISOString(), round: review.rounds };
  if (printed?.part !== undefined) Object.assign(correction, { part: printed.part, shown: printed.shown });
  return {
    ok: true,
    correction,
    meeting: {
      ...meeting,
      records: { ...meeting.records, [key]: { ...record, notes: [text] } },
      review: { ...review, corrections: [...review.corrections, correction] },
    },
  };
}
