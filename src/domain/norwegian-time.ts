/**
 * Dates, times and weekday names for the documents, in Bokmål, nynorsk or English, time zone Europe/Oslo.
 *
 * Stored meetings carry local wall-clock values (yyyy-mm-dd, HH:mm) because that is what the
 * secretariat types and what the minutes print; converting to instants only happens where a real
 * point in time is needed (deadlines, "is the meeting over"). Everything here is pure.
 */

import type { Locale } from './language';

export type DocLocale = Locale;

export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** Indexed like Date#getUTCDay (0 = Sunday). */
const WEEKDAYS: Record<DocLocale, readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const MONTHS: Record<DocLocale, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Parses yyyy-mm-dd and rejects dates that do not exist (2023-02-30), so documents never print nonsense. */
export function parseIsoDate(date: string): CalendarDate {
  const m = DATE_RE.exec(date);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`not a date (yyyy-mm-dd): ${JSON.stringify(date)}`);
}

/** Parses HH:mm (00:00–23:59). */
export function parseTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (m) {
    const [hour, minute] = [Number(m[1]), Number(m[2])];
    if (hour <= 23 && minute <= 59) return { hour, minute };
  }
  throw new RangeError(`not a time (HH:mm): ${JSON.stringify(time)}`);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('nb-NO') + s.slice(1);

/** Weekday of a calendar date; a calendar date's weekday does not depend on the time zone. */
export function weekdayName(date: string, locale: DocLocale = 'nb'): string {
  const { year, month, day } = parseIsoDate(date);
  return WEEKDAYS[locale][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** "16.03.2023" (the seeds' short form; also used for English, where it is unambiguous enough). */
export function formatDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad2(day)}.${pad2(month)}.${year}`;
}

/** "7. november 2024" / "7 November 2024". */
export function formatLongDate(date: string, locale: DocLocale = 'nb'): string {
  const { year, month, day } = parseIsoDate(date);
  const name = MONTHS[locale][month - 1];
  return locale !== 'en' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/** "09.00" in Norwegian (the minutes' style), "09:00" in English. */
export function formatClock(time: string, locale: DocLocale = 'nb'): string {
  const { hour, minute } = parseTime(time);
  return `${pad2(hour)}${locale !== 'en' ? '.' : ':'}${pad2(minute)}`;
}

/** The minutes' "Tid:" line: "Torsdag 16.03.2023 kl. 09.00 – 11.00" (en dash with spaces, as in seed 000). */
export function formatMeetingTime(date: string, start: string, end: string, locale: DocLocale = 'nb'): string {
  const day = capitalize(weekdayName(date, locale));
  const at = locale !== 'en' ? 'kl.' : 'at';
  return `${day} ${formatDate(date)} ${at} ${formatClock(start, locale)} – ${formatClock(end, locale)}`;
}

/** "torsdag 14.11.2024 kl. 13.00" / "Thursday 14.11.2024 at 13:00": a deadline or an instant in a sentence. */
export function formatDayAndClock(date: string, time: string, locale: DocLocale = 'nb'): string {
  return `${weekdayName(date, locale)} ${formatDate(date)} ${locale === 'en' ? 'at' : 'kl.'} ${formatClock(time, locale)}`;
}

/**
 * The same inside a sentence: «Møtet torsdag 14.01.2027 kl. 12.00 – 13.00 er startet». Norwegian writes
 * the weekday small there (capital only at the start of a line, as in the seeds); English keeps it.
 */
export function formatMeetingTimeInSentence(date: string, start: string, end: string, locale: DocLocale = 'nb'): string {
  const line = formatMeetingTime(date, start, end, locale);
  return locale !== 'en' ? line.charAt(0).toLocaleLowerCase('nb') + line.slice(1) : line;
}

/** The notice's "Tid:" line: "07.11.2024, kl 12:00-13:00" (seeds 002/004 write it this way). */
export function formatNoticeTime(date: string, start: string, end: string, locale: DocLocale = 'nb'): string {
  parseTime(start);
  parseTime(end);
  return `${formatDate(date)}, ${locale === 'en' ? 'at' : 'kl'} ${start}-${end}`;
}

/** The sakskart's "Tid og sted" line: "Torsdag 7. november 2024, kl 12:00-13:00". */
export function formatNoticeLongTime(date: string, start: string, end: string, locale: DocLocale = 'nb'): string {
  parseTime(start);
  parseTime(end);
  return `${capitalize(weekdayName(date, locale))} ${formatLongDate(date, locale)}, ${locale === 'en' ? 'at' : 'kl'} ${start}-${end}`;
}

// Creating an Intl.DateTimeFormat is costly; one shared instance serves every conversion.
let osloFormatter: Intl.DateTimeFormat | undefined;
function intlOffsetMs(epochMs: number): number {
  osloFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: OSLO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const part of osloFormatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(out.year, out.month - 1, out.day, out.hour % 24, out.minute, out.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/*
 * formatToParts costs ~0.1 ms, and a turn converts several instants. Oslo changes its offset only on
 * the hour (01:00 UTC), so every instant in the same UTC quarter-hour has the same offset: a memo of
 * the time-zone rules per quarter-hour (a pure function, not state; bounded) answers the rest.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsets = new Map<number, number>();
function osloOffsetMs(epochMs: number): number {
  const bucket = Math.floor(epochMs / QUARTER_HOUR_MS);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    if (offsets.size >= 4096) offsets.clear();
    offset = intlOffsetMs(bucket * QUARTER_HOUR_MS);
    offsets.set(bucket, offset);
  }
  return offset;
}

function osloParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const local = new Date(instant.getTime() + osloOffsetMs(instant.getTime()));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * The UTC instant of an Oslo wall-clock time. Around DST changes it behaves like Temporal's
 * 'compatible' disambiguation: a time that occurs twice (autumn, 02:00–03:00) gives the earlier
 * instant; a time that does not exist (spring, 02:00–03:00) is moved forward by the gap.
 */
export function osloInstant(date: string, time: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const { hour, minute } = parseTime(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const DAY = 24 * 3600 * 1000;
  // The offsets a day before and after cover both sides of any transition near this time.
  const before = osloOffsetMs(wall - DAY);
  const after = osloOffsetMs(wall + DAY);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => wall - t === osloOffsetMs(t))
    .sort((a, b) => a - b);
  return new Date(valid.length > 0 ? valid[0] : wall - before);
}

/** The Oslo calendar date (yyyy-mm-dd) of an instant. */
export function osloDateOf(instant: Date): string {
  const p = osloParts(instant);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** The Oslo wall-clock time (HH:mm) of an instant. */
export function osloTimeOf(instant: Date): string {
  const p = osloParts(instant);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** An instant as a deadline reads: "torsdag 14.11.2024 kl. 13.00" (Oslo). */
export function formatDeadline(iso: string, locale: DocLocale = 'nb'): string {
  const instant = new Date(iso);
  return formatDayAndClock(osloDateOf(instant), osloTimeOf(instant), locale);
}
