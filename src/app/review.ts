import { parseItemRef, resolveItemRef } from '../domain/agenda-parts';
import { lastEnded, parseNorwegianDate } from '../domain/meeting';
import { formatDate, osloDateOf, osloInstant } from '../domain/norwegian-time';
import {
  answerRound,
  correctItem,
  DEFAULT_REVIEW_DAYS,
  MAX_CORRECTION_CHARS,
  MAX_REMARK_CHARS,
  reviewOf,
  reviewTally,
  type ReviewRound,
  type TallyCardRef,
} from '../domain/review';
import { fullName } from '../domain/roster-import';
import type { Actor, Locale, Reply } from './actor';
import type { GroupContext } from './group-context';
import type { MinutesUseCases } from './minutes';
import { nameKey, personalChat, withLinks } from './people';
import type { Repositories, Versioned } from './ports';
import { replaceMeeting } from './meeting-writes';
import { retryOnConflict } from './retry';
import { scheduleReviewReminder } from './review-reminder';
import { draftSummary, reviewMemberCard as memberCard } from './cards/review-member';
import { reviewTallyCard as tallyCard } from './cards/review-tally';
import { reviewTexts as t } from './texts-review';
import { itemRefTexts } from './texts-item-ref';

type Card = NonNullable<Reply['card']>;

/** One member's card, for their personal chat. */
export interface ReviewDelivery {
  memberId: string;
  name: string;
  reference: Record<string, unknown>;
  card: Card;
}

export type SendPlan =
  { refusal: string } | { round: ReviewRound; deliveries: ReviewDelivery[]; defaultDeadline: boolean; closed?: { ref: TallyCardRef; card: Card } };

/** A click's answer: the clicker's card, and the tally card to redraw where it lives (when the tally changed). */
export interface ReviewClick {
  refusal?: string;
  card?: Card;
  tally?: { ref: TallyCardRef; card: Card };
}

const addDays = (date: string, days: number) => osloDateOf(new Date(osloInstant(date, '12:00').getTime() + days * 86_400_000));
const DEADLINE_WORDS = new Set(['frist', 'due', 'deadline']);

/**
 * The review round of the referat («høring», #18 §2): sending a round to those who attended, their
 * answers on the card, the secretariat's corrections of the draft (kept as versions) and new rounds.
 * The router lets only the secretariat send and correct; an answer is checked here against the round's
 * stored recipients and the activity's user, never the card's data.
 */
export class ReviewUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly minutes: MinutesUseCases,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `send referat på høring [dd.mm.åååå] [frist dd.mm.åååå]`: the round is stored, the cards are for the bot to deliver. */
  async prepare(actor: Actor, ctx: GroupContext, args: string, activityId?: string): Promise<SendPlan> {
    const l = actor.locale;
    const words = args.trim().split(/\s+/).filter(Boolean);
    let meetingDate: string | undefined;
    let deadline: string | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i].toLowerCase();
      const target = DEADLINE_WORDS.has(word) ? words[++i] : words[i];
      if (target === undefined) return { refusal: t.usage(l) };
      const date = parseNorwegianDate(target);
      if (!date) return { refusal: /^\d/.test(target) ? t.badDate(l, target) : t.usage(l) };
      if (DEADLINE_WORDS.has(word)) deadline = date;
      else meetingDate = date;
    }
    const today = osloDateOf(this.now());
    if (deadline && deadline < today) return { refusal: t.pastDeadline(l, formatDate(deadline)) };
    const groupId = ctx.group.value.groupId;
    const meetings = await this.repos.meetings.listByGroup(groupId);
    // Without a date: the last ended meeting; while one runs and none has ended, that one (to say it has not ended).
    const meeting = meetingDate ? meetings.find((m) => m.date === meetingDate) : (lastEnded(meetings) ?? meetings.find((m) => m.state === 'in-progress'));
    if (!meeting) return { refusal: meetingDate ? t.noMeetingOn(l, formatDate(meetingDate)) : t.noEnded(l) };
    if (meeting.state === 'locked') return { refusal: t.locked(l, formatDate(meeting.date)) };
    if (meeting.state !== 'ended') return { refusal: t.notEnded(l, formatDate(meeting.date)) };

    // Those who attended: the roster members the meeting's attendance has as present, with their Teams link.
    const present = ctx.roster.filter((m) => meeting.attendance[m.id]?.status === 'present');
    if (present.length === 0) return { refusal: t.noAttendees(l, formatDate(meeting.date)) };
    const members = await withLinks(this.repos, groupId, present);
    const chats = await Promise.all(
      members.map(async (m) => {
        const aad = m.aadObjectId ?? (await this.repos.people.get(nameKey(fullName(m))))?.value.linkedAad?.[0];
        return { member: m, aad, ...(aad ? await personalChat(this.repos, aad) : {}) };
      }),
    );

    const due = deadline ?? addDays(today, DEFAULT_REVIEW_DAYS);
    const number = reviewOf(meeting).rounds + 1;
    const previous = number > 1 ? (await this.repos.reviews.get(groupId, meeting.meetingId, number - 1))?.value : undefined;
    // The same activity again (Teams re-sent it after a timeout): that round is already out.
    if (previous && activityId && previous.sentActivityId === activityId) return { refusal: t.alreadySent(l, previous.round) };
    const groupLocale = ctx.group.value.settings?.language ?? 'nb';
    // The links work until the day after the deadline has begun (Oslo), then the draft is history.
    const until = osloInstant(addDays(due, 1), '23:59');
    const links = await this.minutes.reviewDraft(
      actor,
      ctx,
      meeting,
      chats.flatMap((c) => (c.aad && c.reference ? [`aad:${c.aad}`] : [])),
      until,
    );
    const round: ReviewRound = {
      groupId,
      meetingId: meeting.meetingId,
      meetingDate: meeting.date,
      round: number,
      state: 'open',
      deadline: due,
      sentAt: this.now().toISOString(),
      sentBy: ctx.member ? fullName(ctx.member) : actor.name,
      ...(activityId ? { sentActivityId: activityId } : {}),
      locale: l,
      recipients: chats.map((c) => ({
        memberId: c.member.id,
        name: fullName(c.member),
        organization: c.member.organization,
        ...(c.aad ? { aadObjectId: c.aad } : {}),
        reached: Boolean(c.reference),
        ...(c.aad && links[`aad:${c.aad}`] ? { link: links[`aad:${c.aad}`] } : {}),
      })),
      answers: {},
      groupName: ctx.group.value.name,
      summary: draftSummary(meeting, groupLocale),
      earlier: previous ? [...previous.earlier, earlierOf(previous)] : [],
      corrections: [],
    };
    // A re-sent command (Teams retried the activity) finds its round stored and sends nothing twice.
    if (!(await this.repos.reviews.create(round))) return { refusal: t.alreadySent(l, number) };
    await this.countRound(meeting.meetingId, number);
    const closed = previous ? await this.closeRound(groupId, meeting.meetingId, number - 1) : undefined;
    const deliveries = chats.flatMap((c) => {
      const recipient = round.recipients.find((r) => r.memberId === c.member.id);
      return c.reference && recipient
        ? [{ memberId: c.member.id, name: recipient.name, reference: c.reference, card: memberCard(round, recipient, c.language ?? groupLocale) }]
        : [];
    });
    const closedRef = closed?.tallyCard;
    return {
      round,
      deliveries,
      defaultDeadline: deadline === undefined,
      ...(closed && closedRef ? { closed: { ref: closedRef, card: tallyCard(closed) } } : {}),
    };
  }

  /** After the bot delivered the cards: who could not be reached after all, and where the tally card lives. One write. */
  async recordDelivery(round: ReviewRound, unreached: readonly string[], tally: TallyCardRef | undefined): Promise<ReviewRound> {
    // Those who have not answered are reminded two days before the deadline (a due job, #18 §4).
    await scheduleReviewReminder(this.repos, round, this.now());
    return retryOnConflict(async () => {
      const current = await this.repos.reviews.get(round.groupId, round.meetingId, round.round);
      if (!current) return round;
      const recipients = current.value.recipients.map((r) => (unreached.includes(r.memberId) ? { ...r, reached: false } : r));
      return (await this.repos.reviews.replace({ ...current.value, recipients, ...(tally ? { tallyCard: tally } : {}) }, current.etag)).value;
    });
  }

  /** With the unreached marked, before the tally card is posted. */
  tallyOf(round: ReviewRound, unreached: readonly string[]): Card {
    return tallyCard({ ...round, recipients: round.recipients.map((r) => (unreached.includes(r.memberId) ? { ...r, reached: false } : r)) });
  }

  /** The answer to the secretariat, with who could not be reached. */
  sentText(l: Locale, round: ReviewRound, unreachedIds: readonly string[], defaultDeadline: boolean): string {
    const unreached = round.recipients.filter((r) => !r.reached || unreachedIds.includes(r.memberId));
    return t.sent(
      l,
      round.round,
      formatDate(round.meetingDate),
      formatDate(round.deadline),
      round.recipients.length - unreached.length,
      round.recipients.length,
      unreached.map((r) => `${r.name} (${r.organization})`),
      defaultDeadline,
    );
  }

  /**
   * «Godkjenn» / «Har merknad» on the member's card. The card names the round (group, meeting, number);
   * who answers for which member comes from the round's recipients and the activity's Teams user.
   * Hot path: one point read and one If-Match replace.
   */
  async answer(actor: Actor, verb: 'approve' | 'remark', data: Record<string, unknown>): Promise<ReviewClick> {
    const l = actor.locale;
    const groupId = boundedString(data.groupId);
    const meetingId = boundedString(data.meetingId);
    const number = Number(data.round);
    if (!groupId || !meetingId || !Number.isInteger(number) || number < 1 || number > 999) return { refusal: t.roundMissing(l) };
    if (!actor.aadObjectId) return { refusal: t.notRecipient(l) };
    const comment = typeof data.comment === 'string' ? data.comment : undefined;
    let first: Versioned<ReviewRound> | undefined = await this.repos.reviews.get(groupId, meetingId, number);
    if (!first) return { refusal: t.roundMissing(l) };
    const deadline = first.value.deadline;
    const aad = actor.aadObjectId;
    const today = osloDateOf(this.now());
    const outcome = await retryOnConflict(async () => {
      const current = first ?? (await this.repos.reviews.get(groupId, meetingId, number));
      first = undefined;
      if (!current) return { ok: false as const, reason: 'closed' as const };
      const r = answerRound(current.value, aad, verb, comment, this.now(), today);
      if (!r.ok || !r.changed) return r;
      return { ...r, round: (await this.repos.reviews.replace(r.round, current.etag)).value };
    });
    if (!outcome.ok) {
      if (outcome.reason === 'not-recipient') return { refusal: t.notRecipient(l) };
      if (outcome.reason === 'closed') return { refusal: t.roundClosed(l) };
      if (outcome.reason === 'comment-missing') return { refusal: t.remarkMissing(l) };
      if (outcome.reason === 'comment-too-long') return { refusal: t.remarkTooLong(l, MAX_REMARK_CHARS, (comment ?? '').length) };
      return { refusal: t.roundPastDeadline(l, formatDate(deadline)) };
    }
    const recipient = outcome.round.recipients.find((r) => r.memberId === outcome.memberId)!;
    const ref = outcome.round.tallyCard;
    return { card: memberCard(outcome.round, recipient, l), ...(outcome.changed && ref ? { tally: { ref, card: tallyCard(outcome.round) } } : {}) };
  }

  /**
   * `rett referat sak <n>: <tekst>`: the item's referat text in the last ended meeting becomes the new text;
   * the meeting keeps the version it replaced (who, when), and the latest round's tally card lists it.
   */
  async correct(actor: Actor, ctx: GroupContext, rest: string): Promise<{ text: string; tally?: { ref: TallyCardRef; card: Card } }> {
    const l = actor.locale;
    // «sak 3: …»; in a meeting in parts counted in the group's own part, «sak 1.2: …» / «del 1 sak 2: …» for another.
    const ref = /^(?:sak|item|del|part)\b/i.test(rest.trim()) ? parseItemRef(rest) : undefined;
    const parsed = ref && /^\s*[:.]?\s*([\s\S]*)$/.exec(ref.rest);
    if (!ref || !parsed) return { text: t.correctUsage(l) };
    const meeting = lastEnded(await this.repos.meetings.listByGroup(ctx.group.value.groupId));
    if (!meeting) return { text: t.noEnded(l) };
    const date = formatDate(meeting.date);
    if (meeting.state === 'locked') return { text: t.locked(l, date) };
    const by = ctx.member ? fullName(ctx.member) : actor.name;
    const result = await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(meeting.meetingId);
      if (!current) throw new Error(`meeting ${meeting.meetingId} vanished`);
      if (current.value.state === 'locked') return { ok: false as const, reason: 'locked' as const };
      const target = resolveItemRef(current.value, ref.ref);
      if (!target.ok) return { ok: false as const, reason: 'no-item' as const, error: target.error };
      const r = correctItem(current.value, target.number, parsed[1], by, this.now(), target.place);
      if (r.ok) await replaceMeeting(this.repos, current.value, r.meeting, current.etag, this.now());
      return { ...r, place: target.place };
    });
    if (!result.ok) {
      if (result.reason === 'locked') return { text: t.locked(l, date) };
      if ('error' in result && result.error) return { text: itemRefTexts.refusedOr(l, result.error, (n) => t.correctNoItem(l, String(n))) };
      if (result.reason === 'empty') return { text: t.correctEmpty(l) };
      if (result.reason === 'too-long') return { text: t.correctTooLong(l, MAX_CORRECTION_CHARS) };
      return { text: t.correctUnchanged(l, itemRefTexts.Name(l, result.place)) };
    }
    const review = reviewOf(result.meeting);
    const text = t.corrected(l, itemRefTexts.name(l, result.place), date, review.corrections.length, result.correction.before.length);
    if (review.rounds === 0) return { text };
    // The latest round's tally card lists the corrections made since it was sent (a copy; the meeting keeps the truth).
    const round = await retryOnConflict(async () => {
      const current = await this.repos.reviews.get(meeting.groupId, meeting.meetingId, review.rounds);
      if (!current) return undefined;
      return (await this.repos.reviews.replace({ ...current.value, corrections: [...current.value.corrections, result.correction] }, current.etag)).value;
    });
    return { text, ...(round?.tallyCard ? { tally: { ref: round.tallyCard, card: tallyCard(round) } } : {}) };
  }

  /** The meeting knows how many rounds it had: the latest one is a point read from there. */
  private async countRound(meetingId: string, number: number): Promise<void> {
    await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(meetingId);
      if (!current) return;
      const review = reviewOf(current.value);
      if (review.rounds >= number) return;
      await replaceMeeting(this.repos, current.value, { ...current.value, review: { ...review, rounds: number } }, current.etag, this.now());
    });
  }

  /** A new round closes the one before: its answers stay, as history. Answers the closed round (its tally card says so). */
  private async closeRound(groupId: string, meetingId: string, number: number): Promise<ReviewRound | undefined> {
    return retryOnConflict(async () => {
      const current = await this.repos.reviews.get(groupId, meetingId, number);
      if (!current || current.value.state === 'closed') return current?.value;
      return (await this.repos.reviews.replace({ ...current.value, state: 'closed' }, current.etag)).value;
    });
  }
}

const boundedString = (v: unknown): string => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : '');

function earlierOf(round: ReviewRound): { round: number; approved: number; remarks: number } {
  const tally = reviewTally(round);
  return { round: round.round, approved: tally.approved.length, remarks: tally.remarks.length };
}
