/**
 * Turns agenda text pasted by the secretariat ("sakskart") into numbered items with sub-points.
 * Pure: no I/O, no Teams or Cosmos. The shapes it reads are the seeds' (BRIEF §5): "Sak 1. …",
 * "1. …", "- 1. …**", "**7. …**", "### 3. …", sub-points "- …", "a. …", "b) …" and plain lines.
 *
 * Sub-points versus prose (the seeds paste whole notices and minutes, not tidy lists):
 * - bullet, lettered ("a.", "b)"), "3.1" and indented numbered lines under an item are
 *   sub-points, also after a blank line; nested levels are flattened;
 * - the first plain paragraph after an item (consecutive lines, joined) is one description
 *   sub-point, but only while the item has no sub-point yet;
 * - any later plain paragraph or an unnumbered heading switches the item to prose: nothing more
 *   is collected as a sub-point until the next item; the lines go to the item's description.
 *   This keeps seed 004's member texts out of item 4's sub-points. A table row (tab) or an end
 *   marker ("Inviterte", "Med vennlig hilsen") ends the item: what follows is unplaced.
 * - in prose, a numbered line opens an item only if its number is higher than the current one
 *   or it is marked as an item (heading, bold, "Sak N"): "1. Merkevarebygging: …" inside an
 *   update is text, "5. Eventuelt" after it is the next item.
 * - a line such as "Sakskart til møte …" starts the agenda: numbered lines before it (the
 *   notice's "Sak 4. Forberede …") are dropped; two agendas that both have items are an error
 *   because a wrong guess would silently set another group's agenda, unless each has its own time
 *   line («Kl. 09:00-09:30»): then they are the parts of one meeting (agenda-parts.ts, #17 §1.8).
 * Sub-points are not capped in number: the 20 000 character limit already bounds the size.
 *
 * Nothing is dropped silently (#16 §2): a line that is not collected as a sub-point is kept
 * either in the `description` of the item above it (prose paragraphs, unnumbered headings, the
 * lower-numbered lines of an update) or in `unplaced`: lines before the first item, the agenda
 * heading, table rows, whatever follows an end marker, and every line of a part not chosen.
 */
import type { AgendaItem } from './agenda';
import { classifyAgendaTitle, cleanInline, hasText } from './agenda-text';
import { AGENDA_HEADING_RE, BULLET_RE, END_MARKER_RE, indentOf, LETTER_RE, parseCandidate, SUBNUM_RE, type Candidate } from './agenda-lines';
import { agendaErrorMessage, type AgendaParseErrorDetail } from './agenda-errors';
import { choosePart, parsePartTime, type AgendaPart } from './agenda-parts';

export { agendaErrorMessage, type AgendaParseErrorDetail } from './agenda-errors';
export { classifyAgendaTitle, cleanInline, renumberAgenda } from './agenda-text';

export const MAX_AGENDA_CHARS = 20_000;
export const MAX_AGENDA_ITEMS = 50;

/** The error with its Norwegian message; `agendaErrorMessage(error, 'en')` gives the English one. */
export type AgendaParseError = AgendaParseErrorDetail & { message: string };
/** A parsed item: `description` holds the item's prose (paragraphs, headings, lines of text) after its sub-points. */
export type ParsedAgendaItem = AgendaItem & { description: string[] };
/** `parts`: a meeting in parts (#17 §1.8); the items of every part but the last carry their part's index. */
export type AgendaParseResult = { ok: true; items: ParsedAgendaItem[]; unplaced: string[]; parts?: AgendaPart[] } | { ok: false; error: AgendaParseError };

/** The items as stored on a meeting: the description follows the sub-points, so cards and documents show every line. */
export function agendaToStore(items: readonly ParsedAgendaItem[]): AgendaItem[] {
  return items.map(({ description, ...item }) => ({ ...item, subPoints: [...item.subPoints, ...description] }));
}

const fail = (detail: AgendaParseErrorDetail): AgendaParseResult => ({
  ok: false,
  error: { ...detail, message: agendaErrorMessage(detail, 'nb') },
});

interface Draft {
  number: number;
  title: string;
  subPoints: string[];
  description: string[];
  indent: number;
}
interface Segment {
  heading?: string;
  /** «Kl. 09:00-09:30» right under the heading: the time of a part (#17 §1.8). */
  time?: { start: string; end: string };
  timeAt?: number; // the time line's index in `unplaced` (it is left out when the segment is not a part)
  items: Draft[];
  lines: string[]; // every line with text, for a part that is not chosen
  unplaced: string[]; // lines of this part that belong to no item
  byNumber: Map<number, Draft>;
  duplicate?: { number: number; titles: [string, string] };
}
interface Cursor {
  item: Draft;
  blank: boolean; // a blank line since the last collected line
  prose: boolean; // stop collecting sub-points until the next item
  lastWasSub: boolean; // the previous line was a sub-point (plain lines continue it)
  ended: boolean; // after an end marker or a table row: lines belong to no item until the next one
  paragraph: boolean; // the last description entry is a paragraph the next plain line continues
}

export function parseAgenda(text: string): AgendaParseResult {
  if (!text || !hasText(text)) return fail({ code: 'empty' });
  if (text.length > MAX_AGENDA_CHARS) return fail({ code: 'too-long', length: text.length, max: MAX_AGENDA_CHARS });

  const segments: Segment[] = [{ items: [], byNumber: new Map(), lines: [], unplaced: [] }];
  let cur: Cursor | null = null;

  const open = (c: Candidate, indent: number): Cursor => {
    const seg = segments[segments.length - 1];
    const prior = seg.byNumber.get(c.number);
    if (prior && !seg.duplicate) seg.duplicate = { number: c.number, titles: [prior.title, c.title] };
    const item: Draft = { number: c.number, title: c.title, subPoints: c.description ? [c.description] : [], description: [], indent };
    seg.items.push(item);
    if (!prior) seg.byNumber.set(c.number, item);
    return { item, blank: false, prose: false, lastWasSub: c.description !== '', ended: false, paragraph: false };
  };
  const unplace = (line: string): void => {
    segments[segments.length - 1].unplaced.push(line);
  };
  /** Prose of the current item: a plain line continues the paragraph above it; headings, bullets and numbered lines stand alone. */
  const describe = (c: Cursor, line: string, plain: boolean): void => {
    const d = c.item.description;
    if (plain && c.paragraph && !c.blank) d[d.length - 1] = `${d[d.length - 1]} ${line}`;
    else d.push(line);
    c.paragraph = plain;
    c.blank = false;
  };

  for (const raw of text.replace(/\r\n?|[\u2028\u2029]/g, '\n').split('\n')) {
    const indent = indentOf(raw);
    let body = raw.trim().replace(/^(?:>\s*)+/, '');
    const heading = /^#{1,6}\s/.test(body);
    if (heading) body = body.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
    const bullet = BULLET_RE.test(body);
    if (bullet) body = body.replace(BULLET_RE, '');
    const clean = cleanInline(body);
    if (!hasText(clean)) {
      // Blank lines, rules ("---") and empty bullets only separate paragraphs.
      if (cur) cur.blank = true;
      continue;
    }
    const candidate = parseCandidate(body, heading);
    const c = cur;

    if (candidate) {
      if (c && indent >= c.item.indent + 2) {
        // A numbered line indented under the item is a numbered sub-point.
        if (c.ended) unplace(clean);
        else if (c.prose) describe(c, clean, false);
        else c.item.subPoints.push(candidate.description ? `${candidate.title} ${candidate.description}` : candidate.title);
        c.blank = false;
        c.lastWasSub = !c.prose;
      } else if (!c || !c.prose || candidate.number > c.item.number || candidate.strong) {
        segments[segments.length - 1].lines.push(clean);
        cur = open(candidate, indent);
        continue;
      } else if (c.ended) {
        unplace(clean);
      } else {
        describe(c, clean, false); // "1. Merkevarebygging: …" inside an update is its text
      }
      segments[segments.length - 1].lines.push(clean);
      continue;
    }
    if (!bullet && clean.length <= 200 && AGENDA_HEADING_RE.test(clean)) {
      segments.push({ heading: clean, items: [], byNumber: new Map(), lines: [clean], unplaced: [clean] });
      cur = null;
      continue;
    }
    const seg = segments[segments.length - 1];
    const time = seg.heading !== undefined && !c && !seg.time ? parsePartTime(clean) : undefined;
    if (time) {
      seg.time = time;
      seg.timeAt = seg.unplaced.length;
      seg.lines.push(clean);
      seg.unplaced.push(clean);
      continue;
    }
    seg.lines.push(clean);
    if (!c || c.ended) {
      unplace(clean);
      continue;
    }
    const tableRow = raw.trim().includes('\t'); // a tab inside a line is a pasted table row (Inviterte, Frammøtte)
    if (tableRow || END_MARKER_RE.test(clean)) {
      c.prose = true;
      c.ended = true;
      unplace(clean);
    } else if (c.prose) {
      describe(c, clean, !heading && !bullet);
    } else if (heading) {
      c.prose = true;
      describe(c, clean, false);
    } else if (bullet || LETTER_RE.test(body) || SUBNUM_RE.test(body)) {
      const sub = cleanInline(body.replace(LETTER_RE, ''));
      if (sub) c.item.subPoints.push(sub);
      c.blank = false;
      c.lastWasSub = true;
    } else if (!c.blank && c.lastWasSub) {
      const subs = c.item.subPoints;
      subs[subs.length - 1] = `${subs[subs.length - 1]} ${clean}`; // a wrapped line continues its sub-point
    } else if (c.item.subPoints.length === 0) {
      c.item.subPoints.push(clean);
      c.blank = false;
      c.lastWasSub = true;
    } else {
      c.prose = true;
      describe(c, clean, true);
    }
  }

  const headings = segments.filter((s) => s.heading !== undefined);
  const choice = choosePart(headings.map((s) => ({ heading: s.heading ?? '', time: s.time, itemCount: s.items.length })));
  if (choice.kind === 'error') return fail(choice.detail);
  if (choice.kind === 'parts')
    return partsResult(
      segments,
      choice.segments.map((i) => headings[i]),
      choice.parts,
    );
  // Items after an agenda heading win over numbered lines before it (the notice's "Sak 4. Forberede …").
  const headed = headings.filter((s) => s.items.length > 0);
  if (headed.length > 1) return fail({ code: 'multiple-agendas', headings: headed.map((s) => s.heading ?? '') });
  const chosen = headed[0] ?? (segments[0].items.length > 0 ? segments[0] : undefined);
  if (!chosen) return fail({ code: 'no-items' });
  const invalid = checkItems([chosen]);
  if (invalid) return invalid;
  return {
    ok: true,
    items: chosen.items.map((d) => parsedItem(d)),
    unplaced: segments.flatMap((s) => (s === chosen ? s.unplaced : s.lines)),
  };
}

const parsedItem = (d: Draft, part?: number): ParsedAgendaItem => ({
  number: d.number,
  title: d.title,
  subPoints: d.subPoints,
  description: d.description,
  ...classifyAgendaTitle(d.title),
  ...(part === undefined ? {} : { part }),
});

/** Numbers used twice within one part, or too many items in all: the refusal, else undefined. */
function checkItems(chosen: readonly Segment[]): AgendaParseResult | undefined {
  const duplicate = chosen.find((s) => s.duplicate)?.duplicate;
  if (duplicate) return fail({ code: 'duplicate-number', ...duplicate });
  const count = chosen.reduce((n, s) => n + s.items.length, 0);
  return count > MAX_AGENDA_ITEMS ? fail({ code: 'too-many-items', count, max: MAX_AGENDA_ITEMS }) : undefined;
}

/**
 * A meeting in parts: every part's items in order, those of the earlier parts marked with their
 * part (the last part, the group's own, is the default). The headings and time lines became the
 * parts, so they are not reported as left out; every other segment's lines are.
 */
function partsResult(segments: readonly Segment[], chosen: readonly Segment[], parts: AgendaPart[]): AgendaParseResult {
  const invalid = checkItems(chosen);
  if (invalid) return invalid;
  const last = chosen.length - 1;
  return {
    ok: true,
    items: chosen.flatMap((s, p) => s.items.map((d) => parsedItem(d, p === last ? undefined : p))),
    unplaced: segments.flatMap((s) => (chosen.includes(s) ? s.unplaced.filter((_, i) => i !== 0 && i !== s.timeAt) : s.lines)),
    parts,
  };
}
