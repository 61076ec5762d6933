import { osloInstant } from '../../src/domain/norwegian-time';
import { claimable, inputReminderDue, meetingDayDue, parseClock, type ScheduledJob } from '../../src/domain/schedule';

/* #18 §4: when the two meeting reminders are due, and when a due job may be claimed. */
const meeting = { meetingId: 'm', date: '2027-03-24', start: '12:00', end: '13:00', state: 'notice-published' as const };

describe('scheduled reminders: due times', () => {
  it('input: 09:00 Oslo, N days before the deadline date (default 2; the default deadline is 7 days after the meeting)', () => {
    expect(inputReminderDue(meeting, undefined)).toEqual(osloInstant('2027-03-29', '09:00'));
    expect(inputReminderDue(meeting, { inputReminderDays: 5 })).toEqual(osloInstant('2027-03-26', '09:00'));
    // Across the change to summer time (28.03.2027): the Oslo wall clock, not 24-hour steps.
    expect(inputReminderDue({ ...meeting, inputDeadline: osloInstant('2027-03-30', '23:59').toISOString() }, { inputReminderDays: 3 })).toEqual(
      osloInstant('2027-03-27', '09:00'),
    );
    // 0 days: the deadline day, while the deadline is later; a deadline before 09:00 that day gives none.
    expect(inputReminderDue({ ...meeting, inputDeadline: osloInstant('2027-04-01', '23:59').toISOString() }, { inputReminderDays: 0 })).toEqual(
      osloInstant('2027-04-01', '09:00'),
    );
    expect(inputReminderDue({ ...meeting, inputDeadline: osloInstant('2027-04-01', '08:00').toISOString() }, { inputReminderDays: 0 })).toBeUndefined();
  });

  it('meeting day: the set time (default 08:00), at the latest an hour before the start; off and cancelled give none', () => {
    expect(meetingDayDue(meeting, undefined)).toEqual(osloInstant('2027-03-24', '08:00'));
    expect(meetingDayDue(meeting, { meetingDayReminder: '11:30' })).toEqual(osloInstant('2027-03-24', '11:00'));
    expect(meetingDayDue({ ...meeting, start: '07:30' }, undefined)).toEqual(osloInstant('2027-03-24', '06:30'));
    expect(meetingDayDue(meeting, { meetingDayReminder: false })).toBeUndefined();
    expect(inputReminderDue(meeting, { inputReminderDays: false })).toBeUndefined();
    expect(meetingDayDue({ ...meeting, state: 'cancelled' }, undefined)).toBeUndefined();
    expect(inputReminderDue({ ...meeting, state: 'cancelled' }, undefined)).toBeUndefined();
  });

  it('reads a time of day as people write it, and refuses what is not one', () => {
    expect(['8', '8:00', '08.00', '0800', '23:59'].map(parseClock)).toEqual(['08:00', '08:00', '08:00', '08:00', '23:59']);
    expect(['24:00', '8:60', 'åtte', '', '8:0', '-1'].map(parseClock)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('scheduled jobs: claimable', () => {
  const now = new Date('2027-03-24T07:00:00Z');
  const job = (over: Partial<ScheduledJob>): ScheduledJob => ({
    kind: 'k',
    subjectId: 's',
    ownerGroupId: 'g',
    dueAt: '2027-03-24T06:00:00.000Z',
    state: 'due',
    updatedAt: '',
    ...over,
  });
  it('due and waiting, or claimed by an instance whose lease ran out; never before its time, never when finished', () => {
    expect(claimable(job({}), now)).toBe(true);
    expect(claimable(job({ dueAt: '2027-03-24T08:00:00.000Z' }), now)).toBe(false);
    expect(claimable(job({ state: 'claimed', leaseUntil: '2027-03-24T07:05:00.000Z' }), now)).toBe(false);
    expect(claimable(job({ state: 'claimed', leaseUntil: '2027-03-24T06:59:00.000Z' }), now)).toBe(true);
    expect(claimable(job({ state: 'done' }), now)).toBe(false);
    expect(claimable(job({ state: 'skipped' }), now)).toBe(false);
  });
});
