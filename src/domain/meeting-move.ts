import { defaultInputDeadline, meetingEnd } from './meeting';
import { nextCalendarSequence, type MeetingData } from './meeting-types';

/** Where a meeting goes (`flytt møte`): Oslo date and times, and its place. */
export interface MoveTo {
  date: string;
  start: string;
  end: string;
  place: string;
}

export type MoveResult = { ok: true; changed: boolean; meeting: MeetingData } | { ok: false; reason: 'ended' | 'running' | 'clash'; date: string };

/**
 * Moves a meeting that has not ended (#15 §2); a cancelled one comes back to life. The input deadline moves with it: the default one
 * (7 days after the end) is the default of the new time, a deadline the secretariat set keeps its
 * distance to the meeting's end. `others` are the group's other meetings: one meeting per date.
 */
export function moveMeeting(meeting: MeetingData, to: MoveTo, others: readonly Pick<MeetingData, 'meetingId' | 'date'>[]): MoveResult {
  if (meeting.state === 'ended' || meeting.state === 'locked') return { ok: false, reason: 'ended', date: meeting.date };
  if (meeting.state === 'in-progress') return { ok: false, reason: 'running', date: meeting.date };
  const clash = others.find((o) => o.meetingId !== meeting.meetingId && o.date === to.date);
  if (clash) return { ok: false, reason: 'clash', date: clash.date };
  const cancelled = meeting.state === 'cancelled';
  if (!cancelled && meeting.date === to.date && meeting.start === to.start && meeting.end === to.end && meeting.place === to.place)
    return { ok: true, changed: false, meeting };
  // A cancelled meeting moved comes back to life in the state it had (its input window opens again when published).
  const { cancelledAt: _at, cancelledFrom, ...alive } = meeting;
  const state = cancelled ? (cancelledFrom ?? 'draft') : meeting.state;
  const moved: MeetingData = { ...alive, state, date: to.date, start: to.start, end: to.end, place: to.place, calendarSequence: nextCalendarSequence(meeting) };
  if (meeting.inputDeadline) {
    moved.inputDeadline =
      meeting.inputDeadline === defaultInputDeadline(meeting)
        ? defaultInputDeadline(moved)
        : new Date(Date.parse(meeting.inputDeadline) + meetingEnd(moved).getTime() - meetingEnd(meeting).getTime()).toISOString();
  }
  return { ok: true, changed: true, meeting: moved };
}
