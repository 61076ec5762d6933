import {
  addDays,
  approvalItems,
  deadlineOnDate,
  defaultInputDeadline,
  meetingIdFor,
  newMeeting,
  nextMeeting,
  parseNorwegianDate,
  previousMeeting,
  roundTableItem,
} from '../../src/domain/meeting';
import type { MeetingState } from '../../src/domain/meeting-types';

const m = (date: string, state: MeetingState, start = '12:00') => ({ date, start, state });

describe('meeting helpers', () => {
  it('the id is derived from group and date (one meeting per group and day)', () => {
    expect(meetingIdFor('g-abc', '2024-11-07')).toBe('g-abc-20241107');
    expect(newMeeting('g-abc', { date: '2024-11-07', start: '12:00', end: '13:00', place: 'Teams' })).toMatchObject({
      meetingId: 'g-abc-20241107',
      state: 'draft',
      agenda: [],
      records: {},
    });
    expect(() => meetingIdFor('g-abc', '2024-02-30')).toThrow();
  });

  it('next meeting: the first by date that is not ended or locked', () => {
    const all = [m('2025-01-16', 'draft'), m('2024-09-12', 'locked'), m('2024-11-07', 'ended'), m('2024-12-01', 'notice-published')];
    expect(nextMeeting(all)?.date).toBe('2024-12-01');
    expect(nextMeeting([m('2024-11-07', 'ended')])).toBeUndefined();
    expect(nextMeeting([m('2024-11-07', 'in-progress'), m('2024-12-01', 'draft')])?.date).toBe('2024-11-07');
  });

  it('previous meeting: the latest on an earlier date', () => {
    const all = [m('2024-09-12', 'locked'), m('2024-11-07', 'ended'), m('2025-01-16', 'draft')];
    expect(previousMeeting(all, '2025-01-16')?.date).toBe('2024-11-07');
    expect(previousMeeting(all, '2024-09-12')).toBeUndefined();
  });

  it('default input deadline: the end time in Oslo, 7 days later, across the DST change', () => {
    expect(defaultInputDeadline({ date: '2024-11-07', end: '13:00' })).toBe('2024-11-14T12:00:00.000Z');
    expect(defaultInputDeadline({ date: '2024-06-13', end: '13:00' })).toBe('2024-06-20T11:00:00.000Z');
    // 24.10.2024 is summer time (+2), 31.10.2024 winter time (+1): still 13:00 in Oslo.
    expect(defaultInputDeadline({ date: '2024-10-24', end: '13:00' })).toBe('2024-10-31T12:00:00.000Z');
    // 28.03.2024 is winter time (+1), 04.04.2024 summer time (+2): still 13:00 in Oslo.
    expect(defaultInputDeadline({ date: '2024-03-28', end: '13:00' })).toBe('2024-04-04T11:00:00.000Z');
    expect(deadlineOnDate('2024-11-20')).toBe('2024-11-20T22:59:00.000Z');
    expect(addDays('2024-12-28', 7)).toBe('2025-01-04');
  });

  it('dd.mm.yyyy dates', () => {
    expect(parseNorwegianDate('7.11.2024')).toBe('2024-11-07');
    expect(parseNorwegianDate('31.02.2024')).toBeUndefined();
    expect(parseNorwegianDate('2024-11-07')).toBeUndefined();
  });

  it('finds the round table and the items approved on cards', () => {
    const agenda = [
      { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' as const },
      { number: 2, title: 'Godkjenning av referat fra møte 12. september 2024', subPoints: [], kind: 'approve-minutes' as const },
      { number: 3, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' as const },
    ];
    expect(roundTableItem(agenda)?.number).toBe(3);
    expect(approvalItems(agenda).map((i) => i.number)).toEqual([1, 2]);
    expect(approvalItems(agenda.slice(2))).toEqual([]);
  });
});
