import type { Glyphs } from './pdf-glyphs';
import type { FontKey, Run } from './pdf-text';

/*
 * Line breaking for the PDF's text setter (pdf-text.ts), with nothing made per word or per glyph: the
 * biggest referat has 8 MB of text. The result is ranges of the runs' texts in typed arrays that are
 * reused from block to block; pdf-glyphs.ts writes a range's glyphs.
 */

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The text in NFC. Characters below U+0300 are all NFC already and none of them combines with the one
 * before, so text made only of them is its own NFC: ICU's normalize() copies the text in and out (8 MB
 * of it in the biggest referat), a regular expression only reads it.
 */
const nfc = (text: string): string => (/[^\u0000-\u02ff]/.test(text) ? text.normalize('NFC') : text);

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** The lines of one block of text (the last break()), read by the text setter. */
export class Lines {
  /*
   * The last layout: lines of segments (consecutive text of one font and link, one Tj), each segment
   * pieces (ranges of one run's normalized text). pieces: run, start, end per piece; segRun: the run
   * that gives a segment its font and link; segEnd: its last piece + 1; lineEnd: a line's last segment + 1.
   */
  runs: Run[] = [];
  readonly texts: string[] = [];
  pieces = new Int32Array(3 * 256);
  np = 0;
  segRun = new Int32Array(128);
  segEnd = new Int32Array(128);
  segWidth = new Float64Array(128);
  ns = 0;
  lineEnd = new Int32Array(64);
  nl = 0;

  constructor(private readonly glyphs: Record<FontKey, Glyphs>) {}

  /**
   * Breaks the runs into lines (into the fields above). A word is what lies between spaces, tabs and
   * line breaks; the space before a word stays on the line before when the word wraps (text extraction
   * reads it), one space ends a line broken by "\n", and a space at the very end is dropped.
   */
  break(runs: Run[], width: number, size: number): void {
    const max = (width * 1000) / size;
    this.runs = runs;
    this.texts.length = 0;
    this.np = this.ns = this.nl = 0;
    let used = 0;
    // The space before the next word: its run (-1: none), its place in the run's text and its width.
    let pendRun = -1;
    let pendAt = 0;
    let pendWidth = 0;
    // push() may grow segWidth: read the field after it returns.
    let seg: number;
    for (let r = 0; r < runs.length; r++) {
      const text = nfc(runs[r].text);
      this.texts.push(text);
      // Encoded when first needed, so the subset numbers glyphs in the order the text uses them.
      const g = this.glyphs[runs[r].font];
      const { ids, widths } = g;
      const n = text.length;
      let pos = 0;
      let firstWord = true;
      for (;;) {
        if (!firstWord) {
          // The space before this word: kept at a line end (text extraction reads it), never wrapped onto a new line.
          if (pendRun >= 0) {
            seg = this.push(pendRun, pendAt, pendAt + 1);
            this.segWidth[seg] += pendWidth;
            used += pendWidth;
          }
          pendRun = r;
          pendAt = pos - 1;
          if (ids[32] < 0) g.width(32);
          pendWidth = widths[32];
        }
        const start = pos;
        let wordWidth = 0;
        while (pos < n) {
          const c = text.charCodeAt(pos);
          if (c === 32 || c === 9 || c === 10) break;
          if (isHigh(c) && pos + 1 < n && isLow(text.charCodeAt(pos + 1))) {
            wordWidth += g.astralWidth(text.codePointAt(pos)!);
            pos += 2;
          } else {
            // Not `ids[c] >= 0 ? widths[c] : g.width(c)`: a call's result in the sum boxes every width (a heap number per character).
            if (ids[c] < 0) g.width(c);
            wordWidth += widths[c];
            pos++;
          }
        }
        if (pos > start) {
          const before = pendRun >= 0 ? pendWidth : 0;
          if (used > 0 && used + before + wordWidth > max) {
            if (pendRun >= 0) {
              seg = this.push(pendRun, pendAt, pendAt + 1);
              this.segWidth[seg] += pendWidth;
            }
            this.newLine();
            used = 0;
          } else if (pendRun >= 0) {
            seg = this.push(pendRun, pendAt, pendAt + 1);
            this.segWidth[seg] += pendWidth;
            used += before;
          }
          pendRun = -1;
          if (wordWidth <= max) {
            seg = this.push(r, start, pos);
            this.segWidth[seg] += wordWidth;
            used += wordWidth;
          } else {
            // A word wider than the line (a long URL): cut it by characters.
            for (let i = start; i < pos;) {
              const pair = isHigh(text.charCodeAt(i)) && i + 1 < pos && isLow(text.charCodeAt(i + 1));
              const w = pair ? g.astralWidth(text.codePointAt(i)!) : g.width(text.charCodeAt(i));
              if (used > 0 && used + w > max) {
                this.newLine();
                used = 0;
              }
              seg = this.push(r, i, (i += pair ? 2 : 1));
              this.segWidth[seg] += w;
              used += w;
            }
          }
        }
        if (pos >= n) break;
        if (text.charCodeAt(pos++) === 10) {
          // A space ends the broken line, so text read from the tags says "19.01.2023 Tid:", not "19.01.2023Tid:".
          if (this.ns > this.lineStart()) {
            if (ids[32] < 0) g.width(32);
            seg = this.push(r, pos - 1, pos);
            this.segWidth[seg] += widths[32];
          }
          this.newLine();
          used = 0;
          pendRun = -1;
          firstWord = true;
        } else firstWord = false;
      }
    }
    if (this.ns > this.lineStart() || this.nl === 0) this.newLine();
    // An empty last line is not a line.
    if (this.nl > 0 && this.lineEnd[this.nl - 1] === (this.nl > 1 ? this.lineEnd[this.nl - 2] : 0)) this.nl--;
  }

  private lineStart(): number {
    return this.nl > 0 ? this.lineEnd[this.nl - 1] : 0;
  }

  /** Ends the current line (the caller resets its width and pending space). */
  private newLine(): void {
    if (this.nl === this.lineEnd.length) this.lineEnd = grow(this.lineEnd);
    this.lineEnd[this.nl++] = this.ns;
  }

  /**
   * Adds text[start, end) of run r to the line: to its last segment when font and link match, else to a
   * new segment (of width 0). Returns the segment, whose width the caller adds to (a width passed in
   * would be a boxed number for each word).
   */
  private push(r: number, start: number, end: number): number {
    if (this.ns > this.lineStart()) {
      const s = this.ns - 1;
      const first = this.runs[this.segRun[s]];
      const run = this.runs[r];
      if (first.font === run.font && first.link === run.link) {
        const p = 3 * (this.np - 1);
        if (this.pieces[p] === r && this.pieces[p + 2] === start) this.pieces[p + 2] = end;
        else this.piece(r, start, end);
        this.segEnd[s] = this.np;
        return s;
      }
    }
    this.piece(r, start, end);
    if (this.ns === this.segRun.length) {
      this.segRun = grow(this.segRun);
      this.segEnd = grow(this.segEnd);
      this.segWidth = grow(this.segWidth);
    }
    this.segRun[this.ns] = r;
    this.segEnd[this.ns] = this.np;
    this.segWidth[this.ns] = 0;
    return this.ns++;
  }

  private piece(r: number, start: number, end: number): void {
    if (3 * this.np === this.pieces.length) this.pieces = grow(this.pieces);
    const p = 3 * this.np++;
    this.pieces[p] = r;
    this.pieces[p + 1] = start;
    this.pieces[p + 2] = end;
  }
}
