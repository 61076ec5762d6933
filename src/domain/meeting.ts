/**
 * Pure helpers about meetings: deterministic ids, which meeting is "next", which one came before,
 * the input deadline. No I/O; dates are Europe/Oslo wall-clock values as stored (yyyy-mm-dd, HH:mm).
 */
import type { AgendaItem } from './agenda';
import type { MeetingData, MeetingState } from './meeting-types';
import { osloDateOf, osloInstant, parseIsoDate } from './norwegian-time';

/** One meeting per group and date: the id is derived from both, so a repeated command cannot make two. */
export function meetingIdFor(groupId: string, date: string): string {
  parseIsoDate(date);
  return `${groupId}-${date.replace(/-/g, '')}`;
}

const CLOSED: MeetingState[] = ['ended', 'locked'];
/** Not ahead of us: closed, or cancelled (`avlys møte`). */
const NOT_NEXT: MeetingState[] = [...CLOSED, 'cancelled'];

const byTime = (a: Pick<MeetingData, 'date' | 'start'>, b: Pick<MeetingData, 'date' | 'start'>): number =>
  a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date);

/** The group's next meeting: the first one, by date, that is not ended, locked or cancelled. */
export function nextMeeting<T extends Pick<MeetingData, 'date' | 'start' | 'state'>>(meetings: readonly T[]): T | undefined {
  return [...meetings].sort(byTime).find((m) => !NOT_NEXT.includes(m.state));
}

type Ended = Pick<MeetingData, 'date' | 'end' | 'state' | 'endedAt'>;
/** When a meeting ended: its recorded end, else (older data) the end of its time. */
const endedAt = (m: Ended): string => m.endedAt ?? meetingEnd(m).toISOString();

/**
 * The meeting that ended last (ended or locked), by when it ended, not by the date it was created
 * for (#15 §2): a meeting held early or moved is "held" when it was started and ended.
 */
export function lastEnded<T extends Ended>(meetings: readonly T[]): T | undefined {
  return meetings
    .filter((m) => CLOSED.includes(m.state))
    .sort((a, b) => endedAt(a).localeCompare(endedAt(b)))
    .pop();
}

/**
 * The meeting that just ended: the last ended one, when it ended today (Oslo) and no other meeting
 * has published its notice or started since. After `avslutt`, documents without a date are about it.
 */
export function justEnded<T extends Ended & Pick<MeetingData, 'meetingId' | 'noticePublishedAt' | 'startedAt'>>(
  meetings: readonly T[],
  now: Date,
): T | undefined {
  const last = lastEnded(meetings);
  if (!last || osloDateOf(new Date(endedAt(last))) !== osloDateOf(now)) return undefined;
  const since = (at?: string) => !!at && at > endedAt(last);
  return meetings.some((m) => m.meetingId !== last.meetingId && (since(m.noticePublishedAt) || since(m.startedAt))) ? undefined : last;
}

/** The latest meeting of the group on an earlier date than `date` (a cancelled one has no minutes: skipped). */
export function previousMeeting<T extends Pick<MeetingData, 'date' | 'start'> & { state?: MeetingState }>(meetings: readonly T[], date: string): T | undefined {
  return [...meetings]
    .filter((m) => m.date < date && m.state !== 'cancelled')
    .sort(byTime)
    .pop();
}

/** yyyy-mm-dd plus n calendar days. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export const DEFAULT_INPUT_DAYS = 7;

/** Default input deadline: the same Oslo wall-clock time as the meeting's end, 7 calendar days later. */
export function defaultInputDeadline(meeting: Pick<MeetingData, 'date' | 'end'>): string {
  return osloInstant(addDays(meeting.date, DEFAULT_INPUT_DAYS), meeting.end).toISOString();
}

/** A deadline given as a date means the end of that day in Oslo (23:59). */
export function deadlineOnDate(date: string): string {
  return osloInstant(date, '23:59').toISOString();
}

/** The meeting's end as an instant. */
export function meetingEnd(meeting: Pick<MeetingData, 'date' | 'end'>): Date {
  return osloInstant(meeting.date, meeting.end);
}

/** "dd.mm.yyyy" → yyyy-mm-dd, or undefined when it is not a real date. */
export function parseNorwegianDate(text: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  try {
    parseIsoDate(iso);
    return iso;
  } catch {
    return undefined;
  }
}

/** The round-table item (what members are asked to prepare), when the agenda has one. */
export function roundTableItem(agenda: readonly AgendaItem[]): AgendaItem | undefined {
  return agenda.find((i) => i.kind === 'round-table');
}

/** The items that are approved on cards: the notice/agenda and the previous minutes. */
export function approvalItems(agenda: readonly AgendaItem[]): AgendaItem[] {
  // In a meeting in parts the group approves its own part's notice and minutes, not the common part's (#17 §1.8).
  const own = agenda.filter((i) => i.part === undefined);
  const find = (kind: AgendaItem['kind']) => own.find((i) => i.kind === kind) ?? agenda.find((i) => i.kind === kind);
  const notice = find('approve-notice');
  const minutes = find('approve-minutes');
  return [notice, minutes].filter((i): i is AgendaItem => i !== undefined);
}

/** A new meeting in state draft. */
export function newMeeting(groupId: string, args: { date: string; start: string; end: string; place: string }): MeetingData {
  return {
    meetingId: meetingIdFor(groupId, args.date),
    groupId,
    date: args.date,
    start: args.start,
    end: args.end,
    place: args.place,
    state: 'draft',
    agenda: [],
    records: {},
    attendance: {},
  };
}
