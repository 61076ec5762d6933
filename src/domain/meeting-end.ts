import { sameOrganization } from './keys';
import { bump } from './meeting-flow';
import type { Input, MeetingData } from './meeting-types';
import type { RosterMember } from './roster';

/*
 * The end of a meeting and its undoing (#15 §2), pure: who was not heard before `avslutt`, and
 * `gjenåpne møte` for a meeting ended by mistake.
 */

/**
 * The roster's organizations (roster order) that have neither had the word in the round table nor
 * sent input for the meeting. The one speaking now counts as heard.
 */
export function unheardOrganizations(roster: readonly RosterMember[], inputs: readonly Input[], meeting: MeetingData): string[] {
  const round = meeting.run?.round;
  const spoke = round ? round.order.filter((_, i) => round.outcome[i] === 'spoken' || i === round.index) : [];
  const orgs: string[] = [];
  for (const m of roster) if (m.organization.trim() && !orgs.some((o) => sameOrganization(o, m.organization))) orgs.push(m.organization.trim());
  const heard = (o: string) => spoke.some((s) => sameOrganization(s, o)) || inputs.some((c) => sameOrganization(c.organization, o));
  return orgs.filter((o) => !heard(o));
}

export type Reopen = { ok: true; meeting: MeetingData } | { ok: false; reason: 'locked' | 'not-ended' };

/**
 * Reopens an ended meeting at the item where it ended; the input deadline it got stays. Locked
 * minutes (approved, or locked by the secretariat) stay closed.
 */
export function reopenMeeting(meeting: MeetingData): Reopen {
  if (meeting.state === 'locked') return { ok: false, reason: 'locked' };
  if (meeting.state !== 'ended') return { ok: false, reason: 'not-ended' };
  const { endedAt: _ended, ...rest } = meeting;
  const currentItem = meeting.currentItem ?? meeting.agenda.at(-1)?.number;
  return { ok: true, meeting: bump({ ...rest, state: 'in-progress' }, currentItem === undefined ? {} : { currentItem }) };
}
