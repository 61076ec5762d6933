import { inputWindow } from '../../src/domain/input';
import { justEnded, lastEnded, nextMeeting, previousMeeting } from '../../src/domain/meeting';
import { cancelMeeting } from '../../src/domain/meeting-cancel';
import { reopenMeeting, unheardOrganizations } from '../../src/domain/meeting-end';
import { startMeeting } from '../../src/domain/meeting-flow';
import { moveMeeting } from '../../src/domain/meeting-move';
import type { Input, MeetingData } from '../../src/domain/meeting-types';
import type { RosterMember } from '../../src/domain/roster';

/* #15 §2, the pure rules: which meeting ended last, cancel and bring back, who was not heard, reopen. */

const meeting = (date: string, patch: Partial<MeetingData> = {}): MeetingData => ({
  meetingId: `g-${date}`,
  groupId: 'g',
  date,
  start: '10:00',
  end: '12:00',
  place: 'Teams',
  state: 'draft',
  agenda: [
    { number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' },
    { number: 2, title: 'Eventuelt', subPoints: [], kind: 'other-business' },
  ],
  records: {},
  attendance: {},
  ...patch,
});
const NOW = new Date('2026-12-02T14:00:00Z');

describe('lastEnded / justEnded', () => {
  const heldEarly = meeting('2027-01-14', { state: 'ended', endedAt: '2026-11-25T12:00:00Z' });
  const today = meeting('2026-12-02', { state: 'ended', endedAt: '2026-12-02T13:00:00Z' });
  it('the one that ended last, by when it ended, not by its date; locked counts, running does not', () => {
    expect(lastEnded([heldEarly, today])?.meetingId).toBe(today.meetingId);
    expect(lastEnded([heldEarly, { ...today, state: 'locked' as const }])?.meetingId).toBe(today.meetingId);
    expect(lastEnded([heldEarly, { ...today, state: 'in-progress' as const }])?.meetingId).toBe(heldEarly.meetingId);
    expect(lastEnded([meeting('2026-12-09', { state: 'cancelled' })])).toBeUndefined();
  });
  it('just ended: today, and no notice published or meeting started since', () => {
    expect(justEnded([heldEarly, today], NOW)?.meetingId).toBe(today.meetingId);
    expect(justEnded([heldEarly, today], new Date('2026-12-03T09:00:00Z'))).toBeUndefined();
    const published = meeting('2027-01-20', { state: 'notice-published', noticePublishedAt: '2026-12-02T13:30:00Z' });
    expect(justEnded([today, published], NOW)).toBeUndefined();
    expect(justEnded([today, { ...published, noticePublishedAt: '2026-12-01T10:00:00Z' }], NOW)?.meetingId).toBe(today.meetingId);
  });
});

describe('cancelMeeting and flytt møte', () => {
  it('cancels a draft or published meeting, remembering its state; refuses running, ended, locked and cancelled', () => {
    const r = cancelMeeting(meeting('2027-01-14', { state: 'notice-published' }), NOW);
    expect(r).toMatchObject({ ok: true, meeting: { state: 'cancelled', cancelledFrom: 'notice-published', cancelledAt: NOW.toISOString() } });
    expect(cancelMeeting(meeting('2027-01-14'), NOW)).toMatchObject({ ok: true, meeting: { cancelledFrom: 'draft' } });
    for (const [state, reason] of [
      ['in-progress', 'running'],
      ['ended', 'ended'],
      ['locked', 'ended'],
      ['cancelled', 'cancelled'],
    ] as const)
      expect(cancelMeeting(meeting('2027-01-14', { state }), NOW)).toEqual({ ok: false, reason, date: '2027-01-14' });
  });
  it('a cancelled meeting takes no input, is not next, has no minutes to approve and cannot start', () => {
    const cancelled = meeting('2027-01-14', { state: 'cancelled', cancelledFrom: 'notice-published' });
    expect(inputWindow(cancelled, NOW)).toEqual({ open: false, reason: 'cancelled' });
    expect(nextMeeting([cancelled, meeting('2027-02-14')])?.date).toBe('2027-02-14');
    expect(previousMeeting([meeting('2026-11-01', { state: 'ended' }), cancelled], '2027-02-14')?.date).toBe('2026-11-01');
    expect(startMeeting(cancelled, NOW)).toEqual({ ok: false, reason: 'cancelled' });
  });
  it('flytt møte brings it back in the state it had, also to the same time', () => {
    const cancelled = meeting('2027-01-14', { state: 'cancelled', cancelledFrom: 'notice-published', cancelledAt: NOW.toISOString() });
    const back = moveMeeting(cancelled, { date: '2027-01-14', start: '10:00', end: '12:00', place: 'Teams' }, []);
    expect(back).toMatchObject({ ok: true, changed: true, meeting: { state: 'notice-published', date: '2027-01-14' } });
    if (back.ok) expect(back.meeting).not.toHaveProperty('cancelledAt');
  });
});

describe('unheardOrganizations', () => {
  const member = (id: string, organization: string): RosterMember => ({ id, firstName: id, lastName: 'Testesen', organization });
  const roster = [member('a', 'Alfa kommune'), member('b', 'Beta region'), member('b2', 'beta  REGION'), member('c', 'Gamma IPR'), member('d', 'Delta')];
  const input = (organization: string) => ({ organization }) as Input;
  it('neither spoken (the speaker now counts) nor sent input, in roster order, each organization once', () => {
    expect(unheardOrganizations(roster, [], meeting('2026-12-02'))).toEqual(['Alfa kommune', 'Beta region', 'Gamma IPR', 'Delta']);
    const m = meeting('2026-12-02', {
      state: 'in-progress',
      run: {
        version: 3,
        round: {
          order: ['Alfa kommune', 'Beta region', 'Gamma IPR', 'Delta'],
          outcome: ['spoken', 'skipped', 'waiting', 'waiting'],
          index: 2,
          startedAt: '',
          step: 3,
        },
      },
    });
    expect(unheardOrganizations(roster, [input('BETA REGION')], m)).toEqual(['Delta']);
  });
});

describe('reopenMeeting', () => {
  it('an ended meeting runs again at the item where it ended, without endedAt; locked and other states refused', () => {
    const ended = meeting('2026-12-02', { state: 'ended', currentItem: 2, endedAt: NOW.toISOString(), run: { version: 7 } });
    const r = reopenMeeting(ended);
    expect(r).toMatchObject({ ok: true, meeting: { state: 'in-progress', currentItem: 2, run: { version: 8 } } });
    if (r.ok) expect(r.meeting).not.toHaveProperty('endedAt');
    expect(reopenMeeting({ ...ended, state: 'locked' })).toEqual({ ok: false, reason: 'locked' });
    expect(reopenMeeting({ ...ended, state: 'in-progress' })).toEqual({ ok: false, reason: 'not-ended' });
  });
});
