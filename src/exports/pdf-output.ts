import { deflateSync } from 'node:zlib';
import { ByteSink } from './pdf-bytes';

/*
 * How the bytes leave pdfkit, made cheap for the biggest referat (1,000 inputs of 8,000 characters,
 * ~2,700 pages, ~300,000 objects). pdfkit turns every string it writes into bytes one character at a
 * time in JavaScript and sends each object as four small chunks through a Readable stream; here
 * strings are gathered and turned into bytes natively, once per 64 KiB or once per page.
 */

/** The parts of pdfkit's page this module touches. */
interface PdfkitPage {
  content: { buffer: Uint8Array[]; data: { Length?: number }; write(chunk: string | Uint8Array): unknown };
  dictionary: { data: { Contents: unknown } };
  sealed?: boolean;
}

interface PdfkitInternals {
  _pageBuffer: PdfkitPage[];
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
  read(): Buffer | null;
  ref(data: object): { end(chunk: Buffer): void };
}

const FLUSH_AT = 64 * 1024;

/** Collects a document's file; `done` resolves with it after doc.end(). Set up right after new PDFDocument(). */
export class PdfOutput {
  readonly done: Promise<Buffer>;
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly doc: PdfkitInternals;
  /** The content of the page being written (only the last page is open; seal() empties it for the next). */
  private readonly content = new ByteSink(64 * 1024);
  private contentOf?: PdfkitPage;

  constructor(doc: PDFKit.PDFDocument) {
    const d = (this.doc = doc as unknown as PdfkitInternals);
    // The constructor already pushed the header ("%PDF-1.7"): take it from the stream's buffer first.
    for (let c: Buffer | null; (c = d.read()) !== null;) this.chunks.push(c);
    // Objects: a string is kept (with the newline pdfkit adds) and counted in pdfkit's byte offset,
    // which the xref table is made from; every string pdfkit writes here is one byte per character.
    d._write = (data) => {
      if (typeof data === 'string') {
        const line = `${data}\n`;
        this.pending.push(line);
        this.pendingLength += line.length;
        d._offset += line.length;
        if (this.pendingLength > FLUSH_AT) this.flush();
      } else {
        this.flush();
        this.chunks.push(data);
        d._offset += data.length;
      }
    };
    this.done = new Promise((resolve) => {
      // push(null) is pdfkit's end of file.
      d.push = (chunk) => {
        if (chunk === null) {
          this.flush();
          resolve(Buffer.concat(this.chunks));
        } else this.chunks.push(chunk);
        return true;
      };
    });
    this.capture(d._pageBuffer.at(-1));
    doc.on('pageAdded', () => {
      this.seal(d._pageBuffer.at(-2));
      this.capture(d._pageBuffer.at(-1));
    });
  }

  /** Seals the last page; what is written to any page after this (the footers) goes to pdfkit's own stream. */
  sealLast(): void {
    this.seal(this.doc._pageBuffer.at(-1));
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending.join(''), 'latin1'));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** A page's content goes into `content` as bytes until the page is sealed. */
  private capture(page: PdfkitPage | undefined): void {
    if (!page) return;
    const content = this.content;
    // What pdfkit wrote before the page was captured (its flip of the y axis) comes first.
    for (const chunk of page.content.buffer) content.bytes(chunk);
    page.content.buffer = [];
    this.contentOf = page;
    const write = page.content.write.bind(page.content);
    page.content.write = (chunk) => {
      // pdfkit keeps a Buffer it is given; the text setter's chunk is only valid during the call.
      if (page.sealed) return write(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
      if (this.contentOf !== page) throw new Error('PDF content written to a page that is not the last');
      if (typeof chunk === 'string') content.line(chunk);
      else content.bytes(chunk);
      return undefined;
    };
  }

  /**
   * A full page's content goes out at once as its own compressed stream (the page's Contents becomes
   * [that stream, pdfkit's stream], which a reader treats as one): with bufferPages pdfkit would keep
   * every page's bytes to the end (60 MB for 8,000-character inputs) and deflate them at level 6.
   * Level 1 is ~3x faster for ~15 % more bytes. The footer written at the end lands in pdfkit's
   * stream. Every marked-content sequence is closed when a page ends, so none spans the two.
   */
  private seal(page: PdfkitPage | undefined): void {
    if (!page || page.sealed || page !== this.contentOf) return;
    this.contentOf = undefined;
    page.sealed = true;
    if (this.content.len === 0) return;
    const body = deflateSync(this.content.view(), { level: 1 });
    this.content.reset();
    page.content.data.Length = 0;
    // A Filter set up front tells pdfkit the bytes are compressed already.
    const ref = this.doc.ref({ Filter: 'FlateDecode' });
    ref.end(body);
    page.dictionary.data.Contents = [ref, page.content];
  }
}
