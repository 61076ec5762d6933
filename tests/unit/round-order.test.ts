import type { AttendanceEntry } from '../../src/domain/meeting-types';
import type { RosterMember } from '../../src/domain/roster';
import { advanceRound, currentSpeaker, roundOrder, roundOver, startRound, timeBoxEnd } from '../../src/domain/round-order';

const member = (first: string, last: string, organization: string): RosterMember => ({ id: `m-${first}-${last}`.toLowerCase(), firstName: first, lastName: last, organization });
const ROSTER = [
  member('Anne', 'Huse', 'Kongsvingerregionen'),
  member('Asbjørn', 'Flo', 'Asker kommune'),
  member('Camilla', 'Håltøm', 'Lørenskog kommune'),
  member('Dag', 'Aanensen', 'Drammensregionen'),
  member('Martin', 'Hafsahl', 'Asker kommune'),
  member('Øyvind', 'Såtvedt', 'Oslo kommune - Byrådsavdelingene'),
  member('Karl Jørgen', 'Tofte', 'Horten kommune'),
];
const entry = (name: string, organization: string, status: AttendanceEntry['status'], secretariat = false): AttendanceEntry => ({ name, organization, status, secretariat });

describe('round order', () => {
  it('calls present organizations first in roster order, then those not answered; apologies-only are left out', () => {
    const attendance = {
      a: entry('Karl Jørgen Tofte', 'Horten kommune', 'present'),
      b: entry('Martin Hafsahl', 'Asker kommune', 'present'),
      c: entry('Dag Aanensen', 'Drammensregionen', 'apologies'),
      d: entry('Øyvind Såtvedt', 'Oslo kommune - Byrådsavdelingene', 'present', true),
      e: entry('Camilla Håltøm', 'lørenskog  Kommune', 'present'),
    };
    expect(roundOrder(ROSTER, attendance)).toEqual([
      'Asker kommune', 'Lørenskog kommune', 'Horten kommune', // present, roster order, Asker once
      'Kongsvingerregionen', 'Oslo kommune - Byrådsavdelingene', // nobody answered (secretariat staff do not count)
    ]);
  });

  it('adds present guests\u2019 organizations after the roster\u2019s present ones', () => {
    const order = roundOrder(ROSTER.slice(0, 2), { g: entry('Gjest', 'KS', 'present'), a: entry('Anne Huse', 'Kongsvingerregionen', 'present') });
    expect(order).toEqual(['Kongsvingerregionen', 'KS', 'Asker kommune']);
  });

  it('moves the word on, marks spoken and skipped, shows a 3-minute time-box', () => {
    const t0 = new Date('2024-11-07T11:20:00Z');
    let round = startRound(['A', 'B', 'C'], t0);
    expect(currentSpeaker(round)).toBe('A');
    expect(timeBoxEnd(round)?.toISOString()).toBe('2024-11-07T11:23:00.000Z');
    const t1 = new Date('2024-11-07T11:22:30Z');
    round = advanceRound(round, 'spoken', t1);
    expect(currentSpeaker(round)).toBe('B');
    expect(round.speakerSince).toBe(t1.toISOString());
    expect(round.step).toBe(2);
    round = advanceRound(round, 'skipped', t1);
    round = advanceRound(round, 'spoken', t1);
    expect(roundOver(round)).toBe(true);
    expect(round.outcome).toEqual(['spoken', 'skipped', 'spoken']);
    expect(round.speakerSince).toBeUndefined();
    expect(advanceRound(round, 'spoken', t1)).toBe(round);
  });

  it('an empty order is over at once', () => {
    const round = startRound([], new Date());
    expect(roundOver(round)).toBe(true);
    expect(currentSpeaker(round)).toBeUndefined();
  });
});
