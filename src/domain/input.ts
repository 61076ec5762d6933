import type { Input, MeetingState } from './meeting-types';
import { defaultInputDeadline } from './meeting';
import { stripBidi } from './text';
import { formatClock, formatDate, osloDateOf, osloInstant, osloTimeOf } from './norwegian-time';

/**
 * Round-table input ("innspill") rules, pure: when a meeting takes input, how it is marked, what a
 * valid text is. Times are Europe/Oslo wall-clock on the meeting and instants everywhere else.
 */

export const MAX_INPUT_CHARS = 8000;
/** How many recent activity/draft ids an input remembers to recognise a re-sent activity. */
export const RECEIPTS_KEPT = 20;

/** What the input rules need to know about a meeting (the meeting itself or its entry in the group's window list). */
export interface MeetingWindow {
  meetingId: string;
  /** yyyy-mm-dd, HH:mm, HH:mm (Oslo). */
  date: string;
  start: string;
  end: string;
  state: MeetingState;
  /** ISO instant; default `defaultInputDeadline` (the end's Oslo wall-clock time, 7 calendar days later). */
  inputDeadline?: string;
}

export type WindowDecision =
  | { open: true; received: Input['received']; deadline: Date }
  | { open: false; reason: 'not-published' | 'locked' | 'cancelled' }
  | { open: false; reason: 'deadline-passed'; deadline: Date };

/** The UTC instant of an Oslo wall-clock time (norwegian-time.ts owns the time-zone rules). */
export const osloWallClock = osloInstant;

/** "14.11.2024" and "13.00" in Oslo time, as the seeds write them. */
export function osloDate(instant: Date): string {
  return formatDate(osloDateOf(instant));
}
export function osloClock(instant: Date): string {
  return formatClock(osloTimeOf(instant));
}
/** "07.11.2024" from a meeting's yyyy-mm-dd. */
export const meetingDate = formatDate;

/** The meeting's input deadline: the one it was given, else the one default rule (`defaultInputDeadline`). */
export function deadlineOf(meeting: MeetingWindow): Date {
  return new Date(meeting.inputDeadline || defaultInputDeadline(meeting));
}

/**
 * Whether the meeting takes input now and how it is marked: after the notice 'before', while the
 * meeting runs (state in-progress, or the clock inside its time when the chair never pressed start)
 * 'during', after it 'after'; refused after the deadline and once the meeting is locked.
 */
export function inputWindow(meeting: MeetingWindow, now: Date): WindowDecision {
  if (meeting.state === 'locked') return { open: false, reason: 'locked' };
  if (meeting.state === 'draft') return { open: false, reason: 'not-published' };
  if (meeting.state === 'cancelled') return { open: false, reason: 'cancelled' };
  const deadline = deadlineOf(meeting);
  if (now.getTime() > deadline.getTime()) return { open: false, reason: 'deadline-passed', deadline };
  const start = osloWallClock(meeting.date, meeting.start).getTime();
  const end = osloWallClock(meeting.date, meeting.end).getTime();
  const t = now.getTime();
  let received: Input['received'];
  if (meeting.state === 'ended') received = 'after';
  else if (meeting.state === 'in-progress') received = 'during';
  else received = t < start ? 'before' : t <= end ? 'during' : 'after';
  return { open: true, received, deadline };
}

export type TextCheck = { ok: true; text: string } | { ok: false; reason: 'empty' } | { ok: false; reason: 'too-long'; length: number };

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/**
 * The member's text as it will stand in the referat: line breaks and bullets kept, the HTML Teams
 * adds for formatted messages turned back into lines, trailing blanks and surplus empty lines removed.
 */
export function normalizeInputText(raw: string): string {
  let text = stripBidi(raw).replace(/\r\n?/g, '\n');
  if (/<(p|br|div|li|ul|ol|span|strong|em|b|i)\b[^>]*>/i.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div)>\s*/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '- ')
      .replace(/<\/li>\s*/gi, '\n')
      .replace(/<\/?(p|div|ul|ol|span|strong|em|b|i)\b[^>]*>/gi, '')
      .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m] ?? m);
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function checkInputText(raw: string): TextCheck {
  const text = normalizeInputText(raw);
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, reason: 'too-long', length: text.length };
  return { ok: true, text };
}

/** "Legg til": the new text below the stored one, one blank line between. */
export function appendInput(existing: string, addition: string): string {
  return `${existing.trimEnd()}\n\n${addition.trim()}`;
}

/** Remembers an activity/draft id on the input so the same delivery is stored once. */
export function withReceipt(receipts: string[] | undefined, id: string): string[] {
  return [...(receipts ?? []).filter((r) => r !== id), id].slice(-RECEIPTS_KEPT);
}

/**
 * Two inputs of one organization that were stored apart (under two ids before keys.ts made them
 * one): nothing is dropped. The earlier text comes first and the later one follows as with «Legg
 * til»; the earlier one's marking (before/during/after) stays, "entered by the secretariat" holds if
 * either was, and the later one's author and time describe the whole.
 */
export function mergeInputs(a: Input, b: Input): Input {
  const [first, second] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const receipts = [...(first.receipts ?? []), ...(second.receipts ?? [])].filter((r, i, all) => all.indexOf(r) === i).slice(-RECEIPTS_KEPT);
  return {
    ...second,
    organization: a.organization,
    text: appendInput(first.text, second.text),
    received: first.received,
    enteredBySecretariat: first.enteredBySecretariat || second.enteredBySecretariat,
    ...(receipts.length ? { receipts } : {}),
  };
}
