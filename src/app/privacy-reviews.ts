import { formatDate } from '../domain/norwegian-time';
import type { ReviewChoice } from '../domain/review';
import type { RosterMember } from '../domain/roster';
import type { Locale } from './actor';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { reviewTexts as t } from './texts-review';

/*
 * Review answers in `mine data` / `slett mine data` (#18 §2): a member's answer (and remark) in a
 * round of the referat's review is theirs. Erasure takes the answers out and the Teams link of the
 * recipient entry (their name and organization stay, as on the roster): the round's tally no longer
 * counts them. A round's answers are not part of the minutes, so locked meetings are no exception.
 */

export interface ReviewLine {
  group: string;
  date: string;
  round: number;
  choice: ReviewChoice;
  comment?: string;
}

/** The person's answers in the group's rounds (these roster members are the person). One partition query. */
export async function reviewAnswersOf(repos: Repositories, groupId: string, group: string, members: readonly RosterMember[]): Promise<ReviewLine[]> {
  if (members.length === 0) return [];
  const ids = new Set(members.map((m) => m.id));
  return (await repos.reviews.listByGroup(groupId)).flatMap((r) =>
    Object.entries(r.answers)
      .filter(([memberId]) => ids.has(memberId))
      .map(([, a]) => ({ group, date: r.meetingDate, round: r.round, choice: a.choice, ...(a.comment ? { comment: a.comment } : {}) })),
  );
}

/** Privacy line of one answer, for the `mine data` report. */
export const reviewLine = (l: Locale, a: ReviewLine) => t.privacyLine(l, a.group, formatDate(a.date), a.round, a.choice, a.comment);

/** Erasure: the person's answers and Teams link leave every round of the group. Answers what was erased. */
export async function eraseReviewAnswers(repos: Repositories, l: Locale, groupId: string, group: string, members: readonly RosterMember[]): Promise<string[]> {
  if (members.length === 0) return [];
  const ids = new Set(members.map((m) => m.id));
  const erased: string[] = [];
  for (const r of await repos.reviews.listByGroup(groupId)) {
    const mine = (answers: Record<string, unknown>) => Object.keys(answers).filter((id) => ids.has(id));
    const linked = r.recipients.some((x) => ids.has(x.memberId) && (x.aadObjectId || x.link));
    if (mine(r.answers).length === 0 && !linked) continue;
    const count = await retryOnConflict(async () => {
      const current = await repos.reviews.get(groupId, r.meetingId, r.round);
      if (!current) return 0;
      const v = current.value;
      const gone = mine(v.answers);
      const answers = Object.fromEntries(Object.entries(v.answers).filter(([id]) => !ids.has(id)));
      const recipients = v.recipients.map((x) =>
        ids.has(x.memberId) ? { memberId: x.memberId, name: x.name, organization: x.organization, reached: x.reached } : x,
      );
      await repos.reviews.replace({ ...v, answers, recipients }, current.etag);
      return gone.length;
    });
    if (count > 0) erased.push(t.privacyErased(l, group, formatDate(r.meetingDate), count));
  }
  return erased;
}
