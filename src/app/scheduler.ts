import { claimable, LEASE_MS, DONE_KEEP_DAYS, type JobResult, type ScheduledJob } from '../domain/schedule';
import { ConflictError, type Repositories, type Versioned } from './ports';
import { retryOnConflict } from './retry';

/*
 * The scheduler of due jobs (#18 §4): generic, kind-agnostic. The due list lives in the store
 * (src/persistence/cosmos/schedule.ts); what an instance keeps in memory is only its own interval
 * timer (bot/server.ts), which wakes it to ask the store what is due. Any number of instances may
 * tick at the same moment: a job is claimed with an If-Match replace of the version the query
 * returned, so exactly one of them wins it; the others get 412 and leave it. The claim is a lease
 * (LEASE_MS): an instance that dies while running a job leaves it claimed, and once the lease has
 * run out another instance takes it over. So a job is done once, except when an instance dies in the
 * middle of sending: then the one that takes over sends it again (at least once, never lost).
 *
 * A kind is a name and a `run` in src/app/job-kinds.ts (the one place to add one); jobs are
 * written with scheduleJob / unscheduleJob by whatever owns their subject.
 */

/** Sends a text to a conversation through its stored reference (a member's personal chat, a group's home chat): bot/scheduler.ts. */
export interface Outbox {
  send(reference: Record<string, unknown>, text: string): Promise<void>;
}

export interface JobContext {
  repos: Repositories;
  outbox: Outbox;
  now: Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** What a run came to: done (with what was sent, or why nothing was), or due again later (its subject moved). */
export type JobOutcome = { result: JobResult } | { moveTo: Date };

export interface JobKind {
  run(job: ScheduledJob, ctx: JobContext): Promise<JobOutcome>;
}

/** At most this many jobs per tick (the rest are due at the next one); a claimed job is run before the next is claimed. */
export const JOBS_PER_TICK = 20;
/** A job whose run failed this many times is given up (skipped, 'failed'): the store or the channel keeps refusing it. */
export const MAX_ATTEMPTS = 3;

/** Creates or moves the job of this kind and subject; a job already due at that time (or done at it) is left alone. */
export async function scheduleJob(repos: Repositories, job: Pick<ScheduledJob, 'kind' | 'subjectId' | 'ownerGroupId'>, dueAt: Date, now: Date): Promise<void> {
  const due = dueAt.toISOString();
  await retryOnConflict(async () => {
    const current = await repos.schedule.get(job.kind, job.subjectId);
    if (current && current.value.dueAt === due) return;
    const next: ScheduledJob = { ...job, dueAt: due, state: 'due', attempts: 0, updatedAt: now.toISOString() };
    const saved = await repos.schedule.put(next, current?.etag);
    if (saved === false) throw new ConflictError(`job ${job.kind} ${job.subjectId}`); // created meanwhile: decide again
  });
}

/** Removes a job that has not run; a finished one is kept for the status (and pruned later). */
export async function unscheduleJob(repos: Repositories, kind: string, subjectId: string): Promise<void> {
  const current = await repos.schedule.get(kind, subjectId);
  if (!current || current.value.state === 'done' || current.value.state === 'skipped') return;
  await repos.schedule.remove(kind, subjectId);
}

/** One claim: the version the query returned, replaced If-Match; undefined when another instance was first. */
async function claim(repos: Repositories, found: Versioned<ScheduledJob>, instanceId: string, now: Date): Promise<Versioned<ScheduledJob> | undefined> {
  const claimed: ScheduledJob = {
    ...found.value,
    state: 'claimed',
    claimedBy: instanceId,
    leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
    attempts: (found.value.attempts ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  try {
    return (await repos.schedule.put(claimed, found.etag)) || undefined;
  } catch (err) {
    if (err instanceof ConflictError) return undefined;
    throw err;
  }
}

/** Writes the outcome If-Match on the claim; a job moved or removed meanwhile keeps what was written since. */
async function finish(repos: Repositories, claimed: Versioned<ScheduledJob>, outcome: JobOutcome, now: Date): Promise<void> {
  const { claimedBy: _c, leaseUntil: _l, ...job } = claimed.value;
  const next: ScheduledJob =
    'moveTo' in outcome
      ? { ...job, dueAt: outcome.moveTo.toISOString(), state: 'due', attempts: 0, updatedAt: now.toISOString() }
      : { ...job, state: outcome.result.skipped ? 'skipped' : 'done', finishedAt: now.toISOString(), result: outcome.result, updatedAt: now.toISOString() };
  try {
    await repos.schedule.put(next, claimed.etag);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
  }
}

export interface TickReport {
  claimed: number;
  done: number;
  failed: number;
}

/** One tick: what is due, each claimed and run in turn. Every instance may call this at any time. */
export async function runDueJobs(ctx: JobContext, kinds: Readonly<Record<string, JobKind>>, instanceId: string): Promise<TickReport> {
  const report: TickReport = { claimed: 0, done: 0, failed: 0 };
  const due = await ctx.repos.schedule.listDue(ctx.now, JOBS_PER_TICK);
  for (const found of due) {
    const kind = kinds[found.value.kind];
    // A kind this instance does not know (an older version beside a newer one): left to the instances that do.
    if (!kind || !claimable(found.value, ctx.now)) continue;
    const claimed = await claim(ctx.repos, found, instanceId, ctx.now);
    if (!claimed) continue;
    report.claimed++;
    try {
      await finish(ctx.repos, claimed, await kind.run(claimed.value, ctx), ctx.now);
      report.done++;
    } catch (err) {
      report.failed++;
      ctx.log.warn({ err: (err as Error).message, kind: found.value.kind, subjectId: found.value.subjectId }, 'scheduled job failed');
      // Given up after MAX_ATTEMPTS; before that the lease runs out and a later tick tries again.
      if ((claimed.value.attempts ?? 0) >= MAX_ATTEMPTS) {
        await finish(ctx.repos, claimed, { result: { sent: 0, unreachable: [], skipped: 'failed' } }, ctx.now).catch(() => undefined);
      }
    }
  }
  return report;
}

/** Deletes finished jobs older than DONE_KEEP_DAYS (the store has no TTL); a query, run now and then by the ticker. */
export async function pruneFinishedJobs(repos: Repositories, now: Date): Promise<number> {
  const old = await repos.schedule.listFinishedBefore(new Date(now.getTime() - DONE_KEEP_DAYS * 24 * 3600_000));
  for (const job of old) await repos.schedule.remove(job.kind, job.subjectId);
  return old.length;
}
