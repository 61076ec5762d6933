import {
  formatClock,
  formatDate,
  formatLongDate,
  formatMeetingTime,
  formatNoticeLongTime,
  formatNoticeTime,
  osloDateOf,
  osloInstant,
  osloTimeOf,
  parseIsoDate,
  parseTime,
  weekdayName,
} from '../../src/domain/norwegian-time';

describe('Norwegian dates and times', () => {
  test('weekday names in nynorsk, måndag to sundag (#19)', () => {
    const week = ['04', '05', '06', '07', '08', '09', '10'].map((d) => weekdayName(`2024-11-${d}`, 'nn'));
    expect(week).toEqual(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
    expect(formatMeetingTime('2024-11-05', '09:00', '11:30', 'nn')).toBe('Tysdag 05.11.2024 kl. 09.00 – 11.30');
    expect(formatLongDate('2024-12-07', 'nn')).toBe('7. desember 2024');
    expect(formatNoticeLongTime('2024-11-09', '12:00', '13:00', 'nn')).toBe('Laurdag 9. november 2024, kl 12:00-13:00');
    expect(formatClock('13:05', 'nn')).toBe('13.05');
  });

  test('weekday names in Bokmål, mandag to søndag', () => {
    // 2024-11-04 is a Monday.
    const week = ['04', '05', '06', '07', '08', '09', '10'].map((d) => weekdayName(`2024-11-${d}`));
    expect(week).toEqual(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(weekdayName('2024-11-04', 'en')).toBe('Monday');
  });

  test('the minutes\' "Tid:" line: capitalized weekday, dotted times, en dash', () => {
    expect(formatMeetingTime('2023-03-16', '09:00', '11:00')).toBe('Torsdag 16.03.2023 kl. 09.00 – 11.00');
    // The 19.01.2023 minutes prints "Onsdag 19.01.2023", but 19 January 2023 was a Thursday: we print the real weekday.
    expect(formatMeetingTime('2023-01-19', '13:00', '15:00')).toBe('Torsdag 19.01.2023 kl. 13.00 – 15.00');
    expect(formatMeetingTime('2024-11-09', '08:05', '09:30')).toBe('Lørdag 09.11.2024 kl. 08.05 – 09.30');
    expect(formatMeetingTime('2023-03-16', '09:00', '11:00', 'en')).toBe('Thursday 16.03.2023 at 09:00 – 11:00');
  });

  test('short and long dates', () => {
    expect(formatDate('2023-03-16')).toBe('16.03.2023');
    expect(formatLongDate('2024-11-07')).toBe('7. november 2024');
    expect(formatLongDate('2025-01-16')).toBe('16. januar 2025');
    expect(formatLongDate('2024-11-07', 'en')).toBe('7 November 2024');
    expect(formatClock('09:00')).toBe('09.00');
    expect(formatClock('09:00', 'en')).toBe('09:00');
  });

  test("the notice's time lines as in seeds 002 and 004", () => {
    expect(formatNoticeTime('2024-11-07', '12:00', '13:00')).toBe('07.11.2024, kl 12:00-13:00');
    expect(formatNoticeLongTime('2024-11-07', '12:00', '13:00')).toBe('Torsdag 7. november 2024, kl 12:00-13:00');
  });

  test('rejects dates and times that do not exist', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('16.03.2023')).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseTime('24:00')).toThrow(RangeError);
    expect(() => parseTime('9:00')).toThrow(RangeError);
    expect(() => formatMeetingTime('2023-03-16', '09:60', '11:00')).toThrow(RangeError);
  });

  test('osloInstant: winter is UTC+1, summer is UTC+2', () => {
    expect(osloInstant('2023-01-19', '13:00').toISOString()).toBe('2023-01-19T12:00:00.000Z');
    expect(osloInstant('2024-06-20', '09:00').toISOString()).toBe('2024-06-20T07:00:00.000Z');
  });

  test('osloInstant across the DST changes (last Sunday of March and October)', () => {
    // Spring 2024-03-31: 02:00 jumps to 03:00.
    expect(osloInstant('2024-03-31', '01:59').toISOString()).toBe('2024-03-31T00:59:00.000Z');
    expect(osloInstant('2024-03-31', '03:00').toISOString()).toBe('2024-03-31T01:00:00.000Z');
    // 02:30 does not exist: moved forward by the gap, to 03:30 CEST.
    expect(osloInstant('2024-03-31', '02:30').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    // Autumn 2024-10-27: 03:00 falls back to 02:00; 02:30 happens twice and the earlier one is chosen.
    expect(osloInstant('2024-10-27', '02:30').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(osloInstant('2024-10-27', '03:00').toISOString()).toBe('2024-10-27T02:00:00.000Z');
    expect(osloInstant('2024-10-27', '01:59').toISOString()).toBe('2024-10-26T23:59:00.000Z');
  });

  test('osloDateOf and osloTimeOf turn instants into Oslo wall-clock values', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(osloDateOf(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(osloTimeOf(new Date('2023-12-31T23:30:00Z'))).toBe('00:30');
    expect(osloDateOf(new Date('2024-07-01T21:59:00Z'))).toBe('2024-07-01');
    expect(osloDateOf(new Date('2024-07-01T22:00:00Z'))).toBe('2024-07-02');
    expect(osloTimeOf(new Date('2024-10-27T00:30:00Z'))).toBe('02:30');
    expect(osloTimeOf(new Date('2024-10-27T01:30:00Z'))).toBe('02:30');
  });

  test('round trip: every quarter hour of a DST-change day maps back to itself', () => {
    for (const date of ['2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = osloInstant(date, time);
        const inGap = date.endsWith('-03-31') || date.endsWith('-03-30') ? time >= '02:00' && time < '03:00' : false;
        if (!inGap) {
          expect(`${osloDateOf(instant)} ${osloTimeOf(instant)}`).toBe(`${date} ${time}`);
        }
      }
    }
  });
});

describe('Oslo conversions agree with the time-zone database (the offset memo per quarter-hour)', () => {
  const intl = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const expected = (d: Date) => {
    const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
  };

  it('for 3,000 instants spread over 2020–2030, and minute by minute around both DST changes of 2025', () => {
    const instants: Date[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) instants.push(new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 11 * 365 * 86400_000)));
    for (const change of [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]) {
      for (let m = -90; m <= 90; m++) instants.push(new Date(change + m * 60_000 + 30_000));
    }
    for (const d of instants) {
      expect({ date: osloDateOf(d), time: osloTimeOf(d) }).toEqual(expected(d));
    }
  });
});
