import { nextCalendarSequence, type MeetingData } from './meeting-types';

export type CancelResult = { ok: true; meeting: MeetingData } | { ok: false; reason: 'ended' | 'running' | 'cancelled'; date: string };

/**
 * `avlys møte` (#15 §2), pure: a meeting not started yet is cancelled, remembering the state it had
 * (so `flytt møte` can bring it back). Its input window closes with the state; the input stays stored.
 */
export function cancelMeeting(meeting: MeetingData, now: Date): CancelResult {
  if (meeting.state === 'cancelled') return { ok: false, reason: 'cancelled', date: meeting.date };
  if (meeting.state === 'in-progress') return { ok: false, reason: 'running', date: meeting.date };
  if (meeting.state === 'ended' || meeting.state === 'locked') return { ok: false, reason: 'ended', date: meeting.date };
  return {
    ok: true,
    meeting: { ...meeting, state: 'cancelled', cancelledAt: now.toISOString(), cancelledFrom: meeting.state, calendarSequence: nextCalendarSequence(meeting) },
  };
}
