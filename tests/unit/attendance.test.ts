import { attendanceKey, matchName, matchParticipant, setAttendance, summarizeAttendance, SECRETARIAT_ORGANIZATION } from '../../src/domain/attendance';
import type { RosterMember } from '../../src/domain/roster';

const member = (first: string, last: string, organization: string, aadObjectId?: string): RosterMember => ({
  id: `m-${first}-${last}`.toLowerCase().replace(/\s+/g, '-'),
  firstName: first,
  lastName: last,
  organization,
  ...(aadObjectId ? { aadObjectId } : {}),
});
const ROSTER = [
  member('Eir', 'Brekken', 'Hamarregionen Utvikling'),
  member('Eir', 'Hovde', 'Bærum kommune', 'aad-eli-h'),
  member('Didrik', 'Aasland', 'Drammensregionen'),
  member('Ørjan', 'Sålvik', 'Oslo kommune - Byrådsavdelingene'),
];

describe('attendance', () => {
  it('records by roster member with the roster name and organization; the same again changes nothing', () => {
    const dag = ROSTER[2];
    const first = setAttendance({}, { member: dag, name: 'whatever', secretariat: false }, 'present');
    expect(first.changed).toBe(true);
    expect(first.attendance[dag.id]).toEqual({ name: 'Didrik Aasland', organization: 'Drammensregionen', status: 'present', secretariat: false });
    expect(setAttendance(first.attendance, { member: dag, name: 'x', secretariat: false }, 'present').changed).toBe(false);
    const apologies = setAttendance(first.attendance, { member: dag, name: 'x', secretariat: false }, 'apologies');
    expect(apologies.attendance[dag.id].status).toBe('apologies');
    expect(Object.keys(apologies.attendance)).toHaveLength(1);
  });

  it('keeps secretariat staff apart, also when they are not on the roster', () => {
    const key = attendanceKey({ aadObjectId: 'aad-sec', name: 'Mona Stølsvåg' });
    expect(key).toBe('aad:aad-sec');
    const { attendance } = setAttendance({}, { aadObjectId: 'aad-sec', name: ' Mona Stølsvåg ', secretariat: true }, 'present');
    expect(attendance[key]).toEqual({ name: 'Mona Stølsvåg', organization: SECRETARIAT_ORGANIZATION, status: 'present', secretariat: true });
    const withDag = setAttendance(attendance, { member: ROSTER[2], name: '', secretariat: false }, 'present').attendance;
    const withEli = setAttendance(withDag, { member: ROSTER[0], name: '', secretariat: false }, 'apologies').attendance;
    const summary = summarizeAttendance(withEli, ROSTER);
    expect(summary.present.map((e) => e.name)).toEqual(['Didrik Aasland']);
    expect(summary.secretariat.map((e) => e.name)).toEqual(['Mona Stølsvåg']);
    expect(summary.apologies.map((e) => e.name)).toEqual(['Eir Brekken']);
  });

  it('maps meeting participants by AAD id first, else by a unique full name', () => {
    expect(matchParticipant(ROSTER, { aadObjectId: 'aad-eli-h', name: 'Someone Else' })?.lastName).toBe('Hovde');
    expect(matchParticipant(ROSTER, { aadObjectId: 'aad-new', name: 'didrik aasland' })?.lastName).toBe('Aasland');
    expect(matchParticipant(ROSTER, { name: 'Ola Nordmann' })).toBeUndefined();
    expect(matchParticipant(ROSTER, {})).toBeUndefined();
  });

  it('finds a typed name: full name, else a unique part; several are reported', () => {
    expect(matchName(ROSTER, 'Ørjan Sålvik')).toMatchObject({ kind: 'one', member: { lastName: 'Sålvik' } });
    expect(matchName(ROSTER, 'aasland')).toMatchObject({ kind: 'one', member: { firstName: 'Didrik' } });
    expect(matchName(ROSTER, 'Eir')).toMatchObject({ kind: 'many' });
    expect(matchName(ROSTER, 'Nobody')).toEqual({ kind: 'none' });
    expect(matchName(ROSTER, '  ')).toEqual({ kind: 'none' });
  });
});
