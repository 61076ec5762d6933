import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { innkallingToDocx, referatToDocx } from '../../src/exports/docx';
import { hostileReferat, seed004Innkalling } from '../fixtures/export-cases';

/**
 * A second reader of our DOCX: LibreOffice must open and convert it. scripts/test.sh sets
 * REFERENT_SKIP_LIBREOFFICE (to the reason) when soffice is not installed.
 */
const skipReason = process.env.REFERENT_SKIP_LIBREOFFICE;
const lo = skipReason ? test.skip : test;
if (skipReason) console.log(`LibreOffice checks skipped: ${skipReason}`);

const run = promisify(execFile);

describe('LibreOffice converts the DOCX to PDF', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'referent-lo-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  lo(
    'referat (with hostile input) and innkalling',
    async () => {
      const files = [
        ['referat.docx', await referatToDocx(hostileReferat())],
        ['innkalling.docx', await innkallingToDocx(seed004Innkalling())],
      ] as const;
      for (const [name, body] of files) await writeFile(path.join(dir, name), body);
      // A fresh profile: a shared one may be locked by another soffice, which then silently does nothing.
      const profile = `file://${path.join(dir, 'profile')}`;
      await run(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map(([n]) => path.join(dir, n))],
        {
          timeout: 150_000,
        },
      );
      for (const [name] of files) {
        const pdf = path.join(dir, name.replace(/\.docx$/, '.pdf'));
        expect((await stat(pdf)).size).toBeGreaterThan(1000);
        expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
      // With poppler's pdftotext at hand, also check what a reader sees (optional: not in every image).
      const text = await run('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'referat.pdf'), '-']).then(
        (r) => r.stdout.replace(/\s+/g, ' '), // lines wrap where the page ends them
        () => undefined,
      );
      if (text !== undefined) {
        expect(text).toContain('Referat fra møte i Osloregionens faggruppe Nærings samarbeidet');
        expect(text).toContain('<script>alert(1)</script>');
        expect(text).toContain('eget punkt med æøå ÆØÅ');
        // The footer's PAGE / NUMPAGES fields, computed by LibreOffice.
        const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path.join(dir, 'referat.pdf')])).stdout)?.[1]);
        expect(text).toContain(`Side 1 av ${pages}`);
        expect(text).toContain(`Side ${pages} av ${pages}`);
        // The heading styles' outline levels become the PDF's bookmarks (LibreOffice exports them by default).
        for (const [name, first] of [
          ['referat', 'Referat fra møte i Osloregionens faggruppe Nærings samarbeidet'],
          ['innkalling', 'Sakskart til møte i'],
        ] as const) {
          const xml = (await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path.join(dir, `${name}.pdf`)], { maxBuffer: 64 << 20 })).stdout;
          const outline = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) =>
            m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
          );
          console.log(`${name}.pdf from LibreOffice: ${outline.length} bookmarks`);
          expect(outline[0]).toContain(first);
          expect(outline.length).toBeGreaterThanOrEqual(2);
        }
      }
    },
    180_000,
  );
});
