import { isNoMatters } from '../domain/standard-wording';
import { docWords, type DocumentLanguage } from './document-texts';
import { formatDate } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel, RoundTableSection } from '../domain/referat';

/*
 * Text rules shared by the four writers (Markdown, HTML, DOCX, PDF), so every format says the same
 * thing. Moved here from the domain (#13 §7): what goes where is the domain's model; how a text is
 * cleaned, split into blocks and labelled on the page is the writers' business.
 */

// Anything that may need removing; most texts contain none of it, so one test usually decides.
// Direction controls (text.ts) too: text stored before they were stripped on the way in.
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes what no format can carry: control characters that are invalid in XML 1.0 (DOCX would be
 * unreadable), lone surrogates, U+FFFE/U+FFFF and direction controls; line ends become \n. Tabs and newlines stay.
 */
export function cleanText(s: string): string {
  return SUSPECT.test(s) ? s.replace(/\r\n?/g, '\n').replace(INVALID, '') : s;
}

/** A member's text as paragraphs and bullet lists, so their own "- " lines become real list items. */
export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: { text: string; level: 0 | 1 }[] };

const BULLET_CHARS = new Set(['-', '*', '•', '–', '+', '▪', '◦', '·']);

/**
 * Splits text into blocks: paragraphs (their lines kept) and lists, whose items take the wrapped lines
 * under them. `escape`, when given, is applied to the whole text first: one pass
 * instead of one per line matters with 1,000 inputs of 8,000 characters. It must leave newlines,
 * whitespace and the bullet characters alone (true for HTML and XML escaping, not for Markdown).
 */
export function textBlocks(text: string, escape?: (s: string) => string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  const clean = cleanText(text);
  for (const raw of (escape ? escape(clean) : clean).split('\n')) {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      continue;
    }
    // A bullet is a bullet character followed by a space or tab, like "- tekst" (not "-5 %").
    if (BULLET_CHARS.has(line[0]) && (line[1] === ' ' || line[1] === '\t') && line.slice(2).trim() !== '') {
      const indent = raw.length - raw.trimStart().length;
      const level = indent >= 2 || raw.startsWith('\t') ? 1 : 0;
      if (current?.kind !== 'list') blocks.push((current = { kind: 'list', items: [] }));
      current.items.push({ text: line.slice(2).trim(), level });
    } else if (current?.kind === 'list') {
      // A line right under a bullet, neither a bullet nor blank, is that bullet's text wrapped by Word or
      // Outlook: it stays in the bullet (#17 §1.11). A blank line ends the list.
      const last = current.items[current.items.length - 1];
      last.text = `${last.text} ${line}`;
    } else {
      if (current?.kind !== 'paragraph') blocks.push((current = { kind: 'paragraph', lines: [] }));
      current.lines.push(line);
    }
  }
  return blocks;
}

/** A piece of a line with its emphasis and, for a link, its target (already escaped like the text). */
export interface EmphasisSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http:, https: or mailto: only; anything else the member wrote stays text (#17 §1.4). */
  href?: string;
}

// **fet** and *kursiv* as the preview card shows them: the text inside starts and ends with a non-space,
// holds no asterisk and stays on one line, so "5 * 3 * 2" and a lone "*" stay as they are.
const EMPHASIS_SRC = String.raw`\*\*([^\s*](?:[^*\n]*[^\s*])?)\*\*|\*([^\s*](?:[^*\n]*[^\s*])?)\*`;
const EMPHASIS = new RegExp(EMPHASIS_SRC, 'g');

/*
 * Links in escaped text (HTML or XML escaping: & is &amp;, and < > are entities, so a URL stops at any
 * entity but &amp;, and at quotes, whitespace and brackets). A URL's parentheses count only in balanced
 * pairs, and it does not end in . , ; : ! ? (the sentence's, not the URL's). Only these schemes.
 */
const SCHEME = String.raw`(?:https?:\/\/|mailto:)`;
const URL_CHAR = String.raw`(?:[^\s<>"'&()\[\]*]|&amp;)`;
const URL_END = String.raw`(?:[^\s<>"'&()\[\]*.,;:!?]|&amp;|\(${URL_CHAR}*\))`;
const BARE_URL = String.raw`${SCHEME}(?:${URL_CHAR}|\(${URL_CHAR}*\))*${URL_END}`;
// [tekst](https://…) as Markdown writes a link: the label on one line, no brackets in it.
const MD_LINK = String.raw`\[([^\[\]\n]+)\]\((${SCHEME}(?:${URL_CHAR}|\(${URL_CHAR}*\))+)\)`;
// One pass: a Markdown link, a bare URL or emphasis, whichever starts first. A URL in angle brackets
// («<https://…>», an autolink or something shaped like an HTML tag) stays text, as the hostile cases pin it.
const SPANS = new RegExp(`${MD_LINK}|(?<![\\w/]|&lt;)(${BARE_URL})|${EMPHASIS_SRC}`, 'gi');
const MAYBE_MARKUP = /\*|:\/\/|mailto:/i;

/** Whether a line may hold emphasis or a link (the writers keep plain text in one run). */
export const mayHaveSpans = (line: string): boolean => MAYBE_MARKUP.test(line);

/**
 * Splits one line (already escaped: escaping leaves asterisks, brackets and URLs' characters alone)
 * into spans, reading Markdown emphasis the member typed: «**fet**» bold, «*kursiv*» italic, without
 * the asterisks (#17 §1.5), and links (#17 §1.4): «[tekst](https://…)» and bare http(s)/mailto URLs.
 * Emphasis may hold links and a link's label emphasis. Only asterisks: «_» is too common in names and
 * addresses to mean italic. Any other scheme (javascript:, data:, file:) matches nothing and stays text.
 */
export function emphasisSpans(line: string, inherit: Omit<EmphasisSpan, 'text'> = {}): EmphasisSpan[] {
  if (!mayHaveSpans(line)) return [{ text: line, ...inherit }];
  const spans: EmphasisSpan[] = [];
  let at = 0;
  for (const m of line.matchAll(inherit.href ? EMPHASIS : SPANS)) {
    if (m.index > at) spans.push({ text: line.slice(at, m.index), ...inherit });
    at = m.index + m[0].length;
    if (inherit.href) {
      spans.push(m[1] !== undefined ? { text: m[1], ...inherit, bold: true } : { text: m[2], ...inherit, italic: true });
    } else if (m[1] !== undefined) {
      spans.push(...emphasisSpans(m[1], { ...inherit, href: m[2] }));
    } else if (m[3] !== undefined) {
      spans.push({ text: m[3], ...inherit, href: m[3] });
    } else if (m[4] !== undefined) {
      spans.push(...emphasisSpans(m[4], { ...inherit, bold: true }));
    } else {
      spans.push(...emphasisSpans(m[5], { ...inherit, italic: true }));
    }
  }
  if (at < line.length || spans.length === 0) spans.push({ text: line.slice(at), ...inherit });
  return spans;
}

/** One line of text for places that cannot hold line breaks (table cells, headings). */
export function oneLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/**
 * «(mottatt etter møtet)», «(skrevet inn av sekretariatet)»: for drafts and the secretariat's view;
 * the locked (final) referat leaves them out unless the group keeps them (#17 §1.10).
 */
export function entryMarkers(entry: RoundTableSection['entries'][number], model: Pick<ReferatModel, 'final' | 'keepMarkers' | 'language'>): string[] {
  if (model.final && !model.keepMarkers) return [];
  const d = docWords(model);
  const markers: string[] = [];
  if (entry.receivedAfterMeeting) markers.push(d.receivedAfter);
  if (entry.enteredBySecretariat) markers.push(d.enteredBySecretariat);
  return markers;
}

/**
 * The group writes an outcome as the sentence it is («Innkallingen ble godkjent.»); «Vedtak: » goes
 * before it only for a group that makes formal vedtak (its setting), and never before «Ingen saker.».
 */
export function decisionLabel(item: ReferatItem, model: Pick<ReferatModel, 'decisionLabel' | 'language'>): string {
  return !model.decisionLabel || (item.kind === 'other-business' && isNoMatters(item.decision)) ? '' : docWords(model).decision;
}

/** A name in the attendance table: the chair's marked «(møteleder)» (#17 §1.7). */
export function attendeeName(a: ReferatModel['attendees'][number], model: DocumentLanguage): string {
  return a.chair ? `${oneLine(a.name)} ${docWords(model).chair}` : a.name;
}

/**
 * The author in the document properties (DOCX core.xml, PDF Info/XMP): the secretariat. The notice
 * signs with its organization; the referat carries no signature: the group's sender, else «Sekretariatet for <group>».
 */
export function documentAuthor(model: ReferatModel | InnkallingModel): string {
  return 'signature' in model ? oneLine(model.signature.organization) : oneLine(model.sender ?? docWords(model).secretariatOf(model.groupName));
}

/** The closing table of the referat (#18 §1): its heading, columns and rows (text on one line, date dd.mm.åååå). */
/** The referat's follow-up table: its heading and columns in the document's language. */
export const followUpHeading = (model: DocumentLanguage): string => docWords(model).followUpHeading;
export const followUpColumns = (model: DocumentLanguage): string[] => {
  const d = docWords(model);
  return [d.followUpWhat, d.followUpOwner, d.followUpDue];
};
export function followUpRows(model: Pick<ReferatModel, 'followUpTable'>): string[][] {
  return (model.followUpTable ?? []).map((f) => [oneLine(cleanText(f.text)), oneLine(f.owner ?? ''), f.due?.trim() ? dueText(oneLine(f.due)) : '']);
}

/** " — ansvarlig: Eir, frist: 01.02.2023" after a follow-up's text. */
export function followUpSuffix(f: ReferatItem['followUps'][number], model: DocumentLanguage): string {
  const d = docWords(model);
  const parts: string[] = [];
  if (f.owner?.trim()) parts.push(`${d.owner}: ${oneLine(f.owner)}`);
  if (f.due?.trim()) parts.push(`${d.due}: ${dueText(oneLine(f.due))}`);
  return parts.length > 0 ? ` — ${parts.join(', ')}` : '';
}

/** Due dates are free text ("neste møte") unless they are a real yyyy-mm-dd. */
function dueText(due: string): string {
  try {
    return formatDate(due);
  } catch {
    return due;
  }
}

/**
 * The meeting's links printed under Tid and Sted, in the group's words (#17 §1.4): the referat's
 * presentations; the innkalling's Teams meeting, then its documents. URLs are safe http(s) ones
 * (src/domain/meeting-links.ts); each writer escapes them like any text.
 */
export function documentLinks(model: ReferatModel | InnkallingModel): { label: string; url: string }[] {
  const d = docWords(model);
  const links: { label: string; url: string | undefined }[] =
    'signature' in model
      ? [
          { label: d.teamsLink, url: model.teamsUrl },
          { label: d.documentsLink, url: model.documentsUrl },
        ]
      : [{ label: d.presentationsLink, url: model.presentationsUrl }];
  return links.filter((l): l is { label: string; url: string } => Boolean(l.url));
}
