import { formatDate, osloDateOf, osloTimeOf } from '../../domain/norwegian-time';
import { reviewTally, type ReferatCorrection, type ReviewRecipient, type ReviewRound } from '../../domain/review';
import type { Locale } from '../actor';
import { cardText, sharedCardText } from '../card-text';
import { reviewTexts as t } from '../texts-review';
import { card, type CardOf, type Fields } from './card';
import { itemRefTexts } from '../texts-item-ref';

/** cards/review-tally.json: the secretariat's card of one review round (#18 §2), updated in place as answers arrive. */
export interface ReviewTallyCardData {
  labels: ReturnType<typeof t.labels>;
  title: string;
  deadline: string;
  tally: string;
  hasRemarks: boolean;
  remarks: { text: string }[];
  hasApproved: boolean;
  approved: string;
  hasUnanswered: boolean;
  unanswered: string;
  hasUnreached: boolean;
  unreached: string;
  hasCorrections: boolean;
  corrections: { text: string }[];
  hasEarlier: boolean;
  earlier: { text: string }[];
  closed: boolean;
  closedNote: string;
}

export const reviewTallyFields: Fields<ReviewTallyCardData> = {
  labels: true,
  title: true,
  deadline: true,
  tally: true,
  hasRemarks: true,
  remarks: true,
  hasApproved: true,
  approved: true,
  hasUnanswered: true,
  unanswered: true,
  hasUnreached: true,
  unreached: true,
  hasCorrections: true,
  corrections: true,
  hasEarlier: true,
  earlier: true,
  closed: true,
  closedNote: true,
};

const names = (rs: readonly ReviewRecipient[]) => rs.map((r) => `${r.name} (${r.organization})`).join(', ');
const stamp = (iso: string) => `${formatDate(osloDateOf(new Date(iso)))} ${osloTimeOf(new Date(iso))}`;

/** «Sak 3», or in a meeting in parts «Sak 2 i del 2», as the correction recorded where the referat prints it. */
const correctedItem = (l: Locale, c: ReferatCorrection) => {
  const named = itemRefTexts.recorded(l, c);
  return named.charAt(0).toLocaleUpperCase('nb') + named.slice(1);
};

/**
 * The tally, the remarks, who has not answered and who could not be reached, the corrections made
 * while the round was the latest (versions with who and when) and the earlier rounds' tallies. It is
 * seen by the chat the round was sent from, so members' remarks show links as text.
 */
export function reviewTallyCard(round: ReviewRound, l: Locale = round.locale): CardOf<'review-tally'> {
  const tally = reviewTally(round);
  return card('review-tally', {
    labels: t.labels(l),
    title: cardText(t.tallyTitle(l, round.groupName, formatDate(round.meetingDate), round.round)),
    deadline: formatDate(round.deadline),
    tally: t.tally(l, tally.approved.length, tally.remarks.length, tally.unanswered.length),
    hasRemarks: tally.remarks.length > 0,
    remarks: tally.remarks.map((r) => ({ text: sharedCardText(`${r.recipient.name} (${r.recipient.organization}): ${r.comment}`) })),
    hasApproved: tally.approved.length > 0,
    approved: cardText(names(tally.approved)),
    hasUnanswered: tally.unanswered.length > 0,
    unanswered: cardText(names(tally.unanswered)),
    hasUnreached: tally.unreached.length > 0,
    unreached: cardText(names(tally.unreached)),
    hasCorrections: round.corrections.length > 0,
    corrections: round.corrections.map((c) => ({ text: cardText(t.correctionLine(l, correctedItem(l, c), c.by, stamp(c.at), c.round)) })),
    hasEarlier: round.earlier.length > 0,
    earlier: round.earlier.map((e) => ({ text: t.earlierLine(l, e.round, e.approved, e.remarks) })),
    closed: round.state !== 'open',
    closedNote: t.closedNote(l, round.round + 1),
  });
}
