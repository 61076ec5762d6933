import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { formatDate, formatMeetingTime, formatNoticeLongTime, formatNoticeTime } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatItem, ReferatModel } from '../domain/referat';
import { docWords, documentLangTag, languageOf } from './document-texts';
import {
  blocks,
  br,
  bullets,
  FONT,
  heading,
  HYPERLINK_REL,
  label,
  linkParagraphs,
  pair,
  para,
  R_NS,
  table,
  TEXT_WIDTH,
  unescapeXml,
  W_NS,
  withLinks,
  xmlText,
} from './docx-markup';
import {
  attendeeName,
  cleanText,
  decisionLabel,
  documentAuthor,
  entryMarkers,
  followUpColumns,
  followUpHeading,
  followUpRows,
  followUpSuffix,
  oneLine,
} from './writer-text';

export { xmlText } from './docx-markup';

/**
 * Word documents: real heading styles (Word's navigation pane lists the items), a real table for
 * the attendance, real bulleted lists.
 *
 * The `docx` package writes the package: styles (Heading 1–3 with outline levels 0–2, so Word's
 * navigation pane, LibreOffice's navigator, PDF bookmarks and a table of contents see them; List
 * Paragraph, Calibri, nb-NO), the bullet numbering (numId 1), the footer «Side N av M» (PAGE and
 * NUMPAGES fields), fonts and the zip. The document properties (docProps/core.xml: title, the
 * secretariat as creator, nb-NO) are written here, because docx has no dc:language. The body, word/document.xml, is
 * written here as WordprocessingML and handed to docx as an override, because docx's object model
 * costs about 90 µs per paragraph (measured: 2.5 s for 1,000 inputs of 1,000 characters, 7 s for
 * 1,000 of 8,000), far over the 1 s budget for the biggest referat. The markup used is small and
 * fixed (p, r, t, br, tbl, hyperlink); tests read the XML back and LibreOffice converts it.
 *
 * Links in members' text (#17 §1.4) are w:hyperlink elements whose r:id names an external relationship
 * in word/_rels/document.xml.rels, one per distinct URL, added to docx's relationships in pack. The
 * markup itself (runs, paragraphs, lists, the table) is docx-markup.ts.
 */

function item(it: ReferatItem, model: ReferatModel): string[] {
  const d = docWords(model);
  // A part of a meeting in parts starts with its heading and time (#17 §1.8).
  const out: string[] = it.part ? [heading(2, it.part.title), label(d.partTime(it.part.start, it.part.end))] : [];
  out.push(heading(2, `${d.item} ${it.number}. ${it.title}`), ...bullets(it.subPoints));
  for (const note of it.notes) out.push(...blocks(note));
  for (const section of it.roundTable ?? []) {
    out.push(heading(3, section.heading ?? section.organization));
    for (const entry of section.entries) {
      out.push(...blocks(entry.text));
      const markers = entryMarkers(entry, model);
      if (markers.length > 0) out.push(para([{ text: markers.join(' '), italics: true }]));
    }
  }
  if (it.decision) {
    const l = decisionLabel(it, model).trim();
    out.push(...(l ? blocks(it.decision, l) : blocks(it.decision)));
  }
  for (const f of it.followUps) out.push(...blocks(`${cleanText(f.text).trim()}${followUpSuffix(f, model)}`, d.followUp));
  return out;
}

function referatBody(model: ReferatModel): string[] {
  const d = docWords(model);
  const body: string[] = [
    para(pair(d.date, formatDate(model.madeDate ?? model.date))),
    heading(1, d.referatTitle(model.groupName)),
    para([...pair(d.time, formatMeetingTime(model.date, model.start, model.end, languageOf(model))), br, ...pair(d.place, model.place)]),
    ...linkParagraphs(model),
    label(d.attendees),
    table(
      [d.nameHeader, d.orgHeader],
      model.attendees.map((a) => [attendeeName(a, model), a.organization]),
      [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    ),
  ];
  if (model.secretariat.length > 0) body.push(label(d.secretariat), para([{ text: model.secretariat.map(oneLine).join(', ') }]));
  if (model.apologies.length > 0) {
    const names = model.apologies.map((a) => (a.organization.trim() ? `${oneLine(a.name)} (${oneLine(a.organization)})` : oneLine(a.name)));
    body.push(label(d.apologies), para([{ text: names.join(', ') }]));
  }
  body.push(label(d.agenda));
  for (const it of model.items) body.push(...item(it, model));
  const followUps = followUpRows(model);
  if (followUps.length > 0)
    body.push(
      heading(2, followUpHeading(model)),
      table(followUpColumns(model), followUps, [TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.34, TEXT_WIDTH * 0.16].map(Math.round)),
    );
  return body;
}

function innkallingBody(model: InnkallingModel): string[] {
  const d = docWords(model);
  const l = languageOf(model);
  const saksbehandler = pair(d.saksbehandler, model.saksbehandler.name);
  if (model.saksbehandler.phone?.trim()) saksbehandler.push(br, { text: `${d.phone} ${oneLine(model.saksbehandler.phone)}` });
  const body: string[] = [
    para([...pair(d.date, formatDate(model.noticeDate)), br, ...pair(d.deresRef, model.deresRef), br, ...pair(d.varRef, model.varRef)]),
    para(saksbehandler),
    ...(model.archiveCode === undefined ? [] : [para(pair(d.archiveCode, model.archiveCode))]),
    para([{ text: oneLine(model.to) }]),
    para([...pair(d.time, formatNoticeTime(model.date, model.start, model.end, l)), br, ...pair(d.place, model.place)]),
    ...linkParagraphs(model),
  ];
  if (model.prepare.length > 0) {
    body.push(label(d.prepare));
    for (const p of model.prepare) body.push(...blocks(p.text, `${d.item} ${p.itemNumber}.`));
  }
  body.push(
    para([{ text: d.regards }, br, { text: oneLine(model.signature.name) }, br, { text: oneLine(model.signature.organization) }], {
      spacingBefore: 240,
    }),
    heading(1, d.agendaTitle(model.groupName, formatDate(model.date))),
    para(pair(d.timeAndPlace, `${formatNoticeLongTime(model.date, model.start, model.end, l)}, ${model.place}`)),
  );
  for (const a of model.agenda) {
    if (a.part) body.push(heading(2, a.part.title), label(d.partTime(a.part.start, a.part.end)));
    body.push(para([{ text: `${a.number}. ${oneLine(a.title)}`, bold: true }], { keepNext: a.subPoints.length > 0 }), ...bullets(a.subPoints));
  }
  body.push(heading(2, d.invited));
  body.push(
    table(
      [d.firstName, d.lastName, d.organization],
      model.invited.map((i) => [i.firstName, i.lastName, i.organization]),
      [2600, 2600, TEXT_WIDTH - 5200],
    ),
  );
  return body;
}

/** The section: A4, 2 cm margins, the footer «Side N av M» (a relationship docx creates, see pack). */
function documentXml(body: string[], footerId = FOOTER_REL_ID): string {
  const sectPr =
    `<w:sectPr><w:footerReference w:type="default" r:id="${footerId}"/><w:pgSz w:w="11906" w:h="16838"/>` +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>' +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}

const headingStyle = (size: number, before: number, outlineLevel: number) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  // outlineLvl: what the navigator, PDF bookmarks and a table of contents read (0 = level 1).
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

/** «Side N av M» at the bottom right of every page, as the PDF has it. */
const pageFooter = (d: ReturnType<typeof docWords>): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0 },
        children: [new TextRun({ size: 18, children: [`${d.page} `, PageNumber.CURRENT, ` ${d.pageOf} `, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

/**
 * The relationship id docx gives the footer: styles, numbering, footnotes, endnotes and settings
 * take rId1–5, the footer rId6. Checked against the package in pack (and by a unit test).
 */
const FOOTER_REL_ID = 'rId6';

function coreXml(title: string, author: string, at: Date, lang: string): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(author)}</dc:creator><cp:lastModifiedBy>${xmlText(author)}</cp:lastModifiedBy>` +
    `<dc:language>${lang}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The package around the body: docx writes styles, numbering, the footer and zips it. */
async function pack(
  model: ReferatModel | InnkallingModel,
  title: string,
  author: string,
  { body, links }: { body: string[]; links: Map<string, string> },
): Promise<Buffer> {
  const lang = documentLangTag(model);
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: lang } }, paragraph: { spacing: { after: 120 } } },
        heading1: headingStyle(32, 0, 0),
        heading2: headingStyle(26, 280, 1),
        heading3: headingStyle(23, 200, 2),
      },
    },
    // docx's own body is replaced by the override below; its section gives the footer part.
    sections: [{ footers: { default: pageFooter(docWords(model)) }, children: [new Paragraph('')] }],
  });
  // docx escapes the Target attribute itself, so the URL goes in unescaped; it prefixes the id with «rId».
  for (const [href, id] of links) doc.Document.Relationships.addRelationship(id.slice(3), HYPERLINK_REL, unescapeXml(href), 'External');
  const footerId = `rId${doc.Footers[0].View.ReferenceId}`;
  if (footerId !== FOOTER_REL_ID) throw new Error(`docx gave the footer ${footerId}, not ${FOOTER_REL_ID}`);
  return Packer.toBuffer(doc, false, [
    { path: 'word/document.xml', data: documentXml(body, footerId) },
    { path: 'docProps/core.xml', data: coreXml(oneLine(title), oneLine(author), new Date(), lang) },
  ]);
}

export function referatToDocx(model: ReferatModel): Promise<Buffer> {
  return pack(
    model,
    docWords(model).referatFileTitle(model.groupName, formatDate(model.date)),
    documentAuthor(model),
    withLinks(() => referatBody(model)),
  );
}

export function innkallingToDocx(model: InnkallingModel): Promise<Buffer> {
  return pack(
    model,
    docWords(model).innkallingTitle(model.groupName, formatDate(model.date)),
    documentAuthor(model),
    withLinks(() => innkallingBody(model)),
  );
}

/** word/document.xml alone (the benchmark and tests time and read the body without the zip). */
export const referatDocumentXml = (model: ReferatModel): string => documentXml(withLinks(() => referatBody(model)).body);
export const innkallingDocumentXml = (model: InnkallingModel): string => documentXml(withLinks(() => innkallingBody(model)).body);
