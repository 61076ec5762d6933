import type { MeetingData } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import { DONE_KEEP_DAYS, type ScheduledJob } from '../domain/schedule';
import type { Locale } from './actor';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { reminderTexts as t } from './texts-reminders';

/*
 * Scheduled jobs in `mine data` / `slett mine data` (#18 §4): a reminder's job keeps, for DONE_KEEP_DAYS
 * after it ran, «Name (Organization)» of each member it could not reach (with the roster member id), and,
 * only while it is being sent, a mark per member reached (`to:<Teams id>`, `member:<member id>`) so that a
 * take-over after a crash skips them. Both name the person: shown, and erased on request. Erasing a mark of
 * a run in progress costs at most a repeated reminder to that person, who after erasure has no personal chat
 * left to get it. The count of those reached holds no name and stays.
 */

export interface JobLine {
  group: string;
  kind: string;
  date: string;
  /** Unreachable: the date the job's result (and the name in it) is deleted; a mark of a run in progress: absent. */
  until?: string;
}

interface Who {
  ids: Set<string>;
  labels: Set<string>;
  marks: Set<string>;
}

function whoOf(members: readonly RosterMember[], aad: string): Who {
  const labels = members.map((m) => `${fullName(m)} (${m.organization})`);
  return {
    ids: new Set(members.map((m) => m.id)),
    labels: new Set(labels),
    marks: new Set([`to:${aad}`, ...members.map((m) => `member:${m.id}`), ...labels.map((x) => `to:${x}`)]),
  };
}

/** The indexes of the person's lines in a job's `unreachable` (by member id; results written before the ids, by the label). */
const unreachableOf = (job: ScheduledJob, who: Who): number[] =>
  (job.result?.unreachable ?? []).flatMap((label, i) => {
    const id = job.result?.unreachableIds?.[i];
    return (id !== undefined ? who.ids.has(id) : who.labels.has(label)) ? [i] : [];
  });
const markedOf = (job: ScheduledJob, who: Who): string[] => (job.delivered ?? []).filter((k) => who.marks.has(k));

/** The meeting a job is about: its subject is the meeting id, or `<meetingId>:r<n>` (a review round). */
const meetingOf = (job: ScheduledJob, meetings: readonly MeetingData[]) =>
  meetings.find((m) => job.subjectId === m.meetingId || job.subjectId.startsWith(`${m.meetingId}:`));

const keptUntil = (job: ScheduledJob) => new Date(Date.parse(job.finishedAt ?? job.updatedAt) + DONE_KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);

/** What the group's jobs hold about these roster members (one person, Teams id `aad`). One query of the schedule partition. */
export async function jobsAbout(
  repos: Repositories,
  groupId: string,
  group: string,
  members: readonly RosterMember[],
  aad: string,
  meetings: readonly MeetingData[],
): Promise<JobLine[]> {
  if (members.length === 0) return [];
  const who = whoOf(members, aad);
  const lines: JobLine[] = [];
  for (const job of await repos.schedule.listByGroup(groupId)) {
    const date = meetingOf(job, meetings)?.date ?? '';
    if (unreachableOf(job, who).length) lines.push({ group, kind: job.kind, date, until: keptUntil(job) });
    if (markedOf(job, who).length) lines.push({ group, kind: job.kind, date });
  }
  return lines;
}

export const jobLine = (l: Locale, j: JobLine) =>
  j.until ? t.privacyUnreachable(l, j.group, j.kind, j.date, j.until) : t.privacyDelivered(l, j.group, j.kind, j.date);

/** Erasure: the person's lines leave the results and marks of the group's jobs. Answers what was erased. */
export async function eraseFromJobs(
  repos: Repositories,
  l: Locale,
  groupId: string,
  group: string,
  members: readonly RosterMember[],
  aad: string,
  meetings: readonly MeetingData[],
): Promise<string[]> {
  if (members.length === 0) return [];
  const who = whoOf(members, aad);
  const erased: string[] = [];
  for (const job of await repos.schedule.listByGroup(groupId)) {
    if (unreachableOf(job, who).length === 0 && markedOf(job, who).length === 0) continue;
    const changed = await retryOnConflict(async () => {
      const current = await repos.schedule.get(job.kind, job.subjectId);
      if (!current) return false;
      const v = current.value;
      const gone = new Set(unreachableOf(v, who));
      const marks = markedOf(v, who);
      if (gone.size === 0 && marks.length === 0) return false;
      const next: ScheduledJob = { ...v };
      if (v.result && gone.size) {
        const keep = (_x: string, i: number) => !gone.has(i);
        next.result = {
          ...v.result,
          unreachable: v.result.unreachable.filter(keep),
          ...(v.result.unreachableIds ? { unreachableIds: v.result.unreachableIds.filter(keep) } : {}),
        };
      }
      if (marks.length) next.delivered = (v.delivered ?? []).filter((k) => !who.marks.has(k));
      await repos.schedule.put(next, current.etag);
      return true;
    });
    if (changed) erased.push(t.privacyErased(l, group, job.kind, meetingOf(job, meetings)?.date ?? ''));
  }
  return erased;
}
