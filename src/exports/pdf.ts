import { formatDate, formatMeetingTime, formatNoticeLongTime, formatNoticeTime } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel } from '../domain/referat';
import {
  attendeeName,
  cleanText,
  decisionLabel,
  documentLinks,
  documentAuthor,
  emphasisSpans,
  entryMarkers,
  followUpColumns,
  followUpHeading,
  followUpRows,
  followUpSuffix,
  mayHaveSpans,
  oneLine,
  textBlocks,
} from './writer-text';
import { PdfWriter, type Span } from './pdf-layout';
import { docWords, documentLangTag, languageOf } from './document-texts';
import { xmlEscape } from './pdf-meta';

/**
 * The archive format: a tagged PDF/A-2a with the same content, in the same order, as the DOCX
 * (docx.ts is the reference outline; a change there belongs here too). Made in Node with pdfkit,
 * so no LibreOffice is needed where the bot runs.
 */

export interface PdfOptions {
  /** The document's language (catalog /Lang); default: the model's (the group's `språk`). */
  lang?: string;
  /** The Author property: the secretariat. */
  author?: string;
}

const pair = (label: string, value: string): Span[] => [{ text: `${label} `, bold: true }, { text: oneLine(value) }];
const br: Span = { text: '\n' };

const XML_UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const xmlUnescape = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_UNESCAPES[e]);

/** A link target the PDF may carry: http, https or mailto, as the URL parser writes it (ASCII, as /URI must be). */
export function pdfLinkTarget(url: string): string | undefined {
  try {
    const u = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One line of a member's text as spans: «**fet**» bold, «*kursiv*» italic, links and bare URLs as
 * links, read by the same rule as the DOCX and HTML (emphasisSpans reads escaped text, so the line is
 * escaped for it and the pieces unescaped). Anything else, «javascript:» links included, stays text.
 */
function richLine(line: string): Span[] {
  if (!mayHaveSpans(line)) return [{ text: line }];
  return emphasisSpans(xmlEscape(line)).map((s) => {
    const link = s.href === undefined ? undefined : pdfLinkTarget(xmlUnescape(s.href));
    return { text: xmlUnescape(s.text), ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(link ? { link } : {}) };
  });
}

/** Lines as spans with line breaks between them; plain lines stay one span. */
function richLines(lines: string[]): Span[] {
  if (!lines.some(mayHaveSpans)) return [{ text: lines.join('\n') }];
  return lines.flatMap((line, i) => (i === 0 ? richLine(line) : [br, ...richLine(line)]));
}

/** User text as paragraphs and bulleted lists; an optional bold label leads the first paragraph. */
function blocks(w: PdfWriter, text: string, lead?: string): void {
  let leadSpan: Span[] = lead === undefined ? [] : [{ text: `${lead} `, bold: true }];
  for (const block of textBlocks(text)) {
    if (block.kind === 'paragraph') {
      w.paragraph([...leadSpan, ...richLines(block.lines)]);
    } else {
      if (leadSpan.length > 0) w.paragraph(leadSpan);
      w.list(block.items.map((i) => ({ spans: richLine(i.text), level: i.level })));
    }
    leadSpan = [];
  }
  if (leadSpan.length > 0) w.paragraph(leadSpan);
}

const label = (w: PdfWriter, text: string): void => w.paragraph([{ text, bold: true }], { keepNext: true });
const bullets = (w: PdfWriter, items: string[]): void => {
  if (items.length > 0) w.list(items.map((text) => ({ spans: richLine(oneLine(text)), level: 0 })));
};

function item(w: PdfWriter, it: ReferatItem, model: ReferatModel): void {
  const d = docWords(model);
  // A part of a meeting in parts starts with its heading and time (#17 §1.8).
  if (it.part) {
    w.heading(2, oneLine(it.part.title));
    label(w, d.partTime(it.part.start, it.part.end));
  }
  w.heading(2, oneLine(`${d.item} ${it.number}. ${it.title}`));
  bullets(w, it.subPoints);
  for (const note of it.notes) blocks(w, note);
  for (const section of it.roundTable ?? []) {
    w.heading(3, oneLine(section.heading ?? section.organization));
    for (const entry of section.entries) {
      blocks(w, entry.text);
      const markers = entryMarkers(entry, model);
      if (markers.length > 0) w.paragraph([{ text: markers.join(' '), italic: true }]);
    }
  }
  if (it.decision) {
    const l = decisionLabel(it, model).trim();
    blocks(w, it.decision, l || undefined);
  }
  for (const f of it.followUps) blocks(w, `${cleanText(f.text).trim()}${followUpSuffix(f, model)}`, d.followUp);
}

export function referatToPdf(model: ReferatModel, options: PdfOptions = {}): Promise<Buffer> {
  const d = docWords(model);
  const title = oneLine(d.referatTitle(model.groupName));
  const w = new PdfWriter({
    title: `${title}, ${formatDate(model.date)}`,
    author: options.author ?? documentAuthor(model),
    subject: oneLine(`${d.referatSubject}, ${model.groupName}, ${formatDate(model.date)}`),
    lang: options.lang ?? documentLangTag(model),
    page: { page: d.page, of: d.pageOf },
  });
  w.paragraph(pair(d.date, formatDate(model.madeDate ?? model.date)));
  w.heading(1, title);
  w.paragraph([...pair(d.time, formatMeetingTime(model.date, model.start, model.end, languageOf(model))), br, ...pair(d.place, model.place)]);
  linkParagraphs(w, model);
  label(w, d.attendees);
  w.table(
    [d.nameHeader, d.orgHeader],
    model.attendees.map((a) => [oneLine(attendeeName(a, model)), oneLine(a.organization)]),
    [0.5, 0.5],
  );
  if (model.secretariat.length > 0) {
    label(w, d.secretariat);
    w.paragraph([{ text: model.secretariat.map(oneLine).join(', ') }]);
  }
  if (model.apologies.length > 0) {
    label(w, d.apologies);
    w.paragraph([
      { text: model.apologies.map((a) => (a.organization.trim() ? `${oneLine(a.name)} (${oneLine(a.organization)})` : oneLine(a.name))).join(', ') },
    ]);
  }
  label(w, d.agenda);
  for (const it of model.items) item(w, it, model);
  const followUps = followUpRows(model);
  if (followUps.length > 0) {
    w.heading(2, followUpHeading(model));
    w.table(followUpColumns(model), followUps, [0.5, 0.34, 0.16]);
  }
  return w.finish();
}

export function innkallingToPdf(model: InnkallingModel, options: PdfOptions = {}): Promise<Buffer> {
  const d = docWords(model);
  const l = languageOf(model);
  const w = new PdfWriter({
    title: oneLine(d.innkallingTitle(model.groupName, formatDate(model.date))),
    author: options.author ?? documentAuthor(model),
    subject: oneLine(`${d.innkallingSubject}, ${model.groupName}, ${formatDate(model.date)}`),
    lang: options.lang ?? documentLangTag(model),
    page: { page: d.page, of: d.pageOf },
  });
  const saksbehandler = pair(d.saksbehandler, model.saksbehandler.name);
  if (model.saksbehandler.phone?.trim()) saksbehandler.push(br, { text: `${d.phone} ${oneLine(model.saksbehandler.phone)}` });
  w.paragraph([...pair(d.date, formatDate(model.noticeDate)), br, ...pair(d.deresRef, model.deresRef), br, ...pair(d.varRef, model.varRef)]);
  w.paragraph(saksbehandler);
  if (model.archiveCode !== undefined) w.paragraph(pair(d.archiveCode, model.archiveCode));
  w.paragraph([{ text: oneLine(model.to) }]);
  w.paragraph([...pair(d.time, formatNoticeTime(model.date, model.start, model.end, l)), br, ...pair(d.place, model.place)]);
  linkParagraphs(w, model);
  if (model.prepare.length > 0) {
    label(w, d.prepare);
    for (const p of model.prepare) blocks(w, p.text, `${d.item} ${p.itemNumber}.`);
  }
  w.paragraph([{ text: d.regards }, br, { text: oneLine(model.signature.name) }, br, { text: oneLine(model.signature.organization) }], {
    spaceBefore: 12,
  });
  w.heading(1, oneLine(d.agendaTitle(model.groupName, formatDate(model.date))));
  w.paragraph(pair(d.timeAndPlace, `${formatNoticeLongTime(model.date, model.start, model.end, l)}, ${model.place}`));
  for (const a of model.agenda) {
    if (a.part) {
      w.heading(2, oneLine(a.part.title));
      label(w, d.partTime(a.part.start, a.part.end));
    }
    w.paragraph([{ text: `${a.number}. ${oneLine(a.title)}`, bold: true }], { keepNext: a.subPoints.length > 0 });
    bullets(w, a.subPoints);
  }
  w.heading(2, d.invited);
  w.table(
    [d.firstName, d.lastName, d.organization],
    model.invited.map((i) => [oneLine(i.firstName), oneLine(i.lastName), oneLine(i.organization)]),
    [0.27, 0.27, 0.46],
  );
  return w.finish();
}

/** The meeting's links (#17 §1.4): the label and the address as a link (a printed archive copy still shows where it went). */
function linkParagraphs(w: PdfWriter, model: ReferatModel | InnkallingModel): void {
  for (const l of documentLinks(model)) {
    const link = pdfLinkTarget(l.url);
    w.paragraph([{ text: `${l.label}: ` }, { text: l.url, ...(link ? { link } : {}) }]);
  }
}
