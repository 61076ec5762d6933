import type { Text } from './language';
/**
 * Reads the arguments of `nytt møte <dd.mm.yyyy> <hh:mm>-<hh:mm> [sted]` (BRIEF §9): the text
 * after the command. Pure apart from the clock, which the caller may pass in (tests do).
 * Lenient where people type differently ("9:00", "09.00", "–", "kl 09:00"), strict where a
 * wrong meeting would be created (dates that do not exist, end before start, dates in the past).
 */
import { stripBidi } from './text';

export type MeetingArgsErrorCode =
  'missing-date' | 'invalid-date' | 'missing-time' | 'invalid-time' | 'end-not-after-start' | 'date-in-past' | 'place-too-long';

export interface MeetingArgs {
  ok: true;
  /** Europe/Oslo calendar date, yyyy-mm-dd. */
  date: string;
  /** HH:mm, 24-hour, local Oslo time. */
  start: string;
  end: string;
  place: string;
}

export interface MeetingArgsError {
  ok: false;
  code: MeetingArgsErrorCode;
  message: Text;
}

export type MeetingArgsResult = MeetingArgs | MeetingArgsError;

export const DEFAULT_PLACE = 'Teams';
export const MAX_PLACE_LENGTH = 200;
export const OSLO_TZ = 'Europe/Oslo';

/** The example in every refusal: four weeks ahead of `now`, so it is never a date that would be refused (#16 §5). */
function usage(now: Date, verb: Text): Text {
  const [y, m, d] = osloToday(new Date(now.getTime() + 28 * 86_400_000)).split('-');
  const example = `${d}.${m}.${y} 09:00-12:30 Teams`;
  return {
    nb: `Skriv for eksempel «${verb.nb} ${example}» (dato dd.mm.åååå, tid tt:mm-tt:mm, sted valgfritt).`,
    nn: `Skriv til dømes «${verb.nn} ${example}» (dato dd.mm.åååå, tid tt:mm-tt:mm, stad om du vil).`,
    en: `Write for example "${verb.en} ${example}" (date dd.mm.yyyy, time hh:mm-hh:mm, place optional).`,
  };
}

/** The command the arguments belong to (its name in the refusals' example) and the place when none is written. */
export interface MeetingArgsOptions {
  verb?: Text;
  defaultPlace?: string;
}

const fail = (code: MeetingArgsErrorCode, message: Text): MeetingArgsError => ({ ok: false, code, message });
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Today's calendar date in Oslo (yyyy-mm-dd): a meeting "today" is allowed until midnight there. */
export function osloToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?=[\s,]|$)/;
const KL_RE = /^[\s,]*(?:(?:kl\.?|klokka|klokken|at)(?=[\s\d]))?\s*/i;
const TIME = String.raw`(\d{1,2})[:.](\d{2})`;
const RANGE_RE = new RegExp(String.raw`^${TIME}\s*(?:[-–—]|til|to)\s*(?:kl\.?\s*)?${TIME}(?=[\s,;]|$)`, 'i');
const ONE_TIME_RE = new RegExp(String.raw`^${TIME}(?=[\s,;]|$)`);
const PLACE_LEAD_RE = /^(?:[\s,;:–—-]+)?(?:(?:sted|place)\s*:\s*|(?:sted|på|i|at|in)\s+(?=\S))?/i;

export function parseMeetingArgs(text: string, now: Date = new Date(), options: MeetingArgsOptions = {}): MeetingArgsResult {
  // Pasted arguments may span lines or carry control characters; one line of plain words is meant.
  const USAGE = usage(now, options.verb ?? { nb: 'nytt møte', nn: 'nytt møte', en: 'new meeting' });
  const s = stripBidi(text)
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

  const d = DATE_RE.exec(s);
  if (!d) {
    return s
      ? fail('missing-date', {
          nb: `Fant ingen dato først i «${s.slice(0, 40)}». ${USAGE.nb}`,
          nn: `Fann ingen dato først i «${s.slice(0, 40)}». ${USAGE.nn}`,
          en: `No date found at the start of "${s.slice(0, 40)}". ${USAGE.en}`,
        })
      : fail('missing-date', { nb: `Mangler dato og tid. ${USAGE.nb}`, nn: `Dato og tid manglar. ${USAGE.nn}`, en: `Date and time are missing. ${USAGE.en}` });
  }
  const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (!isRealDate(year, month, day)) {
    return fail('invalid-date', {
      nb: `Datoen ${d[0]} finnes ikke. ${USAGE.nb}`,
      nn: `Datoen ${d[0]} finst ikkje. ${USAGE.nn}`,
      en: `The date ${d[0]} does not exist. ${USAGE.en}`,
    });
  }
  const date = `${year}-${pad2(month)}-${pad2(day)}`;

  const afterDate = s.slice(d[0].length).replace(KL_RE, '');
  const t = RANGE_RE.exec(afterDate);
  if (!t) {
    return ONE_TIME_RE.test(afterDate)
      ? fail('missing-time', {
          nb: `Mangler sluttid: skriv start og slutt som tt:mm-tt:mm. ${USAGE.nb}`,
          nn: `Sluttida manglar. Skriv start og slutt som tt:mm-tt:mm. ${USAGE.nn}`,
          en: `The end time is missing: write start and end as hh:mm-hh:mm. ${USAGE.en}`,
        })
      : fail('missing-time', {
          nb: `Mangler tid etter datoen (tt:mm-tt:mm). ${USAGE.nb}`,
          nn: `Tida manglar etter datoen (tt:mm-tt:mm). ${USAGE.nn}`,
          en: `The time after the date is missing (hh:mm-hh:mm). ${USAGE.en}`,
        });
  }
  const [sh, sm, eh, em] = [Number(t[1]), Number(t[2]), Number(t[3]), Number(t[4])];
  for (const [h, m, raw] of [
    [sh, sm, `${t[1]}:${t[2]}`],
    [eh, em, `${t[3]}:${t[4]}`],
  ] as const) {
    if (h > 23 || m > 59) {
      return fail('invalid-time', {
        nb: `Klokkeslettet ${raw} finnes ikke (00:00–23:59). ${USAGE.nb}`,
        nn: `Klokkeslettet ${raw} finst ikkje (00:00–23:59). ${USAGE.nn}`,
        en: `The time ${raw} does not exist (00:00–23:59). ${USAGE.en}`,
      });
    }
  }
  const start = `${pad2(sh)}:${pad2(sm)}`;
  const end = `${pad2(eh)}:${pad2(em)}`;
  if (end <= start) {
    return fail('end-not-after-start', {
      nb: `Sluttiden ${end} må være etter starttiden ${start}.`,
      nn: `Sluttida ${end} må vere etter starttida ${start}.`,
      en: `The end time ${end} must be after the start time ${start}.`,
    });
  }

  const today = osloToday(now);
  if (date < today) {
    const [ty, tm, td] = today.split('-');
    return fail('date-in-past', {
      nb: `Datoen ${d[0]} har vært. Velg i dag (${td}.${tm}.${ty}) eller en senere dato.`,
      nn: `Datoen ${d[0]} har vore. Vel i dag (${td}.${tm}.${ty}) eller ein seinare dato.`,
      en: `The date ${d[0]} is in the past. Choose today (${td}.${tm}.${ty}) or a later date.`,
    });
  }

  const place = afterDate.slice(t[0].length).replace(PLACE_LEAD_RE, '').trim() || options.defaultPlace || DEFAULT_PLACE;
  if (place.length > MAX_PLACE_LENGTH) {
    return fail('place-too-long', {
      nb: `Stedet er for langt (høyst ${MAX_PLACE_LENGTH} tegn).`,
      nn: `Staden er for lang (høgst ${MAX_PLACE_LENGTH} teikn).`,
      en: `The place is too long (at most ${MAX_PLACE_LENGTH} characters).`,
    });
  }
  return { ok: true, date, start, end, place };
}
