import { memberId, mergeRoster, parseRosterLines } from '../../src/domain/roster-import';
import { fixtureDocument, INNKALLING_2024_11_07, REFERAT_2023_01_19 } from '../../tools/fixtures/documents';

describe('parseRosterLines', () => {
  it('reads the 7.11.2024 notice Inviterte as it is: 45 members, header and blank lines skipped', () => {
    const text = fixtureDocument(INNKALLING_2024_11_07);
    const { members, refused } = parseRosterLines(text.slice(text.indexOf('Fornavn\tEtternavn')));
    expect(refused).toEqual([]);
    expect(members).toHaveLength(45);
    expect(members[0]).toEqual({ id: 'm-agnete-gyllen-szabo', firstName: 'Agnete', lastName: 'Gyllen-Szabo', organization: 'Fredrikstad kommune' });
    expect(members.find((m) => m.firstName === 'Jakob Vågen')?.lastName).toBe('Olsrud');
    expect(members.at(-1)?.organization).toBe('Oslo kommune - Byrådsavdelingene');
  });

  it('reads the 19.01.2023 minutes Frammøtte (Navn⇥Kommune/Region): last word is the last name', () => {
    const text = fixtureDocument(REFERAT_2023_01_19);
    const block = text.slice(text.indexOf('NAVN\tKOMMUNE'), text.indexOf('Fra sekretariatet'));
    const { members, refused } = parseRosterLines(block);
    expect(refused).toEqual([]);
    expect(members).toHaveLength(26);
    expect(members.find((m) => m.lastName === 'Ravnås')).toMatchObject({ firstName: 'Eirin Hedda Bjørgsdatter', organization: 'Nordre follo kommune' });
  });

  it('accepts two or more spaces as the separator and an optional e-mail', () => {
    const { members, refused } = parseRosterLines('Kari   Nordmann   Asker kommune   Kari.Nordmann@asker.kommune.no');
    expect(refused).toEqual([]);
    expect(members[0]).toMatchObject({ firstName: 'Kari', lastName: 'Nordmann', organization: 'Asker kommune', email: 'kari.nordmann@asker.kommune.no' });
  });

  it('refuses malformed lines with their reasons and keeps the good ones', () => {
    const { members, refused } = parseRosterLines(
      [
        'bare ett ord',
        'Ola\tNordmann\tGrue kommune\tikke-epost',
        'a\tb\tc\td@e.no\tf',
        'Ola\tNordmann\tGrue kommune',
        'Ola\tNordmann\tAsker kommune',
        `${'x'.repeat(201)}\tY`,
      ].join('\n'),
    );
    expect(members).toHaveLength(1);
    expect(refused.map((r) => [r.lineNumber, r.reason.code])).toEqual([
      [1, 'one-column'],
      [2, 'bad-email'],
      [3, 'too-many-columns'],
      [5, 'duplicate'],
      [6, 'too-long'],
    ]);
  });

  it('takes role notes out of the name in both shapes: roles by member id, other notes kept on the member', () => {
    const { members, refused, roles } = parseRosterLines(
      [
        'Kari Nordmann (møteleder)\tHamarregionen utvikling',
        'Per   Hansen (Sekretær)   Viken fylkeskommune',
        'Lise\tBerg (referent)\tAsker kommune\tlise@asker.no',
        'Ola (vara)\tDahl\tGrue kommune',
        'Siri Holm (observatør; til 11.00)\tSolør kommune',
        'Tor Vik (leder, vara)\tNes kommune',
        '(møteleder)\tTom kommune',
      ].join('\n'),
    );
    expect(refused.map((r) => [r.lineNumber, r.reason.code])).toEqual([[7, 'empty-field']]);
    expect(members.map((m) => [m.firstName, m.lastName, m.note ?? ''])).toEqual([
      ['Kari', 'Nordmann', ''],
      ['Per', 'Hansen', ''],
      ['Lise', 'Berg', ''],
      ['Ola', 'Dahl', 'vara'],
      ['Siri', 'Holm', 'observatør, til 11.00'],
      ['Tor', 'Vik', 'vara'],
    ]);
    expect(members[0].id).toBe(memberId('Kari', 'Nordmann'));
    expect(roles).toEqual({ 'm-kari-nordmann': ['chair'], 'm-per-hansen': ['secretariat'], 'm-lise-berg': ['secretariat'], 'm-tor-vik': ['chair'] });
    expect(Object.keys(members[0])).not.toContain('note');
  });

  it('treats hostile text as data', () => {
    const { members } = parseRosterLines('<script>alert(1)</script>\tNavn\t**Kommune**');
    expect(members[0].firstName).toBe('<script>alert(1)</script>');
    expect(parseRosterLines('').members).toEqual([]);
  });
});

describe('mergeRoster', () => {
  const ola = { id: memberId('Ola', 'Nordmann'), firstName: 'Ola', lastName: 'Nordmann', organization: 'Grue kommune' };
  it('adds, updates and leaves the rest; the same list twice changes nothing', () => {
    const first = mergeRoster([], [ola]);
    expect(first).toMatchObject({ added: 1, updated: 0, unchanged: 0 });
    expect(mergeRoster(first.members, [ola])).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    const moved = mergeRoster(first.members, [{ ...ola, organization: 'Kongsvingerregionen' }]);
    expect(moved).toMatchObject({ added: 0, updated: 1 });
    expect(moved.members[0].organization).toBe('Kongsvingerregionen');
  });
  it('a note is the one the list writes now: a repeat keeps it, a line without one clears it', () => {
    const noted = mergeRoster([], [{ ...ola, note: 'vara' }]);
    expect(mergeRoster(noted.members, [{ ...ola, note: 'vara' }])).toMatchObject({ unchanged: 1 });
    const cleared = mergeRoster(noted.members, [ola]);
    expect(cleared).toMatchObject({ updated: 1 });
    expect(cleared.members[0]).toEqual(ola);
  });
  it('keeps a linked Teams identity when the list is imported again', () => {
    const linked = mergeRoster([{ ...ola, aadObjectId: 'aad-1' }], [{ ...ola, organization: 'Asker kommune' }]);
    expect(linked.members[0]).toMatchObject({ aadObjectId: 'aad-1', organization: 'Asker kommune' });
  });
});
