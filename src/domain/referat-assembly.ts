import type { AgendaItem, AgendaPart } from './agenda';
import { agendaSections, meetingSpan, shownNumber } from './agenda-parts';
import { senderOf, type GroupData } from './group';
import { placeRoundTable } from './referat-round-table';
import type { AttendanceEntry, Input, MeetingData } from './meeting-types';
import { formatLongDate, osloDateOf } from './norwegian-time';
import { orgKey, personKey } from './keys';
import type { InnkallingModel, ReferatItem, ReferatModel } from './referat';
import type { GroupRole, RosterMember } from './roster';
import type { FollowUp } from './follow-up';
import { placeFollowUps } from './referat-follow-ups';
import { pick, type Locale } from './language';
import { decisionIn, itemTitle, NO_MATTERS_TEXT } from './standard-wording';

/**
 * Builds the display models of the minutes and the notice from stored data. The writers in
 * src/exports only lay out what this produces, so every rule about "what goes where" lives here.
 */

/** Decision given to an empty Eventuelt; writers print it without the "Vedtak:" label. */
export const NO_MATTERS = NO_MATTERS_TEXT.nb;

/** Spaces tidied, for display and for a spelling compared as written. */
const tidy = (s: string) => s.trim().replace(/\s+/g, ' ');

const collator = new Intl.Collator('nb-NO', { sensitivity: 'base', numeric: true });
/** Rank of whatever is not on the list (finite, so rank differences never become NaN). */
const UNRANKED = Number.MAX_SAFE_INTEGER;

export interface AssembleReferatInput {
  group: GroupData;
  meeting: MeetingData;
  roster: RosterMember[];
  inputs: Input[];
  /**
   * Names of secretariat staff. An attendance entry with one of these names counts as secretariat
   * even when its flag is false (people often register themselves before the role is granted).
   * Defaults to the names holding the 'secretariat' role in group.roles.
   */
  secretariatNames?: string[];
  /** Names of the chair (møteleder); defaults to the names holding the 'chair' role in group.roles. */
  chairNames?: string[];
  /** When the referat was first made (its first export); the day of approval wins for locked minutes. */
  firstMadeAt?: string;
  now?: Date;
  /** The group's follow-ups (or the meeting's): those written in this meeting go under their items and into the closing table. */
  followUps?: readonly FollowUp[];
  /** How the previous minutes' review went (#18 §2): printed under item 2 («Godkjenning av referat»). */
  reviewOutcome?: string;
}

/** Item 2's line on the previous minutes' review, after what the agenda lists under it. */
const withReview = <T extends { kind?: string; subPoints: string[] }>(item: T, outcome: string | undefined): string[] =>
  outcome && item.kind === 'approve-minutes' ? [...item.subPoints, outcome] : [...item.subPoints];

/** «Dato:» of a referat: the day it was approved (locked), else first made, else today (Oslo). */
export function referatMadeDate(meeting: MeetingData, firstMadeAt: string | undefined, now: Date): string {
  const when = [meeting.lockedAt, firstMadeAt].find((t) => t && !Number.isNaN(Date.parse(t)));
  return osloDateOf(when ? new Date(when) : now);
}

export function assembleReferat(input: AssembleReferatInput): ReferatModel {
  const { group, meeting, roster } = input;
  const l = group.settings?.language ?? 'nb';
  const secretariatNames = input.secretariatNames ?? rolesNamed(group, 'secretariat');
  // Position in that list: the secretariat is listed in the order the caller gives it.
  const secretariatRank = new Map(secretariatNames.map((n, i) => [personKey(n), i] as const));
  const isSecretariat = (e: AttendanceEntry): boolean => e.secretariat || secretariatRank.has(personKey(e.name));
  const bySecretariatList = (a: AttendanceEntry, b: AttendanceEntry) =>
    (secretariatRank.get(personKey(a.name)) ?? UNRANKED) - (secretariatRank.get(personKey(b.name)) ?? UNRANKED);

  const entries = uniqueEntries(Object.values(meeting.attendance));
  const byRoster = rosterOrder(roster);
  // A roster note ("vara", "til 11.00") stands after the name on the attendance line.
  const notes = new Map(roster.filter((m) => m.note).map((m) => [personKey(`${m.firstName} ${m.lastName}`), m.note as string] as const));
  const noted = (name: string) => (notes.has(personKey(name)) ? `${tidy(name)} (${notes.get(personKey(name))})` : tidy(name));
  const person = (e: AttendanceEntry) => ({ name: noted(e.name), organization: tidy(e.organization) });

  // The chair leads the attendance table, marked «(møteleder)» by the writers (#17 §1.7); a chair who is also
  // secretariat staff chaired this meeting, so stands there too and not again under «Fra sekretariatet møtte».
  const chairNames = new Set((input.chairNames ?? rolesNamed(group, 'chair')).map(personKey));
  const isChair = (e: AttendanceEntry): boolean => chairNames.has(personKey(e.name));
  const present = byRoster(entries.filter((e) => e.status === 'present'));
  const attendees = [
    ...present.filter(isChair).map((e) => ({ ...person(e), chair: true })),
    ...present.filter((e) => !isChair(e) && !isSecretariat(e)).map(person),
  ];
  const secretariat = present
    .filter((e) => !isChair(e) && isSecretariat(e))
    .sort(bySecretariatList) // stable: roster order, then name, among those not in the list
    .map((e) => tidy(e.name));
  const apologies = byRoster(entries.filter((e) => e.status === 'apologies')).map(person);

  const agenda = [...meeting.agenda].sort((a, b) => a.number - b.number);
  const items: ReferatItem[] = agenda.map((item) => ({ ...baseItem(item, meeting, l), subPoints: withReview(item, input.reviewOutcome) }));
  placeRoundTable(items, input.inputs, meeting, roster, l, group.settings?.shortNames);
  const followUpTable = placeFollowUps(items, meeting.meetingId, input.followUps ?? []);

  for (const item of items) {
    // «Ingen saker.» only when Eventuelt has nothing at all: matters listed on the agenda are matters (#17 §1.12).
    if (
      item.kind === 'other-business' &&
      item.subPoints.length === 0 &&
      item.notes.length === 0 &&
      !item.decision &&
      !item.roundTable &&
      item.followUps.length === 0
    ) {
      item.decision = pick(l, NO_MATTERS_TEXT);
    }
  }

  return {
    language: l,
    groupName: group.name,
    sender: senderOf(group),
    date: meeting.date,
    ...meetingSpan(meeting),
    place: meeting.place,
    madeDate: referatMadeDate(meeting, input.firstMadeAt, input.now ?? new Date()),
    ...(meeting.links?.presentations ? { presentationsUrl: meeting.links.presentations } : {}),
    attendees,
    secretariat,
    apologies,
    // Numbered as printed only now: follow-ups and records are placed by the stored numbers above.
    items: printedInParts(items, meeting),
    followUpTable,
    final: meeting.state === 'locked',
    decisionLabel: group.settings?.decisionLabel ?? false,
    keepMarkers: group.settings?.keepMarkers ?? false,
  };
}

/**
 * The items as printed (#17 §1.8): in a meeting in parts each part's items are numbered from 1 and
 * the first one carries its part's heading and time; in one part they are as stored. `items` carry
 * the stored numbers; one Referent added that is not on the agenda (a round table for the input)
 * follows on in the last part.
 */
function printedInParts<T extends { number: number; part?: AgendaPart }>(items: T[], meeting: MeetingData): T[] {
  if (!meeting.parts || meeting.parts.length < 2) return items;
  const printed = new Map<number, { shown: number; part?: AgendaPart }>();
  for (const { part, items: section } of agendaSections(meeting.agenda, meeting.parts)) {
    section.forEach(({ item, shown }, n) => printed.set(item.number, { shown, ...(part && n === 0 ? { part } : {}) }));
  }
  let last = 0;
  return items.map((item) => {
    const at = printed.get(item.number) ?? { shown: last + 1 };
    last = at.shown;
    return { ...item, number: at.shown, ...(at.part ? { part: at.part } : {}) };
  });
}

/** The names of those holding a role in the group. */
function rolesNamed(group: GroupData, role: GroupRole): string[] {
  return Object.values(group.roles)
    .filter((r) => r.roles.includes(role))
    .map((r) => r.name);
}

function baseItem(item: AgendaItem, meeting: MeetingData, l: Locale): ReferatItem {
  const record = meeting.records[String(item.number)];
  const decision = record?.decision?.trim();
  return {
    number: item.number,
    title: itemTitle(item, l),
    kind: item.kind,
    subPoints: [...item.subPoints],
    notes: (record?.notes ?? []).filter((n) => n.trim() !== ''),
    ...(decision ? { decision: decisionIn(decision, l) } : {}),
    followUps: (record?.followUps ?? []).map((f) => ({ ...f })),
  };
}

/** One person once, even if they registered from two Teams accounts. */
function uniqueEntries(entries: AttendanceEntry[]): AttendanceEntry[] {
  const seen = new Map<string, AttendanceEntry>();
  for (const e of entries) {
    if (e.name.trim() === '') continue;
    const key = `${personKey(e.name)}|${orgKey(e.organization)}`;
    const prior = seen.get(key);
    // "present" wins over "apologies": someone who sent apologies and came anyway attended.
    if (!prior || (prior.status === 'apologies' && e.status === 'present')) seen.set(key, e);
  }
  return [...seen.values()];
}

/** Sorts people as on the roster (the order the secretariat keeps), unknown people after, by name. */
function rosterOrder(roster: RosterMember[]): (entries: AttendanceEntry[]) => AttendanceEntry[] {
  const index = new Map<string, number>();
  roster.forEach((m, i) => {
    const key = personKey(`${m.firstName} ${m.lastName}`);
    if (!index.has(key)) index.set(key, i);
  });
  const rank = (e: AttendanceEntry) => index.get(personKey(e.name)) ?? UNRANKED;
  return (entries) => [...entries].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name));
}

export interface AssembleInnkallingInput {
  group: GroupData;
  meeting: MeetingData;
  /** The invited, in the order to print (the roster as the secretariat keeps it). */
  roster: RosterMember[];
  /** Saksbehandler and signature: "Kamilla Hovstøl Ulvestad", "Sekretariatet for Osloregionen". */
  secretariat: { name: string; phone?: string; organization: string };
  /** Date printed as "Dato:"; defaults to the day the notice was published (Oslo), or today's for a draft. */
  noticeDate?: string;
  now?: Date;
  deresRef?: string;
  varRef?: string;
  /** Defaults to "Til <group name>". */
  to?: string;
  /** What members should prepare; defaults to the round-table request of seed 004. */
  prepare?: { itemNumber: number; text: string }[];
  /** How the previous minutes' review went (#18 §2): printed under item 2. */
  reviewOutcome?: string;
}

export function assembleInnkalling(input: AssembleInnkallingInput): InnkallingModel {
  const { group, meeting, secretariat } = input;
  const l = group.settings?.language ?? 'nb';
  const agenda = [...meeting.agenda].sort((a, b) => a.number - b.number);
  return {
    language: l,
    groupName: group.name,
    // The day the notice was published, so every re-export says the same (#17 §1.6); today only for a draft.
    noticeDate: input.noticeDate ?? osloDateOf(meeting.noticePublishedAt ? new Date(meeting.noticePublishedAt) : (input.now ?? new Date())),
    deresRef: input.deresRef ?? '',
    varRef: input.varRef ?? '',
    saksbehandler: { name: secretariat.name, ...(secretariat.phone ? { phone: secretariat.phone } : {}) },
    archiveCode: group.settings?.archiveCode ?? '',
    ...(meeting.links?.teams ? { teamsUrl: meeting.links.teams } : {}),
    ...(meeting.links?.documents ? { documentsUrl: meeting.links.documents } : {}),
    to: input.to ?? `${pick(l, { nb: 'Til', nn: 'Til', en: 'To' })} ${group.name}`,
    date: meeting.date,
    ...meetingSpan(meeting),
    place: meeting.place,
    prepare: (input.prepare ?? preparations(agenda, meeting.inputDeadline, l)).map((p) => ({
      ...p,
      itemNumber: shownNumber(agenda, meeting.parts, p.itemNumber),
    })),
    agenda: printedInParts(
      agenda.map((i) => ({ number: i.number, title: itemTitle(i, l), subPoints: withReview(i, input.reviewOutcome) })),
      meeting,
    ),
    signature: { name: secretariat.name, organization: secretariat.organization },
    invited: input.roster.map((m) => ({ firstName: m.firstName, lastName: m.lastName, organization: m.organization })),
  };
}

/**
 * «Vi ber deltakere i møtet forberede følgende:», item by item: the text the secretariat set on an item
 * (`forbered`), and for the round table without one, the group's standing request of seed 004.
 */
function preparations(agenda: AgendaItem[], inputDeadline: string | undefined, l: Locale): { itemNumber: number; text: string }[] {
  const round = agenda.find((i) => i.kind === 'round-table');
  return agenda.flatMap((i) => {
    if (i.prepare?.trim()) return [{ itemNumber: i.number, text: i.prepare.trim() }];
    return i === round ? defaultPrepare(round, inputDeadline, l) : [];
  });
}

function defaultPrepare(round: AgendaItem, inputDeadline: string | undefined, l: Locale): { itemNumber: number; text: string }[] {
  const deadline = inputDeadline && !Number.isNaN(Date.parse(inputDeadline)) ? formatLongDate(osloDateOf(new Date(inputDeadline)), l) : undefined;
  const text = deadline
    ? pick(l, {
        nb: `i forkant eller senest ${deadline}`,
        nn: `på førehand eller seinast ${deadline}`,
        en: `beforehand or by ${deadline} at the latest`,
      })
    : pick(l, {
        nb: 'i forkant eller senest en uke etter møtet',
        nn: 'på førehand eller seinast ei veke etter møtet',
        en: 'beforehand or at the latest a week after the meeting',
      });
  return [
    {
      itemNumber: round.number,
      text: pick(l, {
        nb:
          'Forberede kort innlegg (maks 2-3 min) om aktuelle saker i din kommune/delregion. ' +
          `Vi ber om at innlegget sendes skriftlig til sekretariatet ${text}, som underlag til referat. ` +
          'Innlegget kan også sendes til Referent i Teams med «innspill <tekst>».',
        nn:
          'Førebu eit kort innlegg (maks 2–3 min) om aktuelle saker i kommunen eller delregionen din. ' +
          `Vi ber om at innlegget blir sendt skriftleg til sekretariatet ${text}, som underlag for referatet. ` +
          'Innlegget kan også sendast til Referent i Teams med «innspel <tekst>».',
        en:
          'Prepare a short update (2-3 min at most) on current matters in your municipality or region. ' +
          `Please send it in writing to the secretariat ${text}, as a basis for the minutes. ` +
          'It can also be sent to Referent in Teams with "input <text>".',
      }),
    },
  ];
}
