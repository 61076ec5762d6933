import { formatDate, formatMeetingTime, formatNoticeLongTime, formatNoticeTime } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel } from '../domain/referat';
import {
  attendeeName,
  cleanText,
  decisionLabel,
  documentLinks,
  documentAuthor,
  entryMarkers,
  FOLLOW_UP_COLUMNS,
  FOLLOW_UP_HEADING,
  followUpRows,
  followUpSuffix,
  oneLine,
  textBlocks,
} from './writer-text';
import { PdfWriter, type Span } from './pdf-layout';

/**
 * The archive format: a tagged PDF/A-2a with the same content, in the same order, as the DOCX
 * (docx.ts is the reference outline; a change there belongs here too). Made in Node with pdfkit,
 * so no LibreOffice is needed where the bot runs.
 */

export interface PdfOptions {
  /** The document's language (catalog /Lang); the text of both documents is Bokmål. */
  lang?: string;
  /** The Author property: the secretariat. */
  author?: string;
}

const pair = (label: string, value: string): Span[] => [{ text: `${label} `, bold: true }, { text: oneLine(value) }];
const br: Span = { text: '\n' };

/** User text as paragraphs and bulleted lists; an optional bold label leads the first paragraph. */
function blocks(w: PdfWriter, text: string, lead?: string): void {
  let leadSpan: Span[] = lead === undefined ? [] : [{ text: `${lead} `, bold: true }];
  for (const block of textBlocks(text)) {
    if (block.kind === 'paragraph') {
      w.paragraph([...leadSpan, { text: block.lines.join('\n') }]);
    } else {
      if (leadSpan.length > 0) w.paragraph(leadSpan);
      w.list(block.items);
    }
    leadSpan = [];
  }
  if (leadSpan.length > 0) w.paragraph(leadSpan);
}

const label = (w: PdfWriter, text: string): void => w.paragraph([{ text, bold: true }], { keepNext: true });
const bullets = (w: PdfWriter, items: string[]): void => {
  if (items.length > 0) w.list(items.map((text) => ({ text: oneLine(text), level: 0 })));
};

function item(w: PdfWriter, it: ReferatItem, model: ReferatModel): void {
  w.heading(2, oneLine(`Sak ${it.number}. ${it.title}`));
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
  for (const f of it.followUps) blocks(w, `${cleanText(f.text).trim()}${followUpSuffix(f)}`, 'Oppfølging:');
}

export function referatToPdf(model: ReferatModel, options: PdfOptions = {}): Promise<Buffer> {
  const title = oneLine(`Referat fra møte i ${model.groupName}`);
  const w = new PdfWriter({
    title: `${title}, ${formatDate(model.date)}`,
    author: options.author ?? documentAuthor(model),
    subject: oneLine(`Referat, ${model.groupName}, ${formatDate(model.date)}`),
    lang: options.lang ?? 'nb-NO',
  });
  w.paragraph(pair('Dato:', formatDate(model.madeDate ?? model.date)));
  w.heading(1, title);
  w.paragraph([...pair('Tid:', formatMeetingTime(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]);
  linkParagraphs(w, model);
  label(w, 'Frammøtte:');
  w.table(
    ['NAVN', 'KOMMUNE / REGION'],
    model.attendees.map((a) => [oneLine(attendeeName(a)), oneLine(a.organization)]),
    [0.5, 0.5],
  );
  if (model.secretariat.length > 0) {
    label(w, 'Fra sekretariatet møtte:');
    w.paragraph([{ text: model.secretariat.map(oneLine).join(', ') }]);
  }
  if (model.apologies.length > 0) {
    label(w, 'Forfall:');
    w.paragraph([
      { text: model.apologies.map((a) => (a.organization.trim() ? `${oneLine(a.name)} (${oneLine(a.organization)})` : oneLine(a.name))).join(', ') },
    ]);
  }
  label(w, 'Saksliste:');
  for (const it of model.items) item(w, it, model);
  const followUps = followUpRows(model);
  if (followUps.length > 0) {
    w.heading(2, FOLLOW_UP_HEADING);
    w.table(FOLLOW_UP_COLUMNS, followUps, [0.5, 0.34, 0.16]);
  }
  return w.finish();
}

export function innkallingToPdf(model: InnkallingModel, options: PdfOptions = {}): Promise<Buffer> {
  const w = new PdfWriter({
    title: oneLine(`Innkalling til møte i ${model.groupName}, ${formatDate(model.date)}`),
    author: options.author ?? documentAuthor(model),
    subject: oneLine(`Innkalling og sakskart, ${model.groupName}, ${formatDate(model.date)}`),
    lang: options.lang ?? 'nb-NO',
  });
  const saksbehandler = pair('Saksbehandler:', model.saksbehandler.name);
  if (model.saksbehandler.phone?.trim()) saksbehandler.push(br, { text: `Tlf ${oneLine(model.saksbehandler.phone)}` });
  w.paragraph([...pair('Dato:', formatDate(model.noticeDate)), br, ...pair('Deres ref:', model.deresRef), br, ...pair('Vår ref:', model.varRef)]);
  w.paragraph(saksbehandler);
  if (model.archiveCode !== undefined) w.paragraph(pair('Arkivkode:', model.archiveCode));
  w.paragraph([{ text: oneLine(model.to) }]);
  w.paragraph([...pair('Tid:', formatNoticeTime(model.date, model.start, model.end)), br, ...pair('Sted:', model.place)]);
  linkParagraphs(w, model);
  if (model.prepare.length > 0) {
    label(w, 'Vi ber deltakere i møtet forberede følgende:');
    for (const p of model.prepare) blocks(w, p.text, `Sak ${p.itemNumber}.`);
  }
  w.paragraph([{ text: 'Med vennlig hilsen' }, br, { text: oneLine(model.signature.name) }, br, { text: oneLine(model.signature.organization) }], {
    spaceBefore: 12,
  });
  w.heading(1, oneLine(`Sakskart til møte i ${model.groupName}, ${formatDate(model.date)}`));
  w.paragraph(pair('Tid og sted:', `${formatNoticeLongTime(model.date, model.start, model.end)}, ${model.place}`));
  for (const a of model.agenda) {
    w.paragraph([{ text: `${a.number}. ${oneLine(a.title)}`, bold: true }], { keepNext: a.subPoints.length > 0 });
    bullets(w, a.subPoints);
  }
  w.heading(2, 'Inviterte');
  w.table(
    ['Fornavn', 'Etternavn', 'Organisasjon'],
    model.invited.map((i) => [oneLine(i.firstName), oneLine(i.lastName), oneLine(i.organization)]),
    [0.27, 0.27, 0.46],
  );
  return w.finish();
}

/** The meeting's links (#17 §1.4): the label and the address, since a printed archive copy cannot be clicked. */
function linkParagraphs(w: PdfWriter, model: ReferatModel | InnkallingModel): void {
  for (const l of documentLinks(model)) w.paragraph([{ text: `${l.label}: ` }, { text: l.url }]);
}
