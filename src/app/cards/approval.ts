import { refreshUserIds, remarksOf, tally, type Approval } from '../../domain/approval';
import { formatDate } from '../../domain/norwegian-time';
import { decisionIn, itemTitle } from '../../domain/standard-wording';
import type { Locale } from '../actor';
import { cardText, sharedCardText } from '../card-text';
import { cardLabels, meetingTexts } from '../texts-meetings';
import { card, type CardOf, type Fields } from './card';
import { itemRefTexts } from '../texts-item-ref';

/** cards/approval.json: one agenda item's approval, everyone's view or one voter's. */
export interface ApprovalCardData {
  labels: ReturnType<typeof cardLabels>;
  meetingId: string;
  item: number;
  title: string;
  subtitle: string;
  /** Item 2 only: how the previous minutes' review went (#18 §2). */
  hasReview: boolean;
  review: string;
  tally: string;
  remarks: { text: string }[];
  hasRemarks: boolean;
  open: boolean;
  closed: boolean;
  decision: string;
  personal: boolean;
  myVote: string;
  myComment: string;
  showClose: boolean;
  /** Who gets the card refreshed when they see it (Teams' refresh.userIds). */
  userIds: string[];
}

export const approvalFields: Fields<ApprovalCardData> = {
  labels: true,
  meetingId: true,
  item: true,
  title: true,
  subtitle: true,
  hasReview: true,
  review: true,
  tally: true,
  remarks: true,
  hasRemarks: true,
  open: true,
  closed: true,
  decision: true,
  personal: true,
  myVote: true,
  myComment: true,
  showClose: true,
  userIds: true,
};

/** The approval card's data: everyone's view, or one voter's view (their vote, the close button only for the chair). */
export function approvalCard(a: Approval, viewer?: { memberId?: string; canClose: boolean; userId?: string }): CardOf<'approval'> {
  const l: Locale = a.locale;
  const t = tally(a);
  const mine = viewer?.memberId ? a.votes[viewer.memberId] : undefined;
  const open = a.state === 'open';
  const userIds = refreshUserIds(a, viewer?.userId ? [viewer.userId] : []);
  return card('approval', {
    labels: cardLabels(l),
    meetingId: a.meetingId,
    item: a.item,
    // «Sak 1.»; in a meeting in parts «Del 2 · Sak 1.», as the notice numbers the group's part.
    title: cardText(
      `${itemRefTexts.heading(l, { number: a.item, shown: a.shown ?? a.item, count: 0, ...(a.part ? { part: a.part } : {}) })}. ${itemTitle(a, l)}`,
    ),
    subtitle: `${cardLabels(l).meeting} ${formatDate(a.meetingDate)}`,
    hasReview: Boolean(a.review),
    review: cardText(a.review ?? ''),
    tally: meetingTexts.tally(l, t.approved, t.remarks),
    remarks: remarksOf(a).map((r) => ({ text: sharedCardText(`${r.name} (${r.organization}): ${r.comment ?? ''}`) })),
    hasRemarks: t.remarks > 0,
    open,
    closed: !open,
    decision: cardText(a.decision ? decisionIn(a.decision, l) : ''),
    personal: viewer !== undefined,
    myVote: viewer ? meetingTexts.myVote(l, mine?.choice, open) : '',
    myComment: cardText(mine?.comment ?? ''),
    showClose: open && (viewer === undefined || viewer.canClose),
    userIds,
  });
}
