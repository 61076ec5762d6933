import { itemPlace } from './agenda-parts';
import { orgKey, personKey, sameOrganization } from './keys';
import { parseNorwegianDate } from './meeting';
import type { RosterMember } from './roster';
import { fullName } from './roster-import';

/*
 * Follow-ups ("oppfølgingspunkter", #18 §1): written during a meeting on an item, owned by a person
 * on the roster or by an organization, with an optional deadline. They belong to the group, not to
 * the meeting: status and history go with them from meeting to meeting until done or dropped.
 */

/** Åpen · Utført · Videreføres · Utgår. Open and carried forward are still open. */
export type FollowUpStatus = 'open' | 'done' | 'carried' | 'dropped';

export type FollowUpOwner = { kind: 'person'; memberId: string; name: string; organization: string } | { kind: 'organization'; organization: string };

/** One status change: who (display name), when (ISO), and in which meeting when it was marked during one. */
export interface FollowUpEvent {
  status: FollowUpStatus;
  at: string;
  by: string;
  meetingId?: string;
}

export interface FollowUp {
  followUpId: string;
  groupId: string;
  /** The meeting and item it was written on. */
  meetingId: string;
  meetingDate: string;
  item: number;
  /** In a meeting in parts (#17 §1.8): the item's part (from 1) and its number there, as the documents print it. */
  itemPart?: number;
  itemShown?: number;
  itemTitle: string;
  text: string;
  owner?: FollowUpOwner;
  /** yyyy-mm-dd */
  due?: string;
  status: FollowUpStatus;
  /** Oldest first; the first entry is its creation (status open). */
  history: FollowUpEvent[];
  createdAt: string;
  createdBy: string;
}

export const MAX_FOLLOW_UP_LENGTH = 1000;

export type ParsedFollowUp =
  | { ok: true; text: string; owner?: string; due?: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'bad-date' | 'past-date' | 'empty-owner'; value?: string };

const OWNER = '(?:ansvar(?:lig)?|owner)';
const DUE = '(?:frist|due)';
const TRAIL = /[\s.,;]+$/;

/**
 * `<tekst> [ansvar <navn eller organisasjon>] [frist dd.mm.åååå]`, the two clauses in either order at
 * the end; the last «ansvar»/«frist» counts, so the text itself may use the words. `today` is the Oslo
 * date (yyyy-mm-dd): a deadline before it is refused, as is one that is not a real date.
 */
export function parseFollowUp(input: string, today: string): ParsedFollowUp {
  let rest = input.trim();
  let owner: string | undefined;
  let due: string | undefined;
  for (let round = 0; round < 2; round++) {
    const dueMatch = new RegExp(`^([\\s\\S]*)(?:^|[\\s,;]+)${DUE}\\s*:?\\s+([^\\n]*?)\\s*$`, 'i').exec(rest);
    if (dueMatch && due === undefined && !new RegExp(`(?:^|\\s)${OWNER}\\s*:?\\s`, 'i').test(dueMatch[2])) {
      due = dueMatch[2].replace(TRAIL, '');
      rest = dueMatch[1];
      continue;
    }
    const ownerMatch = new RegExp(`^([\\s\\S]*)(?:^|[\\s,;]+)${OWNER}\\s*:?\\s+([^\\n]*?)\\s*$`, 'i').exec(rest);
    if (ownerMatch && owner === undefined && !new RegExp(`(?:^|\\s)${DUE}\\s*:?\\s`, 'i').test(ownerMatch[2])) {
      owner = ownerMatch[2].replace(TRAIL, '');
      rest = ownerMatch[1];
      continue;
    }
    break;
  }
  const text = rest.replace(TRAIL, '').trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'empty' };
  if (text.length > MAX_FOLLOW_UP_LENGTH) return { ok: false, reason: 'too-long' };
  if (owner !== undefined && !/[\p{L}\p{N}]/u.test(owner)) return { ok: false, reason: 'empty-owner' };
  let dueIso: string | undefined;
  if (due !== undefined) {
    dueIso = parseNorwegianDate(due);
    if (!dueIso) return { ok: false, reason: 'bad-date', value: due };
    if (dueIso < today) return { ok: false, reason: 'past-date', value: due };
  }
  return { ok: true, text, ...(owner ? { owner } : {}), ...(dueIso ? { due: dueIso } : {}) };
}

export type OwnerMatch = { kind: 'found'; owner: FollowUpOwner } | { kind: 'none' } | { kind: 'many'; names: string[] };

/**
 * The owner a name stands for on the roster, by the rules used everywhere (keys.ts): a person's full
 * name, else an organization; exact first, then a unique partial match. Several candidates: ambiguous.
 */
export function resolveOwner(wanted: string, roster: readonly RosterMember[]): OwnerMatch {
  const person = personKey(wanted);
  const org = orgKey(wanted);
  const organizations = [...new Map(roster.map((m) => [orgKey(m.organization), m.organization])).values()];
  const asPerson = (m: RosterMember): FollowUpOwner => ({ kind: 'person', memberId: m.id, name: fullName(m), organization: m.organization });
  const asOrg = (o: string): FollowUpOwner => ({ kind: 'organization', organization: o });
  const exactPeople = roster.filter((m) => personKey(fullName(m)) === person);
  const exactOrgs = organizations.filter((o) => orgKey(o) === org);
  const exact = [...exactPeople.map(asPerson), ...exactOrgs.map(asOrg)];
  const partial = exact.length
    ? exact
    : person.length < 2
      ? []
      : [...roster.filter((m) => personKey(fullName(m)).includes(person)).map(asPerson), ...organizations.filter((o) => orgKey(o).includes(org)).map(asOrg)];
  if (partial.length === 0) return { kind: 'none' };
  if (partial.length > 1) return { kind: 'many', names: partial.slice(0, 8).map(ownerName) };
  return { kind: 'found', owner: partial[0] };
}

/** «Kari Nordmann (Asker kommune)» or «Asker kommune». */
export function ownerName(owner: FollowUpOwner): string {
  return owner.kind === 'person' ? `${owner.name} (${owner.organization})` : owner.organization;
}

export const isOpen = (f: Pick<FollowUp, 'status'>): boolean => f.status === 'open' || f.status === 'carried';

/** Whether this roster member owns it: personally, or through the organization they speak for. */
export function ownedBy(f: FollowUp, member: RosterMember | undefined): boolean {
  if (!member || !f.owner) return false;
  return f.owner.kind === 'person' ? f.owner.memberId === member.id : sameOrganization(f.owner.organization, member.organization);
}

/** A new open follow-up with its first history entry. */
export function newFollowUp(args: Omit<FollowUp, 'status' | 'history'>): FollowUp {
  return { ...args, status: 'open', history: [{ status: 'open', at: args.createdAt, by: args.createdBy, meetingId: args.meetingId }] };
}

/** Sets the status, recording who and when; the same status again changes nothing (a second click). */
export function setStatus(f: FollowUp, status: FollowUpStatus, by: string, at: string, meetingId?: string): { changed: boolean; followUp: FollowUp } {
  if (f.status === status) return { changed: false, followUp: f };
  const event: FollowUpEvent = { status, at, by, ...(meetingId ? { meetingId } : {}) };
  return { changed: true, followUp: { ...f, status, history: [...f.history, event] } };
}

/** Open first by deadline (none last), then by when they were written. */
export function byDeadline(a: FollowUp, b: FollowUp): number {
  return (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt.localeCompare(b.createdAt);
}

/** Where the documents print the item a follow-up is written on, in a meeting in parts (#17 §1.8); nothing in one part. */
export function followUpPlace(meeting: Parameters<typeof itemPlace>[0], item: number): Pick<FollowUp, 'itemPart' | 'itemShown'> {
  const place = itemPlace(meeting, item);
  return place?.part ? { itemPart: place.part, itemShown: place.shown } : {};
}
