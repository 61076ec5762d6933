import { attendanceKey, matchName, matchParticipant, setAttendance, summarizeAttendance, SECRETARIAT_ORGANIZATION } from '../../src/domain/attendance';
import type { RosterMember } from '../../src/domain/roster';

const member = (first: string, last: string, organization: string, aadObjectId?: string): RosterMember => ({
  id: `m-${first}-${last}`.toLowerCase().replace(/\s+/g, '-'), firstName: first, lastName: last, organization, ...(aadObjectId ? { aadObjectId } : {}),
});
const ROSTER = [
  member('Eli', 'Bryhni', 'Hamarregionen Utvikling'),
  member('Eli', 'Haugerud', 'Bærum kommune', 'aad-eli-h'),
  member('Dag', 'Aanensen', 'Drammensregionen'),
  member('Øyvind', 'Såtvedt', 'Oslo kommune - Byrådsavdelingene'),
];

describe('attendance', () => {
  it('records by roster member with the roster name and organization; the same again changes nothing', () => {
    const dag = ROSTER[2];
    const first = setAttendance({}, { member: dag, name: 'whatever', secretariat: false }, 'present');
    expect(first.changed).toBe(true);
    expect(first.attendance[dag.id]).toEqual({ name: 'Dag Aanensen', organization: 'Drammensregionen', status: 'present', secretariat: false });
    expect(setAttendance(first.attendance, { member: dag, name: 'x', secretariat: false }, 'present').changed).toBe(false);
    const apologies = setAttendance(first.attendance, { member: dag, name: 'x', secretariat: false }, 'apologies');
    expect(apologies.attendance[dag.id].status).toBe('apologies');
    expect(Object.keys(apologies.attendance)).toHaveLength(1);
  });

  it('keeps secretariat staff apart, also when they are not on the roster', () => {
    const key = attendanceKey({ aadObjectId: 'aad-sec', name: 'Mari Strømsvåg' });
    expect(key).toBe('aad:aad-sec');
    const { attendance } = setAttendance({}, { aadObjectId: 'aad-sec', name: ' Mari Strømsvåg ', secretariat: true }, 'present');
    expect(attendance[key]).toEqual({ name: 'Mari Strømsvåg', organization: SECRETARIAT_ORGANIZATION, status: 'present', secretariat: true });
    const withDag = setAttendance(attendance, { member: ROSTER[2], name: '', secretariat: false }, 'present').attendance;
    const withEli = setAttendance(withDag, { member: ROSTER[0], name: '', secretariat: false }, 'apologies').attendance;
    const summary = summarizeAttendance(withEli, ROSTER);
    expect(summary.present.map((e) => e.name)).toEqual(['Dag Aanensen']);
    expect(summary.secretariat.map((e) => e.name)).toEqual(['Mari Strømsvåg']);
    expect(summary.apologies.map((e) => e.name)).toEqual(['Eli Bryhni']);
  });

  it('maps meeting participants by AAD id first, else by a unique full name', () => {
    expect(matchParticipant(ROSTER, { aadObjectId: 'aad-eli-h', name: 'Someone Else' })?.lastName).toBe('Haugerud');
    expect(matchParticipant(ROSTER, { aadObjectId: 'aad-new', name: 'dag aanensen' })?.lastName).toBe('Aanensen');
    expect(matchParticipant(ROSTER, { name: 'Ola Nordmann' })).toBeUndefined();
    expect(matchParticipant(ROSTER, {})).toBeUndefined();
  });

  it('finds a typed name: full name, else a unique part; several are reported', () => {
    expect(matchName(ROSTER, 'Øyvind Såtvedt')).toMatchObject({ kind: 'one', member: { lastName: 'Såtvedt' } });
    expect(matchName(ROSTER, 'aanensen')).toMatchObject({ kind: 'one', member: { firstName: 'Dag' } });
    expect(matchName(ROSTER, 'Eli')).toMatchObject({ kind: 'many' });
    expect(matchName(ROSTER, 'Nobody')).toEqual({ kind: 'none' });
    expect(matchName(ROSTER, '  ')).toEqual({ kind: 'none' });
  });
});
