import { deadlineOf, inputWindow } from '../domain/input';
import type { GroupData } from '../domain/group';
import type { MeetingData } from '../domain/meeting-types';
import { osloDateOf, osloInstant } from '../domain/norwegian-time';
import {
  inputReminderDays,
  inputReminderDue,
  KIND_INPUT,
  KIND_MEETING_DAY,
  meetingDayDue,
  meetingDayTime,
  type JobResult,
  type ReminderSettings,
  type ScheduledJob,
} from '../domain/schedule';
import { localeOf } from './actor';
import type { GroupContext } from './group-context';
import { addressesOf, reminderRecipients, type ReminderRecipient } from './input-status';
import { windowOf } from './input-windows';
import type { Repositories } from './ports';
import { scheduleJob, unscheduleJob, type JobContext, type JobKind, type JobOutcome } from './scheduler';
import { inputTexts } from './texts-input';
import { reminderTexts } from './texts-reminders';

/*
 * The two scheduled reminders of a meeting (#18 §4): input (to members of organizations without
 * input, N days before the deadline) and the meeting day (to every member). Their jobs follow the
 * meeting through its one write path (meeting-writes.ts → syncMeetingReminders) and the group's
 * setting (`innstilling påminnelse …` → resyncGroupReminders). When one runs it checks the meeting
 * again as it is then: a job that the write path could not move (a failed write) moves itself.
 */

const DUE: Record<string, (m: MeetingData, s: ReminderSettings | undefined) => Date | undefined> = {
  [KIND_INPUT]: inputReminderDue,
  [KIND_MEETING_DAY]: meetingDayDue,
};

/** Writes the meeting's reminder jobs as the meeting and the group's settings now say; a time already past is not scheduled. */
export async function syncMeetingReminders(repos: Repositories, meeting: MeetingData, now: Date, group?: GroupData): Promise<void> {
  const settings = group?.settings ?? (await repos.groups.get(meeting.groupId))?.value.settings;
  for (const [kind, dueOf] of Object.entries(DUE)) {
    const due = dueOf(meeting, settings);
    if (due && due.getTime() > now.getTime()) await scheduleJob(repos, { kind, subjectId: meeting.meetingId, ownerGroupId: meeting.groupId }, due, now);
    else await unscheduleJob(repos, kind, meeting.meetingId);
  }
}

/** After the setting changed: every coming meeting of the group again (a query; the secretariat's command, not a hot path). */
export async function resyncGroupReminders(repos: Repositories, group: GroupData, now: Date): Promise<void> {
  const meetings = await repos.meetings.listByGroup(group.groupId);
  for (const m of meetings) {
    if (m.state === 'locked' || osloInstant(m.date, m.end).getTime() < now.getTime() - 30 * 24 * 3600_000) continue;
    await syncMeetingReminders(repos, m, now, group);
  }
}

/**
 * At start-up: the reminders of coming meetings that have no job of either kind (stored before the
 * scheduler existed, or a write path update that failed). Idempotent: a second start finds them and
 * writes nothing; a meeting whose reminders are off or already past is read again at each start, which
 * is three point reads per such meeting.
 */
export async function backfillReminders(repos: Repositories, now: Date): Promise<{ written: number }> {
  const [meetings, keys] = await Promise.all([repos.meetings.listUpcoming(osloDateOf(now)), repos.schedule.listKeys()]);
  const has = new Set(keys.filter((k) => k.kind in DUE).map((k) => k.subjectId));
  let written = 0;
  for (const m of meetings) {
    if (has.has(m.meetingId)) continue;
    await syncMeetingReminders(repos, m, now);
    written++;
  }
  return { written };
}

const skipped = (why: string): JobOutcome => ({ result: { sent: 0, unreachable: [], skipped: why } });

/** The meeting, its group and roster as they are now, or why the job no longer applies. */
async function subjectOf(job: ScheduledJob, ctx: JobContext): Promise<{ meeting: MeetingData; group: GroupContext } | JobOutcome> {
  const meeting = (await ctx.repos.meetings.get(job.subjectId))?.value;
  if (!meeting || meeting.state === 'cancelled') return skipped('meeting-gone');
  const { group, roster } = await ctx.repos.groups.getWithRoster(meeting.groupId);
  if (!group) return skipped('group-gone');
  const due = DUE[job.kind](meeting, group.value.settings);
  if (!due) return skipped('off');
  // Moved since (a write path update that failed): due again at the new time, or left when that is past.
  if (due.toISOString() !== job.dueAt) return due.getTime() > ctx.now.getTime() ? { moveTo: due } : skipped('moved');
  return { meeting, group: { group, roster: roster?.value ?? [], roles: [] } };
}

/** Sends each recipient their text in their own language (as `påminnelse`): at most 4 in flight, the channel's retry in the outbox. */
async function deliver(
  ctx: JobContext,
  kind: string,
  group: GroupData,
  recipients: ReminderRecipient[],
  text: (l: ReturnType<typeof localeOf>, r: ReminderRecipient) => string,
) {
  let sent = 0;
  const missed: { label: string; memberId: string }[] = [];
  const queue = [...recipients];
  let failure: { err: unknown } | undefined;
  const worker = async () => {
    for (let r = queue.shift(); r && !failure; r = queue.shift()) {
      const label = `${r.name} (${r.organization})`;
      if (!r.reference) {
        missed.push({ label, memberId: r.memberId });
        continue;
      }
      // Reached by an earlier attempt of this job (its instance died mid-run): counted, not sent again.
      const key = `to:${r.aadObjectId ?? label}`;
      if (ctx.delivered.has(key)) {
        sent++;
        continue;
      }
      const language = r.language ?? group.settings?.language ?? localeOf((r.reference as { locale?: string }).locale);
      try {
        await ctx.outbox.send(r.reference, text(language, r));
      } catch (err) {
        ctx.log.warn({ err: (err as Error).message, organization: r.organization }, 'scheduled reminder could not be delivered');
        missed.push({ label, memberId: r.memberId });
        continue;
      }
      sent++;
      // Recorded before the next: a failure here (the job moved, the store away) stops every worker and the run,
      // and a later attempt skips whom it reached.
      await ctx.markDelivered(key).catch((err: unknown) => void (failure ??= { err }));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failure) throw failure.err;
  missed.sort((a, b) => a.label.localeCompare(b.label, 'nb'));
  const result: JobResult = { sent, unreachable: missed.map((m) => m.label), unreachableIds: missed.map((m) => m.memberId) };
  if (result.unreachable.length && !ctx.delivered.has('home')) {
    await reportToHome(ctx, group, kind, result);
    await ctx.markDelivered('home');
  }
  return { result };
}

/**
 * Those it could not reach are reported as `påminnelse` reports them, in the group's home chat (where
 * the secretariat would have typed it): nobody asked for this reminder, so nobody else would hear.
 * A failed report leaves the reminder sent (status shows them too).
 */
async function reportToHome(ctx: JobContext, group: GroupData, kind: string, result: JobResult): Promise<void> {
  try {
    const home = await ctx.repos.conversations.get(group.homeConversationId);
    if (!home?.reference) return;
    const l = group.settings?.language ?? 'nb';
    await ctx.outbox.send(home.reference, reminderTexts.homeReport(l, kind, inputTexts.remindDone(l, result.sent, result.unreachable)));
  } catch (err) {
    ctx.log.warn({ err: (err as Error).message, groupId: group.groupId }, 'the report of a scheduled reminder could not be posted');
  }
}

const inputReminder: JobKind = {
  async run(job, ctx) {
    const found = await subjectOf(job, ctx);
    if (!('meeting' in found)) return found;
    const window = windowOf(found.meeting);
    const open = inputWindow(window, ctx.now);
    if (!open.open) return skipped(open.reason);
    const { tally, recipients } = await reminderRecipients(ctx.repos, found.group, ctx.now, window);
    if (!tally || tally.missing.length === 0) return { result: { sent: 0, unreachable: [] } };
    const name = found.group.group.value.name;
    return deliver(ctx, job.kind, found.group.group.value, recipients, (l, r) => inputTexts.reminder(l, name, r.organization, window, deadlineOf(window)));
  },
};

const meetingDayReminder: JobKind = {
  async run(job, ctx) {
    const found = await subjectOf(job, ctx);
    if (!('meeting' in found)) return found;
    const m = found.meeting;
    // Only for a meeting the members were called to, and only before it starts.
    if (m.state !== 'notice-published') return skipped(m.state === 'draft' ? 'not-published' : 'started');
    if (ctx.now.getTime() >= osloInstant(m.date, m.start).getTime()) return skipped('too-late');
    const recipients = await addressesOf(ctx.repos, found.group);
    const name = found.group.group.value.name;
    return deliver(ctx, job.kind, found.group.group.value, recipients, (l) => reminderTexts.meetingDay(l, name, m.date, m.start, m.end, m.place));
  },
};

/** The kinds this file adds to src/app/job-kinds.ts. */
export const reminderKinds: Record<string, JobKind> = { [KIND_INPUT]: inputReminder, [KIND_MEETING_DAY]: meetingDayReminder };

/** The lines of `status` about the group's scheduled reminders (one query over the schedule partition). */
export async function reminderStatus(repos: Repositories, group: GroupData, l: ReturnType<typeof localeOf>): Promise<string[]> {
  const jobs = (await repos.schedule.listByGroup(group.groupId)).filter((j) => j.kind in DUE);
  const off = inputReminderDays(group.settings) === false && meetingDayTime(group.settings) === false;
  const next = jobs.filter((j) => j.state === 'due' || j.state === 'claimed').slice(0, 2);
  const last = jobs
    .filter((j) => j.state === 'done' && j.finishedAt)
    .sort((a, b) => (a.finishedAt ?? '').localeCompare(b.finishedAt ?? ''))
    .at(-1);
  return reminderTexts.statusLines(l, off, next, last);
}
