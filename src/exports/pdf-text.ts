/**
 * Body text for the PDF without pdfkit's text(): pdfkit lays out and measures every word of
 * every line through fontkit and its LineWrapper, and re-encodes each line when it writes it —
 * about 2.5 s of CPU for 1,000 inputs of 1,000 characters, 15 s for 8,000. Here each distinct word
 * is encoded once per document with pdfkit's own font (so the subset, widths and ToUnicode map stay
 * pdfkit's), lines are broken greedily at spaces, and a run of one font on a line is one Tj operator.
 *
 * Limits, on purpose: left-aligned text; no line breaks inside a word except when a word alone is
 * wider than the line (then it is cut where it must); glyph offsets of combining marks are not
 * applied (text is NFC-normalized first, which leaves almost none in Norwegian text).
 */

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

interface Encoded {
  /** The word's glyph ids as the bytes of a literal string, escaped (see bytesOf), without the parentheses. */
  tj: string;
  /** Advance in text space units (1/1000 of the font size). */
  width: number;
}

/** The parts of pdfkit's EmbeddedFont this module uses. */
export interface PdfkitFont {
  id: string;
  ascender: number;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number }[]];
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): unknown;
}

interface Page {
  height: number;
  write(chunk: string | Uint8Array): unknown;
  margins: { top: number };
  fonts: Record<string, unknown>;
}

interface Doc {
  page: Page;
  y: number;
}

interface Segment {
  font: FontKey;
  link?: string;
  /** The glyph bytes of its words and spaces, joined into one literal string when the line is written. */
  parts: string[];
  width: number;
}

/**
 * Glyph ids (pdfkit's hex, two bytes each) as the bytes of a PDF literal string: half the size of hex
 * before compression and deflate, which was an eighth of the time. ( ) \ must be escaped, and CR too (a
 * reader turns a raw end-of-line inside a literal string into LF).
 */
function bytesOf(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const c = String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c === '\r' ? '\\r' : c;
  }
  return out;
}

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

export class TextSetter {
  private readonly cache: Record<FontKey, Map<string, Encoded>> = { R: new Map(), B: new Map(), I: new Map() };
  private flipHeight = NaN;
  private flipOp = '';
  private readonly chars: Record<FontKey, Map<string, { hex: string; width: number }>> = { R: new Map(), B: new Map(), I: new Map() };

  constructor(
    private readonly doc: Doc,
    private readonly fonts: Record<FontKey, PdfkitFont>,
    /** The body size; write() takes another for headings and footers. */
    private readonly size: number,
    /** Extra space between lines, as pdfkit's lineGap option. */
    private readonly lineGap: number,
    private readonly bottom: () => number,
    private readonly hooks: SetterHooks,
  ) {}

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
    const size = options.size ?? this.size;
    const lines = this.layout(runs, width, size);
    const lh = this.lineHeight(size);
    const ascent = (this.fonts.R.ascender / 1000) * size;
    let open = false;
    let out: string[] = [];
    let current: FontKey | undefined;
    const close = () => {
      if (!open) return;
      out.push('ET Q');
      // One string per block of text: the writer collects a page's strings and turns them into bytes at once.
      this.doc.page.write(out.join('\n'));
      out = [];
      open = false;
    };
    /** Starts a text object at (at, baseline) in the PDF's own orientation (pdfkit's page CTM is flipped). */
    const openAt = (at: number, baseline: number) => {
      out.push(this.flip(this.doc.page.height));
      out.push(`1 0 0 1 ${num(at)} ${num(baseline)} Tm`);
      open = true;
      current = undefined;
    };
    const show = (seg: Segment) => {
      if (seg.font !== current) {
        const font = this.fonts[seg.font];
        this.doc.page.fonts[font.id] ??= font.ref();
        out.push(`/${font.id} ${num(size)} Tf`);
        current = seg.font;
      }
      out.push(`(${seg.parts.join('')}) Tj`);
    };
    for (const line of lines) {
      if (!options.noPageBreak && this.doc.y + lh > this.bottom() && this.doc.y > this.doc.page.margins.top) {
        close();
        this.hooks.pageBreak();
      }
      const baseline = this.doc.page.height - this.doc.y - ascent;
      let at = x + (options.align === 'right' ? width - (line.reduce((w, seg) => w + seg.width, 0) * size) / 1000 : 0);
      // Inside one text object each Tj starts where the last ended (no kerning), so a line needs one Tm.
      let placed = false;
      for (const seg of line) {
        const segWidth = (seg.width * size) / 1000;
        if (seg.link) {
          close();
          this.hooks.begin();
          openAt(at, baseline);
          out.push(LINK_COLOUR);
          show(seg);
          close();
          this.hooks.end(seg.link, { x: at, y: this.doc.y, width: segWidth, height: lh, baseline: this.doc.y + ascent });
          placed = false;
        } else if (!open) {
          openAt(at, baseline);
          show(seg);
          placed = true;
        } else {
          if (!placed) out.push(`1 0 0 1 ${num(at)} ${num(baseline)} Tm`);
          show(seg);
          placed = true;
        }
        at += segWidth;
      }
      this.doc.y += lh;
    }
    close();
  }

  /** The height write() would take, without writing. */
  height(runs: Run[], width: number): number {
    return this.layout(runs, width, this.size).length * this.lineHeight();
  }

  /** Lines of segments (consecutive words of one font joined into one string). */
  private layout(runs: Run[], width: number, size: number): Segment[][] {
    const max = (width * 1000) / size;
    const lines: Segment[][] = [];
    let line: Segment[] = [];
    let used = 0;
    // The space before the next word, in its font and link (no object per word: this runs for every word of the referat).
    let pending: Encoded | undefined;
    let pendingFont: FontKey = 'R';
    let pendingLink: string | undefined;
    const push = (font: FontKey, enc: Encoded, link: string | undefined) => {
      const last = line.length > 0 ? line[line.length - 1] : undefined;
      if (last && last.font === font && last.link === link) {
        // One string per run of a font and link, joined once when written.
        last.parts.push(enc.tj);
        last.width += enc.width;
      } else line.push(link ? { font, parts: [enc.tj], width: enc.width, link } : { font, parts: [enc.tj], width: enc.width });
    };
    const newLine = () => {
      lines.push(line);
      line = [];
      used = 0;
      pending = undefined;
    };
    for (const run of runs) {
      const { font, link } = run;
      // Encoded when first needed, so the subset numbers glyphs in the order the text uses them.
      let space: Encoded | undefined;
      const parts = run.text.normalize('NFC').replace(/\t/g, ' ').split('\n');
      for (let p = 0; p < parts.length; p++) {
        if (p > 0) {
          // A space ends the broken line, so text read from the tags says "19.01.2023 Tid:", not "19.01.2023Tid:".
          if (line.length > 0) push(font, (space ??= this.encode(font, ' ')), link);
          newLine();
        }
        const words = parts[p].split(' ');
        for (let w = 0; w < words.length; w++) {
          if (w > 0) {
            // The space before this word: kept at a line end (text extraction reads it), never wrapped onto a new line.
            if (pending) {
              push(pendingFont, pending, pendingLink);
              used += pending.width;
            }
            pending = space ??= this.encode(font, ' ');
            pendingFont = font;
            pendingLink = link;
          }
          const word = words[w];
          if (word === '') continue;
          const enc = this.encode(font, word);
          const before = pending ? pending.width : 0;
          if (used > 0 && used + before + enc.width > max) {
            if (pending) push(pendingFont, pending, pendingLink);
            newLine();
          } else if (pending) {
            push(pendingFont, pending, pendingLink);
            used += before;
          }
          pending = undefined;
          if (enc.width <= max) {
            push(font, enc, link);
            used += enc.width;
            continue;
          }
          // A word wider than the line (a long URL): cut it by characters.
          for (const ch of Array.from(word)) {
            const c = this.encode(font, ch);
            if (used > 0 && used + c.width > max) newLine();
            push(font, c, link);
            used += c.width;
          }
        }
      }
    }
    if (line.length > 0 || lines.length === 0) lines.push(line);
    return lines.filter((l, i) => l.length > 0 || i < lines.length - 1);
  }

  /**
   * A word's glyphs, from its characters: each distinct character is encoded once through pdfkit
   * (which records the glyph in the subset, its width and its ToUnicode entry). fontkit's shaping of
   * every distinct word cost ~250 µs each, and a real referat has thousands of distinct words; the
   * price is no kerning, which the archive copy does not need.
   */
  private encode(font: FontKey, word: string): Encoded {
    const cache = this.cache[font];
    let enc = cache.get(word);
    if (enc) return enc;
    let hex = '';
    let width = 0;
    const chars = this.chars[font];
    for (const ch of word) {
      let c = chars.get(ch);
      if (!c) {
        const [glyphs, positions] = this.fonts[font].encode(ch);
        c = { hex: bytesOf(glyphs.join('')), width: positions.reduce((w, p) => w + p.xAdvance, 0) };
        chars.set(ch, c);
      }
      hex += c.hex;
      width += c.width;
    }
    enc = { tj: hex, width };
    cache.set(word, enc);
    return enc;
  }
}
