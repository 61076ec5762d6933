import { pick, type Locale, type Text } from './language';
import { itemTitle } from './standard-wording';
import { orgKey, personKey } from './keys';
import type { Input, MeetingData } from './meeting-types';
import type { ReferatItem, RoundTableSection } from './referat';
import type { RosterMember } from './roster';
import { shortNameOf, type ShortNames } from './short-names';

/*
 * The round table of the referat (#17 §1.3): one section per organization, in the order the meeting
 * heard them — the organizations that spoke, in the order they had the word on the round-table
 * card, or else in the order of the chair's notes about them; then written input, in the order it
 * was received; then anything else in roster order. A
 * section is headed the way the group's minutes write it: «Kari fra Ringeriksregionen:», with the
 * group's short name for the organization (`innstilling kortnavn`) where it has one.
 */

const tidy = (s: string) => s.trim().replace(/\s+/g, ' ');
const collator = new Intl.Collator('nb-NO', { sensitivity: 'base', numeric: true });
const UNRANKED = Number.MAX_SAFE_INTEGER;

type Section = RoundTableSection & { rosterRank: number; noteRank?: number; firstWritten?: string; speakers: string[] };

/**
 * Written input goes to the first round-table item. Choice for a meeting without one: the input is
 * placed on the last item before Eventuelt (or on an added "Runde rundt bordet" item when the agenda
 * is empty), because minutes that silently drop a member's input are worse than a slightly odd
 * placement. Chair notes that start with a known organization ("Drammen kommune: …") become that
 * organization's entries on every round-table item they were recorded on.
 */
export function placeRoundTable(
  items: ReferatItem[],
  inputs: Input[],
  meeting: MeetingData,
  roster: RosterMember[],
  l: Locale = 'nb',
  shortNames?: ShortNames,
): void {
  const written = inputs.filter((c) => c.meetingId === meeting.meetingId && !c.restricted && c.text.trim() !== '');
  const orgs = organizationIndex(roster, written, shortNames);
  const spoke = spokenOrder(meeting);
  const givenNames = new Map(roster.map((m) => [m.id, tidy(m.firstName)] as const));

  let target = items.find((i) => i.kind === 'round-table');
  if (!target && written.length > 0) {
    const eventuelt = items.findIndex((i) => i.kind === 'other-business');
    const candidates = eventuelt >= 0 ? items.slice(0, eventuelt) : items;
    target = candidates[candidates.length - 1];
    if (!target) {
      const number = items.length === 0 ? 1 : Math.max(...items.map((i) => i.number)) + 1;
      target = {
        number,
        title: itemTitle({ title: 'Runde rundt bordet', kind: 'round-table' }, l),
        kind: 'round-table',
        subPoints: [],
        notes: [],
        followUps: [],
      };
      items.push(target);
    }
  }

  for (const item of items) {
    const sections = new Map<string, Section>();
    const section = (org: string): Section => {
      const key = orgKey(org);
      let s = sections.get(key);
      if (!s) {
        s = { organization: orgs.display.get(key) ?? org.trim(), entries: [], rosterRank: orgs.rank.get(key) ?? UNRANKED, speakers: [] };
        // A spelling the roster holds as written keeps its own name and place ("Asker/Bærum" and "Asker/ Bærum").
        const exact = orgs.exact.get(tidy(org));
        if (exact !== undefined) Object.assign(s, { organization: tidy(org), rosterRank: exact });
        sections.set(key, s);
      }
      return s;
    };
    if (item === target) {
      const sorted = [...written].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      for (const c of sorted) {
        const s = section(c.organization);
        s.firstWritten ??= c.updatedAt;
        // The member wrote it: their given name heads the section. Typed in by the secretariat: the organization alone.
        const given = c.enteredBySecretariat ? undefined : (c.memberId && givenNames.get(c.memberId)) || tidy(c.authorName).split(' ')[0];
        if (given && !s.speakers.some((n) => personKey(n) === personKey(given))) s.speakers.push(given);
        // «Ringerike: …» (or the short name: «Ringeriksregionen: …») under «Kari fra Ringeriksregionen:» would say it twice.
        const hit = orgs.matchPrefix(c.text);
        const text = hit && orgKey(hit.organization) === orgKey(s.organization) ? hit.rest : c.text;
        s.entries.push({ text, source: 'written', receivedAfterMeeting: c.received === 'after', enteredBySecretariat: c.enteredBySecretariat });
      }
    }
    if (item.kind === 'round-table') {
      let noted = 0;
      item.notes = item.notes.filter((note) => {
        const hit = orgs.matchPrefix(note);
        if (!hit) return true;
        const s = section(hit.organization);
        s.noteRank ??= noted++;
        s.entries.push({ text: hit.rest, source: 'note', receivedAfterMeeting: false, enteredBySecretariat: false });
        return false;
      });
    }
    if (sections.size > 0) item.roundTable = ordered(sections, spoke, l, shortNames);
  }
}

/** Spoke first (card order, else the chair's notes), then written input by arrival, then the roster; each headed «Kari fra …:». */
function ordered(sections: Map<string, Section>, spoke: Map<string, number>, l: Locale, shortNames?: ShortNames): RoundTableSection[] {
  const rank = ([key, s]: [string, Section]): [number, number, string, number] => [
    spoke.get(key) ?? UNRANKED,
    s.noteRank ?? UNRANKED,
    s.firstWritten ?? '\uffff',
    s.rosterRank,
  ];
  return [...sections.entries()]
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2].localeCompare(rb[2]) || ra[3] - rb[3] || collator.compare(a[0], b[0]);
    })
    .map(([, { rosterRank: _r, noteRank: _n, firstWritten: _f, speakers, ...s }]) => ({
      ...s,
      heading: headingOf(speakers, shortNameOf(shortNames, s.organization) ?? s.organization, l),
    }));
}

// The heading's two words in the document's language: before, an English or nynorsk referat said «Kari fra …».
const FROM: Text = { nb: 'fra', nn: 'frå', en: 'from' };
const AND: Text = { nb: 'og', nn: 'og', en: 'and' };

/** «Kari fra Ringeriksregionen:», «Kari og Ola fra Drammen kommune:», or «Asker kommune:» when no member wrote; `organization` is the short name when set. */
function headingOf(speakers: string[], organization: string, l: Locale): string {
  if (speakers.length === 0) return `${organization}:`;
  const names = speakers.length === 1 ? speakers[0] : `${speakers.slice(0, -1).join(', ')} ${pick(l, AND)} ${speakers.at(-1)}`;
  return `${names} ${pick(l, FROM)} ${organization}:`;
}

/** The organizations that had the word on the round-table card, in that order (by organization key). */
function spokenOrder(meeting: MeetingData): Map<string, number> {
  const round = meeting.run?.round;
  const order = new Map<string, number>();
  round?.order.forEach((org, i) => {
    if (round.outcome[i] === 'spoken' && !order.has(orgKey(org))) order.set(orgKey(org), order.size);
  });
  return order;
}

interface OrganizationIndex {
  /** Roster position of each organization key (first member of it). */
  rank: Map<string, number>;
  /** The spelling to print: the roster's, else the first input's. */
  display: Map<string, string>;
  /** Roster position of each spelling as written (spaces tidied). */
  exact: Map<string, number>;
  matchPrefix(note: string): { organization: string; rest: string } | undefined;
}

function organizationIndex(roster: RosterMember[], written: Input[], shortNames?: ShortNames): OrganizationIndex {
  const rank = new Map<string, number>();
  const display = new Map<string, string>();
  const exact = new Map<string, number>();
  roster.forEach((m, i) => {
    if (!exact.has(tidy(m.organization))) exact.set(tidy(m.organization), i);
    const key = orgKey(m.organization);
    if (key === '' || rank.has(key)) return;
    rank.set(key, i);
    display.set(key, m.organization.trim());
  });
  for (const c of written) {
    const key = orgKey(c.organization);
    if (!display.has(key)) display.set(key, c.organization.trim());
  }
  // Chairs write the short name ("Drammen:") as often as the full one ("Drammen kommune:").
  const aliases = new Map<string, string>();
  for (const key of display.keys()) {
    aliases.set(key, key);
    const short = key.replace(/\s+kommune$/, '');
    if (short !== key && !aliases.has(short)) aliases.set(short, key);
  }
  // The group's own short name («Ringeriksregionen») is written as a prefix too; it never takes over a full name.
  for (const [key, { short }] of Object.entries(shortNames ?? {})) {
    const alias = orgKey(short);
    if (display.has(key) && alias && !aliases.has(alias)) aliases.set(alias, key);
  }
  return {
    rank,
    display,
    exact,
    matchPrefix(note) {
      const m = /^\s*([^:\n]{1,120}):\s*([\s\S]*)$/.exec(note);
      const key = m ? aliases.get(orgKey(m[1])) : undefined;
      if (!m || !key || m[2].trim() === '') return undefined;
      return { organization: exact.has(tidy(m[1])) ? tidy(m[1]) : (display.get(key) ?? m[1].trim()), rest: m[2].trim() };
    },
  };
}
