import type { InnkallingModel, ReferatModel } from '../domain/referat';
import { documentLinks, emphasisSpans, mayHaveSpans, oneLine, textBlocks } from './writer-text';

/**
 * The WordprocessingML docx.ts writes by hand (see there why): runs, paragraphs with their
 * properties, headings, bulleted lists, members' text as blocks with emphasis and links, and the
 * attendance table. Only the few elements the referat and the innkalling use, each in the order the
 * schema requires.
 */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** docx always defines its default bullet list as numbering instance 1 (a unit test guards this). */
const BULLET_NUM_ID = 1;
// Calibri first (Word's default, has æøå); LibreOffice substitutes the metric-compatible Carlito.
export const FONT = 'Calibri';
/** A4 with 2 cm margins: 11906 − 2 × 1134 twips of text width. */
export const TEXT_WIDTH = 9638;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes text content; also drops characters XML 1.0 forbids, for text that skipped cleanText. */
export function xmlText(s: string): string {
  return s.replace(/[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => XML_ESCAPES[c] ?? '');
}

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Already XML-escaped (by textBlocks), so not escaped twice. */
  escaped?: boolean;
  /** A link target (http/https/mailto, XML-escaped like the text): the run becomes a w:hyperlink. */
  href?: string;
}

export const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * The links of the document being written: escaped URL → relationship id. Set for the (synchronous)
 * writing of one body by withLinks, so the body functions need not pass it along.
 */
let linkIds: Map<string, string> | undefined;

export function withLinks(build: () => string[]): { body: string[]; links: Map<string, string> } {
  const outer = linkIds;
  const links = (linkIds = new Map());
  try {
    return { body: build(), links };
  } finally {
    linkIds = outer;
  }
}

function linkId(href: string): string {
  if (!linkIds) throw new Error('a link outside withLinks');
  let id = linkIds.get(href);
  if (id === undefined) linkIds.set(href, (id = `rIdLink${linkIds.size + 1}`));
  return id;
}

export const unescapeXml = (s: string): string => s.replace(/&(lt|gt|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!);

const T_OPEN = '<w:t xml:space="preserve">';
/** Line breaks inside one run: the lines of a paragraph as the member typed them. */
const BREAK = `</w:t><w:br/>${T_OPEN}`;

function run({ text, bold, italics, escaped, href }: Run): string {
  if (text === '\n') return '<w:r><w:br/></w:r>';
  // CT_RPr order: rStyle, b, bCs, i, iCs. «Hyperlink» is Word's character style for links (blue, underlined).
  const rPr = (href ? '<w:rStyle w:val="Hyperlink"/>' : '') + (bold ? '<w:b/><w:bCs/>' : '') + (italics ? '<w:i/><w:iCs/>' : '');
  const r = `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${T_OPEN}${escaped ? text : xmlText(text)}</w:t></w:r>`;
  return href ? `<w:hyperlink r:id="${linkId(href)}" w:history="1">${r}</w:hyperlink>` : r;
}

interface ParaOptions {
  style?: string;
  keepNext?: boolean;
  bullet?: 0 | 1;
  spacingBefore?: number;
  spacingAfter?: number;
}

function pPr({ style, keepNext, bullet, spacingBefore, spacingAfter }: ParaOptions): string {
  const spacing = (spacingBefore !== undefined ? ` w:before="${spacingBefore}"` : '') + (spacingAfter !== undefined ? ` w:after="${spacingAfter}"` : '');
  // Children in the order CT_PPr requires: pStyle, keepNext, numPr, spacing.
  const inner =
    (style ? `<w:pStyle w:val="${style}"/>` : bullet !== undefined ? '<w:pStyle w:val="ListParagraph"/>' : '') +
    (keepNext ? '<w:keepNext/>' : '') +
    (bullet !== undefined ? `<w:numPr><w:ilvl w:val="${bullet}"/><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr>` : '') +
    (spacing ? `<w:spacing${spacing}/>` : '');
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

export function para(runs: Run[], options: ParaOptions = {}): string {
  return `<w:p>${pPr(options)}${runs.map(run).join('')}</w:p>`;
}

export const heading = (level: 1 | 2 | 3, text: string): string => para([{ text: oneLine(text) }], { style: `Heading${level}` });
export const label = (text: string): string => para([{ text, bold: true }], { keepNext: true });
export const pair = (l: string, value: string): Run[] => [{ text: `${l} `, bold: true }, { text: oneLine(value) }];
export const br: Run = { text: '\n' };
/** The meeting's links (#17 §1.4), one paragraph each, as hyperlinks. */
export const linkParagraphs = (model: ReferatModel | InnkallingModel): string[] =>
  documentLinks(model).map((l) => para([{ text: l.label, href: xmlText(l.url) }]));
/** One escaped line as runs, the member's **fet** / *kursiv* as bold / italic runs, links as hyperlinks. */
const emphasisRuns = (escaped: string): Run[] =>
  emphasisSpans(escaped).map((s) => ({ text: s.text, bold: s.bold, italics: s.italic, href: s.href, escaped: true }));
export const bullets = (items: string[], level: 0 | 1 = 0): string[] => items.map((text) => para(emphasisRuns(xmlText(oneLine(text))), { bullet: level }));

/**
 * The lines of a paragraph as runs: plain text with its line breaks stays in one run (as many runs
 * as lines cost 2x with 1,000 inputs of 8,000 characters); only emphasis starts a run of its own.
 */
function lineRuns(lines: string[]): Run[] {
  if (!lines.some(mayHaveSpans)) return [{ text: lines.join(BREAK), escaped: true }];
  const runs: Run[] = [];
  let plain = '';
  lines.forEach((line, i) => {
    if (i > 0) plain += BREAK;
    for (const span of emphasisSpans(line)) {
      if (!span.bold && !span.italic && !span.href) {
        plain += span.text;
        continue;
      }
      if (plain) runs.push({ text: plain, escaped: true });
      plain = '';
      runs.push({ text: span.text, bold: span.bold, italics: span.italic, href: span.href, escaped: true });
    }
  });
  if (plain) runs.push({ text: plain, escaped: true });
  return runs;
}

/** User text as paragraphs and bulleted lists; an optional bold label leads the first paragraph. */
export function blocks(text: string, lead?: string): string[] {
  const out: string[] = [];
  let leadRun: Run[] = lead === undefined ? [] : [{ text: `${lead} `, bold: true }];
  for (const block of textBlocks(text, xmlText)) {
    if (block.kind === 'paragraph') {
      out.push(para([...leadRun, ...lineRuns(block.lines)]));
    } else {
      if (leadRun.length > 0) out.push(para(leadRun));
      for (const it of block.items) out.push(para(emphasisRuns(it.text), { bullet: it.level }));
    }
    leadRun = [];
  }
  if (leadRun.length > 0) out.push(para(leadRun));
  return out;
}

export function table(header: string[], rows: string[][], widths: number[]): string {
  const cell = (text: string, width: number, bold = false): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${bold ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}</w:tcPr>` +
    `${para([{ text: oneLine(text), bold }], { spacingAfter: 0 })}</w:tc>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    // tblHeader repeats the header row on every page of a long list.
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h, widths[i], true)).join('')}</w:tr>` +
    rows.map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, widths[i])).join('')}</w:tr>`).join('') +
    // Word requires a paragraph between a table and whatever follows it; an empty one keeps it simple.
    '</w:tbl><w:p/>'
  );
}
