import type { AttendanceEntry, RoundState } from './meeting-types';
import { orgKey } from './keys';
import type { RosterMember } from './roster';

/**
 * The round table ("runde rundt bordet"), pure: which organizations are called and in which order,
 * who has the word, who has spoken. Each speaker gets a 3-minute time-box (shown, not enforced:
 * Teams cards cannot tick).
 */

export const SPEAKING_MINUTES = 3;

/**
 * The calling order: organizations with a member present first, in roster order (then present
 * guests' organizations), then those nobody has answered for; organizations that only sent
 * apologies are not called. Secretariat staff do not make their organization present.
 */
export function roundOrder(roster: readonly RosterMember[], attendance: Record<string, AttendanceEntry>): string[] {
  const entries = Object.values(attendance).filter((e) => !e.secretariat);
  const present = new Set(entries.filter((e) => e.status === 'present').map((e) => orgKey(e.organization)));
  const answered = new Set(entries.map((e) => orgKey(e.organization)));
  const seen = new Set<string>();
  const orgs: string[] = [];
  for (const org of [...roster.map((m) => m.organization), ...entries.filter((e) => e.status === 'present').map((e) => e.organization)]) {
    const key = orgKey(org);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    orgs.push(org.trim());
  }
  const first = orgs.filter((o) => present.has(orgKey(o)));
  const rest = orgs.filter((o) => !present.has(orgKey(o)) && !answered.has(orgKey(o)));
  return [...first, ...rest];
}

export function startRound(order: string[], now: Date): RoundState {
  return {
    order,
    outcome: order.map(() => 'waiting'),
    index: 0,
    ...(order.length ? { speakerSince: now.toISOString() } : {}),
    startedAt: now.toISOString(),
    step: 1,
  };
}

export const roundOver = (round: RoundState): boolean => round.index >= round.order.length;

export function currentSpeaker(round: RoundState): string | undefined {
  return round.order[round.index];
}

/** The current speaker has spoken (or is skipped); the word goes to the next one still waiting. */
export function advanceRound(round: RoundState, how: 'spoken' | 'skipped', now: Date): RoundState {
  if (roundOver(round)) return round;
  const outcome = [...round.outcome];
  outcome[round.index] = how;
  let index = round.index + 1;
  while (index < round.order.length && outcome[index] !== 'waiting') index++;
  const { speakerSince: _old, ...rest } = round;
  return { ...rest, outcome, index, ...(index < round.order.length ? { speakerSince: now.toISOString() } : {}), step: round.step + 1 };
}

/** The time-box of the current speaker: from speakerSince, SPEAKING_MINUTES long. */
export function timeBoxEnd(round: RoundState): Date | undefined {
  return round.speakerSince ? new Date(Date.parse(round.speakerSince) + SPEAKING_MINUTES * 60_000) : undefined;
}
