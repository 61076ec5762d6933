import { createHash } from 'node:crypto';
import type { FollowUp } from '../domain/follow-up';
import type { MeetingData } from '../domain/meeting-types';
import {
  followUpChanged,
  registerEntry,
  registerFollowUp,
  registerInputs,
  registerMeeting,
  type RegisterEntry,
  type RegisterFollowUp,
  type RegisterInputs,
  type RegisterMeeting,
} from '../domain/search-register';
import type { Repositories, SearchRegisterRepository } from './ports';

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
 * saved». It is logged (loggedSearchRegister: group and meeting id, never text) and healed twice over:
 * the next write of the same meeting or of one of its follow-ups in this instance rewrites the whole entry
 * (one query of the group's follow-ups, the input of locked minutes, one upsert), and the start-up backfill
 * (src/persistence/cosmos/search-backfill.ts) rewrites an entry whose meeting fingerprint (registerHash)
 * differs from its meeting's or that misses a follow-up of its meeting.
 */

/** The fingerprint of what the register holds of a meeting (MeetingData.registerHash). */
export const registerHashOf = (m: MeetingData): string =>
  createHash('sha256')
    .update(JSON.stringify(registerMeeting(m)))
    .digest('base64url')
    .slice(0, 16);

/** Meetings whose entry a failed write left behind, per register (this instance's memory; the backfill covers a restart). */
const behind = new WeakMap<SearchRegisterRepository, Set<string>>();
const behindOf = (repos: Repositories): Set<string> => {
  let set = behind.get(repos.searchRegister);
  if (!set) behind.set(repos.searchRegister, (set = new Set()));
  return set;
};

/** The whole entry again, from the meeting, its follow-ups and (locked minutes) its input. */
async function rewriteEntry(repos: Repositories, meeting: MeetingData, now: Date): Promise<void> {
  const [followUps, inputs] = await Promise.all([
    repos.followUps.listByGroup(meeting.groupId),
    meeting.state === 'locked' ? repos.inputs.listByMeeting(meeting.meetingId) : Promise.resolve(undefined),
  ]);
  await repos.searchRegister.put(registerEntry(meeting, followUps, inputs, now));
}

/** Runs a register write; a failure leaves the meeting marked for the next write (logged by the repository). */
async function kept(repos: Repositories, meetingId: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
    behindOf(repos).delete(meetingId);
  } catch {
    behindOf(repos).add(meetingId);
  }
}

/** After a meeting create or replace (meeting-writes.ts, the one write path of a meeting). Never throws. */
export async function registerMeetingWrite(repos: Repositories, before: MeetingData | undefined, after: MeetingData, now: Date = new Date()): Promise<void> {
  if (behindOf(repos).has(after.meetingId)) return kept(repos, after.meetingId, () => rewriteEntry(repos, after, now));
  const locked = after.state === 'locked' && before?.state !== 'locked';
  const unlocked = before?.state === 'locked' && after.state !== 'locked';
  // Both sides carry the fingerprint of their searchable part (meeting-writes.ts stamps every write; a meeting
  // stored before it had none, so its first write refreshes the entry): equal fingerprints, nothing to write.
  // A current-item or attendance click changes nothing searchable, so it writes nothing here.
  if (!locked && !unlocked && before?.registerHash === (after.registerHash ?? registerHashOf(after))) return;
  await kept(repos, after.meetingId, async () => {
    await repos.searchRegister.setMeeting(after.groupId, after.meetingId, {
      ...registerMeeting(after),
      ...(after.registerHash ? { hash: after.registerHash } : {}),
    });
    if (locked) await snapshotInputs(repos, after, now);
    // Reopened: input may come again, so a search reads it itself.
    if (unlocked) await repos.searchRegister.setInputs(after.groupId, after.meetingId, null);
  });
}

/** The input snapshot of locked minutes, restricted input left out (also after a restriction). */
export async function snapshotInputs(repos: Repositories, meeting: MeetingData, now: Date = new Date()): Promise<void> {
  const inputs = await repos.inputs.listByMeeting(meeting.meetingId);
  await repos.searchRegister.setInputs(meeting.groupId, meeting.meetingId, { at: now.toISOString(), rows: registerInputs(inputs) });
}

/** After a follow-up create or replace. Never throws. */
export async function registerFollowUpWrite(repos: Repositories, before: FollowUp | undefined, after: FollowUp, now: Date = new Date()): Promise<void> {
  if (behindOf(repos).has(after.meetingId)) {
    const meeting = (await repos.meetings.get(after.meetingId).catch(() => undefined))?.value;
    if (meeting) return kept(repos, after.meetingId, () => rewriteEntry(repos, meeting, now));
  }
  if (!followUpChanged(before, after)) return;
  await kept(repos, after.meetingId, () => repos.searchRegister.setFollowUp(after.groupId, after.meetingId, after.followUpId, registerFollowUp(after)));
}

/** The register with its write failures logged: which write, the group and the meeting, never a text (a class: its methods are on its prototype). */
class LoggedSearchRegister implements SearchRegisterRepository {
  constructor(
    private readonly register: SearchRegisterRepository,
    private readonly log: { warn(obj: object, msg: string): void },
  ) {}

  private async logged(part: string, groupId: string, meetingId: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (err) {
      const e = err as { code?: unknown; name?: string };
      this.log.warn({ groupId, meetingId, part, code: e.code ?? e.name }, 'search register write failed: the next write or the start-up backfill mends it');
      throw err;
    }
  }
  listByGroup(groupId: string) {
    return this.register.listByGroup(groupId);
  }
  get(groupId: string, meetingId: string) {
    return this.register.get(groupId, meetingId);
  }
  put(entry: RegisterEntry) {
    return this.logged('entry', entry.groupId, entry.meetingId, () => this.register.put(entry));
  }
  setMeeting(groupId: string, meetingId: string, meeting: RegisterMeeting) {
    return this.logged('meeting', groupId, meetingId, () => this.register.setMeeting(groupId, meetingId, meeting));
  }
  setFollowUp(groupId: string, meetingId: string, followUpId: string, followUp: RegisterFollowUp) {
    return this.logged('follow-up', groupId, meetingId, () => this.register.setFollowUp(groupId, meetingId, followUpId, followUp));
  }
  setInputs(groupId: string, meetingId: string, inputs: RegisterInputs | null) {
    return this.logged('inputs', groupId, meetingId, () => this.register.setInputs(groupId, meetingId, inputs));
  }
}

export const loggedSearchRegister = (register: SearchRegisterRepository, log: { warn(obj: object, msg: string): void }): SearchRegisterRepository =>
  new LoggedSearchRegister(register, log);
