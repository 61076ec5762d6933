import type { AttendanceEntry } from '../../src/domain/meeting-types';
import type { RosterMember } from '../../src/domain/roster';
import { advanceRound, currentSpeaker, roundOrder, roundOver, startRound, timeBoxEnd } from '../../src/domain/round-order';

const member = (first: string, last: string, organization: string): RosterMember => ({
  id: `m-${first}-${last}`.toLowerCase(),
  firstName: first,
  lastName: last,
  organization,
});
const ROSTER = [
  member('Aud', 'Hetle', 'Kongsvingerregionen'),
  member('Arnbjørn', 'Fosse', 'Asker kommune'),
  member('Cecilie', 'Hårstøl', 'Lørenskog kommune'),
  member('Didrik', 'Aasland', 'Drammensregionen'),
  member('Morten', 'Hafstad', 'Asker kommune'),
  member('Ørjan', 'Sålvik', 'Oslo kommune - Byrådsavdelingene'),
  member('Kjell Jøran', 'Tveter', 'Horten kommune'),
];
const entry = (name: string, organization: string, status: AttendanceEntry['status'], secretariat = false): AttendanceEntry => ({
  name,
  organization,
  status,
  secretariat,
});

describe('round order', () => {
  it('calls present organizations first in roster order, then those not answered; apologies-only are left out', () => {
    const attendance = {
      a: entry('Kjell Jøran Tveter', 'Horten kommune', 'present'),
      b: entry('Morten Hafstad', 'Asker kommune', 'present'),
      c: entry('Didrik Aasland', 'Drammensregionen', 'apologies'),
      d: entry('Ørjan Sålvik', 'Oslo kommune - Byrådsavdelingene', 'present', true),
      e: entry('Cecilie Hårstøl', 'lørenskog  Kommune', 'present'),
    };
    expect(roundOrder(ROSTER, attendance)).toEqual([
      'Asker kommune',
      'Lørenskog kommune',
      'Horten kommune', // present, roster order, Asker once
      'Kongsvingerregionen',
      'Oslo kommune - Byrådsavdelingene', // nobody answered (secretariat staff do not count)
    ]);
  });

  it('adds present guests\u2019 organizations after the roster\u2019s present ones', () => {
    const order = roundOrder(ROSTER.slice(0, 2), { g: entry('Gjest', 'KS', 'present'), a: entry('Aud Hetle', 'Kongsvingerregionen', 'present') });
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
