import type { MeetingLinks } from './meeting-types';
import { parseNorwegianDate } from './meeting';

/** The link kinds of `lenke` / `link` and the words each answers to (Bokmål, nynorsk, English). */
export const LINK_WORDS: Record<keyof MeetingLinks, string[]> = {
  documents: ['sakspapirer', 'sakspapir', 'underlag', 'documents', 'papers'],
  presentations: ['presentasjoner', 'presentasjonar', 'presentations', 'slides'],
  teams: ['teams', 'møtelenke', 'meeting'],
};
const CLEAR = /^(av|fjern|off|remove|-)$/i;
const MAX_URL = 2000;

export type LinkArgs =
  | { ok: true; kind: keyof MeetingLinks; url: string | undefined; date?: string }
  | { ok: false; reason: 'kind'; word: string }
  | { ok: false; reason: 'missing' | 'url' | 'date'; word: string };

/**
 * `<sakspapirer|presentasjoner|teams> <url>|av [dd.mm.åååå]`. A URL is stored only when it is an
 * absolute http(s) URL; it is normalized by the URL parser and the characters that close a Markdown
 * link or a quoted attribute are percent-encoded, so every writer can print it as a link safely.
 */
export function parseLinkArgs(args: string): LinkArgs {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const kindWord = (words[0] ?? '').toLocaleLowerCase('nb');
  const kind = (Object.keys(LINK_WORDS) as (keyof MeetingLinks)[]).find((k) => LINK_WORDS[k].includes(kindWord));
  if (!kind) return { ok: false, reason: 'kind', word: words[0] ?? '' };
  const value = words[1];
  if (!value) return { ok: false, reason: 'missing', word: kindWord };
  let date: string | undefined;
  if (words[2] !== undefined) {
    date = parseNorwegianDate(words[2]);
    if (!date || words.length > 3) return { ok: false, reason: 'date', word: words.slice(2).join(' ') };
  }
  if (CLEAR.test(value)) return { ok: true, kind, url: undefined, date };
  const url = safeUrl(value);
  return url ? { ok: true, kind, url, date } : { ok: false, reason: 'url', word: value };
}

/** An absolute http(s) URL made safe to print as a link in Markdown, HTML, XML and PDF; undefined otherwise. */
export function safeUrl(text: string): string | undefined {
  if (text.length > MAX_URL || !/^https?:\/\//i.test(text)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return undefined;
  return parsed.href.replace(/[()[\]*'"<>\s\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
