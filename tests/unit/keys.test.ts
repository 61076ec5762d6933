import { assembleReferat } from '../../src/domain/referat-assembly';
import { orgKey, personKey, sameOrganization, samePerson } from '../../src/domain/keys';
import { memberId } from '../../src/domain/roster-import';
import type { Input, MeetingData } from '../../src/domain/meeting-types';

describe('orgKey: one organization key (#13 §5)', () => {
  it('folds case, Unicode form, runs of spaces and sentence punctuation at the ends', () => {
    const same = ['Nes kommune', 'Nes  kommune.', ' nes KOMMUNE, ', 'Nes\u00a0kommune;', 'Nes\tkommune:', 'Nes kom\u00admune', 'Nes \u202ekommune'];
    for (const s of same) expect(orgKey(s)).toBe('nes kommune');
    expect(orgKey('Bærum kommune')).toBe(orgKey('Bæ\u0072um kommune'.normalize('NFD')));
    expect(orgKey('Bo\u0308'.normalize('NFD'))).toBe(orgKey('Bö'));
  });

  it('keeps the inner punctuation that tells real names apart', () => {
    expect(sameOrganization('Nes kommune (Akershus)', 'Nes kommune (Buskerud)')).toBe(false);
    expect(sameOrganization('Nes kommune (Akershus)', 'Nes kommune')).toBe(false);
    expect(sameOrganization('Aurskog-Høland kommune', 'Aurskog Høland kommune')).toBe(false);
    expect(orgKey('Søndre Viken?')).not.toBe(orgKey('Søndre Viken'));
    expect(orgKey('Nes kommune (Akershus).')).toBe('nes kommune(akershus)');
  });

  it('spaces beside punctuation and the kind of dash do not count', () => {
    expect(sameOrganization('Asker/Bærum kommune', 'Asker / Bærum kommune')).toBe(true);
    expect(sameOrganization('Oslo kommune - Byrådsavdelingene', 'Oslo kommune – Byrådsavdelingene')).toBe(true);
    expect(sameOrganization('Aurskog-Høland', 'Aurskog – Høland')).toBe(true);
  });
});

describe('personKey: one person-name key', () => {
  it('is the rule the stored person keys were made with: words only', () => {
    expect(personKey('Kjell J. Tveter')).toBe('kjell j tveter');
    expect(samePerson('Anne-Lise  HANSEN', 'anne lise hansen')).toBe(true);
    expect(samePerson('Ada Lovlien', 'Ada Lövlien')).toBe(false);
    expect(memberId('Kjell Jøran', 'Tveter')).toBe('m-kjell-jøran-tveter');
    expect(memberId('Anne-Lise', 'Hansen')).toBe('m-anne-lise-hansen');
  });
});

describe('the referat groups by the key and prints the roster spelling', () => {
  const meeting: MeetingData = {
    meetingId: 'm1',
    groupId: 'g1',
    date: '2024-11-07',
    start: '12:00',
    end: '13:00',
    place: 'Teams',
    state: 'ended',
    agenda: [{ number: 1, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' }],
    records: { '1': { notes: ['Nes kommune, : notat fra møteleder'] } },
    attendance: {},
  };
  const input = (organization: string, text: string, updatedAt: string): Input => ({
    meetingId: 'm1',
    organization,
    text,
    authorName: 'Ada Lovlien',
    enteredBySecretariat: false,
    received: 'before',
    updatedAt,
  });
  it('"Nes kommune" and "Nes  kommune." are one section, spelled as on the roster', () => {
    const model = assembleReferat({
      group: { groupId: 'g1', name: 'Faggruppe', homeConversationId: 'c', roles: {}, createdAt: '2024-01-01T00:00:00Z' },
      meeting,
      roster: [
        { id: 'm-a', firstName: 'Ada', lastName: 'Lovlien', organization: 'Nes kommune' },
        { id: 'm-b', firstName: 'Bo', lastName: 'Fjell', organization: 'Nes kommune (Buskerud)' },
      ],
      inputs: [
        input('Nes  kommune.', 'Først', '2024-11-01T08:00:00Z'),
        input('nes kommune', 'Så', '2024-11-02T08:00:00Z'),
        input('Nes kommune (Buskerud)', 'Annen', '2024-11-03T08:00:00Z'),
      ],
    });
    const sections = model.items[0].roundTable ?? [];
    expect(sections.map((s) => s.organization)).toEqual(['Nes kommune', 'Nes kommune (Buskerud)']);
    expect(sections[0].entries.map((e) => e.text)).toEqual(['Først', 'Så', 'notat fra møteleder']);
  });
});
