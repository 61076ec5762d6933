import { compareNameWords, displayNameWords, looseNameKey, nameCandidates, rosterNameWords } from '../../src/domain/display-name';
import { decideLink } from '../../src/domain/identity';
import type { RosterMember } from '../../src/domain/roster';

const member = (id: string, firstName: string, lastName: string, extra: Partial<RosterMember> = {}): RosterMember => ({
  id,
  firstName,
  lastName,
  organization: `Org ${id}`,
  ...extra,
});

const KARI = member('kari', 'Kari', 'Nordmann', { email: 'kari.nordmann@example.no' });
const roster = (m: RosterMember) => rosterNameWords(m);

describe('display names against roster names', () => {
  it.each([
    ['Kari Nordmann', 'exact'],
    ['Nordmann, Kari', 'exact'],
    ['KARI.NORDMANN', 'exact'],
    ['kari nordmann', 'exact'],
    ['Kari Nordmann (Gjest)', 'exact'],
    ['Kari Nordmann (Guest)', 'exact'],
    ['Kari Nordmann (Ekstern)', 'exact'],
    ['Kari Nordmann (External)', 'exact'],
    ['Kari Nordmann (Hamarregionen utvikling)', 'exact'],
    ['Nordmann, Kari (Ekstern)', 'exact'],
    ['Kari Marie Nordmann', 'partial'],
    ['Nordmann, Kari Marie', 'partial'],
    ['Kari Nordmenn', 'none'],
    ['Nordmann', 'none'],
    ['', 'none'],
  ])('«%s» → %s', (display, expected) => {
    expect(compareNameWords(displayNameWords(display), roster(KARI))).toBe(expected);
  });

  it('letters written differently: å/aa, æ/ae/ä, ø/oe/ö, é/e', () => {
    const m = member('x', 'Håkon Bjørn', 'Sæther-René');
    for (const d of ['Haakon Bjoern Saether-Rene', 'Sæther René, Håkon Bjørn', 'Håkon Björn Säther René', 'HAAKON BJOERN SAETHER RENE'])
      expect(compareNameWords(displayNameWords(d), roster(m))).toBe('exact');
  });

  it('a missing or extra middle name is partial, never exact', () => {
    const m = member('x', 'Kari Marie', 'Nordmann');
    expect(compareNameWords(displayNameWords('Kari Nordmann'), roster(m))).toBe('partial');
    expect(compareNameWords(displayNameWords('Nordmann, Kari Marie'), roster(m))).toBe('exact');
    expect(compareNameWords(displayNameWords('Kari Anne Nordmann'), roster(m))).toBe('partial');
  });

  it('the loose index key is shared by exact and partial matches', () => {
    expect(looseNameKey(displayNameWords('Nordmann, Kari Marie (Gjest)'))).toBe('kari nordmann');
    expect(looseNameKey(rosterNameWords(KARI))).toBe('kari nordmann');
  });

  it('candidates: exact before partial', () => {
    const marie = member('m', 'Kari Marie', 'Nordmann');
    expect(nameCandidates('Kari Nordmann', [KARI, marie])).toEqual({ exact: [KARI], partial: [marie] });
  });
});

describe('who may be linked (decideLink)', () => {
  const facts = (over: Partial<Parameters<typeof decideLink>[0]> = {}) => ({
    aadObjectId: 'aad-1',
    displayName: 'Kari Nordmann',
    addresses: [] as string[],
    roster: [KARI, member('ola', 'Ola', 'Nordmann')],
    linkedTo: () => undefined,
    holdsRole: () => false,
    ...over,
  });

  it('the AAD id already linked wins', () => {
    expect(decideLink(facts({ displayName: 'Someone Else', linkedTo: (m) => (m.id === 'ola' ? 'aad-1' : undefined) }))).toMatchObject({
      kind: 'linked',
      by: 'aad',
      member: { id: 'ola' },
    });
  });
  it('the e-mail or UPN links, a role holder too', () => {
    expect(decideLink(facts({ displayName: 'K N', addresses: ['KARI.NORDMANN@example.no'], holdsRole: () => true }))).toMatchObject({
      kind: 'linked',
      by: 'email',
    });
  });
  it('one exact name without a role links; with a role it asks', () => {
    expect(decideLink(facts())).toMatchObject({ kind: 'linked', by: 'name', member: { id: 'kari' } });
    expect(decideLink(facts({ displayName: 'KARI.NORDMANN', holdsRole: (m) => m.id === 'kari' }))).toMatchObject({ kind: 'ask', reason: 'role' });
  });
  it('several exact candidates, or only partial ones, ask', () => {
    const twin = member('kari2', 'Kari', 'Nordmann');
    expect(decideLink(facts({ roster: [KARI, twin] }))).toMatchObject({ kind: 'ask', reason: 'ambiguous', candidates: [KARI, twin] });
    expect(decideLink(facts({ displayName: 'Kari Anne Nordmann' }))).toMatchObject({ kind: 'ask', reason: 'partial', candidates: [KARI] });
  });
  it('a member linked to another Teams user is never re-linked', () => {
    const linkedTo = (m: RosterMember) => (m.id === 'kari' ? 'aad-real' : undefined);
    expect(decideLink(facts({ linkedTo }))).toMatchObject({ kind: 'ask', reason: 'taken' });
    expect(decideLink(facts({ linkedTo, addresses: ['kari.nordmann@example.no'] }))).toMatchObject({ kind: 'ask', reason: 'taken' });
  });
  it('nobody by that name: none', () => {
    expect(decideLink(facts({ displayName: 'Per Hansen' }))).toEqual({ kind: 'none' });
  });
});
