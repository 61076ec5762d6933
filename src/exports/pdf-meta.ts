import { readFileSync } from 'node:fs';
import type { FontKey } from './pdf-text';

/*
 * What the PDF writer needs besides layout: the embedded font files and the XMP metadata fixes
 * (pdfkit's XMP is unescaped and has no dc:language).
 */

const FONT_FILES = { R: 'DejaVuSans.ttf', B: 'DejaVuSans-Bold.ttf', I: 'DejaVuSans-Oblique.ttf' } as const;
let fontData: Record<FontKey, Buffer> | undefined;
/** Read once per process: the three files are 1.8 MB and every export needs them. */
export function fonts(): Record<FontKey, Buffer> {
  fontData ??= {
    R: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.R}`)),
    B: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.B}`)),
    I: readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES.I}`)),
  };
  return fontData;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xmlEscape = (s: string): string => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * pdfkit writes Title/Author/Subject into the XMP packet without escaping them, so a group named
 * «A & B <x>» would make the metadata invalid XML. The Info dictionary is written first, from the
 * raw values; the XMP is written from escaped copies, and the document's language is added to it.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument, lang: string): void {
  const d = doc as unknown as { _addInfo(): void; info: Record<string, unknown> };
  const addInfo = d._addInfo;
  d._addInfo = function (this: typeof d) {
    const raw = this.info;
    const escaped: Record<string, unknown> = { ...raw };
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'Keywords']) {
      if (typeof raw[key] === 'string') escaped[key] = xmlEscape(raw[key] as string);
    }
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = raw;
    }
    // The language in the XMP too (dc:language), not only in the catalog's /Lang: archive tools read the XMP.
    (doc as unknown as { appendXML(xml: string): void }).appendXML(
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${xmlEscape(lang)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
    );
  };
}
