/*
 * Page content as bytes, for the biggest referat (1,000 inputs of 8,000 characters: ~32 MB of page
 * content per render). Strings per glyph, per word and per line, joined and then converted to bytes,
 * were a third of the render and most of its garbage; here the text setter and the page write into one
 * growing buffer, which is reused from page to page.
 */

/** A growing byte buffer; `buf` and `len` are public for the text setter's inner loop (see reserve). */
export class ByteSink {
  buf: Buffer;
  len = 0;

  constructor(size = 16 * 1024) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Makes room for `n` more bytes after `len`. */
  reserve(n: number): void {
    const need = this.len + n;
    if (need <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  /** A string of one byte per character (PDF operators; what pdfkit writes): each character's low byte, as Buffer's latin1. */
  text(s: string): void {
    const n = s.length;
    this.reserve(n);
    if (n > 64) {
      this.len += this.buf.write(s, this.len, 'latin1');
      return;
    }
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.len = at;
  }

  /** A string and the newline pdfkit puts after each string it writes to a page. */
  line(s: string): void {
    this.text(s);
    this.reserve(1);
    this.buf[this.len++] = 10;
  }

  /** A number as num() prints it, without making the string. */
  num(n: number): void {
    let r = Math.round(n * 100);
    this.reserve(24);
    if (r < 0) {
      this.buf[this.len++] = 45;
      r = -r;
    }
    const whole = Math.floor(r / 100);
    const f = r - whole * 100;
    this.digits(whole);
    if (f === 0) return;
    this.buf[this.len++] = 46;
    this.buf[this.len++] = 48 + Math.floor(f / 10);
    if (f % 10 !== 0) this.buf[this.len++] = 48 + (f % 10);
  }

  private digits(n: number): void {
    if (n >= 10) this.digits(Math.floor(n / 10));
    this.buf[this.len++] = 48 + (n % 10);
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** The bytes written, valid until the next write or reset. */
  view(): Buffer {
    return this.buf.subarray(0, this.len);
  }

  reset(): void {
    this.len = 0;
  }
}

/**
 * A coordinate as the PDF writes it: rounded to 1/100, without trailing zeros, as
 * `(Math.round(n * 100) / 100).toString()` prints it (compared for every hundredth and its rounding
 * edges within ±20,000 and 4 million random values) without the double's shortest-digits conversion.
 */
export function num(n: number): string {
  const r = Math.round(n * 100);
  if (r % 100 === 0) return `${r / 100}`;
  const a = r < 0 ? -r : r;
  const whole = Math.floor(a / 100);
  const f = a - whole * 100;
  const frac = f % 10 === 0 ? `${f / 10}` : f < 10 ? `0${f}` : `${f}`;
  return r < 0 ? `-${whole}.${frac}` : `${whole}.${frac}`;
}
