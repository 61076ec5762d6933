import type { Input, MeetingData } from '../../src/domain/meeting-types';
import type { ReferatItem } from '../../src/domain/referat';
import { placeRoundTable } from '../../src/domain/referat-round-table';
import type { RosterMember } from '../../src/domain/roster';
import { parseShortNameArgs, rosterOrganization, shortNameOf, type ShortNames } from '../../src/domain/short-names';

/* Short organization names in the round table's headings (#17 §1.3). */

const ROSTER: RosterMember[] = [
  { id: 'm-lene', firstName: 'Lene', lastName: 'Lyngstad', organization: 'Ringerike kommune' },
  { id: 'm-torgeir', firstName: 'Torgeir', lastName: 'Holm', organization: 'Fjordvik kommune' },
];
const SHORT: ShortNames = { 'ringerike kommune': { organization: 'Ringerike kommune', short: 'Ringeriksregionen' } };
const MEETING = { meetingId: 'm1', agenda: [], records: {}, attendance: {} } as unknown as MeetingData;

const input = (organization: string, text: string, memberId?: string, at = '2026-01-01T10:00:00Z'): Input => ({
  meetingId: 'm1',
  organization,
  text,
  authorName: memberId === 'm-lene' ? 'Lene Lyngstad' : 'Torgeir Holm',
  enteredBySecretariat: memberId === undefined,
  received: 'before',
  updatedAt: at,
  ...(memberId ? { memberId } : {}),
});

function headings(inputs: Input[], shortNames?: ShortNames, notes: string[] = []) {
  const items: ReferatItem[] = [{ number: 1, title: 'Runde rundt bordet', kind: 'round-table', subPoints: [], notes, followUps: [] }];
  placeRoundTable(items, inputs, MEETING, ROSTER, 'nb', shortNames);
  return (items[0].roundTable ?? []).map((s) => [s.heading, s.entries.map((e) => e.text)]);
}

describe('short names', () => {
  test('the arguments: «<organisasjon> = <kortnavn>», «<organisasjon> av», and what is not either', () => {
    expect(parseShortNameArgs(' Ringerike kommune =  Ringeriksregionen ')).toEqual({
      kind: 'set',
      organization: 'Ringerike kommune',
      short: 'Ringeriksregionen',
    });
    expect(parseShortNameArgs('Ringerike kommune av')).toEqual({ kind: 'clear', organization: 'Ringerike kommune' });
    expect(parseShortNameArgs('Ringerike kommune = av')).toEqual({ kind: 'clear', organization: 'Ringerike kommune' });
    expect(parseShortNameArgs('')).toEqual({ kind: 'list' });
    expect(parseShortNameArgs('Ringerike kommune')).toEqual({ kind: 'usage' });
    expect(parseShortNameArgs('Ringerike kommune = ')).toEqual({ kind: 'usage' });
    expect(parseShortNameArgs('= Ringeriksregionen')).toEqual({ kind: 'usage' });
    expect(parseShortNameArgs(`Ringerike kommune = ${'x'.repeat(61)}`)).toEqual({ kind: 'too-long' });
  });

  test('the organization as the roster writes it; the short name by any spelling of it', () => {
    expect(rosterOrganization(['Ringerike kommune'], 'RINGERIKE  kommune')).toBe('Ringerike kommune');
    expect(rosterOrganization(['Ringerike kommune'], 'Hole kommune')).toBeUndefined();
    expect(shortNameOf(SHORT, 'ringerike Kommune')).toBe('Ringeriksregionen');
    expect(shortNameOf(undefined, 'Ringerike kommune')).toBeUndefined();
  });

  test('«Lene fra Ringeriksregionen:»; an organization without one keeps its full name; a group stored before has none', () => {
    const written = [
      input('Ringerike kommune', 'Ny næringsplan.', 'm-lene'),
      input('Fjordvik kommune', 'Ingen nye saker.', 'm-torgeir', '2026-01-01T11:00:00Z'),
    ];
    expect(headings(written, SHORT)).toEqual([
      ['Lene fra Ringeriksregionen:', ['Ny næringsplan.']],
      ['Torgeir fra Fjordvik kommune:', ['Ingen nye saker.']],
    ]);
    expect(headings(written)[0][0]).toBe('Lene fra Ringerike kommune:');
  });

  test('a prefix the member wrote with the short name, the full name or «Ringerike» is not doubled', () => {
    for (const prefix of ['Ringeriksregionen', 'Ringerike kommune', 'Ringerike']) {
      expect(headings([input('Ringerike kommune', `${prefix}: Ny næringsplan.`, 'm-lene')], SHORT)).toEqual([
        ['Lene fra Ringeriksregionen:', ['Ny næringsplan.']],
      ]);
    }
    // Without the short name set, «Ringeriksregionen:» is the member's own text.
    expect(headings([input('Ringerike kommune', 'Ringeriksregionen: Ny næringsplan.', 'm-lene')])[0][1]).toEqual(['Ringeriksregionen: Ny næringsplan.']);
  });

  test('the chair’s note «Ringeriksregionen: …» goes under the organization too', () => {
    expect(headings([], SHORT, ['Ringeriksregionen: Muntlig orientering.'])).toEqual([['Ringeriksregionen:', ['Muntlig orientering.']]]);
  });
});
