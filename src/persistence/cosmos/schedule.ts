import type { ScheduleRepository, Versioned } from '../../app/ports';
import type { ScheduledJob } from '../../domain/schedule';
import type { Documents } from './documents';
import { strip } from './documents';

/*
 * Due jobs live in the groups container in a partition of their own, groupId 'schedule' (group ids
 * are 'g-<hex>', so no group can have it). One document per job, id `job:<kind>:<subject>`, ~400
 * bytes. Why one partition: the embedded store has no TTL and no change feed, so every instance
 * asks «what is due?» with one single-partition query per tick (indexed on dueAt), whatever the
 * number of groups. Cost per write: scheduling a meeting's two reminders (only when its date, times,
 * deadline or cancellation change) is three point reads (the group's settings, the two jobs) and at
 * most two creates/replaces (~10 RU each in Azure); a tick that finds nothing is one query (~3 RU);
 * a sent reminder is two If-Match replaces (claim, done) and one per member reached (markDelivered,
 * so that a take-over after a crash skips them).
 */
export const SCHEDULE_PARTITION = 'schedule';

type JobDoc = ScheduledJob & { id: string; groupId: typeof SCHEDULE_PARTITION; type: 'job' };

// An id may not hold / \ ? #: the subject is encoded (a meeting id never has them, another kind's subject may).
const docId = (kind: string, subjectId: string) => `job:${kind}:${encodeURIComponent(subjectId)}`;
const toDoc = (job: ScheduledJob): JobDoc => ({ ...job, id: docId(job.kind, job.subjectId), groupId: SCHEDULE_PARTITION, type: 'job' });

function unwrap(doc: JobDoc): ScheduledJob {
  const { id: _id, groupId: _g, type: _t, ...job } = strip<JobDoc>(doc);
  return job;
}

export class CosmosSchedule implements ScheduleRepository {
  constructor(private readonly docs: Documents) {}

  async get(kind: string, subjectId: string): Promise<Versioned<ScheduledJob> | undefined> {
    const found = await this.docs.read<JobDoc>(docId(kind, subjectId), SCHEDULE_PARTITION);
    return found && { value: unwrap(found.value), etag: found.etag };
  }

  async put(job: ScheduledJob, etag?: string): Promise<Versioned<ScheduledJob> | false> {
    if (etag === undefined) {
      const created = await this.docs.create<JobDoc>(toDoc(job));
      return created && { value: unwrap(created.value), etag: created.etag };
    }
    const saved = await this.docs.replace<JobDoc>(toDoc(job), SCHEDULE_PARTITION, etag);
    return { value: unwrap(saved.value), etag: saved.etag };
  }

  async remove(kind: string, subjectId: string): Promise<boolean> {
    return this.docs.delete(docId(kind, subjectId), SCHEDULE_PARTITION);
  }

  async listDue(now: Date, limit: number): Promise<Versioned<ScheduledJob>[]> {
    const rows = await this.docs.queryVersioned<JobDoc>(
      {
        // groupId in the WHERE clause too: the embedded server ignores the query's partition key.
        query:
          "SELECT * FROM c WHERE c.groupId = @p AND c.type = 'job' AND c.dueAt <= @now AND (c.state = 'due' OR (c.state = 'claimed' AND c.leaseUntil <= @now)) ORDER BY c.dueAt ASC",
        parameters: [
          { name: '@p', value: SCHEDULE_PARTITION },
          { name: '@now', value: now.toISOString() },
        ],
      },
      SCHEDULE_PARTITION,
    );
    return rows.slice(0, limit).map((r) => ({ value: unwrap(r.value), etag: r.etag }));
  }

  async listByGroup(groupId: string): Promise<ScheduledJob[]> {
    const rows = await this.docs.query<JobDoc>(
      {
        query: "SELECT * FROM c WHERE c.groupId = @p AND c.type = 'job' AND c.ownerGroupId = @g ORDER BY c.dueAt ASC",
        parameters: [
          { name: '@p', value: SCHEDULE_PARTITION },
          { name: '@g', value: groupId },
        ],
      },
      SCHEDULE_PARTITION,
    );
    return rows.map(unwrap);
  }

  async listFinishedBefore(before: Date): Promise<ScheduledJob[]> {
    const rows = await this.docs.query<JobDoc>(
      {
        query: "SELECT * FROM c WHERE c.groupId = @p AND c.type = 'job' AND (c.state = 'done' OR c.state = 'skipped') AND c.finishedAt < @before",
        parameters: [
          { name: '@p', value: SCHEDULE_PARTITION },
          { name: '@before', value: before.toISOString() },
        ],
      },
      SCHEDULE_PARTITION,
    );
    return rows.map(unwrap);
  }
  async listKeys(): Promise<{ kind: string; subjectId: string }[]> {
    return this.docs.query<{ kind: string; subjectId: string }>(
      { query: "SELECT c.kind, c.subjectId FROM c WHERE c.groupId = @p AND c.type = 'job'", parameters: [{ name: '@p', value: SCHEDULE_PARTITION }] },
      SCHEDULE_PARTITION,
    );
  }
}
