/**
 * A meeting in parts (#17 §1.8, seed 002): a common part and the group's own part, each a
 * «Sakskart til møte i …» heading followed by its time («Kl. 09:00-09:30») and its own items,
 * numbered from 1 in each part as the notices do. Pure.
 *
 * Stored items keep one number each across the whole meeting (approvals, decisions, `sak <n>`,
 * `forbered <n>` and the search register key on it); documents and cards show each part's own
 * numbering through `agendaSections`.
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
