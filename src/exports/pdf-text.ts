/**
 * Body text for the PDF without pdfkit's text(): pdfkit lays out and measures every word of
 * every line through fontkit and its LineWrapper, and re-encodes each line when it writes it —
 * about 2.5 s of CPU for 1,000 inputs of 1,000 characters, 15 s for 8,000. Here each distinct
 * character is encoded once per document with pdfkit's own font (so the subset, widths and ToUnicode
 * map stay pdfkit's; see pdf-glyphs.ts), lines are broken greedily at spaces, and a run of one font on
 * a line is one Tj operator.
 *
 * For the biggest referat (8 MB of text) nothing here is made per word or per glyph: the layout is
 * ranges of the runs' texts in reused typed arrays, and the glyph bytes go from the text straight into
 * one reused byte buffer, handed to the page once per block of text.
 *
 * Limits, on purpose: left-aligned text; no line breaks inside a word except when a word alone is
 * wider than the line (then it is cut where it must); glyph offsets of combining marks are not
 * applied (text is NFC-normalized first, which leaves almost none in Norwegian text).
 */
import { ByteSink, num } from './pdf-bytes';
import { Glyphs, type PdfkitFont } from './pdf-glyphs';
import { Lines } from './pdf-lines';

export type { PdfkitFont } from './pdf-glyphs';

export type FontKey = 'R' | 'B' | 'I';

export interface Run {
  text: string;
  font: FontKey;
  /** A link's target (http, https or mailto, already checked): the run is drawn as a link. */
  link?: string;
}

/**
 * The writer's part in setting text. begin() and end() are called around each piece of a link (a link
 * that wraps is one piece per line): begin() before its text is drawn, end() after, with the box the
 * text took, so the writer can tag it (a Link element) and lay the annotation over it. pageBreak()
 * starts a new page when the next line does not fit: the writer closes its open marked content and
 * opens it again (a new MCID) on the new page. The setter leaves no text object open across any call.
 */
export interface SetterHooks {
  begin(): void;
  end(url: string, box: { x: number; y: number; width: number; height: number; baseline: number }): void;
  pageBreak(): void;
}

/** Links are blue (Word's hyperlink colour) and underlined: not told by colour alone. */
const LINK_COLOUR = '0.02 0.388 0.757 rg';

interface Page {
  height: number;
  /** A Buffer chunk is written as it is and only read during the call (see pdf-output.ts). */
  write(chunk: string | Buffer): unknown;
  margins: { top: number };
  fonts: Record<string, unknown>;
}

interface Doc {
  page: Page;
  y: number;
}

export class TextSetter {
  private readonly glyphs: Record<FontKey, Glyphs>;
  private flipHeight = NaN;
  private flipOp = '';
  /** One block's operators, handed to the page when its text object closes. */
  private readonly out = new ByteSink();
  private busy = false;
  /** While drawing: the size, whether a text object is open and the font set in it. */
  private drawSize = 0;
  private isOpen = false;
  private current?: FontKey;
  private readonly lines: Lines;

  constructor(
    private readonly doc: Doc,
    private readonly fonts: Record<FontKey, PdfkitFont>,
    /** The body size; write() takes another for headings and footers. */
    private readonly size: number,
    /** Extra space between lines, as pdfkit's lineGap option. */
    private readonly lineGap: number,
    private readonly bottom: () => number,
    private readonly hooks: SetterHooks,
  ) {
    this.glyphs = { R: new Glyphs(fonts.R), B: new Glyphs(fonts.B), I: new Glyphs(fonts.I) };
    this.lines = new Lines(this.glyphs);
  }

  /** The operators that start a text object in the PDF's own orientation, made once per page height (every block starts one). */
  private flip(height: number): string {
    if (height !== this.flipHeight) {
      this.flipHeight = height;
      this.flipOp = `q 1 0 0 -1 0 ${num(height)} cm BT`;
    }
    return this.flipOp;
  }

  lineHeight(size = this.size): number {
    return this.fonts.R.lineHeight(size, true) + this.lineGap;
  }

  /** Writes the runs from the current y as wrapped lines ("\n" breaks a line); moves y below them. */
  write(runs: Run[], x: number, width: number, options: { size?: number; align?: 'right'; /** footers */ noPageBreak?: boolean } = {}): void {
    if (this.busy) throw new Error('TextSetter.write is not reentrant');
    this.busy = true;
    try {
      this.draw(runs, x, width, options);
    } finally {
      this.busy = false;
      this.out.reset();
    }
  }

  /** The height write() would take, without writing. */
  height(runs: Run[], width: number): number {
    if (this.busy) throw new Error('TextSetter.height is not reentrant');
    this.lines.break(runs, width, this.size);
    return this.lines.nl * this.lineHeight();
  }

  private draw(runs: Run[], x: number, width: number, options: { size?: number; align?: 'right'; noPageBreak?: boolean }): void {
    const size = (this.drawSize = options.size ?? this.size);
    this.lines.break(runs, width, size);
    const lh = this.lineHeight(size);
    const ascent = (this.fonts.R.ascender / 1000) * size;
    const out = this.out;
    const { segRun, segWidth, lineEnd, nl } = this.lines;
    this.isOpen = false;
    let s = 0;
    for (let l = 0; l < nl; l++) {
      const lineStop = lineEnd[l];
      if (!options.noPageBreak && this.doc.y + lh > this.bottom() && this.doc.y > this.doc.page.margins.top) {
        this.close();
        this.hooks.pageBreak();
      }
      const baseline = this.doc.page.height - this.doc.y - ascent;
      let lineWidth = 0;
      if (options.align === 'right') for (let k = s; k < lineStop; k++) lineWidth += segWidth[k];
      let at = x + (options.align === 'right' ? width - (lineWidth * size) / 1000 : 0);
      // Inside one text object each Tj starts where the last ended (no kerning), so a line needs one Tm.
      let placed = false;
      for (; s < lineStop; s++) {
        const segW = (segWidth[s] * size) / 1000;
        const link = runs[segRun[s]].link;
        if (link) {
          this.close();
          this.hooks.begin();
          this.openAt(at, baseline);
          out.line(LINK_COLOUR);
          this.show(s);
          this.close();
          this.hooks.end(link, { x: at, y: this.doc.y, width: segW, height: lh, baseline: this.doc.y + ascent });
          placed = false;
        } else if (!this.isOpen) {
          this.openAt(at, baseline);
          this.show(s);
          placed = true;
        } else {
          if (!placed) this.moveTo(at, baseline);
          this.show(s);
          placed = true;
        }
        at += segW;
      }
      this.doc.y += lh;
    }
    this.close();
  }

  /** Ends the text object and hands the block's operators to the page. */
  private close(): void {
    if (!this.isOpen) return;
    this.out.line('ET Q');
    // One chunk per block of text: the page copies it into its own bytes.
    this.doc.page.write(this.out.view());
    this.out.reset();
    this.isOpen = false;
  }

  /** Starts a text object at (at, baseline) in the PDF's own orientation (pdfkit's page CTM is flipped). */
  private openAt(at: number, baseline: number): void {
    this.out.line(this.flip(this.doc.page.height));
    this.moveTo(at, baseline);
    this.isOpen = true;
    this.current = undefined;
  }

  /** `1 0 0 1 x y Tm`, the numbers written as num() prints them. */
  private moveTo(at: number, baseline: number): void {
    const out = this.out;
    out.text('1 0 0 1 ');
    out.num(at);
    out.text(' ');
    out.num(baseline);
    out.line(' Tm');
  }

  /** Segment s as one Tj, after a Tf when its font is not the current one. */
  private show(s: number): void {
    const out = this.out;
    const { runs, segRun, segEnd, pieces, texts } = this.lines;
    const font = runs[segRun[s]].font;
    if (font !== this.current) {
      const f = this.fonts[font];
      this.doc.page.fonts[f.id] ??= f.ref();
      out.text('/');
      out.text(f.id);
      out.text(' ');
      out.num(this.drawSize);
      out.line(' Tf');
      this.current = font;
    }
    out.text('(');
    const glyphs = this.glyphs[font];
    for (let p = s > 0 ? segEnd[s - 1] : 0, end = segEnd[s]; p < end; p++) {
      glyphs.write(out, texts[pieces[3 * p]], pieces[3 * p + 1], pieces[3 * p + 2]);
    }
    out.line(') Tj');
  }
}
