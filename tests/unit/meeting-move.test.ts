import { defaultInputDeadline, deadlineOnDate } from '../../src/domain/meeting';
import { moveMeeting } from '../../src/domain/meeting-move';
import type { MeetingData } from '../../src/domain/meeting-types';

const base: MeetingData = {
  meetingId: 'g-1-20270114',
  groupId: 'g-1',
  date: '2027-01-14',
  start: '10:00',
  end: '12:00',
  place: 'Teams',
  state: 'notice-published',
  agenda: [],
  records: {},
  attendance: {},
};
const to = { date: '2027-01-21', start: '13:00', end: '15:00', place: 'Teams' };

describe('moveMeeting', () => {
  it('a default deadline becomes the default of the new time (also across the DST change)', () => {
    const m = { ...base, inputDeadline: defaultInputDeadline(base) };
    const r = moveMeeting(m, { ...to, date: '2027-03-25' }, []);
    expect(r).toMatchObject({ ok: true, changed: true });
    if (r.ok) expect(r.meeting.inputDeadline).toBe(defaultInputDeadline({ date: '2027-03-25', end: '15:00' }));
  });
  it('a deadline the secretariat set keeps its distance to the end', () => {
    const m = { ...base, inputDeadline: deadlineOnDate('2027-01-31') };
    const r = moveMeeting(m, to, []);
    if (!r.ok) throw new Error('refused');
    expect(Date.parse(r.meeting.inputDeadline!) - Date.parse(m.inputDeadline)).toBe(7 * 86_400_000 + 3 * 3_600_000);
  });
  it('no deadline (a draft) stays without one; the same time is no change', () => {
    const r = moveMeeting({ ...base, state: 'draft' }, to, []);
    expect(r.ok && r.meeting.inputDeadline).toBeUndefined();
    expect(moveMeeting(base, { date: base.date, start: base.start, end: base.end, place: base.place }, [])).toMatchObject({ ok: true, changed: false });
  });
  it('refuses ended, locked and running meetings and a date with another meeting; its own date is no clash', () => {
    expect(moveMeeting({ ...base, state: 'ended' }, to, [])).toEqual({ ok: false, reason: 'ended', date: base.date });
    expect(moveMeeting({ ...base, state: 'locked' }, to, [])).toMatchObject({ reason: 'ended' });
    expect(moveMeeting({ ...base, state: 'in-progress' }, to, [])).toMatchObject({ reason: 'running' });
    expect(moveMeeting(base, to, [{ meetingId: 'other', date: to.date }])).toEqual({ ok: false, reason: 'clash', date: to.date });
    expect(moveMeeting(base, { ...to, date: base.date }, [{ meetingId: base.meetingId, date: base.date }])).toMatchObject({ ok: true, changed: true });
  });
});
