import { formatDate, osloDateOf, osloInstant } from '../domain/norwegian-time';
import { addDays } from '../domain/meeting';
import { pastDeadline, reviewTally, type ReviewRound } from '../domain/review';
import type { JobResult, ScheduledJob } from '../domain/schedule';
import { personalChat } from './people';
import type { Repositories } from './ports';
import { scheduleJob, unscheduleJob, type JobContext, type JobKind } from './scheduler';
import { reviewTexts as t } from './texts-review';

/*
 * The review round's reminder (#18 §2), a kind of due job (#18 §4, src/app/scheduler.ts): two days before
 * the deadline, at 09:00 Oslo, every recipient the card reached who has not answered gets a line in their
 * personal chat. Scheduled when a round is sent, removed when a later round closes it; when it runs it
 * reads the round as it is then, so whoever answered meanwhile is not reminded.
 */

export const KIND_REVIEW = 'review-reminder';
export const REVIEW_REMINDER_DAYS = 2;
const REVIEW_REMINDER_TIME = '09:00';

/** The job's subject: the round (`<meetingId>:r<n>`); its group is the job's owner. */
const subjectOf = (round: Pick<ReviewRound, 'meetingId' | 'round'>) => `${round.meetingId}:r${round.round}`;
function parseSubject(subjectId: string): { meetingId: string; round: number } | undefined {
  const m = /^(.+):r(\d{1,3})$/.exec(subjectId);
  return m ? { meetingId: m[1], round: Number(m[2]) } : undefined;
}

/** When the reminder is due; none when that moment is already past (a round with a short deadline). */
export function reviewReminderDue(round: Pick<ReviewRound, 'deadline'>, now: Date): Date | undefined {
  const due = osloInstant(addDays(round.deadline, -REVIEW_REMINDER_DAYS), REVIEW_REMINDER_TIME);
  return due.getTime() > now.getTime() ? due : undefined;
}

/** After a round is sent: its reminder; the round it closed loses its own. */
export async function scheduleReviewReminder(repos: Repositories, round: ReviewRound, now: Date): Promise<void> {
  if (round.round > 1) await unscheduleJob(repos, KIND_REVIEW, subjectOf({ meetingId: round.meetingId, round: round.round - 1 }));
  const due = reviewReminderDue(round, now);
  if (due) await scheduleJob(repos, { kind: KIND_REVIEW, subjectId: subjectOf(round), ownerGroupId: round.groupId }, due, now);
}

const skipped = (why: string): { result: JobResult } => ({ result: { sent: 0, unreachable: [], skipped: why } });

const reviewReminder: JobKind = {
  async run(job: ScheduledJob, ctx: JobContext) {
    const subject = parseSubject(job.subjectId);
    if (!subject) return skipped('bad-subject');
    const round = (await ctx.repos.reviews.get(job.ownerGroupId, subject.meetingId, subject.round))?.value;
    if (!round) return skipped('round-gone');
    if (round.state !== 'open') return skipped('round-closed');
    if (pastDeadline(round, osloDateOf(ctx.now))) return skipped('too-late');
    const result: JobResult = { sent: 0, unreachable: [], unreachableIds: [] };
    for (const r of reviewTally(round).unanswered) {
      // Reached by an earlier attempt of this job (its instance died mid-run): counted, not sent again.
      const key = `member:${r.memberId}`;
      if (ctx.delivered.has(key)) {
        result.sent++;
        continue;
      }
      const chat = r.aadObjectId ? await personalChat(ctx.repos, r.aadObjectId) : {};
      const who = `${r.name} (${r.organization})`;
      if (!chat.reference) {
        result.unreachable.push(who);
        result.unreachableIds?.push(r.memberId);
        continue;
      }
      try {
        const l = chat.language ?? round.locale;
        await ctx.outbox.send(chat.reference, t.reminder(l, round.groupName, formatDate(round.meetingDate), formatDate(round.deadline)));
      } catch (err) {
        ctx.log.warn({ err: (err as Error).message, subjectId: job.subjectId }, 'a review reminder could not be delivered');
        result.unreachable.push(who);
        result.unreachableIds?.push(r.memberId);
        continue;
      }
      result.sent++;
      // Recorded before the next one: a failure here stops the run, and a later attempt skips whom it reached.
      await ctx.markDelivered(key);
    }
    return { result };
  },
};

/** The kind this file adds to src/app/job-kinds.ts. */
export const reviewKinds: Record<string, JobKind> = { [KIND_REVIEW]: reviewReminder };
