import { agendaSections, inParts } from './agenda-parts';
import type { FollowUp } from './follow-up';
import type { Input, MeetingData } from './meeting-types';

/*
 * The search register (#18 §3): per meeting, one document in the group's partition holding what
 * `søk` and `vedtak` match, so a search reads the group's register documents (listed in the group's
 * `search:index`) by point reads instead of scanning every meeting and input of the store. Pure: what a register entry holds
 * and when a write must touch it; the use cases read and write it (src/app/search-register.ts).
 *
 * Three parts, each with one kind of writer, so each is written with its own patch and no writer
 * needs to read the others' part first:
 *  - `meeting`: date, state and each item's title, decision and notes (the meeting write path);
 *  - `followUps`: the follow-ups written on the meeting, by id (the follow-up writes);
 *  - `inputs`: the round-table input, as a snapshot taken when the minutes are locked (input is
 *    refused from then on, so the snapshot stays true); restricted input is left out, and a
 *    restriction or erasure writes the snapshot again. Before the lock a search reads the input
 *    itself (point reads), so the input path, a hot path, writes nothing extra.
 */

/** 2: entries are listed in the group's `search:index` (the backfill rewrites version 1 entries, which were not). */
export const REGISTER_VERSION = 2;

export interface RegisterItem {
  number: number;
  /** In a meeting in parts (#17 §1.8): the item's part (from 1) and its number there, as the documents print it. */
  partNumber?: number;
  shown?: number;
  title: string;
  kind?: string;
  minutesDate?: string;
  decision?: string;
  notes?: string[];
}

export interface RegisterMeeting {
  date: string;
  state: MeetingData['state'];
  items: RegisterItem[];
  /** The meeting's registerHash when this part was written (the backfill compares them). */
  hash?: string;
}

export interface RegisterFollowUp {
  item: number;
  /** As on the follow-up: where the documents print its item in a meeting in parts. */
  itemPart?: number;
  itemShown?: number;
  itemTitle: string;
  text: string;
  meetingDate: string;
}

export interface RegisterInput {
  organization: string;
  text: string;
}

export interface RegisterInputs {
  at: string;
  rows: RegisterInput[];
}

export interface RegisterEntry {
  groupId: string;
  meetingId: string;
  /** The register layout it was written with; the start-up backfill rewrites older ones. */
  v: number;
  meeting?: RegisterMeeting;
  followUps: Record<string, RegisterFollowUp>;
  /** Only for locked minutes (see above); absent or null: read the input itself. */
  inputs?: RegisterInputs | null;
}

/** The searchable part of a meeting: what `søk` and `vedtak` match and show. */
export function registerMeeting(m: MeetingData): RegisterMeeting {
  const printed = new Map<number, { partNumber: number; shown: number }>();
  if (inParts(m))
    agendaSections(m.agenda, m.parts).forEach((s, p) => s.items.forEach((x) => printed.set(x.item.number, { partNumber: p + 1, shown: x.shown })));
  return {
    date: m.date,
    state: m.state,
    items: m.agenda.map((item) => {
      const record = m.records[String(item.number)];
      const decision = record?.decision?.trim();
      const notes = (record?.notes ?? []).filter((n) => n.trim());
      return {
        number: item.number,
        ...printed.get(item.number),
        title: item.title,
        ...(item.kind ? { kind: item.kind } : {}),
        ...(item.minutesDate ? { minutesDate: item.minutesDate } : {}),
        ...(decision ? { decision } : {}),
        ...(notes.length ? { notes } : {}),
      };
    }),
  };
}

export const registerFollowUp = (f: FollowUp): RegisterFollowUp => ({
  item: f.item,
  ...(f.itemPart ? { itemPart: f.itemPart, itemShown: f.itemShown } : {}),
  itemTitle: f.itemTitle,
  text: f.text,
  meetingDate: f.meetingDate,
});

/** Whether a follow-up write changed what the register holds (a status click does not). */
export const followUpChanged = (before: FollowUp | undefined, after: FollowUp): boolean =>
  !before || JSON.stringify(registerFollowUp(before)) !== JSON.stringify(registerFollowUp(after));

/** The input a search may find: never restricted input (`slett mine data` on locked minutes), never an empty text. */
export const findableInput = (c: Input): boolean => !c.restricted && c.text.trim().length > 0;

export const registerInputs = (inputs: readonly Input[]): RegisterInput[] =>
  inputs.filter(findableInput).map((c) => ({ organization: c.organization, text: c.text }));

/** Whether the input snapshot of a meeting may be used: only once its minutes are locked (input is refused then). */
export const inputsFinal = (m: RegisterMeeting | undefined): boolean => m?.state === 'locked';

/** A whole entry, as the backfill and a restriction write it. */
export function registerEntry(meeting: MeetingData, followUps: readonly FollowUp[], inputs: readonly Input[] | undefined, now: Date): RegisterEntry {
  const part = { ...registerMeeting(meeting), ...(meeting.registerHash ? { hash: meeting.registerHash } : {}) };
  return {
    groupId: meeting.groupId,
    meetingId: meeting.meetingId,
    v: REGISTER_VERSION,
    meeting: part,
    followUps: Object.fromEntries(followUps.filter((f) => f.meetingId === meeting.meetingId).map((f) => [f.followUpId, registerFollowUp(f)])),
    ...(inputs && inputsFinal(part) ? { inputs: { at: now.toISOString(), rows: registerInputs(inputs) } } : {}),
  };
}
