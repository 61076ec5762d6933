import type { AgendaPart, ItemKind } from './agenda';
import type { Locale } from './language';

/**
 * The minutes ("referat") as the writers see them: everything already resolved to display text,
 * in the order of the seeds' minutes. Assembled from stored data by referat-assembly.ts.
 */
export interface ReferatModel {
  /** The group's language (`språk`, #19); absent: Bokmål. */
  language?: Locale;
  groupName: string;
  /** The secretariat's organization, the documents' author («Sekretariatet for Osloregionen»); absent: «Sekretariatet for <group>». */
  sender?: string;
  /** yyyy-mm-dd, HH:mm, HH:mm in Europe/Oslo; the times span the whole meeting, every part of it. */
  date: string;
  start: string;
  end: string;
  place: string;
  /**
   * yyyy-mm-dd, printed «Dato:» above the title: the day the referat was made (its approval for
   * locked minutes, else its first export), stable across re-exports. Absent: the meeting's date.
   */
  madeDate?: string;
  /** «Presentasjoner fra møtet finner man her» (`lenke presentasjoner`), a safe http(s) URL. */
  presentationsUrl?: string;
  /** The chair first (`chair`: printed «(møteleder)»), then roster order; never the secretariat. */
  attendees: { name: string; organization: string; chair?: boolean }[];
  secretariat: string[];
  apologies: { name: string; organization: string }[];
  items: ReferatItem[];
  /** «Oppfølgingspunkter» at the end: every item's follow-ups (hva, ansvar, frist yyyy-mm-dd); empty: no table. */
  followUpTable: { text: string; owner?: string; due?: string }[];
  /** The locked referat: the final version, without the drafts' internal markers. */
  final: boolean;
  /** «Vedtak: » before outcomes (a group that makes formal vedtak); off for this group's layout. */
  decisionLabel: boolean;
  /** Keep «(mottatt etter møtet)» and «(skrevet inn av sekretariatet)» in the final referat too. */
  keepMarkers: boolean;
}

export interface ReferatItem {
  /** The number printed: in a meeting in parts counted from 1 in each part (#17 §1.8). */
  number: number;
  /** On the first item of each part of a meeting in parts: the part's heading and time, printed before the item. */
  part?: AgendaPart;
  title: string;
  kind: ItemKind;
  subPoints: string[];
  notes: string[];
  decision?: string;
  /** Only on the round-table item: one heading per organization with its input below. */
  roundTable?: RoundTableSection[];
  followUps: { text: string; owner?: string; due?: string }[];
}

export interface RoundTableSection {
  organization: string;
  /** «Kari fra Ringeriksregionen:» (who wrote, and from where), or «Asker kommune:»; absent: the organization. */
  heading?: string;
  entries: { text: string; source: 'written' | 'note'; receivedAfterMeeting: boolean; enteredBySecretariat: boolean }[];
}

/** The notice ("innkalling") in the layout of seeds 002 and 004. */
export interface InnkallingModel {
  /** The group's language (`språk`, #19); absent: Bokmål. */
  language?: Locale;
  groupName: string;
  /** Date of the notice, yyyy-mm-dd. */
  noticeDate: string;
  deresRef: string;
  varRef: string;
  saksbehandler: { name: string; phone?: string };
  /** «Arkivkode:», printed (empty when unset) as the group's notices do. */
  archiveCode?: string;
  /** `lenke teams` and `lenke sakspapirer`: safe http(s) URLs printed as links under Tid and Sted. */
  teamsUrl?: string;
  documentsUrl?: string;
  /** "Til Osloregionens faggruppe for Nærings samarbeid" */
  to: string;
  date: string;
  start: string;
  end: string;
  place: string;
  /** "Vi ber deltakere i møtet forberede følgende": per item. */
  prepare: { itemNumber: number; text: string }[];
  /** `number` as printed (from 1 in each part); `part` on the first item of each part of a meeting in parts (#17 §1.8). */
  agenda: { number: number; title: string; subPoints: string[]; part?: AgendaPart }[];
  signature: { name: string; organization: string };
  invited: { firstName: string; lastName: string; organization: string }[];
}
