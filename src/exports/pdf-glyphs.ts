import type { ByteSink } from './pdf-bytes';

/** The parts of pdfkit's EmbeddedFont the text setter uses. */
export interface PdfkitFont {
  id: string;
  ascender: number;
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number }[]];
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): unknown;
}

const NOT_YET = -1;
/** A character that is not one glyph of a 16-bit id, or a code point beyond U+FFFF: see `other`. */
const OTHER = -2;

/**
 * One font's characters as the page content writes them: each distinct character is encoded once
 * through pdfkit (which records the glyph in the subset, its width and its ToUnicode entry), in the
 * order the text first uses it, so the subset numbers glyphs as before. Characters of the Basic
 * Multilingual Plane are looked up by their code in typed arrays, not by string in a Map.
 */
export class Glyphs {
  /** Per UTF-16 code: the subset's glyph id, NOT_YET or OTHER. */
  readonly ids = new Int32Array(65536).fill(NOT_YET);
  /** Per UTF-16 code, once encoded: the advance in text space units (1/1000 of the font size). */
  readonly widths = new Float64Array(65536);
  private readonly other = new Map<number, { bytes: number[]; width: number }>();

  constructor(readonly font: PdfkitFont) {}

  /** Encodes a BMP character (when it is not yet) and returns its width. */
  width(code: number): number {
    if (this.ids[code] === NOT_YET) this.add(code, String.fromCharCode(code));
    return this.widths[code];
  }

  /** Encodes a code point beyond the BMP (a surrogate pair in the text) when it is not yet, and returns its width. */
  astralWidth(cp: number): number {
    let o = this.other.get(cp);
    if (!o) {
      this.add(cp, String.fromCodePoint(cp));
      o = this.other.get(cp)!;
    }
    return o.width;
  }

  private add(key: number, ch: string): void {
    const [glyphs, positions] = this.font.encode(ch);
    const width = positions.reduce((w, p) => w + p.xAdvance, 0);
    if (key < 65536) {
      this.widths[key] = width;
      this.ids[key] = glyphs.length === 1 ? parseInt(glyphs[0], 16) : OTHER;
      if (glyphs.length === 1) return;
    }
    const bytes: number[] = [];
    for (const g of glyphs) bytes.push(parseInt(g.slice(0, 2), 16), parseInt(g.slice(2, 4), 16));
    this.other.set(key, { bytes, width });
  }

  /**
   * The glyphs of text[start, end) as the bytes of a PDF literal string, without the parentheses: two
   * bytes per glyph (pdfkit's Identity-H), ( ) \ escaped, and CR too (a reader turns a raw end-of-line
   * inside a literal string into LF). A tab or a line break is a space (the setter keeps one at a broken
   * line's end). Every character was encoded by the layout before.
   */
  write(sink: ByteSink, text: string, start: number, end: number): void {
    sink.reserve((end - start) * 4);
    const buf = sink.buf;
    const ids = this.ids;
    let at = sink.len;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 9 || c === 10) c = 32;
      const id = ids[c];
      if (id === OTHER || (c >= 0xd800 && c <= 0xdbff && i + 1 < end && isLow(text.charCodeAt(i + 1)))) {
        sink.len = at;
        i = this.writeOther(sink, text, i, end);
        at = sink.len;
        continue;
      }
      let b = id >> 8;
      if (b === 40 || b === 41 || b === 92) buf[at++] = 92;
      else if (b === 13) {
        buf[at++] = 92;
        b = 114;
      }
      buf[at++] = b;
      b = id & 255;
      if (b === 40 || b === 41 || b === 92) buf[at++] = 92;
      else if (b === 13) {
        buf[at++] = 92;
        b = 114;
      }
      buf[at++] = b;
    }
    sink.len = at;
  }

  /** A character kept in `other`; returns the index of its last UTF-16 unit. */
  private writeOther(sink: ByteSink, text: string, i: number, end: number): number {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && isLow(text.charCodeAt(i + 1));
    const key = pair ? text.codePointAt(i)! : c;
    const { bytes } = this.other.get(key)!;
    sink.reserve(bytes.length * 2);
    for (const b of bytes) {
      if (b === 40 || b === 41 || b === 92 || b === 13) sink.buf[sink.len++] = 92;
      sink.buf[sink.len++] = b === 13 ? 114 : b;
    }
    return pair ? i + 1 : i;
  }
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
