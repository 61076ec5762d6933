import type { AttendanceEntry } from './meeting-types';
import type { RosterMember } from './roster';
import { fullName } from './roster-import';
import { personKey } from './keys';

/**
 * Attendance ("frammøtte"), pure: who is present or has sent apologies, by roster member.
 * Secretariat staff are kept apart (entry.secretariat → "Fra sekretariatet møtte").
 */

export const SECRETARIAT_ORGANIZATION = 'Sekretariatet';

/** The key of a person's entry: the roster member id, else the linked Teams user, else the name. */
export function attendanceKey(person: { member?: RosterMember; aadObjectId?: string; name: string }): string {
  if (person.member) return person.member.id;
  if (person.aadObjectId) return `aad:${person.aadObjectId}`;
  return `name:${personKey(person.name)}`;
}

export interface Attendee {
  member?: RosterMember;
  aadObjectId?: string;
  name: string;
  secretariat: boolean;
}

/** The entry for a person: roster name and organization; secretariat staff under the secretariat. */
export function entryFor(person: Attendee, status: AttendanceEntry['status']): AttendanceEntry {
  const name = person.member ? fullName(person.member) : person.name.trim();
  const organization = person.member?.organization ?? SECRETARIAT_ORGANIZATION;
  return { name, organization, status, secretariat: person.secretariat };
}

export interface AttendanceChange {
  attendance: Record<string, AttendanceEntry>;
  changed: boolean;
}

/** Sets one person's entry; unchanged when it already says the same. */
export function setAttendance(
  attendance: Record<string, AttendanceEntry>,
  person: Attendee,
  status: AttendanceEntry['status'],
  reason?: string,
): AttendanceChange {
  const key = attendanceKey(person);
  const why = status === 'apologies' ? reason?.replace(/\s+/g, ' ').trim().slice(0, 200) : undefined;
  const entry = { ...entryFor(person, status), ...(why ? { reason: why } : {}) };
  const old = attendance[key];
  if (
    old &&
    old.status === entry.status &&
    old.name === entry.name &&
    old.organization === entry.organization &&
    old.secretariat === entry.secretariat &&
    old.reason === entry.reason
  ) {
    return { attendance, changed: false };
  }
  return { attendance: { ...attendance, [key]: entry }, changed: true };
}

/**
 * A participant of a Teams meeting event on the roster: by linked AAD id first, then by a full
 * name that matches exactly one unlinked member.
 */
export function matchParticipant(roster: readonly RosterMember[], who: { aadObjectId?: string; name?: string }): RosterMember | undefined {
  if (who.aadObjectId) {
    const linked = roster.find((m) => m.aadObjectId === who.aadObjectId);
    if (linked) return linked;
  }
  if (!who.name) return undefined;
  const wanted = personKey(who.name);
  const byName = roster.filter((m) => !(who.aadObjectId && m.aadObjectId) && personKey(fullName(m)) === wanted);
  return byName.length === 1 ? byName[0] : undefined;
}

export type NameMatch = { kind: 'one'; member: RosterMember } | { kind: 'none' } | { kind: 'many'; members: RosterMember[] };

/** A name typed by the secretariat ("til stede Didrik Aasland"): the full name, else a unique part of one. */
export function matchName(roster: readonly RosterMember[], text: string): NameMatch {
  const wanted = personKey(text);
  if (!wanted) return { kind: 'none' };
  const exact = roster.filter((m) => personKey(fullName(m)) === wanted);
  const candidates = exact.length ? exact : roster.filter((m) => personKey(fullName(m)).includes(wanted));
  if (candidates.length === 1) return { kind: 'one', member: candidates[0] };
  return candidates.length === 0 ? { kind: 'none' } : { kind: 'many', members: candidates };
}

export interface AttendanceSummary {
  /** Members present (not secretariat), in roster order. */
  present: AttendanceEntry[];
  apologies: AttendanceEntry[];
  secretariat: AttendanceEntry[];
}

/** The entries grouped for cards and the summary, members in roster order, others after by name. */
export function summarizeAttendance(attendance: Record<string, AttendanceEntry>, roster: readonly RosterMember[]): AttendanceSummary {
  const position = new Map(roster.map((m, i) => [personKey(fullName(m)), i]));
  const rank = (e: AttendanceEntry) => position.get(personKey(e.name)) ?? Number.MAX_SAFE_INTEGER;
  const sorted = Object.values(attendance).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb'));
  return {
    present: sorted.filter((e) => e.status === 'present' && !e.secretariat),
    apologies: sorted.filter((e) => e.status === 'apologies'),
    secretariat: sorted.filter((e) => e.status === 'present' && e.secretariat),
  };
}
