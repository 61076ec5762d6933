import { previousMeeting } from '../domain/meeting';
import type { MeetingData } from '../domain/meeting-types';
import { reviewOf, reviewTally } from '../domain/review';
import type { Locale } from './actor';
import type { Repositories } from './ports';
import { reviewTexts as t } from './texts-review';

/**
 * What the next meeting's item 2 («Godkjenning av referat») says of the review (#18 §2): «Referatet ble
 * godkjent uten merknader på høring» when no round had a remark, else «… med merknader …» with how many
 * remarks and corrections. From the latest round (one point read: the meeting counts its rounds) and
 * the tallies of the earlier ones it carries. Undefined when the minutes were never on review.
 */
export async function reviewOutcome(repos: Repositories, reviewed: MeetingData | undefined, l: Locale): Promise<string | undefined> {
  if (!reviewed) return undefined;
  const review = reviewOf(reviewed);
  if (review.rounds === 0) return undefined;
  const round = (await repos.reviews.get(reviewed.groupId, reviewed.meetingId, review.rounds))?.value;
  if (!round) return undefined;
  const tally = reviewTally(round);
  const remarks = tally.remarks.length + round.earlier.reduce((n, e) => n + e.remarks, 0);
  if (remarks === 0) return t.outcomeApproved(l, round.round, tally.approved.length, round.recipients.length);
  return t.outcomeRemarks(l, round.round, remarks, review.corrections.length);
}

/** The outcome for the minutes a meeting's item 2 approves: those of the group's meeting before it. */
export async function reviewOutcomeBefore(repos: Repositories, meetings: readonly MeetingData[], meeting: MeetingData, l: Locale): Promise<string | undefined> {
  return reviewOutcome(repos, previousMeeting(meetings, meeting.date), l);
}
