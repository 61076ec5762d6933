import { assembleReferat } from '../../src/domain/referat-assembly';
import { EXPORT_FORMATS, exportFileName, isExportFormat, renderInnkalling, renderReferat, type ExportFormat } from '../../src/exports';
import { readZip } from '../fixtures/read-zip';
import { seed004Innkalling, seedReferat } from '../fixtures/export-cases';
import { LARGE_INPUTS, LARGE_INPUT_CHARS, LARGE_ORGS, endMark, largeCase, longInput } from '../../tools/fixtures/referat-large';

describe('renderReferat / renderInnkalling', () => {
  test.each([
    ['md', 'text/markdown; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['pdf', 'application/pdf'],
  ] as [ExportFormat, string][])('%s: bytes, content type and extension', async (format, contentType) => {
    for (const doc of [await renderReferat(seedReferat(), format), await renderInnkalling(seed004Innkalling(), format)]) {
      expect(doc.contentType).toBe(contentType);
      expect(doc.extension).toBe(format);
      expect(Buffer.isBuffer(doc.body)).toBe(true);
      if (format === 'docx') {
        expect(doc.body.subarray(0, 2).toString('latin1')).toBe('PK');
      } else if (format === 'pdf') {
        expect(doc.body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      } else {
        // UTF-8 without a byte-order mark; Norwegian letters intact.
        expect(doc.body[0]).not.toBe(0xef);
        expect(doc.body.toString('utf8')).toMatch(/[æøå]/);
      }
    }
  });

  test('refuses an unknown format instead of guessing', async () => {
    await expect(renderReferat(seedReferat(), 'odt' as ExportFormat)).rejects.toThrow(RangeError);
    expect(EXPORT_FORMATS).toEqual(['md', 'html', 'docx', 'pdf']);
    expect(isExportFormat('docx')).toBe(true);
    expect(isExportFormat('DOCX')).toBe(false);
  });

  test('file names are ASCII and carry the date', () => {
    expect(exportFileName('referat', '2023-01-19', 'docx')).toBe('referat-2023-01-19.docx');
    expect(exportFileName('innkalling', '2024-11-07', 'md')).toBe('innkalling-2024-11-07.md');
    expect(exportFileName('referat', '2024-11-07', 'pdf')).toBe('referat-2024-11-07.pdf');
    expect(() => exportFileName('referat', '../../etc', 'md')).toThrow(RangeError);
  });
});

describe('the biggest referat: 45 organizations, 1,000 inputs of 8,000 characters', () => {
  // No timing asserts here (shared CI machines); scripts/bench-export.ts prints the figures.
  const model = assembleReferat(largeCase());
  const round = model.items.find((i) => i.kind === 'round-table')!;

  test('assembles every input under its organization', () => {
    expect(longInput(3)).toHaveLength(LARGE_INPUT_CHARS);
    expect(longInput(3).endsWith(endMark(3))).toBe(true);
    expect(round.roundTable).toHaveLength(LARGE_ORGS);
    expect(round.roundTable!.reduce((n, s) => n + s.entries.length, 0)).toBe(LARGE_INPUTS);
  });

  // PDF: tests/unit/exports-pdf.test.ts reads the 1,000-input PDF back with pdftotext.
  test.each(EXPORT_FORMATS.filter((f) => f !== 'pdf').map((f) => [f]))('%s holds every input to its last character', async (format) => {
    const doc = await renderReferat(model, format);
    const text = format === 'docx' ? readZip(doc.body).get('word/document.xml')!.toString('utf8') : doc.body.toString('utf8');
    // Each input ends with its own distinctive tail; all 1,000 tails must be there.
    const marks = new Set([...text.matchAll(/innspill-slutt-(\d+)-æøå/g)].map((m) => m[1]));
    expect(marks.size).toBe(LARGE_INPUTS);
    expect(text.split(format === 'docx' ? '<w:pStyle w:val="Heading3"/>' : format === 'md' ? '\n### ' : '<h3>').length - 1).toBe(LARGE_ORGS);
  });
});
