import type { AgendaItem } from './agenda';
import type { ItemRecord, MeetingData, MeetingRun } from './meeting-types';
import { stripBidi } from './text';

/**
 * Running a meeting, pure: start, step through the agenda, record decisions and notes, end.
 * Every change bumps run.version; a card click carries the version its card was drawn from, and a
 * click from an older card moves nothing (two chairs pressing "next" at once move one step).
 */

export const MAX_RECORD_CHARS = 4000;
export const RECEIPTS_KEPT = 20;

export type FlowError = 'not-started' | 'ended' | 'cancelled' | 'no-agenda' | 'first-item' | 'last-item' | 'no-such-item' | 'stale' | 'empty-text' | 'too-long';

export type Flow = { ok: true; meeting: MeetingData; changed: boolean } | { ok: false; reason: FlowError };

const unchanged = (meeting: MeetingData): Flow => ({ ok: true, meeting, changed: false });
const fail = (reason: FlowError): Flow => ({ ok: false, reason });

export function runOf(meeting: MeetingData): MeetingRun {
  return meeting.run ?? { version: 0 };
}

/** The meeting with its run changed and the version bumped. */
export function bump(meeting: MeetingData, patch: Partial<MeetingData> = {}, run: Partial<MeetingRun> = {}): MeetingData {
  const current = runOf(meeting);
  return { ...meeting, ...patch, run: { ...current, ...run, version: current.version + 1 } };
}

export const isClosed = (m: Pick<MeetingData, 'state'>): boolean => m.state === 'ended' || m.state === 'locked';

/** A card click from the card drawn at `version`: stale when the meeting has moved since. */
export function isStale(meeting: MeetingData, version: unknown): boolean {
  return typeof version !== 'number' || version !== runOf(meeting).version;
}

export function currentItem(meeting: MeetingData): AgendaItem | undefined {
  return meeting.agenda.find((i) => i.number === meeting.currentItem);
}

export function recordOf(meeting: MeetingData, item: number): ItemRecord {
  return meeting.records[String(item)] ?? { notes: [] };
}

export function startMeeting(meeting: MeetingData, now: Date): Flow {
  if (isClosed(meeting)) return fail('ended');
  if (meeting.state === 'cancelled') return fail('cancelled');
  if (meeting.state === 'in-progress') return unchanged(meeting);
  if (meeting.agenda.length === 0) return fail('no-agenda');
  return {
    ok: true,
    changed: true,
    meeting: bump(meeting, { state: 'in-progress', startedAt: now.toISOString(), currentItem: meeting.agenda[0].number }),
  };
}

function running(meeting: MeetingData): FlowError | undefined {
  if (isClosed(meeting)) return 'ended';
  if (meeting.state !== 'in-progress') return 'not-started';
  return undefined;
}

/** To item n. */
export function goTo(meeting: MeetingData, n: number): Flow {
  const bad = running(meeting);
  if (bad) return fail(bad);
  if (!meeting.agenda.some((i) => i.number === n)) return fail('no-such-item');
  if (meeting.currentItem === n) return unchanged(meeting);
  return { ok: true, changed: true, meeting: bump(meeting, { currentItem: n }) };
}

/** One item forward (+1) or back (-1) in agenda order. */
export function step(meeting: MeetingData, delta: 1 | -1): Flow {
  const bad = running(meeting);
  if (bad) return fail(bad);
  const index = meeting.agenda.findIndex((i) => i.number === meeting.currentItem);
  const target = meeting.agenda[index + delta];
  if (!target) return fail(delta > 0 ? 'last-item' : 'first-item');
  return { ok: true, changed: true, meeting: bump(meeting, { currentItem: target.number }) };
}

export type TextCheck = { ok: true; text: string } | { ok: false; reason: 'empty-text' | 'too-long' };

export function cleanRecordText(raw: string): TextCheck {
  const text = stripBidi(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
  if (!text) return { ok: false, reason: 'empty-text' };
  if (text.length > MAX_RECORD_CHARS) return { ok: false, reason: 'too-long' };
  return { ok: true, text };
}

function record(meeting: MeetingData, item: number, raw: string, change: (r: ItemRecord, text: string) => ItemRecord): Flow {
  const bad = running(meeting);
  if (bad) return fail(bad);
  if (!meeting.agenda.some((i) => i.number === item)) return fail('no-such-item');
  const checked = cleanRecordText(raw);
  if (!checked.ok) return fail(checked.reason);
  const before = recordOf(meeting, item);
  const after = change(before, checked.text);
  if (after === before) return unchanged(meeting);
  return { ok: true, changed: true, meeting: bump(meeting, { records: { ...meeting.records, [String(item)]: after } }) };
}

/** Sets (or replaces) the decision of an item. */
export function setDecision(meeting: MeetingData, item: number, text: string): Flow {
  return record(meeting, item, text, (r, t) => (r.decision === t ? r : { ...r, decision: t }));
}

/** Adds a note to an item (an item keeps several). */
export function addNote(meeting: MeetingData, item: number, text: string): Flow {
  return record(meeting, item, text, (r, t) => ({ ...r, notes: [...r.notes, t] }));
}

/** Ends the meeting; the input deadline is kept, or set to the default given. */
export function endMeeting(meeting: MeetingData, now: Date, defaultDeadline: string): Flow {
  if (isClosed(meeting)) return fail('ended');
  if (meeting.state !== 'in-progress') return fail('not-started');
  return {
    ok: true,
    changed: true,
    meeting: bump(meeting, { state: 'ended', endedAt: now.toISOString(), inputDeadline: meeting.inputDeadline ?? defaultDeadline }),
  };
}

/** Items left without a decision, in agenda order. */
export function undecidedItems(meeting: MeetingData): AgendaItem[] {
  return meeting.agenda.filter((i) => !recordOf(meeting, i.number).decision?.trim());
}

/** Whether this activity (a typed command) was already applied to the meeting. */
export function hasReceipt(meeting: MeetingData, activityId: string | undefined): boolean {
  return !!activityId && (runOf(meeting).receipts ?? []).includes(activityId);
}

/** Remembers the activity that made this change, so a re-sent copy changes nothing. */
export function withReceipt(meeting: MeetingData, activityId: string | undefined): MeetingData {
  if (!activityId) return meeting;
  const run = runOf(meeting);
  return { ...meeting, run: { ...run, receipts: [...(run.receipts ?? []).filter((r) => r !== activityId), activityId].slice(-RECEIPTS_KEPT) } };
}
