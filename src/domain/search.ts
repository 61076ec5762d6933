import { stripBidi } from './text';

/**
 * Search over a group's stored texts (#18 §3): Norwegian folding, words, excerpts. Pure: the use
 * case reads the documents and hands their texts here.
 */

export const MIN_QUERY_LETTERS = 2;
export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 10;
const EXCERPT_RADIUS = 60;

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'aa', ä: 'ae', ö: 'o', ß: 'ss' };

/** One character folded: case, æ/ae, ø/o, å/aa, accents off (é → e); invisible characters out. */
function foldChar(c: string): string {
  const lower = c.toLocaleLowerCase('nb');
  if (FOLD[lower] !== undefined) return FOLD[lower];
  if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(lower)) return '';
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The text folded for matching, with the index in the original of each folded character. */
export function foldWithMap(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let i = 0;
  for (const c of text.normalize('NFC')) {
    const f = foldChar(c);
    folded += f;
    for (let k = 0; k < f.length; k++) at.push(i);
    i += c.length;
  }
  return { folded, at };
}

/**
 * The same folding on a whole string at once (the fast path: every text is folded per search, and
 * only a hit shown needs the index map for its excerpt). Plain ASCII skips Unicode normalization.
 */
export function fold(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  // Norwegian letters only beside ASCII (most texts): no normalization needed either.
  if (!/[^\x00-\x7fæøåÆØÅ]/.test(text)) return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa');
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

/** Whether every word occurs in the text (folded). */
export const matches = (text: string, words: readonly string[]): boolean => {
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
};

export type ParsedQuery = { ok: true; words: string[]; page: number } | { ok: false; reason: 'short' | 'long' };

/** `<ord> [side n]`: the folded words (each must occur), the page (1 when not given). */
export function parseQuery(raw: string): ParsedQuery {
  if (raw.length > MAX_QUERY_LENGTH + 12) return { ok: false, reason: 'long' };
  const { rest, page } = parsePage(raw);
  const clean = stripBidi(rest).trim();
  if (clean.length > MAX_QUERY_LENGTH) return { ok: false, reason: 'long' };
  const words = [
    ...new Set(
      fold(clean)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
  const letters = words.join('').length;
  if (letters < MIN_QUERY_LETTERS) return { ok: false, reason: 'short' };
  return { ok: true, words, page };
}

/** A trailing «side 2» / «page 2» asks for that page; the rest is the query. */
export function parsePage(raw: string): { rest: string; page: number } {
  const m = /^(.*?)\s*(?:^|\s)(?:side|page)\s+(\d{1,4})\s*$/isu.exec(raw);
  if (!m) return { rest: raw, page: 1 };
  return { rest: m[1] ?? '', page: Math.max(1, Number(m[2])) };
}

/** Whether every word occurs in the text; then a short excerpt around the first word's first match. */
export function matchExcerpt(text: string, words: readonly string[]): string | undefined {
  if (!matches(text, words)) return undefined;
  const { folded, at } = foldWithMap(text);
  let first = -1;
  let firstLength = 0;
  for (const w of words) {
    const i = folded.indexOf(w);
    if (i < 0) return undefined;
    if (first < 0) {
      first = i;
      firstLength = w.length;
    }
  }
  const start = at[first] ?? 0;
  const end = (at[first + firstLength - 1] ?? start) + 1;
  return excerpt(text, start, end);
}

/** The text around [start, end), cut at word boundaries, one line. */
export function excerpt(text: string, start: number, end: number, radius = EXCERPT_RADIUS): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space > -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** A text cut to at most `max` characters (at a word when it can), one line. */
export function shorten(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max);
  return `${line.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** The slice of `rows` on page `page` (1-based), and how many pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}
