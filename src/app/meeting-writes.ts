import type { MeetingData } from '../domain/meeting-types';
import { syncInputWindow, windowOf } from './input-windows';
import { syncMeetingReminders } from './reminders';
import type { Repositories, Versioned } from './ports';
import { retryOnConflict } from './retry';
import { registerHashOf, registerMeetingWrite } from './search-register';

/*
 * The one write path of a meeting document (#13 §5): every create and replace of a meeting goes
 * through here, and here alone the group's input-window list (input-windows.ts) is kept in step.
 *
 * The windows list is written only when what it holds of the meeting changed (state, date, times,
 * deadline), so a click that moves the current item or records attendance costs no extra request.
 * Its errors are handled one way: the meeting write is the truth and has happened, so a failed
 * list update does not turn the answer into «not saved». The list heals itself: a reader that
 * finds no open window rebuilds it from the meetings before refusing, and an 'ended' entry is
 * checked against the meeting before input is stored (resolveTargets); the next change of the
 * meeting writes it again.
 */

const windowChanged = (before: MeetingData | undefined, after: MeetingData): boolean =>
  !before || JSON.stringify(windowOf(before)) !== JSON.stringify(windowOf(after));

/*
 * The meeting's scheduled reminders (reminders.ts) depend on its date, times, deadline and whether it
 * is cancelled: only a change of those rewrites them (a start, an end, a card click costs nothing).
 * A failed update does not fail the meeting write (as for the windows): a job that exists checks the
 * meeting again when it runs and moves or drops itself; one never written is written at the meeting's
 * next such change or the next change of the group's setting.
 */
const scheduleChanged = (before: MeetingData | undefined, after: MeetingData): boolean =>
  !before ||
  before.date !== after.date ||
  before.start !== after.start ||
  before.end !== after.end ||
  before.inputDeadline !== after.inputDeadline ||
  (before.state === 'cancelled') !== (after.state === 'cancelled');

async function keepWindowsInStep(repos: Repositories, before: MeetingData | undefined, after: MeetingData, now: Date): Promise<void> {
  if (scheduleChanged(before, after)) await syncMeetingReminders(repos, after, now).catch(() => undefined);
  if (!windowChanged(before, after)) return;
  if (!before && after.state === 'draft') return; // a new draft takes no input: nothing to list
  await syncInputWindow(repos, after, now).catch(() => undefined); // see above: readers rebuild it
}

/**
 * The search register (#18 §3) the same way: written only when a searchable part changed, and a
 * failure leaves the meeting write standing (the start-up backfill and the next write mend it).
 */
async function keepRegisterInStep(repos: Repositories, before: MeetingData | undefined, after: MeetingData, now: Date): Promise<void> {
  await registerMeetingWrite(repos, before, after, now).catch(() => undefined);
}

/** The meeting as written: with the fingerprint of what the search register holds of it (no request). */
const stamped = (m: MeetingData): MeetingData => ({ ...m, registerHash: registerHashOf(m) });

/** Creates the meeting; false when its id exists (one meeting per group and date). */
export async function createMeeting(repos: Repositories, meeting: MeetingData, now: Date = new Date()): Promise<boolean> {
  const written = stamped(meeting);
  if (!(await repos.meetings.create(written))) return false;
  await keepWindowsInStep(repos, undefined, written, now);
  await keepRegisterInStep(repos, undefined, written, now);
  return true;
}

/** Replaces `before` (read with `etag`) by `next`, If-Match; a lost race is the caller's ConflictError. */
export async function replaceMeeting(
  repos: Repositories,
  before: MeetingData,
  next: MeetingData,
  etag: string,
  now: Date = new Date(),
): Promise<Versioned<MeetingData>> {
  const saved = await repos.meetings.replace(stamped(next), etag);
  await keepWindowsInStep(repos, before, saved.value, now);
  await keepRegisterInStep(repos, before, saved.value, now);
  return saved;
}

/**
 * Read → decide → replace with If-Match, again on a lost race. `decide` returns the new meeting
 * (or undefined to write nothing) and a result; it runs again on every attempt, on fresh data.
 */
export async function mutateMeeting<T>(
  repos: Repositories,
  meetingId: string,
  decide: (meeting: MeetingData) => { next?: MeetingData; result: T },
  now: Date = new Date(),
): Promise<{ meeting: MeetingData; result: T; written: boolean } | undefined> {
  return retryOnConflict(async () => {
    const current = await repos.meetings.get(meetingId);
    if (!current) return undefined;
    const { next, result } = decide(current.value);
    if (!next) return { meeting: current.value, result, written: false };
    const saved = await replaceMeeting(repos, current.value, next, current.etag, now);
    return { meeting: saved.value, result, written: true };
  });
}
