/**
 * A meeting in parts (#17 §1.8, seed 002): a common part and the group's own part, each a
 * «Sakskart til møte i …» heading followed by its time («Kl. 09:00-09:30») and its own items,
 * numbered from 1 in each part as the notices do. Pure.
 *
 * Stored items keep one number each across the whole meeting (approvals, decisions and the search
 * register key on it); documents, cards and answers show each part's own numbering through
 * `agendaSections` / `itemPlace`, and what the chair types (`sak <n>`, `forbered <n>`, `rett referat
 * sak <n>`) is read as that numbering by `parseItemRef` / `resolveItemRef`.
 */
import type { AgendaItem, AgendaPart } from './agenda';
import type { AgendaParseErrorDetail } from './agenda-errors';

export type { AgendaPart } from './agenda';

const TIME = String.raw`(\d{1,2})[:.](\d{2})`;
/** «Kl. 09:00-09:30», «kl 09.40–12.30», «Tid: 09:00 - 09:30»: the whole line is the time. */
const PART_TIME_RE = new RegExp(`^(?:kl(?:okka|okken)?\\.?|tid:?|time:?)\\s*${TIME}\\s*[-–—]\\s*(?:kl\\.?\\s*)?${TIME}\\.?$`, 'i');

const clock = (h: string, m: string): string | undefined => (Number(h) < 24 && Number(m) < 60 ? `${h.padStart(2, '0')}:${m}` : undefined);

/** The time line of a part, or undefined when the line is something else. */
export function parsePartTime(line: string): { start: string; end: string } | undefined {
  const m = PART_TIME_RE.exec(line.trim());
  if (!m) return undefined;
  const start = clock(m[1], m[2]);
  const end = clock(m[3], m[4]);
  return start && end ? { start, end } : undefined;
}

/** What the parser knows of each agenda heading it met, in the text's order. */
export interface HeadedSegment {
  heading: string;
  time?: { start: string; end: string };
  itemCount: number;
}

export type PartChoice = { kind: 'single' } | { kind: 'parts'; segments: number[]; parts: AgendaPart[] } | { kind: 'error'; detail: AgendaParseErrorDetail };

/**
 * Parts or one agenda: two or more headings with items, at least one of them with a time line,
 * make a meeting in parts. Then every heading with items must have its time, every heading with a
 * time must have items, and each part must end before the next one starts; anything else is
 * refused, since a wrong guess would set a wrong agenda. Without any time line the old rule
 * stands (several agendas are refused, one is chosen).
 */
export function choosePart(headed: readonly HeadedSegment[]): PartChoice {
  const withItems = headed.filter((s) => s.itemCount > 0);
  const timed = headed.filter((s) => s.time !== undefined);
  if (timed.length === 0 || withItems.length < 2) return { kind: 'single' };
  const empty = timed.find((s) => s.itemCount === 0);
  if (empty) return { kind: 'error', detail: { code: 'empty-part', title: empty.heading } };
  const untimed = withItems.find((s) => s.time === undefined);
  if (untimed) return { kind: 'error', detail: { code: 'not-a-part', title: untimed.heading } };
  const parts = timed.map((s) => ({ title: s.heading, start: s.time?.start ?? '', end: s.time?.end ?? '' }));
  const backwards = parts.find((p) => p.end <= p.start);
  if (backwards) return { kind: 'error', detail: { code: 'part-time', title: backwards.title } };
  for (let i = 1; i < parts.length; i++) {
    if (parts[i].start < parts[i - 1].end) return { kind: 'error', detail: { code: 'overlapping-parts', titles: [parts[i - 1].title, parts[i].title] } };
  }
  return { kind: 'parts', segments: headed.flatMap((s, i) => (s.time ? [i] : [])), parts };
}

/** The index of an item's part: its own, else (and for an index that no longer exists) the last, the group's part. */
export function partOf(item: Pick<AgendaItem, 'part'>, parts: readonly AgendaPart[]): number {
  const last = parts.length - 1;
  return item.part !== undefined && item.part >= 0 && item.part < last ? item.part : last;
}

export interface AgendaSection<T> {
  /** Absent for a meeting in one part. */
  part?: AgendaPart;
  /** `shown`: the number printed, counted from 1 in each part (the stored number in a meeting in one part). */
  items: { item: T; shown: number }[];
}

/** The agenda as documents and cards print it: one section per part, in the meeting's order. */
export function agendaSections<T extends Pick<AgendaItem, 'number' | 'part'>>(agenda: readonly T[], parts?: readonly AgendaPart[]): AgendaSection<T>[] {
  if (!parts || parts.length < 2) return [{ items: agenda.map((item) => ({ item, shown: item.number })) }];
  return parts.map((part, p) => ({
    part,
    items: agenda.filter((item) => partOf(item, parts) === p).map((item, i) => ({ item, shown: i + 1 })),
  }));
}

/** The number an item is printed with (its part's own numbering); the stored number when it is not on the agenda. */
export function shownNumber(agenda: readonly Pick<AgendaItem, 'number' | 'part'>[], parts: readonly AgendaPart[] | undefined, number: number): number {
  for (const section of agendaSections(agenda, parts)) {
    const hit = section.items.find((x) => x.item.number === number);
    if (hit) return hit.shown;
  }
  return number;
}

/** The whole meeting's time (the referat's and innkalling's Tid line): from the earliest start to the latest end. */
export function meetingSpan(meeting: { start: string; end: string; parts?: readonly AgendaPart[] }): { start: string; end: string } {
  const parts = meeting.parts ?? [];
  return {
    start: parts.reduce((s, p) => (p.start < s ? p.start : s), meeting.start),
    end: parts.reduce((e, p) => (p.end > e ? p.end : e), meeting.end),
  };
}

/**
 * Where an item stands as the documents number it (#17 §1.8 follow-through): its stored number,
 * the number printed (`shown`), how many items its part has (`count`; the whole agenda in a
 * meeting in one part) and, in a meeting in parts only, its part counted from 1.
 */
export interface ItemPlace {
  number: number;
  shown: number;
  count: number;
  part?: number;
}

type Agenda = { agenda: readonly Pick<AgendaItem, 'number' | 'part'>[]; parts?: readonly AgendaPart[] };

export const inParts = (meeting: Pick<Agenda, 'parts'>): boolean => (meeting.parts?.length ?? 0) > 1;

/** The place of a stored item number, or undefined when the agenda has no such item. */
export function itemPlace(meeting: Agenda, number: number): ItemPlace | undefined {
  const sections = agendaSections(meeting.agenda, meeting.parts);
  for (const [p, section] of sections.entries()) {
    const hit = section.items.find((x) => x.item.number === number);
    if (hit) return { number, shown: hit.shown, count: section.items.length, ...(section.part ? { part: p + 1 } : {}) };
  }
  return undefined;
}

/** Where the documents print an item of a meeting in parts (part from 1, its number there); undefined in one part. */
export function printedPlace(meeting: Agenda, number: number): { part: number; shown: number } | undefined {
  const place = itemPlace(meeting, number);
  return place?.part ? { part: place.part, shown: place.shown } : undefined;
}

/**
 * The part a bare item number is counted in (0-based): while the meeting runs, the part of its
 * current item (the part being held); otherwise the group's own part, the last, whose sakskart
 * the group's notice and minutes are about. 0 for a meeting in one part.
 */
export function currentPart(meeting: Agenda & { state?: string; currentItem?: number }): number {
  const parts = meeting.parts;
  if (!parts || parts.length < 2) return 0;
  const item = meeting.state === 'in-progress' ? meeting.agenda.find((i) => i.number === meeting.currentItem) : undefined;
  return item ? partOf(item, parts) : parts.length - 1;
}

/** An item as the chair types it: `n` within a part; `part` (from 1) when the chair names one. */
export interface ItemRef {
  n: number;
  part?: number;
}

const REF_FORMS = [
  // «del 2 sak 2», «del 2, sak 2», «part 2 item 2», «del 2» (its first item)
  { re: /^(?:del|part)\s*(\d{1,2})(?:\s*[,.:·]?\s*(?:sak|item)?\s*(\d{1,3}))?/i, part: 1, n: 2 },
  // «sak 2.2», «2.2», «item 2.2»: part 2, item 2 (no space around the dot)
  { re: /^(?:sak|item)?\s*(\d{1,2})\.(\d{1,3})(?![\d])/i, part: 1, n: 2 },
  // «sak 2», «2», «item 2»
  { re: /^(?:sak|item)?\s*(\d{1,3})(?![\d])/i, part: 0, n: 1 },
] as const;

/**
 * Reads an item reference at the start of `text`; `rest` is what follows it. Forms: «2», «sak 2»,
 * «sak 2.2» / «2.2» (part 2, item 2), «del 2 sak 2» / «part 2 item 2», and «del 2» (item 1 of part 2).
 */
export function parseItemRef(text: string): { ref: ItemRef; rest: string } | undefined {
  const trimmed = text.trim();
  for (const form of REF_FORMS) {
    const m = form.re.exec(trimmed);
    if (!m) continue;
    const n = m[form.n] === undefined ? 1 : Number(m[form.n]);
    const ref: ItemRef = form.part ? { n, part: Number(m[form.part]) } : { n };
    return { ref, rest: trimmed.slice(m[0].length) };
  }
  return undefined;
}

export type ItemRefError = { code: 'no-such-part'; part: number; parts: number } | { code: 'no-such-item'; n: number; part?: number; count: number };

export type ItemResolution = { ok: true; number: number; place: ItemPlace } | { ok: false; error: ItemRefError };

/**
 * The stored item a reference means: `n` counted within the named part, else within `currentPart`.
 * In a meeting in one part only «del 1» may be named. Refused: a part the meeting does not have,
 * a number its part does not have.
 */
export function resolveItemRef(meeting: Agenda & { state?: string; currentItem?: number }, ref: ItemRef): ItemResolution {
  if (!inParts(meeting)) {
    // One part: the stored numbers are the printed ones, as before parts existed.
    if (ref.part !== undefined && ref.part !== 1) return { ok: false, error: { code: 'no-such-part', part: ref.part, parts: 1 } };
    const place = itemPlace(meeting, ref.n);
    return place ? { ok: true, number: ref.n, place } : { ok: false, error: { code: 'no-such-item', n: ref.n, count: meeting.agenda.length } };
  }
  const sections = agendaSections(meeting.agenda, meeting.parts);
  const index = ref.part === undefined ? currentPart(meeting) : ref.part - 1;
  if (index < 0 || index >= sections.length) return { ok: false, error: { code: 'no-such-part', part: ref.part ?? 0, parts: sections.length } };
  const section = sections[index];
  const hit = section.items[ref.n - 1];
  if (!hit || ref.n < 1) {
    return { ok: false, error: { code: 'no-such-item', n: ref.n, count: section.items.length, ...(section.part ? { part: index + 1 } : {}) } };
  }
  return { ok: true, number: hit.item.number, place: itemPlace(meeting, hit.item.number) as ItemPlace };
}

const MONTHS = 'jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec';
const HEADING_LEAD = /^(?:sakskart|saksliste|dagsorden|agenda)\s+(?:til|for)\s+/i;
const HEADING_DATE = new RegExp(`[\\s,]+(?:\\d{1,2}\\.\\s*(?:${MONTHS})[a-zæøå]*\\.?(?:\\s+\\d{4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?)$`, 'i');

/**
 * What a part is, for a title that covers every part: its heading without «Sakskart til» and a
 * trailing date («Sakskart til møte i administrative faggrupper 16. januar» → «møte i administrative
 * faggrupper»); the heading as it is when nothing is left.
 */
export function partSubject(heading: string): string {
  const subject = heading.trim().replace(HEADING_LEAD, '').replace(HEADING_DATE, '').trim();
  return subject || heading.trim();
}
