import { osloToday, parseMeetingArgs, type MeetingArgsErrorCode, type MeetingArgsResult } from '../../src/domain/meeting-args';

// Friday 10 January 2025, midday in Oslo.
const NOW = new Date('2025-01-10T11:00:00Z');

function ok(text: string, now: Date = NOW) {
  const r = parseMeetingArgs(text, now);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message.nb}`);
  return r;
}

function err(text: string, code: MeetingArgsErrorCode, now: Date = NOW) {
  const r: MeetingArgsResult = parseMeetingArgs(text, now);
  if (r.ok) throw new Error(`expected ${code}, got ok ${JSON.stringify(r)}`);
  expect(r.code).toBe(code);
  expect(r.message.nb.length).toBeGreaterThan(10);
  expect(r.message.en.length).toBeGreaterThan(10);
  expect(r.message.nb).not.toBe(r.message.en);
  return r;
}

describe('parseMeetingArgs: accepted forms', () => {
  test('the canonical form, place defaulting to Teams', () => {
    expect(parseMeetingArgs('16.01.2025 09:00-12:30', NOW)).toEqual({ ok: true, date: '2025-01-16', start: '09:00', end: '12:30', place: 'Teams' });
  });

  test.each([
    ['16.01.2025 9:00-12:30', '09:00', '12:30'],
    ['16.01.2025 09.00-12.30', '09:00', '12:30'],
    ['16.01.2025 09:00–12:30', '09:00', '12:30'],
    ['16.01.2025 09:00 - 12:30', '09:00', '12:30'],
    ['16.01.2025 kl 09:00-12:30', '09:00', '12:30'],
    ['16.01.2025, kl. 9.00 – 11.00', '09:00', '11:00'],
    ['16.01.2025 kl 09:00-kl 12:30', '09:00', '12:30'],
    ['16.01.2025 09:00 til 12:30', '09:00', '12:30'],
    ['16.01.2025 00:00-23:59', '00:00', '23:59'],
  ])('%s', (text, start, end) => {
    expect(ok(text)).toMatchObject({ date: '2025-01-16', start, end, place: 'Teams' });
  });

  test.each([
    ['16.01.2025 09:00-12:30 Oslo rådhus, møteromssenteret (inngang sjøsiden)', 'Oslo rådhus, møteromssenteret (inngang sjøsiden)'],
    ['16.01.2025 09:00-12:30 Teams', 'Teams'],
    ['16.01.2025 09:00-12:30 på Teams', 'Teams'],
    ['16.01.2025 09:00-12:30 i Oslo rådhus', 'Oslo rådhus'],
    ['16.01.2025 09:00-12:30, Sted: Gjøvik', 'Gjøvik'],
    ['16.01.2025 09:00-12:30   I-bygget\t2. etg', 'I-bygget 2. etg'],
    ['16.01.2025\n09:00-12:30\nØstfoldhallen', 'Østfoldhallen'],
  ])('place in %j', (text, place) => {
    expect(ok(text).place).toBe(place);
  });

  test('one-digit day and month are read as dd.mm', () => {
    expect(ok('1.2.2025 9:00-10:00').date).toBe('2025-02-01');
  });

  test('a leap day exists in 2028', () => {
    expect(ok('29.02.2028 09:00-10:00').date).toBe('2028-02-29');
  });

  test('without `now` the real clock is used', () => {
    expect(parseMeetingArgs('01.01.2999 09:00-10:00')).toMatchObject({ ok: true, date: '2999-01-01' });
    expect(parseMeetingArgs('01.01.2000 09:00-10:00')).toMatchObject({ ok: false, code: 'date-in-past' });
  });
});

describe('parseMeetingArgs: refused input', () => {
  test('nothing at all shows the expected form', () => {
    const r = err('   ', 'missing-date');
    // The example is four weeks after NOW (10.01.2025), never a date in the past.
    expect(r.message.nb).toContain('nytt møte 07.02.2025 09:00-12:30 Teams');
    expect(r.message.en).toContain('new meeting 07.02.2025 09:00-12:30 Teams');
  });

  test.each(['i morgen 09:00-10:00', '16.01.25 09:00-10:00', '2025-01-16 09:00-10:00', '16/01/2025 09:00-10:00', '09:00-10:00 16.01.2025'])(
    'no dd.mm.yyyy date first: %j',
    (text) => {
      expect(err(text, 'missing-date').message.nb).toContain('dd.mm.åååå');
    },
  );

  test.each(['16.01.2025', '16.01.2025 Teams', '16.01.2025 kl'])('no times: %j', (text) => {
    expect(err(text, 'missing-time').message.nb).toContain('tt:mm-tt:mm');
  });

  test('a start time without an end time says the end is missing', () => {
    expect(err('16.01.2025 09:00 Teams', 'missing-time').message.nb).toMatch(/^Mangler sluttid/);
  });

  test.each(['31.02.2025 09:00-10:00', '29.02.2025 09:00-10:00', '00.01.2025 09:00-10:00', '15.13.2025 09:00-10:00', '31.04.2025 09:00-10:00'])(
    'a date that does not exist: %j',
    (text) => {
      expect(err(text, 'invalid-date').message.nb).toMatch(/^Datoen .* finnes ikke\./);
    },
  );

  test.each(['16.01.2025 25:00-26:00', '16.01.2025 09:00-24:00', '16.01.2025 09:60-10:00', '16.01.2025 09:00-10:75'])(
    'a time that does not exist: %j',
    (text) => {
      expect(err(text, 'invalid-time').message.nb).toMatch(/^Klokkeslettet \d\d?:\d\d finnes ikke/);
    },
  );

  test.each(['16.01.2025 12:00-09:00', '16.01.2025 09:00-09:00', '16.01.2025 9:30-09:15'])('end not after start: %j', (text) => {
    expect(err(text, 'end-not-after-start').message.nb).toMatch(/^Sluttiden \d\d:\d\d må være etter starttiden \d\d:\d\d\.$/);
  });

  test('a date in the past is refused, today is allowed (Europe/Oslo, not UTC)', () => {
    // 23:30 UTC on 15 January is 00:30 on 16 January in Oslo.
    const lateUtc = new Date('2025-01-15T23:30:00Z');
    const r = err('15.01.2025 09:00-10:00', 'date-in-past', lateUtc);
    expect(r.message.nb).toBe('Datoen 15.01.2025 har vært. Velg i dag (16.01.2025) eller en senere dato.');
    expect(ok('16.01.2025 09:00-10:00', lateUtc).date).toBe('2025-01-16');
    // 22:59 UTC on 16 January is 23:59 on 16 January in Oslo: still today.
    expect(ok('16.01.2025 09:00-10:00', new Date('2025-01-16T22:59:00Z')).date).toBe('2025-01-16');
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Oslo.
    err('30.06.2025 09:00-10:00', 'date-in-past', new Date('2025-06-30T22:30:00Z'));
  });

  test('a very long place is refused', () => {
    err(`16.01.2025 09:00-10:00 ${'x'.repeat(201)}`, 'place-too-long');
    expect(ok(`16.01.2025 09:00-10:00 ${'x'.repeat(200)}`).place).toHaveLength(200);
  });

  test('control characters do not reach the place', () => {
    expect(ok('16.01.2025 09:00-10:00 Oslo\u0000 rådhus\u200b').place).toBe('Oslo rådhus');
  });
});

test('osloToday follows the Oslo calendar', () => {
  expect(osloToday(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
  expect(osloToday(new Date('2024-12-31T22:59:59Z'))).toBe('2024-12-31');
  expect(osloToday(new Date('2025-03-30T22:00:00Z'))).toBe('2025-03-31');
});
