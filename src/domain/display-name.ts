import type { RosterMember } from './roster';
import { stripBidi } from './text';

/*
 * Teams display names against roster names (issue #15 §1), tolerantly and without guessing.
 * Norwegian tenants write the same person as "Kari Nordmann", "Nordmann, Kari Marie",
 * "Kari Nordmann (Hamar kommune)", "Kari Nordmann (Gjest)", "KARI.NORDMANN", "Kåre"/"Kaare".
 * Pure: the rule for which match may link whom is in identity.ts.
 */

/** Letters written differently in names: å/aa, æ/ae/ä, ø/oe/ö, ü/ue, é/e (accents dropped), case. */
export function foldName(s: string): string {
  return stripBidi(s)
    .toLocaleLowerCase('nb')
    .replace(/å/g, 'aa')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const tokens = (s: string): string[] =>
  foldName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The name's words in the order given name(s) … family name(s), folded. Notes in parentheses or
 * brackets are not part of the name: "(Gjest)", "(Guest)", "(Ekstern)", "(External)", "(Hamar kommune)".
 * "Etternavn, Fornavn Mellomnavn" is turned round at its comma.
 */
export function displayNameWords(displayName: string): string[] {
  const bare = stripBidi(displayName)
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .trim();
  const comma = bare.indexOf(',');
  if (comma < 0) return tokens(bare);
  return [...tokens(bare.slice(comma + 1)), ...tokens(bare.slice(0, comma))];
}

export const rosterNameWords = (m: Pick<RosterMember, 'firstName' | 'lastName'>): string[] => [...tokens(m.firstName), ...tokens(m.lastName)];

export type NameMatch = 'exact' | 'partial' | 'none';

/**
 * exact: the same words in the same order (after folding); partial: the first given name and the
 * last family name agree but a middle name is missing, extra or different.
 */
export function compareNameWords(a: readonly string[], b: readonly string[]): NameMatch {
  if (a.length === 0 || b.length === 0) return 'none';
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 'exact';
  if (a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]) return 'partial';
  return 'none';
}

/** The index key every exact and partial match of a name shares: first given name and last family name, folded. */
export function looseNameKey(words: readonly string[]): string | undefined {
  return words.length ? `${words[0]} ${words[words.length - 1]}` : undefined;
}

/** The roster members a Teams display name names: exact matches, else partial ones. */
export function nameCandidates<M extends Pick<RosterMember, 'firstName' | 'lastName'>>(
  displayName: string,
  roster: readonly M[],
): { exact: M[]; partial: M[] } {
  const words = displayNameWords(displayName);
  const exact: M[] = [];
  const partial: M[] = [];
  for (const m of roster) {
    const match = compareNameWords(words, rosterNameWords(m));
    if (match === 'exact') exact.push(m);
    else if (match === 'partial') partial.push(m);
  }
  return { exact, partial };
}

/** E-mail addresses and UPNs compare without case and surrounding space. */
export const sameAddress = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
