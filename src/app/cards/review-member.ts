import type { MeetingData } from '../../domain/meeting-types';
import { formatDate } from '../../domain/norwegian-time';
import type { ReviewRecipient, ReviewRound, SummaryItem } from '../../domain/review';
import { decisionIn, itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { reviewTexts as t } from '../texts-review';
import { card, type CardOf, type Fields } from './card';
import { itemRefTexts, placeIn } from '../texts-item-ref';

/** cards/review-member.json: the referat's draft on review (#18 §2), in one member's personal chat. */
export interface ReviewMemberCardData {
  labels: ReturnType<typeof t.labels>;
  title: string;
  intro: string;
  items: SummaryItem[];
  hasAnswer: boolean;
  myAnswer: string;
  hasComment: boolean;
  myComment: string;
  hasLink: boolean;
  url: string;
  open: boolean;
  groupId: string;
  meetingId: string;
  round: number;
}

export const reviewMemberFields: Fields<ReviewMemberCardData> = {
  labels: true,
  title: true,
  intro: true,
  items: true,
  hasAnswer: true,
  myAnswer: true,
  hasComment: true,
  myComment: true,
  hasLink: true,
  url: true,
  open: true,
  groupId: true,
  meetingId: true,
  round: true,
};

/** What the member's card shows of each item, kept short: the whole text is behind the download link. */
const EXCERPT_CHARS = 280;
const excerpt = (s: string) => (s.length > EXCERPT_CHARS ? `${s.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : s);

/** Each item's title and its outcome (the decision, else the start of its referat text), in the group's language. */
export function draftSummary(meeting: MeetingData, l: Locale): SummaryItem[] {
  return [...meeting.agenda]
    .sort((a, b) => a.number - b.number)
    .map((item) => {
      const record = meeting.records[String(item.number)];
      const decision = record?.decision?.trim();
      const notes = (record?.notes ?? []).filter((n) => n.trim()).join(' ');
      const text = decision ? decisionIn(decision, l) : notes ? notes : t.noDecision(l);
      return { heading: `${itemRefTexts.listed(l, placeIn(meeting, item.number))} ${itemTitle(item, l)}`, text: excerpt(text.replace(/\s+/g, ' ').trim()) };
    });
}

/** The member's card: the summary, their link, and their own answer once given. */
export function reviewMemberCard(round: ReviewRound, recipient: ReviewRecipient, l: Locale): CardOf<'review-member'> {
  const mine = round.answers[recipient.memberId];
  const open = round.state === 'open';
  const answer = t.myAnswer(l, mine?.choice, open);
  return card('review-member', {
    labels: t.labels(l),
    title: cardText(t.memberTitle(l, round.groupName, formatDate(round.meetingDate), round.round)),
    intro: cardText(t.memberIntro(l, formatDate(round.deadline))),
    items: round.summary.map((i) => ({ heading: cardText(i.heading), text: cardText(i.text) })),
    hasAnswer: answer !== '',
    myAnswer: answer,
    hasComment: Boolean(mine?.comment),
    myComment: cardText(mine?.comment ?? ''),
    hasLink: Boolean(recipient.link),
    url: recipient.link ?? '',
    open,
    groupId: round.groupId,
    meetingId: round.meetingId,
    round: round.round,
  });
}
