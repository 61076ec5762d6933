import type { FollowUp } from '../domain/follow-up';
import type { MeetingData } from '../domain/meeting-types';
import { followUpChanged, registerChanged, registerFollowUp, registerInputs, registerMeeting } from '../domain/search-register';
import type { Repositories } from './ports';

/*
 * Keeping the search register (src/domain/search-register.ts) in step with the writes it mirrors.
 * What each write costs:
 *  - a meeting write that changes a title, decision, note, date or state: one patch (a click that
 *    moves the current item or records attendance changes none of them and costs nothing);
 *  - the lock of the minutes: one query of the meeting's input (its own partition) and one patch;
 *  - a follow-up written or its text changed: one patch (a status click costs nothing);
 *  - round-table input: nothing. It is the hot path (2 store requests, tests/bot/hot-path-ops), so a
 *    search reads the input of meetings not yet locked itself, with point reads in one request;
 *  - a restriction (`slett mine data` in locked minutes): one query and one patch per meeting.
 * The written document is the truth: a failed register write does not turn the answer into «not
 * saved». It is logged by the caller's error path only if it throws; the next write of the same part
 * mends it, and the start-up backfill (src/persistence/cosmos/search-backfill.ts) writes any entry
 * that is missing.
 */

/** After a meeting create or replace (meeting-writes.ts, the one write path of a meeting). */
export async function registerMeetingWrite(repos: Repositories, before: MeetingData | undefined, after: MeetingData): Promise<void> {
  const locked = after.state === 'locked' && before?.state !== 'locked';
  const unlocked = before?.state === 'locked' && after.state !== 'locked';
  if (!registerChanged(before, after) && !locked && !unlocked) return;
  await repos.searchRegister.setMeeting(after.groupId, after.meetingId, registerMeeting(after));
  if (locked) await snapshotInputs(repos, after);
  // Reopened: input may come again, so a search reads it itself.
  if (unlocked) await repos.searchRegister.setInputs(after.groupId, after.meetingId, null);
}

/** The input snapshot of locked minutes, restricted input left out (also after a restriction). */
export async function snapshotInputs(repos: Repositories, meeting: MeetingData, now: Date = new Date()): Promise<void> {
  const inputs = await repos.inputs.listByMeeting(meeting.meetingId);
  await repos.searchRegister.setInputs(meeting.groupId, meeting.meetingId, { at: now.toISOString(), rows: registerInputs(inputs) });
}

/** After a follow-up create or replace. */
export async function registerFollowUpWrite(repos: Repositories, before: FollowUp | undefined, after: FollowUp): Promise<void> {
  if (!followUpChanged(before, after)) return;
  await repos.searchRegister.setFollowUp(after.groupId, after.meetingId, after.followUpId, registerFollowUp(after));
}
