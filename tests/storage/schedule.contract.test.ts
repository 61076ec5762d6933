import { ConflictError, type Repositories } from '../../src/app/ports';
import { runDueJobs, scheduleJob, unscheduleJob, type JobKind } from '../../src/app/scheduler';
import type { ScheduledJob } from '../../src/domain/schedule';
import { embeddedStore } from './fixture';

/* #18 §4: the due jobs' partition, and the scheduler's claim over it, against the embedded server through the SDK. */
const at = (iso: string) => new Date(iso);
const job = (subjectId: string, dueAt: string, over: Partial<ScheduledJob> = {}): ScheduledJob => ({
  kind: 'test-kind',
  subjectId,
  ownerGroupId: 'g-sched',
  dueAt,
  state: 'due',
  updatedAt: '2030-01-01T00:00:00.000Z',
  ...over,
});
const quiet = { warn: () => undefined, info: () => undefined };

describe('Cosmos (embedded server): ScheduleRepository contract', () => {
  let repos: Repositories;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await embeddedStore();
    repos = s.repos;
    close = s.close;
  });
  afterAll(async () => close());

  it('one job per kind and subject: a second create is false; a replace needs the etag it read', async () => {
    const created = await repos.schedule.put(job('m/1?#', '2030-01-02T08:00:00.000Z'));
    expect(created && created.value).toEqual(job('m/1?#', '2030-01-02T08:00:00.000Z'));
    expect(await repos.schedule.put(job('m/1?#', '2030-01-03T08:00:00.000Z'))).toBe(false);
    const read = (await repos.schedule.get('test-kind', 'm/1?#'))!;
    await repos.schedule.put({ ...read.value, dueAt: '2030-01-04T08:00:00.000Z' }, read.etag);
    await expect(repos.schedule.put({ ...read.value, state: 'claimed' }, read.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await repos.schedule.get('test-kind', 'm/1?#'))!.value.dueAt).toBe('2030-01-04T08:00:00.000Z');
    expect(await repos.schedule.remove('test-kind', 'm/1?#')).toBe(true);
    expect(await repos.schedule.remove('test-kind', 'm/1?#')).toBe(false);
  });

  it('listDue: due and waiting or with a lease run out, oldest first, with etags; listByGroup; finished ones for pruning', async () => {
    await repos.schedule.put(job('a', '2030-02-01T08:00:00.000Z'));
    await repos.schedule.put(job('b', '2030-02-01T07:00:00.000Z'));
    await repos.schedule.put(job('c', '2030-02-02T08:00:00.000Z'));
    await repos.schedule.put(job('d', '2030-02-01T06:00:00.000Z', { state: 'claimed', leaseUntil: '2030-02-01T09:00:00.000Z' }));
    await repos.schedule.put(job('e', '2030-02-01T06:00:00.000Z', { state: 'claimed', leaseUntil: '2030-02-01T08:30:00.000Z' }));
    await repos.schedule.put(job('f', '2030-01-01T06:00:00.000Z', { state: 'done', finishedAt: '2030-01-01T06:01:00.000Z' }));
    await repos.schedule.put(job('x', '2030-02-01T05:00:00.000Z', { ownerGroupId: 'g-other' }));
    const due = await repos.schedule.listDue(at('2030-02-01T08:45:00.000Z'), 10);
    expect(due.map((d) => d.value.subjectId)).toEqual(['x', 'e', 'b', 'a']);
    expect(due.every((d) => d.etag.length > 0)).toBe(true);
    expect((await repos.schedule.listDue(at('2030-02-01T08:45:00.000Z'), 2)).length).toBe(2);
    expect((await repos.schedule.listByGroup('g-sched')).map((j) => j.subjectId).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect((await repos.schedule.listFinishedBefore(at('2030-01-02T00:00:00.000Z'))).map((j) => j.subjectId)).toEqual(['f']);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'x']) await repos.schedule.remove('test-kind', id);
  });

  it('scheduleJob moves a job, leaves one done at the same time alone; unscheduleJob keeps finished jobs', async () => {
    const now = at('2030-03-01T00:00:00.000Z');
    const subject = { kind: 'test-kind', subjectId: 's1', ownerGroupId: 'g-sched' };
    await scheduleJob(repos, subject, at('2030-03-05T08:00:00.000Z'), now);
    await scheduleJob(repos, subject, at('2030-03-06T08:00:00.000Z'), now);
    const moved = (await repos.schedule.get('test-kind', 's1'))!;
    expect(moved.value).toMatchObject({ state: 'due', dueAt: '2030-03-06T08:00:00.000Z' });
    await repos.schedule.put({ ...moved.value, state: 'done', finishedAt: '2030-03-06T08:01:00.000Z' }, moved.etag);
    await scheduleJob(repos, subject, at('2030-03-06T08:00:00.000Z'), now);
    expect((await repos.schedule.get('test-kind', 's1'))!.value.state).toBe('done');
    await unscheduleJob(repos, 'test-kind', 's1');
    expect((await repos.schedule.get('test-kind', 's1'))!.value.state).toBe('done');
    await scheduleJob(repos, { ...subject, subjectId: 's2' }, at('2030-03-06T08:00:00.000Z'), now);
    await unscheduleJob(repos, 'test-kind', 's2');
    expect(await repos.schedule.get('test-kind', 's2')).toBeUndefined();
  });

  it('five instances ticking at once run a due job exactly once; a kind they do not know is left alone', async () => {
    const now = at('2030-04-01T08:00:00.000Z');
    await scheduleJob(repos, { kind: 'counted', subjectId: 'once', ownerGroupId: 'g-sched' }, at('2030-04-01T07:00:00.000Z'), now);
    await scheduleJob(repos, { kind: 'unknown-kind', subjectId: 'left', ownerGroupId: 'g-sched' }, at('2030-04-01T07:00:00.000Z'), now);
    let runs = 0;
    const counted: JobKind = {
      async run() {
        runs++;
        await new Promise((r) => setTimeout(r, 20));
        return { result: { sent: 1, unreachable: [] } };
      },
    };
    const outbox = { send: async () => undefined };
    const reports = await Promise.all(Array.from({ length: 5 }, (_, i) => runDueJobs({ repos, outbox, now, log: quiet }, { counted }, `instance-${i}`)));
    expect(runs).toBe(1);
    expect(reports.reduce((n, r) => n + r.claimed, 0)).toBe(1);
    expect((await repos.schedule.get('counted', 'once'))!.value).toMatchObject({ state: 'done', result: { sent: 1, unreachable: [] } });
    expect((await repos.schedule.get('unknown-kind', 'left'))!.value.state).toBe('due');
  });

  it('a run that fails leaves the claim to run out, is taken over after the lease, and is given up after three attempts', async () => {
    const now = at('2030-05-01T08:00:00.000Z');
    await scheduleJob(repos, { kind: 'failing', subjectId: 'f1', ownerGroupId: 'g-sched' }, at('2030-05-01T07:00:00.000Z'), now);
    const failing: JobKind = {
      async run() {
        throw new Error('channel down');
      },
    };
    const tick = (t: Date) => runDueJobs({ repos, outbox: { send: async () => undefined }, now: t, log: quiet }, { failing }, 'i');
    expect((await tick(now)).failed).toBe(1);
    expect((await tick(at('2030-05-01T08:01:00.000Z'))).claimed).toBe(0); // the lease holds
    expect((await tick(at('2030-05-01T08:06:00.000Z'))).failed).toBe(1);
    expect((await tick(at('2030-05-01T08:12:00.000Z'))).failed).toBe(1);
    expect((await repos.schedule.get('failing', 'f1'))!.value).toMatchObject({ state: 'skipped', attempts: 3, result: { skipped: 'failed' } });
  });
  it('an instance that dies mid-run: the take-over after the lease skips whom it had reached and recorded', async () => {
    const now = at('2030-06-01T08:00:00.000Z');
    await scheduleJob(repos, { kind: 'partial', subjectId: 'p1', ownerGroupId: 'g-sched' }, at('2030-06-01T07:00:00.000Z'), now);
    const sent: string[] = [];
    let crash = true;
    const partial: JobKind = {
      async run(_job, ctx) {
        for (const key of ['kari', 'per', 'berit']) {
          if (ctx.delivered.has(key)) continue;
          if (crash && key === 'berit') throw new Error('the instance died'); // after two sends were recorded
          sent.push(key);
          await ctx.markDelivered(key);
        }
        return { result: { sent: 3, unreachable: [] } };
      },
    };
    const tick = (t: Date) => runDueJobs({ repos, outbox: { send: async () => undefined }, now: t, log: quiet }, { partial }, 'i');
    expect((await tick(now)).failed).toBe(1);
    expect((await repos.schedule.get('partial', 'p1'))!.value).toMatchObject({ state: 'claimed', delivered: ['kari', 'per'] });
    crash = false;
    expect((await tick(at('2030-06-01T08:06:00.000Z'))).done).toBe(1);
    expect(sent).toEqual(['kari', 'per', 'berit']);
    const done = (await repos.schedule.get('partial', 'p1'))!.value;
    expect(done).toMatchObject({ state: 'done', attempts: 2 });
    expect(done.delivered).toBeUndefined();
  });
});
