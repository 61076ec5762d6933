import { personKey } from './keys';
import type { GroupRole, RosterMember } from './roster';
import { stripBidi } from './text';

/**
 * Roster import from pasted lines in the seeds' two shapes:
 *   Fornavn⇥Etternavn⇥Organisasjon[⇥e-post]   (the notices' "Inviterte" table)
 *   Navn⇥Kommune/Region                       (the minutes' "Frammøtte" table)
 * Columns are separated by a tab or by two or more spaces. Header rows and blank lines are skipped.
 */
export type RefusalReason =
  | { code: 'one-column' }
  | { code: 'too-many-columns'; count: number }
  | { code: 'bad-email'; value: string }
  | { code: 'empty-field' }
  | { code: 'too-long' }
  | { code: 'duplicate'; firstLine: number };

export interface RefusedLine {
  lineNumber: number;
  line: string;
  reason: RefusalReason;
}

export interface ParsedRoster {
  members: RosterMember[];
  refused: RefusedLine[];
  /** Roles written as notes on the lines ("(møteleder)"), by member id. */
  roles: Record<string, GroupRole[]>;
}

const HEADER = /^(fornavn\s+etternavn\s+organisasjon|navn\s+kommune\s*\/\s*region|first\s*name\s+last\s*name\s+organi[sz]ation|name\s+organi[sz]ation)\b/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_FIELD = 200;

/** The stable id of a person: the same name always maps to the same member. */
export function memberId(firstName: string, lastName: string): string {
  // personKey's words joined by '-': the ids stored so far, unchanged.
  return `m-${personKey(`${firstName} ${lastName}`).replace(/ /g, '-')}`;
}

/** Notes in parentheses that are roles; every other note stays a note on the member. */
const ROLE_NOTES: Record<string, GroupRole> = {
  møteleder: 'chair',
  moteleder: 'chair',
  leder: 'chair',
  chair: 'chair',
  sekretariat: 'secretariat',
  sekretariatet: 'secretariat',
  sekretær: 'secretariat',
  sekretaer: 'secretariat',
  referent: 'secretariat',
  secretariat: 'secretariat',
  secretary: 'secretariat',
};

/** A name column without its parenthesized notes (set apart by spaces): "Kari Nordmann (møteleder, vara)" → name, roles, notes. */
export function splitNotes(column: string): { text: string; roles: GroupRole[]; notes: string[] } {
  const roles: GroupRole[] = [];
  const notes: string[] = [];
  const text = column
    // A note stands apart ("Nordmann (vara)"); "alert(1)" is text, not a note.
    .replace(/(?<=^|\s)\(([^()]*)\)(?=\s|$)/g, (_, inner: string) => {
      for (const part of inner
        .split(/[,;]/)
        .map((p) => p.trim().replace(/\s+/g, ' '))
        .filter(Boolean)) {
        const role = ROLE_NOTES[part.toLocaleLowerCase('nb')];
        if (role) {
          if (!roles.includes(role)) roles.push(role);
        } else notes.push(part);
      }
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, roles, notes };
}

function splitColumns(line: string): string[] {
  const parts = line.includes('\t') ? line.split('\t') : line.split(/ {2,}/);
  return parts.map((p) => p.trim()).filter((p, i, all) => p !== '' || (i > 0 && i < all.length - 1));
}

export function parseRosterLines(text: string): ParsedRoster {
  const members: RosterMember[] = [];
  const refused: RefusedLine[] = [];
  const roles: Record<string, GroupRole[]> = {};
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = stripBidi(raw)
      .replace(/\u00a0/g, ' ')
      .trimEnd();
    if (line.trim() === '' || HEADER.test(line.trim())) return;
    const refuse = (reason: RefusalReason) => refused.push({ lineNumber, line: line.trim(), reason });
    const cols = splitColumns(line.trim());
    if (cols.some((c) => c === '')) return refuse({ code: 'empty-field' });
    if (cols.some((c) => c.length > MAX_FIELD)) return refuse({ code: 'too-long' });
    let firstName: string, lastName: string, organization: string, email: string | undefined;
    const lineRoles: GroupRole[] = [];
    const lineNotes: string[] = [];
    /** A name column without its notes, which go to the line's roles and notes. */
    const name = (column: string): string => {
      const split = splitNotes(column);
      for (const r of split.roles) if (!lineRoles.includes(r)) lineRoles.push(r);
      lineNotes.push(...split.notes);
      return split.text;
    };
    if (cols.length === 1) return refuse({ code: 'one-column' });
    if (cols.length === 2) {
      const clean = name(cols[0]);
      if (clean === '') return refuse({ code: 'empty-field' });
      const words = clean.split(/\s+/);
      if (words.length < 2) return refuse({ code: 'one-column' });
      lastName = words.pop() as string;
      firstName = words.join(' ');
      organization = cols[1];
    } else if (cols.length === 3 || cols.length === 4) {
      [firstName, lastName, organization, email] = cols;
      firstName = name(firstName);
      lastName = name(lastName);
      if (firstName === '' || lastName === '') return refuse({ code: 'empty-field' });
      if (email !== undefined && !EMAIL.test(email)) return refuse({ code: 'bad-email', value: email });
    } else {
      return refuse({ code: 'too-many-columns', count: cols.length });
    }
    const id = memberId(firstName, lastName);
    const first = seen.get(id);
    if (first !== undefined) return refuse({ code: 'duplicate', firstLine: first });
    seen.set(id, lineNumber);
    members.push({
      id,
      firstName,
      lastName,
      organization,
      ...(email ? { email: email.toLowerCase() } : {}),
      ...(lineNotes.length ? { note: lineNotes.join(', ') } : {}),
    });
    if (lineRoles.length) roles[id] = lineRoles;
  });
  return { members, refused, roles };
}

export interface RosterMerge {
  members: RosterMember[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Adds new people and updates changed ones; people not in the paste stay (removal is explicit). */
export function mergeRoster(existing: RosterMember[], incoming: RosterMember[]): RosterMerge {
  const byId = new Map(existing.map((m) => [m.id, m]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const m of incoming) {
    const old = byId.get(m.id);
    if (!old) {
      byId.set(m.id, m);
      added++;
      continue;
    }
    // The note is the one the list writes now: a line without one clears it.
    const { note: oldNote, ...kept } = old;
    const next: RosterMember = {
      ...kept,
      firstName: m.firstName,
      lastName: m.lastName,
      organization: m.organization,
      email: m.email ?? old.email,
      ...(m.note ? { note: m.note } : {}),
    };
    if (
      next.organization === old.organization &&
      next.email === old.email &&
      next.firstName === old.firstName &&
      next.lastName === old.lastName &&
      next.note === oldNote
    ) {
      unchanged++;
    } else {
      byId.set(m.id, next);
      updated++;
    }
  }
  return { members: [...byId.values()], added, updated, unchanged };
}

export function fullName(m: Pick<RosterMember, 'firstName' | 'lastName'>): string {
  return `${m.firstName} ${m.lastName}`;
}
