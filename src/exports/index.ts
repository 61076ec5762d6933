import { formatDate } from '../domain/norwegian-time';
import type { InnkallingModel, ReferatModel } from '../domain/referat';
import { innkallingToDocx, referatToDocx } from './docx';
import { innkallingToHtml, referatToHtml } from './html';
import { innkallingToMarkdown, referatToMarkdown } from './markdown';
import { innkallingToPdf, referatToPdf } from './pdf';

/** The one entry point the use cases call: a model in, bytes plus how to serve them out. */

export type ExportFormat = 'md' | 'html' | 'docx' | 'pdf';

export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  /** Without the dot: "md", "html", "docx", "pdf". */
  extension: ExportFormat;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'docx', 'pdf'];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

interface Writers<M> {
  md(model: M): string;
  html(model: M): string;
  docx(model: M): Promise<Buffer>;
  pdf(model: M): Promise<Buffer>;
}

async function render<M>(model: M, format: ExportFormat, writers: Writers<M>): Promise<RenderedDocument> {
  // The format usually comes from a typed command; refuse anything else instead of guessing.
  if (!isExportFormat(format)) throw new RangeError(`unknown export format: ${JSON.stringify(format)}`);
  const body = format === 'docx' || format === 'pdf' ? await writers[format](model) : Buffer.from(writers[format](model), 'utf8');
  return { body, contentType: CONTENT_TYPES[format], extension: format };
}

export function renderReferat(model: ReferatModel, format: ExportFormat): Promise<RenderedDocument> {
  return render(model, format, { md: referatToMarkdown, html: referatToHtml, docx: referatToDocx, pdf: (m) => referatToPdf(m) });
}

export function renderInnkalling(model: InnkallingModel, format: ExportFormat): Promise<RenderedDocument> {
  return render(model, format, { md: innkallingToMarkdown, html: innkallingToHtml, docx: innkallingToDocx, pdf: (m) => innkallingToPdf(m) });
}

/**
 * A download name such as "referat-2023-01-19.docx": ASCII only, because Content-Disposition
 * and some mail clients still mangle non-ASCII file names.
 */
export function exportFileName(kind: 'referat' | 'innkalling', date: string, format: ExportFormat): string {
  formatDate(date); // validates yyyy-mm-dd; throws RangeError otherwise
  return `${kind}-${date}.${format}`;
}

export { referatToMarkdown, innkallingToMarkdown } from './markdown';
export { referatToHtml, innkallingToHtml } from './html';
export { referatToDocx, innkallingToDocx } from './docx';
export { referatToPdf, innkallingToPdf } from './pdf';
