import type { AgendaItem } from './agenda';
import type { Approval } from './approval';
import { approvalItems } from './meeting';
import type { AttendanceEntry, Input, MeetingData } from './meeting-types';

/**
 * Personal data (issue #8), pure rules: how long an input draft is kept, whose input, votes and
 * attendance entries are a person's, and what erasure does to them. Minutes that are locked are
 * archive: a person's input there is restricted (kept, left out of new exports), never deleted.
 */

/** The agenda items that get an approval card (notice and agenda; previous minutes). */
export const APPROVAL_ITEMS: readonly number[] = [1, 2];

/**
 * The items whose approval card may hold a person's vote: 1 and 2, and the items the meeting's
 * approval cards are on, which in a meeting in parts are the group's own part's (#17 §1.8), not 1 and 2.
 */
export const approvalItemNumbers = (agenda: readonly AgendaItem[]): number[] => [
  ...new Set([...APPROVAL_ITEMS, ...approvalItems(agenda).map((i) => i.number)]),
];
const DAY_MS = 24 * 3600_000;

/** A draft older than the retention period is dropped when it is read (no timer). */
export function draftExpired(draft: { createdAt: string }, now: Date, retentionDays: number): boolean {
  const created = Date.parse(draft.createdAt);
  return Number.isNaN(created) || now.getTime() - created > retentionDays * DAY_MS;
}

/** Who a person is in one group: their roster member id and their Teams user. */
export interface Subject {
  memberId: string;
  aadObjectId: string;
}

/** Input the person wrote themselves (input entered by the secretariat for the organization is not theirs). */
export function isOwnInput(c: Input, who: Subject): boolean {
  if (c.enteredBySecretariat) return false;
  return c.authorAadObjectId ? c.authorAadObjectId === who.aadObjectId : c.memberId === who.memberId;
}

/** The keys a person's attendance entry can be stored under (see attendanceKey). */
export function attendanceKeysOf(who: Subject): string[] {
  return [who.memberId, `aad:${who.aadObjectId}`];
}

export function attendanceOf(meeting: Pick<MeetingData, 'attendance'>, who: Subject): AttendanceEntry[] {
  return attendanceKeysOf(who).flatMap((k) => (meeting.attendance[k] ? [meeting.attendance[k]] : []));
}

export const isLocked = (meeting: Pick<MeetingData, 'state'>): boolean => meeting.state === 'locked';

/** The meeting without the person's attendance entries; undefined when it has none. */
export function withoutAttendance(meeting: MeetingData, who: Subject): MeetingData | undefined {
  const keys = attendanceKeysOf(who).filter((k) => k in meeting.attendance);
  if (keys.length === 0) return undefined;
  const attendance = { ...meeting.attendance };
  for (const k of keys) delete attendance[k];
  return { ...meeting, attendance };
}

/** The approval without the person's vote; undefined when they have none. */
export function withoutVote(approval: Approval, who: Subject): Approval | undefined {
  if (!(who.memberId in approval.votes)) return undefined;
  const votes = { ...approval.votes };
  delete votes[who.memberId];
  return { ...approval, votes };
}

/** Input in locked minutes: kept, marked restricted from this instant (left out of new exports). */
export function restricted(c: Input, now: Date): Input {
  return c.restricted ? c : { ...c, restricted: now.toISOString() };
}
