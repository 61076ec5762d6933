import { addDays } from './meeting';
import type { MeetingData } from './meeting-types';
import { deadlineOf } from './input';
import { osloDateOf, osloInstant } from './norwegian-time';

/*
 * Due jobs (#18 §4): things Referent does by itself at a time, kept in the store so that any bot
 * instance can do them, once, after any restart. Pure rules only: what a job is, when one may be
 * claimed, and when the two meeting reminders are due. The store is src/persistence/cosmos/schedule.ts,
 * the runner src/app/scheduler.ts, the kinds src/app/job-kinds.ts.
 */

/** 'due': waiting; 'claimed': an instance is running it until `leaseUntil`; 'done': sent; 'skipped': no longer applied when due. */
export type JobState = 'due' | 'claimed' | 'done' | 'skipped';

export interface ScheduledJob {
  /** A name from the kinds table (src/app/job-kinds.ts). */
  kind: string;
  /** What it is about (a meeting id): with the kind, the job's identity. One job per kind and subject. */
  subjectId: string;
  /** The group it belongs to (status, the group's language). */
  ownerGroupId: string;
  /** ISO instant from which it may run. */
  dueAt: string;
  state: JobState;
  /** The instance that claimed it and until when the claim holds (after that another instance may take it over). */
  claimedBy?: string;
  leaseUntil?: string;
  /** When it was done or skipped, and what came of it (the status shows it). */
  finishedAt?: string;
  result?: JobResult;
  /** How many times it was claimed (a crashed run is taken over after the lease). */
  attempts?: number;
  /** Whom this run has reached so far (recipient keys), written as it goes: a take-over after a crash skips them. */
  delivered?: string[];
  updatedAt: string;
}

export interface JobResult {
  /** How many received it. */
  sent: number;
  /** «Name (Organization)» of those who could not be reached. */
  unreachable: string[];
  /**
   * The roster member id of each of `unreachable`, in the same order: so that `mine data` and `slett mine
   * data` find a person's line by their roster entry, not by a name that may have changed since.
   */
  unreachableIds?: string[];
  /** Why nothing was sent ('meeting-gone', 'too-late', 'not-published' …). */
  skipped?: string;
}

/** A claim lasts this long: a run that has not finished by then is taken to have died with its instance. */
export const LEASE_MS = 5 * 60_000;
/** Jobs that are done are kept this long (the status shows the last one), then deleted by the tick. */
export const DONE_KEEP_DAYS = 60;

/** Whether an instance may claim the job now: due, and not held by a live claim. */
export function claimable(job: ScheduledJob, now: Date): boolean {
  if (Date.parse(job.dueAt) > now.getTime()) return false;
  if (job.state === 'due') return true;
  return job.state === 'claimed' && (!job.leaseUntil || Date.parse(job.leaseUntil) <= now.getTime());
}

/** The group's reminder settings; absent fields take the defaults below. `false`: off. */
export interface ReminderSettings {
  /** Days before the input deadline (0–14); default 2. */
  inputReminderDays?: number | false;
  /** Oslo time on the meeting day (HH:mm); default 08:00. */
  meetingDayReminder?: string | false;
}

export const DEFAULT_INPUT_REMINDER_DAYS = 2;
export const MAX_INPUT_REMINDER_DAYS = 14;
export const DEFAULT_MEETING_DAY_TIME = '08:00';
/** The input reminder goes out at this Oslo time, N days before the deadline's date: a working morning, not at 23:59. */
export const INPUT_REMINDER_TIME = '09:00';

export const KIND_INPUT = 'input-reminder';
export const KIND_MEETING_DAY = 'meeting-day-reminder';

export function inputReminderDays(s: ReminderSettings | undefined): number | false {
  return s?.inputReminderDays ?? DEFAULT_INPUT_REMINDER_DAYS;
}
export function meetingDayTime(s: ReminderSettings | undefined): string | false {
  return s?.meetingDayReminder ?? DEFAULT_MEETING_DAY_TIME;
}

type Timed = Pick<MeetingData, 'meetingId' | 'date' | 'start' | 'end' | 'state' | 'inputDeadline'>;

/** When the input reminder is due: 09:00 Oslo, N days before the deadline's date; never at or after the deadline. */
export function inputReminderDue(meeting: Timed, settings: ReminderSettings | undefined): Date | undefined {
  const days = inputReminderDays(settings);
  if (days === false || meeting.state === 'cancelled') return undefined;
  const deadline = deadlineOf(meeting);
  const due = osloInstant(addDays(osloDateOf(deadline), -days), INPUT_REMINDER_TIME);
  return due.getTime() < deadline.getTime() ? due : undefined;
}

/** When the meeting-day reminder is due: the set time on the meeting's date, at the latest one hour before it starts. */
export function meetingDayDue(meeting: Timed, settings: ReminderSettings | undefined): Date | undefined {
  const time = meetingDayTime(settings);
  if (time === false || meeting.state === 'cancelled') return undefined;
  const at = osloInstant(meeting.date, time).getTime();
  const latest = osloInstant(meeting.date, meeting.start).getTime() - 3600_000;
  return new Date(Math.min(at, latest));
}

/** "HH:mm" from «8», «8:00», «08.00», «0800»; undefined when it is not a time of day. */
export function parseClock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
