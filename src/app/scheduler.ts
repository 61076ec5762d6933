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
 * run out another instance takes it over. A run records each recipient it reached on the job as it
 * goes (markDelivered), and the take-over skips them: so a job is done once, and an instance that dies
 * in the middle of sending can repeat at most the messages it had sent but not yet recorded.
 *
 * A kind is a name and a `run` in src/app/job-kinds.ts (the one place to add one); jobs are
 * written with scheduleJob / unscheduleJob by whatever owns their subject.
 */

/** Sends a text to a conversation through its stored reference (a member's personal chat, a group's home chat): bot/scheduler.ts. */
export interface Outbox {
  send(reference: Record<string, unknown>, text: string): Promise<void>;
}

/** What a tick is given: the store, the outbox, the tick's time and a logger. */
export interface TickContext {
  repos: Repositories;
  outbox: Outbox;
  now: Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** What a job's run gets besides: whom an earlier attempt already reached, and how to record one more. */
export interface JobContext extends TickContext {
  /** Recipient keys reached by an earlier attempt of this job (an instance died mid-run): not to be sent again. */
  delivered: ReadonlySet<string>;
  /** Records that `key` was reached, on the job under this run's claim (one If-Match replace; runs one after the other). */
  markDelivered(key: string): Promise<void>;
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
  const { claimedBy: _c, leaseUntil: _l, delivered: _d, ...job } = claimed.value;
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
/** The run's context: `delivered` from the job, and its marks written in turn on the latest version of the claim. */
function runContext(ctx: TickContext, claimed: Versioned<ScheduledJob>): { run: JobContext; latest: () => Versioned<ScheduledJob> } {
  const delivered = new Set(claimed.value.delivered ?? []);
  let latest = claimed;
  let chain: Promise<void> = Promise.resolve();
  const markDelivered = (key: string): Promise<void> => {
    chain = chain.then(async () => {
      if (delivered.has(key)) return;
      delivered.add(key);
      // A lost race means the job was moved or removed meanwhile: the run stops (ConflictError), as it should.
      latest = (await ctx.repos.schedule.put({ ...latest.value, delivered: [...delivered] }, latest.etag)) as Versioned<ScheduledJob>;
    });
    return chain;
  };
  return { run: { ...ctx, delivered: new Set(delivered), markDelivered }, latest: () => latest };
}

export async function runDueJobs(ctx: TickContext, kinds: Readonly<Record<string, JobKind>>, instanceId: string): Promise<TickReport> {
  const report: TickReport = { claimed: 0, done: 0, failed: 0 };
  const due = await ctx.repos.schedule.listDue(ctx.now, JOBS_PER_TICK);
  for (const found of due) {
    const kind = kinds[found.value.kind];
    // A kind this instance does not know (an older version beside a newer one): left to the instances that do.
    if (!kind || !claimable(found.value, ctx.now)) continue;
    const claimed = await claim(ctx.repos, found, instanceId, ctx.now);
    if (!claimed) continue;
    report.claimed++;
    const { run, latest } = runContext(ctx, claimed);
    try {
      const outcome = await kind.run(claimed.value, run);
      await finish(ctx.repos, latest(), outcome, ctx.now);
      report.done++;
    } catch (err) {
      report.failed++;
      ctx.log.warn({ err: (err as Error).message, kind: found.value.kind, subjectId: found.value.subjectId }, 'scheduled job failed');
      // Given up after MAX_ATTEMPTS; before that the lease runs out and a later tick tries again.
      if ((claimed.value.attempts ?? 0) >= MAX_ATTEMPTS) {
        await finish(ctx.repos, latest(), { result: { sent: 0, unreachable: [], skipped: 'failed' } }, ctx.now).catch(() => undefined);
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
