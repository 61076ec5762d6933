import type { AgendaItem, ItemKind } from '../../src/domain/agenda';
import { completeAgenda } from '../../src/domain/agenda-complete';
import { formatLongDate } from '../../src/domain/norwegian-time';
import { parseAgenda } from '../../src/domain/agenda-parser';
import { fixtureDocument, INNKALLING_2024_11_07, INNKALLING_2025_01_16, REFERAT_2023_01_19 } from '../../tools/fixtures/documents';

function parsed(text: string): AgendaItem[] {
  const r = parseAgenda(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.items;
}

function seedSection(name: string, start: string, end?: RegExp): string {
  const lines = fixtureDocument(name).split('\n');
  const from = lines.findIndex((l) => l.includes(start));
  const rel = end ? lines.slice(from + 1).findIndex((l) => end.test(l)) : -1;
  return lines.slice(from, rel < 0 ? lines.length : from + 1 + rel).join('\n');
}

const item = (number: number, title: string, kind: ItemKind, subPoints: string[] = []): AgendaItem => ({ number, title, subPoints, kind });
const shape = (xs: AgendaItem[]) => xs.map((i) => [i.number, i.kind, i.title]);

describe('completeAgenda', () => {
  test('adds notice approval first, minutes approval second and Eventuelt last, numbered 1..n', () => {
    const got = completeAgenda([item(1, 'Handlingsprogram 2025', 'other'), item(2, 'Runde rundt bordet', 'round-table')], {
      previousMeetingDate: '2024-11-07',
    });
    expect(shape(got)).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling og dagsorden'],
      [2, 'approve-minutes', 'Godkjenning av referat fra møte 7. november 2024'],
      [3, 'other', 'Handlingsprogram 2025'],
      [4, 'round-table', 'Runde rundt bordet'],
      [5, 'other-business', 'Eventuelt'],
    ]);
    expect(got[1].minutesDate).toBe('7. november 2024');
    expect(got[0].subPoints).toEqual([]);
  });

  test('without a previous meeting no minutes approval is added', () => {
    expect(shape(completeAgenda([item(1, 'Handlingsprogram', 'other')]))).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling og dagsorden'],
      [2, 'other', 'Handlingsprogram'],
      [3, 'other-business', 'Eventuelt'],
    ]);
  });

  test('an empty agenda becomes the fixed items', () => {
    expect(shape(completeAgenda([], { previousMeetingDate: '2025-01-16' }))).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling og dagsorden'],
      [2, 'approve-minutes', 'Godkjenning av referat fra møte 16. januar 2025'],
      [3, 'other-business', 'Eventuelt'],
    ]);
  });

  test('existing approvals are kept as written and not duplicated; minutes approval goes right after the notice', () => {
    const input = [item(1, 'Godkjenning av innkalling', 'approve-notice'), item(2, 'Orientering', 'orientation')];
    expect(shape(completeAgenda(input, { previousMeetingDate: '2024-09-12' }))).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling'],
      [2, 'approve-minutes', 'Godkjenning av referat fra møte 12. september 2024'],
      [3, 'orientation', 'Orientering'],
      [4, 'other-business', 'Eventuelt'],
    ]);
    const withMinutes = [...input, { ...item(3, 'Godkjenning av referat fra møtet 04.11.2022', 'approve-minutes'), minutesDate: '04.11.2022' }];
    const got = completeAgenda(withMinutes, { previousMeetingDate: '2024-09-12' });
    expect(got.filter((i) => i.kind === 'approve-minutes')).toEqual([
      { number: 3, title: 'Godkjenning av referat fra møtet 04.11.2022', subPoints: [], kind: 'approve-minutes', minutesDate: '04.11.2022' },
    ]);
  });

  test('an existing Eventuelt is moved to the end with its sub-points', () => {
    const got = completeAgenda([
      item(1, 'Godkjenning av innkalling', 'approve-notice'),
      item(2, 'Eventuelt', 'other-business', ['Flytting av neste møte']),
      item(3, 'Takk for i dag', 'other'),
    ]);
    expect(shape(got)).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling'],
      [2, 'other', 'Takk for i dag'],
      [3, 'other-business', 'Eventuelt'],
    ]);
    expect(got[2].subPoints).toEqual(['Flytting av neste møte']);
  });

  test('is idempotent and does not change its input', () => {
    const input = [item(5, 'Eventuelt', 'other-business', ['a']), item(9, 'Runden', 'round-table')];
    const snapshot = JSON.parse(JSON.stringify(input));
    const once = completeAgenda(input, { previousMeetingDate: '2024-11-07' });
    expect(completeAgenda(once, { previousMeetingDate: '2024-11-07' })).toEqual(once);
    expect(input).toEqual(snapshot);
    expect(once.map((i) => i.kind)).toEqual(['approve-notice', 'approve-minutes', 'round-table', 'other-business']);
    once[3].subPoints.push('b');
    expect(input[0].subPoints).toEqual(['a']);
  });

  test('a previous meeting date that is not a real yyyy-mm-dd date is a programming error', () => {
    expect(() => completeAgenda([], { previousMeetingDate: '07.11.2024' })).toThrow(RangeError);
    expect(() => completeAgenda([], { previousMeetingDate: '2024-02-30' })).toThrow(RangeError);
  });

  test('the seed agendas: 004 and 002 are already complete, 000 gets Eventuelt moved after "Takk for i dag"', () => {
    const s004 = parsed(seedSection(INNKALLING_2024_11_07, 'Sakskart til møte i faggruppe', /^Inviterte/));
    expect(completeAgenda(s004, { previousMeetingDate: '2024-09-12' })).toEqual(s004);
    const s002 = parsed(seedSection(INNKALLING_2025_01_16, 'Sakskart til møte i faggruppe for', /^## /));
    expect(completeAgenda(s002, { previousMeetingDate: '2024-11-07' })).toEqual(s002);
    const s000 = completeAgenda(parsed(seedSection(REFERAT_2023_01_19, 'Saksliste')), { previousMeetingDate: '2022-11-04' });
    expect(s000).toHaveLength(12);
    expect(s000.slice(-2).map((i) => i.title)).toEqual(['Takk for i dag', 'Eventuelt']);
    expect(s000.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test('the administrative agenda of the 16.01.2025 notice gets the minutes approval and Eventuelt', () => {
    const admin = parsed(seedSection(INNKALLING_2025_01_16, 'Sakskart til møte i administrative', /^## /));
    expect(shape(completeAgenda(admin, { previousMeetingDate: '2024-11-07' }))).toEqual([
      [1, 'approve-notice', 'Godkjenning av innkalling og dagsorden'],
      [2, 'approve-minutes', 'Godkjenning av referat fra møte 7. november 2024'],
      [3, 'other', 'Ny møteform med en felles del og parallelle faggruppemøter'],
      [4, 'other', 'Handlingsprogram 2025'],
      [5, 'other', 'Arrangementer'],
      [6, 'other-business', 'Eventuelt'],
    ]);
  });
});

describe("formatLongDate (the minutes approval item's date)", () => {
  test.each([
    ['2024-11-07', '7. november 2024'],
    ['2024-09-12', '12. september 2024'],
    ['2025-01-01', '1. januar 2025'],
    ['2024-02-29', '29. februar 2024'],
    ['2023-05-17', '17. mai 2023'],
    ['2024-12-31', '31. desember 2024'],
  ])('%s → %s', (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  test.each(['2023-02-29', '2024-13-01', '2024-1-5', '', '07.11.2024', '2024-11-07T00:00'])('%j is refused', (bad) => {
    expect(() => formatLongDate(bad)).toThrow(RangeError);
  });
});
