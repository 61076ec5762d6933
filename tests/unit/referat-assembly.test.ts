import type { AgendaItem } from '../../src/domain/agenda';
import type { Input, MeetingData } from '../../src/domain/meeting-types';
import { NO_MATTERS, assembleInnkalling, assembleReferat, referatMadeDate } from '../../src/domain/referat-assembly';
import { cleanText, textBlocks } from '../../src/exports/writer-text';
import {
  SEED_ATTENDEES,
  SEED_GROUP_NAME,
  SEED_ROUND_TABLE_HEADINGS,
  SEED_ROUND_TABLE_ORDER,
  SEED_SECRETARIAT,
  seedInputs,
  seedGroup,
  seedMeeting,
  seedRoster,
} from '../fixtures/referat-seed-000';

const seedInput = () => ({
  group: seedGroup(),
  meeting: seedMeeting(),
  roster: seedRoster(),
  inputs: seedInputs(),
  secretariatNames: SEED_SECRETARIAT,
});

describe('assembleReferat (the 19.01.2023 minutes)', () => {
  const model = assembleReferat(seedInput());

  test('header from group and meeting', () => {
    expect(model).toMatchObject({ groupName: SEED_GROUP_NAME, date: '2023-01-19', start: '13:00', end: '15:00', place: 'Teams' });
  });

  test('attendees in roster order (stored in another order), secretariat apart, in the given order', () => {
    expect(model.attendees.map((a) => [a.name, a.organization])).toEqual(SEED_ATTENDEES);
    expect(model.secretariat).toEqual(SEED_SECRETARIAT);
    expect(model.apologies).toEqual([]);
  });

  test('items in agenda order with their decisions and notes', () => {
    expect(model.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(model.items[0].decision).toBe('Innkallingen ble godkjent');
    expect(model.items[1].decision).toBe('Referatet ble godkjent');
    expect(model.items[3].notes).toEqual(['Mona Stølsvåg orienterte. Se egen presentasjon.']);
    expect(model.items[8].followUps).toEqual([{ text: 'Sende ny møteinnkalling for 23. mai', owner: 'Mona Stølsvåg', due: '2023-02-01' }]);
  });

  test('round table: one section per organization, in the order they spoke, written input and chair notes', () => {
    const round = model.items[5];
    expect(round.roundTable?.map((s) => s.organization)).toEqual(SEED_ROUND_TABLE_ORDER);
    expect(round.roundTable?.map((s) => s.heading)).toEqual(SEED_ROUND_TABLE_HEADINGS);
    // The chair's general note stays a note; the "<Org>:" notes moved into their sections.
    expect(round.notes).toEqual(['Ørjan Sâlvik orienterte og Mona Stølsvåg førte opp alle forslag på storskjerm.']);
    const section = (org: string) => round.roundTable!.find((s) => s.organization === org)!;
    expect(section('Kongsberg kommune').entries).toEqual([
      { text: 'Leverandørindustri, størst i Norge', source: 'note', receivedAfterMeeting: false, enteredBySecretariat: false },
    ]);
    expect(section('Lillestrøm kommune').entries[0]).toMatchObject({ source: 'written', receivedAfterMeeting: true, enteredBySecretariat: false });
    expect(section('Horten kommune').entries[0]).toMatchObject({ source: 'written', receivedAfterMeeting: false, enteredBySecretariat: true });
    // "Indre østfold:" is the short name of the roster's "Indre østfold kommune".
    expect(section('Indre østfold kommune').entries[0].text).toBe('Utbygging av strømmettet');
    // Other items never get sections.
    expect(model.items.filter((i) => i.roundTable).map((i) => i.number)).toEqual([6]);
  });

  test('empty Eventuelt gets "Ingen saker."; other empty items get nothing', () => {
    expect(model.items[10]).toMatchObject({ title: 'Eventuelt', decision: NO_MATTERS });
    expect(model.items[9].decision).toBeUndefined();
    expect(model.items[11].decision).toBeUndefined();
  });

  test('secretariat defaults to the names holding the role in the group', () => {
    const m = assembleReferat({ ...seedInput(), secretariatNames: undefined });
    // Two have the flag on their attendance entry; Ørjan Sälvik holds the role; the other two are members now.
    expect(m.secretariat).toEqual(['Ørjan Sälvik', 'Andrine Fjære Gundersen']);
    expect(m.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(['Mona Stølsvåg', 'Ebba Ness Kvalheim']));
  });
});

const agenda = (...items: [number, string, AgendaItem['kind']][]): AgendaItem[] =>
  items.map(([number, title, kind]) => ({ number, title, kind, subPoints: [] }));

function meeting(over: Partial<MeetingData>): MeetingData {
  return { ...seedMeeting(), attendance: {}, records: {}, ...over };
}

const input = (text: string, over: Partial<Input> = {}): Input => ({
  meetingId: 'meeting-2023-01-19',
  organization: 'Drammen kommune',
  text,
  authorName: 'Didrik Aasland',
  enteredBySecretariat: false,
  received: 'during',
  updatedAt: '2023-01-19T12:00:00Z',
  ...over,
});

describe('assembleReferat rules', () => {
  test('apologies listed; someone who sent apologies and came anyway counts as present', () => {
    const m = assembleReferat({
      group: seedGroup(),
      roster: seedRoster(),
      inputs: [],
      meeting: meeting({
        attendance: {
          a: { name: 'Ivar Vestly', organization: 'Kongsberg kommune', status: 'apologies', secretariat: false },
          b: { name: 'Didrik Aasland', organization: 'Drammen kommune', status: 'apologies', secretariat: false },
          c: { name: 'Didrik  Aasland', organization: 'drammen kommune', status: 'present', secretariat: false },
          d: { name: 'Zoe Utenfor', organization: 'Gjest', status: 'present', secretariat: false },
          e: { name: 'Ada Utenfor', organization: 'Gjest', status: 'present', secretariat: false },
        },
      }),
    });
    expect(m.apologies).toEqual([{ name: 'Ivar Vestly', organization: 'Kongsberg kommune' }]);
    // Roster people first in roster order, then people not on the roster by name.
    expect(m.attendees.map((a) => a.name)).toEqual(['Didrik Aasland', 'Ada Utenfor', 'Zoe Utenfor']);
  });

  test('without a round-table item, input goes to the last item before Eventuelt (never dropped)', () => {
    const m = assembleReferat({
      group: seedGroup(),
      roster: seedRoster(),
      inputs: [input('Innspill')],
      meeting: meeting({ agenda: agenda([1, 'Godkjenning', 'approve-notice'], [2, 'Orienteringer', 'orientation'], [3, 'Eventuelt', 'other-business']) }),
    });
    expect(m.items[1].roundTable?.[0]).toMatchObject({ organization: 'Drammen kommune', entries: [{ text: 'Innspill', source: 'written' }] });
    expect(m.items[2].decision).toBe(NO_MATTERS);
  });

  test('with an empty agenda a "Runde rundt bordet" item is added for the input', () => {
    const m = assembleReferat({ group: seedGroup(), roster: [], inputs: [input('Innspill')], meeting: meeting({ agenda: [] }) });
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ number: 1, title: 'Runde rundt bordet', kind: 'round-table' });
  });

  test('input of other meetings, empty input and unknown "X:" prefixes are left out of the sections', () => {
    const m = assembleReferat({
      group: seedGroup(),
      roster: seedRoster(),
      inputs: [
        input('Annet møte', { meetingId: 'other' }),
        input('   ', { organization: 'Kongsberg kommune' }),
        input('Skal med', { organization: 'Ny region' }),
      ],
      meeting: meeting({
        agenda: agenda([4, 'Runde rundt bordet', 'round-table'], [5, 'Eventuelt', 'other-business']),
        records: { '4': { notes: ['Merk: dette er ingen organisasjon', 'Drammen kommune: muntlig tillegg'] }, '5': { notes: ['Ingen kommentarer.'] } },
      }),
    });
    const round = m.items[0];
    expect(round.notes).toEqual(['Merk: dette er ingen organisasjon']);
    // Drammen (the chair noted it: it spoke) before "Ny region" (written input only).
    expect(round.roundTable).toEqual([
      {
        organization: 'Drammen kommune',
        heading: 'Drammen kommune:',
        entries: [{ text: 'muntlig tillegg', source: 'note', receivedAfterMeeting: false, enteredBySecretariat: false }],
      },
      {
        organization: 'Ny region',
        heading: 'Didrik fra Ny region:',
        entries: [{ text: 'Skal med', source: 'written', receivedAfterMeeting: false, enteredBySecretariat: false }],
      },
    ]);
    expect(m.items[1].decision).toBeUndefined(); // Eventuelt with a note is not "Ingen saker."
  });
});

describe('assembleInnkalling', () => {
  const meetingData = (): MeetingData =>
    meeting({
      date: '2024-11-07',
      start: '12:00',
      end: '13:00',
      place: 'Oslo Rådhus, møteromssenteret (inngang sjøsiden)',
      agenda: [
        { number: 2, title: 'Godkjenning av referat fra møte 12. september 2024', kind: 'approve-minutes', subPoints: [] },
        { number: 1, title: 'Godkjenning av innkalling og dagsorden', kind: 'approve-notice', subPoints: [] },
        { number: 4, title: 'Runde rundt bordet', kind: 'round-table', subPoints: ['Aktuelle saker fra medlemmene'] },
        { number: 5, title: 'Eventuelt', kind: 'other-business', subPoints: [] },
      ],
      inputDeadline: '2024-11-14T11:00:00.000Z',
    });

  test('builds the notice of the 7.11.2024 notice from stored data', () => {
    const m = assembleInnkalling({
      group: { ...seedGroup(), name: 'Osloregionens faggruppe for Nærings samarbeid' },
      meeting: meetingData(),
      roster: seedRoster().slice(0, 3),
      secretariat: { name: 'Kamilla Hovstøl Ulvestad', phone: '45551234', organization: 'Sekretariatet for Osloregionen' },
      now: new Date('2024-10-31T23:30:00Z'), // already 1 November in Oslo
    });
    expect(m.noticeDate).toBe('2024-11-01');
    expect(m.to).toBe('Til Osloregionens faggruppe for Nærings samarbeid');
    expect(m.saksbehandler).toEqual({ name: 'Kamilla Hovstøl Ulvestad', phone: '45551234' });
    expect(m.signature).toEqual({ name: 'Kamilla Hovstøl Ulvestad', organization: 'Sekretariatet for Osloregionen' });
    expect(m.agenda.map((a) => a.number)).toEqual([1, 2, 4, 5]);
    expect(m.prepare).toHaveLength(1);
    expect(m.prepare[0].itemNumber).toBe(4);
    expect(m.prepare[0].text).toContain('senest 14. november 2024');
    expect(m.invited).toEqual([
      { firstName: 'Didrik', lastName: 'Aasland', organization: 'Drammen kommune' },
      { firstName: 'Ivar', lastName: 'Vestly', organization: 'Kongsberg kommune' },
      { firstName: 'Hilde Ragna', lastName: 'Sørbø', organization: 'Intern – Kongsberg kommune' },
    ]);
  });

  test('given values win over the defaults', () => {
    const m = assembleInnkalling({
      group: seedGroup(),
      meeting: meetingData(),
      roster: [],
      secretariat: { name: 'K', organization: 'S' },
      noticeDate: '2024-10-30',
      deresRef: '24/1',
      varRef: '24/2',
      to: 'Til medlemmene',
      prepare: [],
    });
    expect(m).toMatchObject({ noticeDate: '2024-10-30', deresRef: '24/1', varRef: '24/2', to: 'Til medlemmene', prepare: [], saksbehandler: { name: 'K' } });
  });
});

describe('text helpers shared by the writers', () => {
  test('cleanText strips characters XML cannot carry, keeps tabs, newlines, æøå and emoji', () => {
    expect(cleanText('a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uD800g')).toBe('abcdefg');
    expect(cleanText('æ\tø\r\nå\r👍')).toBe('æ\tø\nå\n👍');
  });

  test("textBlocks keeps line breaks and turns the member's own bullets into list items", () => {
    // A blank line ends the list (a line right under a bullet continues it: tests/unit/wrapped-bullets).
    expect(textBlocks('Innledning\nandre linje\n\n- punkt én\n  - underpunkt\n• punkt to\n\n-5 % er ikke et punkt')).toEqual([
      { kind: 'paragraph', lines: ['Innledning', 'andre linje'] },
      {
        kind: 'list',
        items: [
          { text: 'punkt én', level: 0 },
          { text: 'underpunkt', level: 1 },
          { text: 'punkt to', level: 0 },
        ],
      },
      { kind: 'paragraph', lines: ['-5 % er ikke et punkt'] },
    ]);
  });
});

describe('referatMadeDate (#17 §1.6)', () => {
  const now = new Date('2023-03-01T12:00:00Z');
  const meeting = seedMeeting();
  it('is the day of approval for locked minutes, before the first export', () => {
    expect(referatMadeDate({ ...meeting, lockedAt: '2023-02-02T10:00:00Z' }, '2023-01-24T09:00:00Z', now)).toBe('2023-02-02');
  });
  it('is the first export’s day in Oslo (23:30Z in winter is the next day), else today', () => {
    expect(referatMadeDate({ ...meeting, lockedAt: undefined }, '2023-01-24T23:30:00Z', now)).toBe('2023-01-25');
    expect(referatMadeDate({ ...meeting, lockedAt: undefined }, undefined, now)).toBe('2023-03-01');
    expect(referatMadeDate({ ...meeting, lockedAt: 'not a date' }, undefined, now)).toBe('2023-03-01');
  });
});

describe('the round table in the order it happened, headed as the minutes write it (#17 §1.3)', () => {
  const roster = [
    { id: 'm-kari', firstName: 'Kari Anne', lastName: 'Berg', organization: 'Ringerike kommune' },
    { id: 'm-ola', firstName: 'Ola', lastName: 'Dahl', organization: 'Hamar kommune' },
    { id: 'm-siv', firstName: 'Siv', lastName: 'Eng', organization: 'Asker kommune' },
    { id: 'm-per', firstName: 'Per', lastName: 'Foss', organization: 'Moss kommune' },
  ];
  const written = (organization: string, memberId: string, authorName: string, text: string, updatedAt: string, over: Partial<Input> = {}) =>
    input(text, { organization, memberId, authorName, updatedAt, ...over });
  const round = (order: string[], outcome: ('spoken' | 'skipped' | 'waiting')[]) =>
    meeting({
      agenda: agenda([1, 'Runde rundt bordet', 'round-table']),
      records: { '1': { notes: ['Moss kommune: muntlig fra Moss'] } },
      run: { version: 1, round: { order, outcome, index: order.length, startedAt: '2023-01-19T12:00:00Z', step: 1 } },
    });

  it('spoken on the card first, then the chair’s notes, then written input as it arrived, then nobody twice', () => {
    const m = assembleReferat({
      group: seedGroup(),
      roster,
      inputs: [
        written('Asker kommune', 'm-siv', 'Siv Eng', 'Skrevet først', '2023-01-18T08:00:00Z'),
        written('Ringerike kommune', 'm-kari', 'Kari Anne Berg', 'Ringerike: Ny bane', '2023-01-19T09:00:00Z'),
        written('Hamar kommune', 'm-ola', 'Ola Dahl', 'Skrevet sist', '2023-01-19T15:00:00Z'),
      ],
      meeting: round(['Hamar kommune', 'Asker kommune', 'Ringerike kommune'], ['spoken', 'skipped', 'waiting']),
    });
    const sections = m.items[0].roundTable!;
    expect(sections.map((s) => s.heading)).toEqual([
      'Ola fra Hamar kommune:', // had the word on the card
      'Moss kommune:', // the chair noted it
      'Siv fra Asker kommune:', // skipped on the card: its written input, received first
      'Kari Anne fra Ringerike kommune:', // the roster's given name, not the first word of the Teams name
    ]);
    // «Ringerike: …» under «Kari Anne fra Ringerike kommune:» is not said twice.
    expect(sections[3].entries[0].text).toBe('Ny bane');
  });

  it('input the secretariat typed in is headed by the organization alone; another organization’s prefix stays', () => {
    const m = assembleReferat({
      group: seedGroup(),
      roster,
      inputs: [
        written('Asker kommune', 'm-siv', 'Sekretær Sekretariatsen', 'Hamar: samarbeid med Hamar', '2023-01-18T08:00:00Z', { enteredBySecretariat: true }),
      ],
      meeting: round([], []),
    });
    const asker = m.items[0].roundTable!.find((s) => s.organization === 'Asker kommune')!;
    expect(asker.heading).toBe('Asker kommune:');
    expect(asker.entries[0].text).toBe('Hamar: samarbeid med Hamar');
  });
});
