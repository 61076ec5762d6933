/**
 * Short organization names for the round table's headings (#17 §1.3): the group's minutes write
 * «Kari fra Ringeriksregionen:» where the roster says «Ringerike kommune». A short name belongs to an
 * organization, not to a person, so it is a group setting (`innstilling kortnavn <organisasjon> =
 * <kortnavn>`) keyed by the organization, set once and kept when the Inviterte list is pasted again
 * (that list, copied from the notice, has no such column). Groups stored before have none: every
 * heading falls back to the organization's full name. Pure.
 */
import { orgKey } from './keys';

/** By orgKey(organization): the organization as the roster writes it, and its short name. */
export type ShortNames = Record<string, { organization: string; short: string }>;

export const MAX_SHORT_NAME = 60;

export type ShortNameArgs =
  { kind: 'set'; organization: string; short: string } | { kind: 'clear'; organization: string } | { kind: 'list' } | { kind: 'usage' } | { kind: 'too-long' };

const CLEAR = /^(av|off|fjern|remove|-)$/i;

/** «Ringerike kommune = Ringeriksregionen», «Ringerike kommune av», or nothing (the list). */
export function parseShortNameArgs(raw: string): ShortNameArgs {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { kind: 'list' };
  const eq = /^(.+?)\s*=\s*(.*)$/.exec(text);
  if (eq) {
    const [organization, short] = [eq[1].trim(), eq[2].trim()];
    if (CLEAR.test(short)) return { kind: 'clear', organization };
    if (!/\p{L}/u.test(short)) return { kind: 'usage' };
    return short.length > MAX_SHORT_NAME ? { kind: 'too-long' } : { kind: 'set', organization, short };
  }
  const off = /^(.+?)\s+(av|off|fjern|remove)$/i.exec(text);
  return off ? { kind: 'clear', organization: off[1].trim() } : { kind: 'usage' };
}

/** The roster's spelling of an organization typed in any case or spacing; undefined when no member has it. */
export function rosterOrganization(organizations: readonly string[], typed: string): string | undefined {
  const key = orgKey(typed);
  return key ? organizations.find((o) => orgKey(o) === key)?.trim() : undefined;
}

/** The short name of an organization, when the group has set one. */
export function shortNameOf(shortNames: ShortNames | undefined, organization: string): string | undefined {
  return shortNames?.[orgKey(organization)]?.short;
}
