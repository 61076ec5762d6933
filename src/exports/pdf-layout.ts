import PDFDocument from 'pdfkit';
import { escapeXmpInfo, fonts } from './pdf-meta';
import { PdfOutput } from './pdf-output';
import { StructTree, type StructEl } from './pdf-struct';
import { Tagging } from './pdf-tagging';
import { TextSetter, type FontKey, type PdfkitFont, type Run } from './pdf-text';

/**
 * A small tagged-PDF writer over pdfkit for the archive format (PDF/A-2a): every block is one
 * structure element (H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD), page furniture is marked as
 * artifacts, headings become bookmarks, and «Side N av M» is written once every page exists.
 *
 * Fonts: DejaVu Sans from npm (an open font with æøå and wide coverage), embedded as subsets.
 * Page: A4 with 2 cm margins, as the DOCX; 10 pt DejaVu matches the width of 11 pt Calibri.
 */

export interface Span {
  /** "\n" inside the text is a line break within the paragraph. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An http, https or mailto address (checked by the caller): the span is a link. */
  link?: string;
}

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "nb-NO" or "en". */
  lang: string;
  /** The footer's words: «Side» and «av» in the document's language (default Bokmål). */
  page?: { page: string; of: string };
}

const MARGIN = 56.69; // 2 cm
const BODY = 10;
const HEADING_SIZE = { 1: 16, 2: 13, 3: 11 } as const;
const LINE_GAP = 2;
const PARA_AFTER = 6;
const CELL_PAD = 4;

type Struct = StructEl;
type Outline = PDFKit.PDFOutline;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly tree: StructTree;
  private readonly output: PdfOutput;
  private outlineParents: Outline[];
  private readonly supported = new Map<number, boolean>();
  private readonly faces: Face[] = [];
  private readonly setter: TextSetter;
  private readonly tags: Tagging;

  constructor(private readonly meta: PdfMeta) {
    const info = { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Referent', Producer: 'Referent (pdfkit)' };
    this.doc = new PDFDocument({
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      bufferPages: true,
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info,
    });
    escapeXmpInfo(this.doc, meta.lang);
    this.output = new PdfOutput(this.doc);
    const f = fonts();
    const embedded = {} as Record<FontKey, PdfkitFont & { font: Face }>;
    for (const key of Object.keys(f) as FontKey[]) {
      this.doc.registerFont(key, f[key]);
      // pdfkit's embedded font: the text setter encodes with it; its fontkit font says which glyphs exist.
      embedded[key] = (this.doc.font(key) as unknown as { _font: (typeof embedded)[FontKey] })._font;
      this.faces.push(embedded[key].font);
    }
    this.setter = new TextSetter(this.doc as never, embedded, BODY, LINE_GAP, () => this.bottom, {
      begin: () => this.tags.beginLink(),
      end: (url, box) => this.tags.endLink(url, box),
      pageBreak: () => this.tags.pageBreak(),
    });
    this.doc.font('R').fontSize(BODY);
    this.tree = new StructTree(this.doc);
    this.tags = new Tagging(this.doc, this.tree);
    this.outlineParents = [this.doc.outline];
  }

  private get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  /** Starts a new page unless `height` points still fit (keeps a heading with what follows). */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A heading: structure element H1–H3 and a bookmark at the same level. */
  heading(level: 1 | 2 | 3, text: string): void {
    const size = HEADING_SIZE[level];
    this.doc.y += level === 1 ? 0 : size * 0.8;
    this.room(size * 5);
    this.outlineParents.length = level;
    const parent = this.outlineParents[level - 1] ?? this.outlineParents.at(-1)!;
    // pdfkit computes XYZ's left as page width − left: passing the width gives left = 0.
    this.outlineParents[level] = parent.addItem(this.clean(text), { top: this.doc.y, left: this.doc.page.width } as never);
    this.block(`H${level}`, () => this.setter.write([{ text: this.clean(text), font: 'B' }], MARGIN, this.width, { size }));
    this.doc.y += 3;
  }

  /** One paragraph of spans (bold/italic runs, "\n" for line breaks). */
  paragraph(spans: Span[], options: { keepNext?: boolean; spaceBefore?: number } = {}): void {
    this.doc.y += options.spaceBefore ?? 0;
    if (options.keepNext) this.room(BODY * 4);
    this.block('P', () => this.spans(spans, MARGIN, this.width));
    this.doc.y += PARA_AFTER;
  }

  /** A bulleted list; a level-1 item nests (L inside LBody) in the level-0 item before it. */
  list(items: { spans: Span[]; level: 0 | 1 }[]): void {
    const list = this.tree.element('L', this.tree.root);
    // The open level-0 item stays open while nested items (an L in its LBody) follow.
    let open: { li: Struct; body: Struct; nested?: Struct } | undefined;
    const endOpen = () => {
      if (!open) return;
      if (open.nested) this.tree.end(open.nested);
      this.tree.end(open.body);
      this.tree.end(open.li);
      open = undefined;
    };
    for (const it of items) {
      const level = it.level === 1 && open ? 1 : 0;
      if (level === 0) endOpen();
      const parent = level === 1 ? (open!.nested ??= this.tree.element('L', open!.body)) : list;
      const li = this.tree.element('LI', parent);
      const indent = MARGIN + 14 + level * 14;
      if (this.doc.y + BODY * 1.5 > this.bottom) this.doc.addPage();
      const lbl = this.tree.element('Lbl', li);
      const top = this.doc.y;
      this.tags.content(lbl, () => this.setter.write([{ text: level === 0 ? '•' : '–', font: 'R' }], indent - 10, 10, { noPageBreak: true }));
      this.doc.y = top;
      this.tree.end(lbl);
      const body = this.tree.element('LBody', li);
      this.tags.content(body, () => this.spans(it.spans, indent, this.width - (indent - MARGIN)), true);
      if (level === 0) open = { li, body };
      else {
        this.tree.end(body);
        this.tree.end(li);
      }
      this.doc.y += 2;
    }
    endOpen();
    this.tree.end(list);
    this.doc.y += PARA_AFTER - 2;
  }

  /** A table with a header row (TH, scope Column), repeated as an artifact on each new page. */
  table(header: string[], rows: string[][], fractions: number[]): void {
    const widths = fractions.map((f) => f * this.width);
    const table = this.tree.element('Table', this.tree.root);
    const drawRow = (cells: string[], kind: 'TH' | 'TD' | 'artifact'): void => {
      const font: FontKey = kind === 'TD' ? 'R' : 'B';
      const runs = cells.map((c): Run[] => [{ text: this.clean(c), font }]);
      const height = Math.max(...runs.map((r, i) => this.setter.height(r, widths[i] - CELL_PAD * 2))) + CELL_PAD * 2;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (kind === 'TD') drawRow(header, 'artifact');
      }
      const top = this.doc.y;
      const tr = kind === 'artifact' ? undefined : this.tree.element('TR', table);
      let x = MARGIN;
      this.artifact(() => {
        if (kind !== 'TD') this.doc.rect(MARGIN, top, this.width, height).fill('#E7E6E6').fillColor('black');
      });
      runs.forEach((run, i) => {
        const draw = () => {
          this.doc.y = top + CELL_PAD;
          this.setter.write(run, x + CELL_PAD, widths[i] - CELL_PAD * 2);
        };
        if (tr) {
          const cell = this.tree.element(kind, tr, kind === 'TH' ? '<< /O /Table /Scope /Column >>' : undefined);
          this.tags.content(cell, draw);
          this.tree.end(cell);
        } else {
          this.artifact(draw);
        }
        x += widths[i];
      });
      if (tr) this.tree.end(tr);
      this.artifact(() => {
        this.doc.lineWidth(0.5).strokeColor('#808080');
        let cx = MARGIN;
        for (const w of widths) {
          this.doc.rect(cx, top, w, height).stroke();
          cx += w;
        }
      });
      this.doc.y = top + height;
    };
    drawRow(header, 'TH');
    for (const r of rows) drawRow(r, 'TD');
    this.tree.end(table);
    this.doc.font('R');
    this.doc.y += PARA_AFTER * 2;
  }

  /** Writes the footers and returns the finished file. */
  async finish(): Promise<Buffer> {
    this.output.sealLast();
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.artifact(() => {
        this.doc.fillColor('#404040');
        this.doc.y = this.doc.page.height - MARGIN / 2 - 6;
        const words = this.meta.page ?? { page: 'Side', of: 'av' };
        this.setter.write([{ text: `${words.page} ${i + 1} ${words.of} ${count}`, font: 'R' }], MARGIN, this.width, {
          size: 8.5,
          align: 'right',
          noPageBreak: true,
        });
        this.doc.fillColor('black');
      }, 'Pagination');
    }
    this.tree.finish();
    this.doc.end();
    return this.output.done;
  }

  private block(tag: string, draw: () => void): void {
    const el = this.tree.element(tag, this.tree.root);
    this.tags.content(el, draw, true);
    this.tree.end(el);
  }

  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.tags.artifact(draw, type);
  }

  private spans(spans: Span[], x: number, width: number): void {
    this.setter.write(
      spans.map((s): Run => ({ text: this.clean(s.text), font: s.bold ? 'B' : s.italic ? 'I' : 'R', ...(s.link ? { link: s.link } : {}) })),
      x,
      width,
    );
  }

  /** Characters DejaVu Sans lacks (emoji, CJK) would reference .notdef, which PDF/A forbids. */
  private clean(text: string): string {
    if (!/[^\u0000-\u024F\u2000-\u206F]/.test(text)) return text;
    return Array.from(text, (ch) => (this.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  }

  private has(cp: number): boolean {
    let ok = this.supported.get(cp);
    if (ok === undefined) {
      ok = this.faces.every((f) => f.hasGlyphForCodePoint(cp));
      this.supported.set(cp, ok);
    }
    return ok;
  }
}

interface Face {
  hasGlyphForCodePoint(cp: number): boolean;
}
