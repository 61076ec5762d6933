import { reminderKinds } from './reminders';
import { reviewKinds } from './review-reminder';
import type { JobKind } from './scheduler';

/*
 * Every kind of due job, by the name its jobs carry (ScheduledJob.kind). To add one: a `JobKind`
 * (run(job, ctx) → sent/skipped, or moveTo) in its capability's use case file, its entry here, and
 * scheduleJob / unscheduleJob where its subject is written (docs/architecture.md, «Add a due job»).
 * An instance that meets a job whose kind is not here leaves it for the instances that know it.
 */
export const JOB_KINDS: Readonly<Record<string, JobKind>> = {
  ...reminderKinds,
  ...reviewKinds,
};
