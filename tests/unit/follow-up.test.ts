import { isOpen, newFollowUp, ownedBy, parseFollowUp, resolveOwner, setStatus } from '../../src/domain/follow-up';
import type { RosterMember } from '../../src/domain/roster';

const TODAY = '2030-11-07';
const roster: RosterMember[] = [
  { id: 'm-kari-testesen', firstName: 'Kari', lastName: 'Testesen', organization: 'Testby kommune' },
  { id: 'm-per-prøvesen', firstName: 'Per', lastName: 'Prøvesen', organization: 'Prøveregionen' },
  { id: 'm-kari-annesen', firstName: 'Kari', lastName: 'Annesen', organization: 'Testby kommune' },
];

describe('parseFollowUp', () => {
  it.each([
    ['Sende planen', { text: 'Sende planen' }],
    ['Sende planen ansvar Kari Testesen frist 01.12.2030', { text: 'Sende planen', owner: 'Kari Testesen', due: '2030-12-01' }],
    ['Sende planen frist 1.12.2030 ansvar: Testby kommune.', { text: 'Sende planen', owner: 'Testby kommune', due: '2030-12-01' }],
    ['Avklare ansvar for veiene, ansvar Prøveregionen', { text: 'Avklare ansvar for veiene', owner: 'Prøveregionen' }],
    ['Send the figures owner Prøveregionen due 07.11.2030', { text: 'Send the figures', owner: 'Prøveregionen', due: '2030-11-07' }],
  ])('%s', (input, expected) => expect(parseFollowUp(input, TODAY)).toEqual({ ok: true, ...expected }));

  it.each([
    ['', 'empty'],
    ['  ... ', 'empty'],
    ['ansvar Kari', 'empty'],
    ['x'.repeat(1001), 'too-long'],
    ['Plan frist 06.11.2030', 'past-date'],
    ['Plan frist 30.02.2031', 'bad-date'],
    ['Plan frist snart', 'bad-date'],
    ['Plan ansvar ...', 'empty-owner'],
  ])('refuses %s', (input, reason) => expect(parseFollowUp(input, TODAY)).toMatchObject({ ok: false, reason }));
});

describe('resolveOwner', () => {
  it('a person by full name, an organization by its name, exact before partial', () => {
    expect(resolveOwner('kari  testesen', roster)).toEqual({
      kind: 'found',
      owner: { kind: 'person', memberId: 'm-kari-testesen', name: 'Kari Testesen', organization: 'Testby kommune' },
    });
    expect(resolveOwner('Testby kommune.', roster)).toEqual({ kind: 'found', owner: { kind: 'organization', organization: 'Testby kommune' } });
    expect(resolveOwner('Prøvesen', roster)).toMatchObject({ kind: 'found', owner: { kind: 'person', memberId: 'm-per-prøvesen' } });
    expect(resolveOwner('Kari', roster)).toEqual({ kind: 'many', names: ['Kari Testesen (Testby kommune)', 'Kari Annesen (Testby kommune)'] });
    expect(resolveOwner('Ola Nordmann', roster)).toEqual({ kind: 'none' });
    expect(resolveOwner('a', roster)).toEqual({ kind: 'none' });
  });
});

describe('status and ownership', () => {
  const f = newFollowUp({
    followUpId: 'f1',
    groupId: 'g',
    meetingId: 'm',
    meetingDate: TODAY,
    item: 3,
    itemTitle: 'Sak',
    text: 'Plan',
    owner: { kind: 'organization', organization: 'Testby kommune' },
    createdAt: '2030-11-07T10:00:00Z',
    createdBy: 'Leder',
  });
  it('owned through the organization; the same status twice is one change', () => {
    expect(ownedBy(f, roster[2])).toBe(true);
    expect(ownedBy(f, roster[1])).toBe(false);
    const carried = setStatus(f, 'carried', 'Leder', '2030-11-08T10:00:00Z', 'm2');
    expect(isOpen(carried.followUp)).toBe(true);
    expect(setStatus(carried.followUp, 'carried', 'Leder', '2030-11-08T11:00:00Z').changed).toBe(false);
    const done = setStatus(carried.followUp, 'done', 'Kari', '2030-11-09T10:00:00Z');
    expect(isOpen(done.followUp)).toBe(false);
    expect(done.followUp.history.map((h) => h.status)).toEqual(['open', 'carried', 'done']);
    expect(f.history).toHaveLength(1);
  });
});
