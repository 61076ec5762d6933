import PDFDocument from 'pdfkit';
import { escapeXmpInfo, fonts } from './pdf-meta';
import { PdfOutput } from './pdf-output';
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

type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly output: PdfOutput;
  private outlineParents: Outline[];
  private readonly supported = new Map<number, boolean>();
  private readonly faces: Face[] = [];
  private readonly setter: TextSetter;
  /** The structure element whose marked content is open, so a link inside it can become its child. */
  private context?: { el: Struct; tag: string };
  /** The Link element being drawn. */
  private link?: Struct;

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
      begin: () => this.beginLink(),
      end: (url, box) => this.endLink(url, box),
    });
    this.doc.font('R').fontSize(BODY);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
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
    const list = this.doc.struct('L');
    this.root.add(list);
    // Ending an element ends its children, so the open level-0 item stays open while nested items follow.
    let open: { li: Struct; body: Struct; nested?: Struct } | undefined;
    for (const it of items) {
      const level = it.level === 1 && open ? 1 : 0;
      if (level === 0) open?.li.end();
      let parent = list;
      if (level === 1) {
        if (!open!.nested) open!.body.add((open!.nested = this.doc.struct('L')));
        parent = open!.nested;
      }
      const li = this.doc.struct('LI');
      parent.add(li);
      const indent = MARGIN + 14 + level * 14;
      if (this.doc.y + BODY * 1.5 > this.bottom) this.doc.addPage();
      const lbl = this.doc.struct('Lbl');
      li.add(lbl);
      lbl.add(this.doc.markStructureContent('Lbl'));
      const top = this.doc.y;
      this.setter.write([{ text: level === 0 ? '•' : '–', font: 'R' }], indent - 10, 10, { noPageBreak: true });
      this.doc.y = top;
      this.doc.endMarkedContent();
      lbl.end();
      const body = this.doc.struct('LBody');
      li.add(body);
      body.add(this.doc.markStructureContent('LBody'));
      this.context = { el: body, tag: 'LBody' };
      this.spans(it.spans, indent, this.width - (indent - MARGIN));
      this.context = undefined;
      this.doc.endMarkedContent();
      if (level === 0) open = { li, body };
      else li.end();
      this.doc.y += 2;
    }
    open?.li.end();
    list.end();
    this.doc.y += PARA_AFTER - 2;
  }

  /** A table with a header row (TH, scope Column), repeated as an artifact on each new page. */
  table(header: string[], rows: string[][], fractions: number[]): void {
    const widths = fractions.map((f) => f * this.width);
    const table = this.doc.struct('Table');
    this.root.add(table);
    const drawRow = (cells: string[], kind: 'TH' | 'TD' | 'artifact'): void => {
      const font: FontKey = kind === 'TD' ? 'R' : 'B';
      const runs = cells.map((c): Run[] => [{ text: this.clean(c), font }]);
      const height = Math.max(...runs.map((r, i) => this.setter.height(r, widths[i] - CELL_PAD * 2))) + CELL_PAD * 2;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (kind === 'TD') drawRow(header, 'artifact');
      }
      const top = this.doc.y;
      const tr = kind === 'artifact' ? undefined : this.doc.struct('TR');
      if (tr) table.add(tr);
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
          const cell = this.doc.struct(kind, (kind === 'TH' ? { scope: 'Column' } : {}) as never);
          tr.add(cell);
          cell.add(this.doc.markStructureContent(kind));
          draw();
          this.doc.endMarkedContent();
          cell.end();
        } else {
          this.artifact(draw);
        }
        x += widths[i];
      });
      tr?.end();
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
    table.end();
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
    this.root.end();
    this.doc.end();
    return this.output.done;
  }

  private block(tag: string, draw: () => void): void {
    const el = this.doc.struct(tag);
    this.root.add(el);
    el.add(this.doc.markStructureContent(tag));
    this.context = { el, tag };
    draw();
    this.context = undefined;
    this.doc.endMarkedContent();
    el.end();
  }

  /**
   * A link's piece of text gets its own Link element, in order among the block's content: the block's
   * marked content ends here and starts again (a new MCID) after the link.
   */
  private beginLink(): void {
    if (!this.context) return;
    this.doc.endMarkedContent();
    this.link = this.doc.struct('Link');
    this.context.el.add(this.link);
    this.link.add(this.doc.markStructureContent('Link'));
  }

  /** The underline (an artifact), then the annotation, tied to the Link element by an OBJR and StructParent. */
  private endLink(url: string, box: { x: number; y: number; width: number; height: number; baseline: number }): void {
    const link = this.link;
    if (!this.context || !link) return;
    this.doc.endMarkedContent();
    this.artifact(() => {
      const y = box.baseline + 1.5;
      this.doc
        .save()
        .lineWidth(0.5)
        .strokeColor('#0563C1')
        .moveTo(box.x, y)
        .lineTo(box.x + box.width, y)
        .stroke()
        .restore();
    });
    // Contents: the annotation's description for assistive technology (PDF/UA asks for one).
    this.doc.link(box.x, box.y, box.width, box.height, url, { structParent: link, Contents: new String(url) } as never);
    link.end();
    this.link = undefined;
    this.context.el.add(this.doc.markStructureContent(this.context.tag));
  }

  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
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
