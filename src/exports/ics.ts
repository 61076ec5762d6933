import type { InnkallingModel } from '../domain/referat';
import { docWords } from './document-texts';

/*
 * The innkalling as a calendar invitation (iCalendar, RFC 5545; #18 §4). One VEVENT per meeting, with a
 * UID that never changes (the meeting id) and a SEQUENCE the meeting carries and bumps on every move and
 * cancellation, so a calendar updates or removes the event it already has instead of adding a second one.
 *
 * Times are written as Oslo wall-clock times with TZID=Europe/Oslo and a VTIMEZONE, not as UTC: the meeting
 * is stored as an Oslo date and times, the invitation then says exactly what the innkalling says (13:00 is
 * 13:00 on both sides of a DST change), and a client in another zone still converts it correctly through the
 * VTIMEZONE's rules (EU rules since 1996: last Sunday of March 02:00 → +02:00, last Sunday of October 03:00 → +01:00).
 *
 * METHOD:PUBLISH for a live meeting (a file to import: we know no mail addresses, so no ORGANIZER/ATTENDEE as
 * iTIP's REQUEST wants), METHOD:CANCEL with STATUS:CANCELLED once the meeting is cancelled.
 */

export interface CalendarEventInfo {
  /** The meeting's id: the UID is made from it, so every version of the file names the same event. */
  meetingId: string;
  /** Bumped on every change a calendar must see (move, cancel); 0 for a meeting never changed. */
  sequence: number;
  cancelled: boolean;
  /** DTSTAMP: when this file was made. */
  stamp: Date;
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const UID_DOMAIN = 'referent.meetings';

/** A stable UID: only characters every client keeps, whatever the id holds. */
export function meetingUid(meetingId: string): string {
  return `${meetingId.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}@${UID_DOMAIN}`;
}

const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, any line break as \n, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** A URI value has no escaping: keep only a safe http(s) URL without spaces or control characters, else nothing. */
function safeUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^https?:\/\/[^\s"<>\\^`{|}\u0000-\u001f\u007f]+$/i.test(value)) return undefined;
  return value;
}

/** Folds a content line at 75 octets (RFC 5545 §3.1): never inside a UTF-8 character; continuations start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const localStamp = (date: string, time: string): string => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/** The agenda (and the links) as the event's description, in the document's language. */
function description(model: InnkallingModel): string {
  const w = docWords(model);
  const lines = [w.agenda];
  for (const item of model.agenda) {
    lines.push(`${w.item} ${item.number}: ${item.title}`);
    for (const sub of item.subPoints) lines.push(`  – ${sub}`);
  }
  const teams = safeUri(model.teamsUrl);
  const documents = safeUri(model.documentsUrl);
  if (teams) lines.push('', `${w.teamsLink}: ${teams}`);
  if (documents) lines.push('', `${w.documentsLink}: ${documents}`);
  return lines.join('\n');
}

/** The innkalling as an .ics file: CRLF line ends, folded lines, UTF-8. */
export function innkallingToIcs(model: InnkallingModel, event: CalendarEventInfo): string {
  const w = docWords(model);
  const summary = event.cancelled ? `${w.calendarCancelled}: ${w.calendarSummary(model.groupName)}` : w.calendarSummary(model.groupName);
  const url = safeUri(model.teamsUrl);
  const sequence = Number.isSafeInteger(event.sequence) && event.sequence > 0 ? event.sequence : 0;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Referent//Innkalling//NO',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...OSLO_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${meetingUid(event.meetingId)}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=Europe/Oslo:${localStamp(model.date, model.start)}`,
    `DTEND;TZID=Europe/Oslo:${localStamp(model.date, model.end)}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(model.place.trim() ? [`LOCATION:${escapeText(model.place)}`] : []),
    `DESCRIPTION:${escapeText(description(model))}`,
    ...(url ? [`URL:${url}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
