/**
 * The agenda parser's line recognizers (agenda-parser.ts walks the lines and decides): a numbered
 * item line («Sak 3. …», «3. …», «**7. …**») with its title and inline description, the shapes of
 * sub-points (bullets, letters, «3.1»), the agenda heading, the end markers and a line's indent.
 */
import { cleanInline, hasText, MONTHS, MONTHS_EN } from './agenda-text';

export interface Candidate {
  number: number;
  title: string;
  description: string;
  strong: boolean;
}

const SAK_RE = /^(?:sak|item|punkt)\s*(\d{1,3})(?:\/\d{2,4})?(?:\s*[.):–-]\s*|\s+)/i;
const REPEATED_SAK_RE = /^[*_\s]*(?:sak|item)\s*(\d{1,3})(?!\d)\s*[.):–-]?\s*/i;
const NUM_RE = /^(\d{1,3})[.)](?:\s+|(?=[^\d\s.)]))/;
const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTHS}|${MONTHS_EN})(?![\\p{L}])`, 'iu');
export const BULLET_RE = /^[-*+•·▪◦‣–—]\s+/;
export const LETTER_RE = /^\(?(?:[a-zæøå]|ii|iii|iv|vi|vii|viii|ix)[.)]\s+/;
/** "3.1 Budsjett": a numbered sub-point, kept with its number because minutes refer to it. */
export const SUBNUM_RE = /^\d{1,2}\.\d{1,2}\.?\s+/;
export const AGENDA_HEADING_RE = /^(?:sakskart|saksliste|sakliste|dagsorden|agenda)(?:[\s,–-]+(?:til|for|fra|i|ved|møte|\d).*)?\s*:?$/i;
export const END_MARKER_RE =
  /^(?:inviterte|med vennlig hilsen|vennlig hilsen|mvh|frammøtte|fremmøtte|til stede|forfall|invited|kind regards|best regards)\s*[:.,!]?$/i;

/** "**Sak 3. Tittel.** Forklaring …" → ["Sak 3. Tittel.", " Forklaring …"]: the bold part is the title. */
function splitBoldLead(s: string): [string, string] {
  const m = /^(\*\*|__)(.+?)\1(.*)$/.exec(s);
  return m && hasText(m[3]) ? [m[2], m[3]] : [s, ''];
}

/** A numbered line ("1. …", "Sak 1. …", "**7. …**") or null. */
export function parseCandidate(body: string, heading: boolean): Candidate | null {
  const boldLead = /^(\*\*|__)/.test(body);
  const split = splitBoldLead(body);
  // "**1.** Tittel": a bold part without letters is only the number, not the title.
  const [head, tail] = /\p{L}/u.test(split[0]) ? split : [body, ''];
  const s = head.replace(/^[*_\s]+/, '');
  const sak = SAK_RE.exec(s);
  const num = sak ?? NUM_RE.exec(s);
  if (!num) return null;
  const number = Number(num[1]);
  let rest = s.slice(num[0].length);
  // "**8. Sak 8. Runden– …**": the number is written twice; keep it once.
  const again = REPEATED_SAK_RE.exec(rest);
  if (again && Number(again[1]) === number && /\p{L}/u.test(rest.slice(again[0].length))) rest = rest.slice(again[0].length);
  let [title, description] = splitBoldLead(rest.replace(/^\s+/, ''));
  title = cleanInline(title);
  description = cleanInline(`${description} ${tail}`);
  if (!title && description) [title, description] = [description, ''];
  // "4. juni …" is a date, not item 4; a title needs at least one letter.
  if (number < 1 || !/\p{L}/u.test(title) || (!sak && STARTS_WITH_MONTH.test(title))) return null;
  return { number, title, description, strong: heading || boldLead || sak !== null };
}

export const indentOf = (line: string): number => {
  let n = 0;
  for (const ch of line) {
    if (ch === '\t') n += 4;
    else if (/\s/.test(ch)) n += 1;
    else break;
  }
  return n;
};
