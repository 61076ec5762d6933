import type { ItemKind } from '../domain/agenda';
import { personKey } from '../domain/keys';
import { isNoMatters } from '../domain/standard-wording';
import { docWords } from './document-texts';
import type { ReferatModel } from '../domain/referat';

/**
 * The metadata of the archive package (#17 §4): the locked referat described with the names of the
 * Noark 5 meeting module (møtenummer, utvalg, møtedato, møtested, møtedeltaker, møtesak), as JSON and
 * XML, for the municipality's own archive system to import. Pure: built from the same ReferatModel
 * the PDF is written from. The mapping is documented in docs/archive.md.
 */

/** The XML namespace of metadata.xml: Referent's own (no formal Noark 5 schema is claimed). */
export const ARCHIVE_NAMESPACE = 'urn:referent:arkivpakke:1';
export const ARCHIVE_FORMAT_VERSION = 'referent-arkivpakke/1';

export type Rolle = 'møteleder' | 'sekretariat' | 'medlem' | 'forfall';
export type Sakstype = 'orientering' | 'vedtakssak' | 'godkjenning' | 'eventuelt';

export interface ArchiveMetadata {
  format: string;
  møtenummer: string;
  utvalg: string;
  møtedato: string;
  møtetid: { start: string; slutt: string };
  møtested: string;
  /** When the referat was locked (ISO instant), if known. */
  låst?: string;
  /** merknad: the roster's note on the person ("vara"), which the referat prints after the name. */
  møtedeltakere: { navn: string; rolle: Rolle; organisasjon: string; merknad?: string }[];
  /**
   * A meeting in parts (#17 §1.8): each part with its number (from 1), heading and time; absent for a
   * meeting in one part. Each sak then names its part in `delnummer`, since saksnummer starts at 1 in each.
   */
  møtedeler?: { delnummer: number; tittel: string; start: string; slutt: string }[];
  saker: { delnummer?: number; saksnummer: number; tittel: string; sakstype: Sakstype; vedtak?: string }[];
  dokumenter: { filnavn: string; tittel: string; format: 'PDF/A-2a'; mimetype: 'application/pdf'; sha256: string; størrelse: number }[];
}

export interface ArchiveMetadataInput {
  referat: ReferatModel;
  møtenummer: string;
  /** Names holding the chair role in the group: present, they are the møteleder. */
  chairNames: string[];
  /** The organization of a person by name (the referat lists the secretariat by name only). */
  organizationOf: (name: string) => string | undefined;
  /** The roster's note on a person; the names in `referat` must come without it (assembled from a note-free roster). */
  noteOf?: (name: string) => string | undefined;
  lockedAt?: string;
  pdf: { fileName: string; sha256: string; size: number };
}

/**
 * Møtenummer: the meeting's ordinal among the group's meetings in the same calendar year, by date
 * ("2023-01" for the year's first). Referent derives it; the archive may number meetings its own way.
 */
export function meetingNumber(meetings: readonly { meetingId: string; date: string }[], meetingId: string): string {
  const self = meetings.find((m) => m.meetingId === meetingId);
  if (!self) throw new RangeError(`meeting ${meetingId} is not among the group's meetings`);
  const year = self.date.slice(0, 4);
  const sameYear = meetings.filter((m) => m.date.startsWith(year)).sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId));
  const ordinal = sameYear.findIndex((m) => m.meetingId === meetingId) + 1;
  return `${year}-${String(ordinal).padStart(2, '0')}`;
}

const SAKSTYPE: Record<ItemKind, Sakstype> = {
  'approve-notice': 'godkjenning',
  'approve-minutes': 'godkjenning',
  'round-table': 'orientering',
  orientation: 'orientering',
  'other-business': 'eventuelt',
  'follow-ups': 'orientering',
  discussion: 'vedtakssak',
  other: 'vedtakssak',
};

export function sakstypeOf(kind: ItemKind): Sakstype {
  return SAKSTYPE[kind];
}

export function buildArchiveMetadata(input: ArchiveMetadataInput): ArchiveMetadata {
  const { referat } = input;
  const chairs = new Set(input.chairNames.map(personKey));
  const role = (name: string, otherwise: Rolle): Rolle => (chairs.has(personKey(name)) ? 'møteleder' : otherwise);
  const person = (navn: string, rolle: Rolle, organisasjon: string) => {
    const merknad = input.noteOf?.(navn);
    return { navn, rolle, organisasjon, ...(merknad ? { merknad } : {}) };
  };
  const present = [
    ...referat.attendees.map((p) => person(p.name, role(p.name, 'medlem'), p.organization)),
    ...referat.secretariat.map((name) => person(name, role(name, 'sekretariat'), input.organizationOf(name) ?? '')),
  ];
  // The møteleder first, as the attendance table of the minutes has it.
  const deltakere = [...present.filter((p) => p.rolle === 'møteleder'), ...present.filter((p) => p.rolle !== 'møteleder')];
  const forfall = referat.apologies.map((p) => person(p.name, 'forfall', p.organization));
  // The referat marks the first item of each part with the part: every item after it belongs to that part.
  const parts = referat.items.flatMap((item) => (item.part ? [item.part] : []));
  let seen = 0;
  const partOfItem = referat.items.map((item) => (item.part ? ++seen : seen));
  return {
    format: ARCHIVE_FORMAT_VERSION,
    møtenummer: input.møtenummer,
    utvalg: referat.groupName,
    møtedato: referat.date,
    møtetid: { start: referat.start, slutt: referat.end },
    møtested: referat.place,
    ...(input.lockedAt ? { låst: input.lockedAt } : {}),
    møtedeltakere: [...deltakere, ...forfall],
    ...(parts.length > 0 ? { møtedeler: parts.map((p, i) => ({ delnummer: i + 1, tittel: p.title, start: p.start, slutt: p.end })) } : {}),
    saker: referat.items.map((item, i) => ({
      ...(partOfItem[i] ? { delnummer: partOfItem[i] } : {}),
      saksnummer: item.number,
      tittel: item.title,
      sakstype: sakstypeOf(item.kind),
      // «Ingen saker.» under an empty Eventuelt is the referat's wording, not a vedtak.
      ...(item.decision && !isNoMatters(item.decision) ? { vedtak: item.decision } : {}),
    })),
    dokumenter: [
      {
        filnavn: input.pdf.fileName,
        tittel: docWords(referat).referatTitle(referat.groupName),
        format: 'PDF/A-2a',
        mimetype: 'application/pdf',
        sha256: input.pdf.sha256,
        størrelse: input.pdf.size,
      },
    ],
  };
}

export function archiveMetadataJson(meta: ArchiveMetadata): string {
  return `${JSON.stringify(meta, null, 2)}\n`;
}

/**
 * XML text: the five predefined entities escaped, and what XML 1.0 cannot carry at all (control
 * characters other than tab and newline, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Element names as Noark 5's XML writes them: ø as «oe», å as «aa» (ASCII names). */
const xmlName = (name: string) => name.replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/æ/g, 'ae');

function element(name: string, value: unknown, indent: string): string {
  const tag = xmlName(name);
  if (Array.isArray(value)) {
    // A list is written as its items, each named by the list's singular (møtedeltakere → møtedeltaker).
    const itemName = LIST_ITEMS[name] ?? name;
    return `${indent}<${tag}>\n${value.map((v) => element(itemName, v, `${indent}  `)).join('')}${indent}</${tag}>\n`;
  }
  if (value !== null && typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `${indent}<${tag}>\n${children.map(([k, v]) => element(k, v, `${indent}  `)).join('')}${indent}</${tag}>\n`;
  }
  return `${indent}<${tag}>${xmlText(String(value))}</${tag}>\n`;
}

const LIST_ITEMS: Record<string, string> = { møtedeltakere: 'møtedeltaker', møtedeler: 'møtedel', saker: 'sak', dokumenter: 'dokument' };

export function archiveMetadataXml(meta: ArchiveMetadata): string {
  const children = Object.entries(meta).filter(([, v]) => v !== undefined);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<moete xmlns="${ARCHIVE_NAMESPACE}">\n${children.map(([k, v]) => element(k, v, '  ')).join('')}</moete>\n`;
}
