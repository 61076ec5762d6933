import type { InnkallingModel } from '../../src/domain/referat';
import { cancelMeeting } from '../../src/domain/meeting-cancel';
import { moveMeeting } from '../../src/domain/meeting-move';
import { nextCalendarSequence, type MeetingData } from '../../src/domain/meeting-types';
import { osloInstant } from '../../src/domain/norwegian-time';
import { escapeText, foldLine, innkallingToIcs, meetingUid } from '../../src/exports/ics';
import { maybe, one, parseIcs, resolve, text, type Component } from '../helpers/ics-reader';

/**
 * #18 §4: the innkalling's calendar invitation, read back by a strict RFC 5545 reader (tests/helpers/ics-reader.ts;
 * no iCalendar package is installed): CRLF only, no physical line over 75 octets, BEGIN/END balanced, TEXT
 * values with every comma, semicolon and backslash escaped, and the event's times resolved through the
 * file's own VTIMEZONE rules, compared with Europe/Oslo as the platform knows it.
 */

function model(over: Partial<InnkallingModel> = {}): InnkallingModel {
  return {
    groupName: 'Faggruppe for kaffe',
    noticeDate: '2026-11-20',
    deresRef: '',
    varRef: '26/0001',
    saksbehandler: { name: 'Oline Testesen' },
    to: 'Til Faggruppe for kaffe',
    date: '2026-12-09',
    start: '10:00',
    end: '12:30',
    place: 'Storgata 1, møterom Fjellet',
    prepare: [],
    agenda: [
      { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [] },
      { number: 2, title: 'Kaffe; sorter, priser', subPoints: ['Filter', 'Espresso'] },
      { number: 3, title: 'Eventuelt', subPoints: [] },
    ],
    signature: { name: 'Oline Testesen', organization: 'Sekretariatet' },
    invited: [],
    ...over,
  };
}

const STAMP = new Date('2026-11-20T08:15:30.123Z');
const event = (over: Partial<{ meetingId: string; sequence: number; cancelled: boolean }> = {}) => ({
  meetingId: 'm-grp1-2026-12-09',
  sequence: 0,
  cancelled: false,
  stamp: STAMP,
  ...over,
});

const veventOf = (cal: Component) => {
  const events = cal.children.filter((c) => c.name === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0];
};

test('an innkalling reads back: UID, SEQUENCE, Oslo times, summary, place, agenda, Teams link, PUBLISH/CONFIRMED', () => {
  const ics = innkallingToIcs(model({ teamsUrl: 'https://teams.example.com/l/meetup-join/19%3Aabc?context=%7B%7D' }), event());
  const cal = parseIcs(ics);
  expect(cal.name).toBe('VCALENDAR');
  expect(one(cal, 'VERSION').value).toBe('2.0');
  expect(one(cal, 'METHOD').value).toBe('PUBLISH');
  const ev = veventOf(cal);
  expect(one(ev, 'UID').value).toBe('m-grp1-2026-12-09@referent.meetings');
  expect(one(ev, 'SEQUENCE').value).toBe('0');
  expect(one(ev, 'DTSTAMP').value).toBe('20261120T081530Z');
  expect(one(ev, 'DTSTART').params.TZID).toBe('Europe/Oslo');
  expect(one(ev, 'DTSTART').value).toBe('20261209T100000');
  expect(resolve(cal, one(ev, 'DTSTART')).toISOString()).toBe('2026-12-09T09:00:00.000Z');
  expect(resolve(cal, one(ev, 'DTEND')).toISOString()).toBe('2026-12-09T11:30:00.000Z');
  expect(text(ev, 'SUMMARY')).toBe('Møte i Faggruppe for kaffe');
  expect(text(ev, 'LOCATION')).toBe('Storgata 1, møterom Fjellet');
  expect(text(ev, 'DESCRIPTION')).toBe(
    [
      'Saksliste:',
      'Sak 1: Godkjenning av innkalling og dagsorden',
      'Sak 2: Kaffe; sorter, priser',
      '  – Filter',
      '  – Espresso',
      'Sak 3: Eventuelt',
      '',
      'Lenke til møtet i Teams: https://teams.example.com/l/meetup-join/19%3Aabc?context=%7B%7D',
    ].join('\n'),
  );
  expect(one(ev, 'URL').value).toBe('https://teams.example.com/l/meetup-join/19%3Aabc?context=%7B%7D');
  expect(text(ev, 'STATUS')).toBe('CONFIRMED');
  // Without a Teams link: no URL.
  expect(maybe(veventOf(parseIcs(innkallingToIcs(model(), event()))), 'URL')).toBeUndefined();
});

test('the group language writes the summary and the description (nynorsk, English)', () => {
  const nn = veventOf(parseIcs(innkallingToIcs(model({ language: 'nn' }), event())));
  expect(text(nn, 'SUMMARY')).toBe('Møte i Faggruppe for kaffe');
  expect(text(nn, 'DESCRIPTION').split('\n')[0]).toBe('Saksliste:');
  const en = veventOf(parseIcs(innkallingToIcs(model({ language: 'en' }), event())));
  expect(text(en, 'SUMMARY')).toBe('Meeting of Faggruppe for kaffe');
  expect(text(en, 'DESCRIPTION').split('\n')[1]).toBe('Item 1: Godkjenning av innkalling og dagsorden');
});

test('hostile text is escaped and cannot add properties or events; unsafe links are left out', () => {
  const hostile = 'A,b;c\\d\\,e\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil\rSUMMARY:x\u0000\u0007\u001b[31m\u2028ny linje';
  const ics = innkallingToIcs(
    model({
      groupName: hostile,
      place: hostile,
      agenda: [{ number: 1, title: hostile, subPoints: [hostile] }],
      teamsUrl: 'https://ok.example.com/\r\nATTACH:https://evil.example.com',
      documentsUrl: 'javascript:alert(1)',
    }),
    event({ meetingId: 'm;1,2\\3\r\nX:Y' }),
  );
  const cal = parseIcs(ics);
  const ev = veventOf(cal);
  const expected = 'A,b;c\\d\\,e\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:x[31m\nny linje';
  expect(text(ev, 'SUMMARY')).toBe(`Møte i ${expected}`);
  expect(text(ev, 'LOCATION')).toBe(expected);
  expect(text(ev, 'DESCRIPTION')).toBe(`Saksliste:\nSak 1: ${expected}\n  – ${expected}`);
  expect(ev.props.map((p) => p.name)).toEqual(['UID', 'SEQUENCE', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'STATUS', 'TRANSP']);
  expect(one(ev, 'UID').value).toBe('m%3b1%2c2%5c3%0d%0aX%3aY@referent.meetings');
  expect(ics).not.toMatch(/evil\.example/);
  expect(escapeText('a\\,;\n')).toBe('a\\\\\\,\\;\\n');
});

test('lines fold at 75 octets, never inside a UTF-8 character, and unfold to the text', () => {
  const long = 'Økonomi og æøå-plan for 2027 🚲 med sykkel, tog; og buss \\ '.repeat(12);
  const ics = innkallingToIcs(model({ place: long, agenda: [{ number: 1, title: long, subPoints: [] }] }), event());
  const lines = ics.split('\r\n');
  expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
  expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(20);
  // Every physical line is whole UTF-8 on its own (no lone surrogate, no split character).
  for (const l of lines) expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
  for (const l of lines) expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  const ev = veventOf(parseIcs(ics));
  expect(text(ev, 'LOCATION')).toBe(long);
  expect(text(ev, 'DESCRIPTION')).toBe(`Saksliste:\nSak 1: ${long}`);
  // The boundary: 75 octets stay on one line; 76 fold; a 2-octet character at the edge moves whole.
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  expect(foldLine(`${'x'.repeat(74)}ø`)).toBe(`${'x'.repeat(74)}\r\n ø`);
});

test('Oslo DST: winter +01:00, summer +02:00, the change days themselves, as the platform has Europe/Oslo', () => {
  const cases: [string, string, string][] = [
    ['2026-01-15', '09:00', '10:00'],
    ['2026-03-28', '10:00', '11:00'], // the day before summer time
    ['2026-03-29', '10:00', '11:00'], // summer time from 02:00 that day
    ['2026-07-01', '13:00', '15:30'],
    ['2026-10-24', '10:00', '11:00'],
    ['2026-10-25', '10:00', '11:00'], // winter time from 03:00 that day
    ['2027-03-28', '08:30', '09:00'],
    ['2027-10-31', '18:00', '20:00'],
  ];
  for (const [date, start, end] of cases) {
    const cal = parseIcs(innkallingToIcs(model({ date, start, end }), event()));
    const ev = veventOf(cal);
    expect([date, resolve(cal, one(ev, 'DTSTART')).toISOString()]).toEqual([date, osloInstant(date, start).toISOString()]);
    expect([date, resolve(cal, one(ev, 'DTEND')).toISOString()]).toEqual([date, osloInstant(date, end).toISOString()]);
  }
  expect(osloInstant('2026-07-01', '13:00').toISOString()).toBe('2026-07-01T11:00:00.000Z');
});

test('a cancelled meeting: METHOD:CANCEL, STATUS:CANCELLED, the same UID, its SEQUENCE', () => {
  const cal = parseIcs(innkallingToIcs(model(), event({ sequence: 2, cancelled: true })));
  expect(one(cal, 'METHOD').value).toBe('CANCEL');
  const ev = veventOf(cal);
  expect(one(ev, 'UID').value).toBe(meetingUid('m-grp1-2026-12-09'));
  expect(one(ev, 'SEQUENCE').value).toBe('2');
  expect(one(ev, 'STATUS').value).toBe('CANCELLED');
  expect(text(ev, 'SUMMARY')).toBe('AVLYST: Møte i Faggruppe for kaffe');
  // A stored sequence that is not a sane number is written as 0, never as text.
  expect(one(veventOf(parseIcs(innkallingToIcs(model(), event({ sequence: Number.NaN })))), 'SEQUENCE').value).toBe('0');
});

test('move and cancel bump the calendar SEQUENCE; an unchanged move does not', () => {
  const base: MeetingData = {
    meetingId: 'm1',
    groupId: 'g1',
    date: '2026-12-09',
    start: '10:00',
    end: '12:00',
    place: 'Rom 1',
    state: 'notice-published',
    agenda: [],
    records: {},
    attendance: {},
  };
  const same = moveMeeting(base, { date: base.date, start: base.start, end: base.end, place: base.place }, []);
  expect(same.ok && same.changed).toBe(false);
  const moved = moveMeeting(base, { date: '2026-12-10', start: '10:00', end: '12:00', place: 'Rom 1' }, []);
  if (!moved.ok) throw new Error('not moved');
  expect(moved.meeting.calendarSequence).toBe(1);
  const cancelled = cancelMeeting(moved.meeting, new Date('2026-12-01T10:00:00Z'));
  if (!cancelled.ok) throw new Error('not cancelled');
  expect(cancelled.meeting.calendarSequence).toBe(2);
  const revived = moveMeeting(cancelled.meeting, { date: '2026-12-11', start: '10:00', end: '12:00', place: 'Rom 1' }, []);
  if (!revived.ok) throw new Error('not revived');
  expect(revived.meeting.calendarSequence).toBe(3);
  expect(nextCalendarSequence({ calendarSequence: -4 })).toBe(1);
  expect(nextCalendarSequence({ calendarSequence: 'x' as unknown as number })).toBe(1);
});
