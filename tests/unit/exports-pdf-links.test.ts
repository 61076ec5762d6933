import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locale } from '../../src/domain/language';
import { assembleInnkalling, assembleReferat } from '../../src/domain/referat-assembly';
import { renderInnkalling, renderReferat } from '../../src/exports';
import { referatToPdf } from '../../src/exports/pdf';
import { hostileReferat } from '../fixtures/export-cases';
import { largeCase } from '../../tools/fixtures/referat-large';

/**
 * Links in the PDF (#17 §3) and the PDF in the group's language. Read back as a reader sees them:
 * pdftohtml -xml lists each piece of text with the link annotation over it, pdfinfo -struct-text the
 * Link elements of the structure tree, and the raw file every URI action (pdfkit writes annotations
 * and actions uncompressed). scripts/test.sh installs poppler-utils or says why it skips.
 */
const skipReason =
  process.env.REFERENT_SKIP_POPPLER ?? (spawnSync('pdftohtml', ['-v']).error ? 'pdftohtml is not on PATH (apt-get install poppler-utils)' : undefined);
const poppler = skipReason ? test.skip : test;
if (skipReason) console.log(`PDF read-back checks skipped: ${skipReason}`);

const run = promisify(execFile);
let dir: string;
let n = 0;
async function tool(name: 'pdfinfo' | 'pdftotext' | 'pdftohtml', pdf: Buffer, ...args: string[]): Promise<string> {
  const file = path.join(dir, `doc-${n++}.pdf`);
  await writeFile(file, pdf);
  const out = name === 'pdftotext' ? [file, '-'] : name === 'pdftohtml' ? ['-xml', '-stdout', '-i', '-q', file] : [file];
  return (await run(name, [...args, ...out], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Every URI action in the file. */
const uris = (pdf: Buffer): string[] => [...pdf.toString('latin1').matchAll(/\/S \/URI\s*\/URI \(([^)]*)\)/g)].map((m) => m[1]);

/** pdftohtml's <a href="…">text</a> (bold as <b>…</b> inside), the text unescaped. */
const anchors = (xml: string): { href: string; text: string }[] =>
  [...xml.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => ({
    href: m[1].replace(/&amp;/g, '&'),
    text: m[2]
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .trim(),
  }));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'referent-pdf-links-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('links in the PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    const model = hostileReferat();
    model.presentationsUrl = 'https://example.org/presentasjoner?møte=7&del=2';
    model.items[0].notes.push(
      'Les [sakspapirene](https://example.org/sak/1) og https://example.org/vedlegg.pdf, eller skriv til mailto:post@example.org.',
      '- Punkt med **[fet lenke](https://example.org/fet)** og [skript](javascript:alert(1)) og ftp://example.org/fil',
    );
    pdf = await referatToPdf(model);
  });

  test('only http, https and mailto become URI actions, addresses in ASCII', () => {
    expect(uris(pdf).sort()).toEqual(
      [
        'https://example.org/presentasjoner?m%C3%B8te=7&del=2',
        'https://example.org/sak/1',
        'https://example.org/vedlegg.pdf',
        'mailto:post@example.org',
        'https://example.org/fet',
      ].sort(),
    );
    // The hostile case's «[lenke](javascript:alert(1))» and «<https://evil.example>» stay text.
    expect(pdf.toString('latin1')).not.toMatch(/JavaScript|\/S \/Launch|evil\.example\)/);
  });

  poppler(
    'each annotation lies over its text (pdftohtml reads them as a viewer does)',
    async () => {
      const links = anchors(await tool('pdftohtml', pdf));
      const over = (text: string) => links.filter((a) => a.text === text).map((a) => a.href);
      expect(over('https://example.org/presentasjoner?møte=7&del=2')).toEqual(['https://example.org/presentasjoner?m%C3%B8te=7&del=2']);
      expect(over('sakspapirene')).toEqual(['https://example.org/sak/1']);
      expect(over('https://example.org/vedlegg.pdf')).toEqual(['https://example.org/vedlegg.pdf']);
      expect(over('mailto:post@example.org')).toEqual(['mailto:post@example.org']);
      expect(over('fet lenke')).toEqual(['https://example.org/fet']);
    },
    60_000,
  );

  poppler(
    'tagged: a Link element with the text and the annotation (OBJR), inside its paragraph or list item',
    async () => {
      const tree = await tool('pdfinfo', pdf, '-struct-text');
      const linkElements = tree.match(/^\s*Link\b.*\n\s*"[^"]*"\n\s*Object \d+ 0$/gm) ?? [];
      expect(linkElements).toHaveLength(uris(pdf).length);
      expect(tree).toMatch(/^\s*P \(block\)\n\s*"Les "\n\s*Link \(inline\)\n\s*"sakspapirene"\n\s*Object \d+ 0\n\s*" og "/m);
      expect(tree).toMatch(/^\s*LBody\b[^\n]*\n\s*"Punkt med "\n\s*Link \(inline\)\n\s*"fet lenke"/m);
      // The sentence's full stop is not part of the address; the text reads as the member wrote it.
      const text = await tool('pdftotext', pdf, '-enc', 'UTF-8');
      expect(text).toContain('vedlegg.pdf, eller skriv til mailto:post@example.org.');
      expect(text).toContain('og [skript](javascript:alert(1)) og ftp://example.org/fil');
      expect(text).not.toContain('**');
    },
    90_000,
  );
});

/** A small referat and innkalling of a group that writes in `l`: three inputs, links on the meeting. */
function groupCase(l: Locale) {
  const c = largeCase(300);
  c.inputs = c.inputs.slice(0, 3).map((x) => ({ ...x, enteredBySecretariat: false }));
  c.group.settings = { language: l };
  c.meeting.links = { documents: 'https://example.org/sakspapirer', presentations: 'https://example.org/presentasjoner' };
  return c;
}

describe("the PDF in the group's language", () => {
  const cases = [
    {
      l: 'en' as const,
      tag: 'en-GB',
      referat: ['Date:', 'Minutes of the meeting of Faggruppe', 'Time: Thursday 07.11.2024 at 12:00', 'Place:', 'Present:', 'NAME', 'Agenda:', 'Item 1.'],
      heading: 'Ådne from Kommune nr 2',
      innkalling: [
        'Date:',
        'Our ref:',
        'Case officer:',
        'To Faggruppe',
        'The meeting documents can be downloaded here',
        'Kind regards',
        'Agenda for the meeting of',
        'Invited',
        'First name',
      ],
      page: 'Page 1 of',
      notWords: [/\bSide \d/, /\bSak \d/, / fra Kommune/, /Frammøtte|Saksliste|Med vennlig hilsen/],
    },
    {
      l: 'nn' as const,
      tag: 'nn-NO',
      referat: ['Dato:', 'Referat frå møte i Faggruppe', 'Tid: Torsdag 07.11.2024', 'Stad:', 'Til stades:', 'NAMN', 'Saksliste:', 'Sak 1.'],
      heading: 'Ådne frå Kommune nr 2',
      innkalling: [
        'Dato:',
        'Vår ref:',
        'Saksbehandlar:',
        'Til Faggruppe',
        'Sakspapir og underlag kan lastast ned her',
        'Med venleg helsing',
        'Saksliste til møte i',
        'Inviterte',
        'Fornamn',
      ],
      page: 'Side 1 av',
      notWords: [/ fra Kommune/, /Frammøtte|Sted:|Med vennlig hilsen|Fornavn/],
    },
  ];
  for (const c of cases) {
    poppler(
      `${c.l}: words, title, /Lang and dc:language in ${c.tag}; the round-table heading too`,
      async () => {
        const input = groupCase(c.l);
        const referat = (await renderReferat(assembleReferat(input), 'pdf')).body;
        const innkalling = (
          await renderInnkalling(assembleInnkalling({ ...input, secretariat: { name: 'Siri Saksbehandler', organization: 'Sekretariatet' } }), 'pdf')
        ).body;
        for (const [pdf, words, title] of [
          [referat, c.referat, c.referat[1]],
          [innkalling, c.innkalling, c.innkalling[7]],
        ] as const) {
          const raw = pdf.toString('latin1');
          expect(raw).toContain(`/Lang (${c.tag})`);
          const xmp = pdf.toString('utf8', pdf.indexOf('<x:xmpmeta'), pdf.indexOf('</x:xmpmeta>') + 12);
          expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${c.tag}</rdf:li></rdf:Bag></dc:language>`);
          const text = await tool('pdftotext', pdf, '-enc', 'UTF-8');
          let at = -1;
          for (const w of words) {
            const next = text.indexOf(w, at + 1);
            if (next < 0) throw new Error(`${c.l}: "${w}" missing after position ${at}`);
            at = next;
          }
          expect(text).toContain(c.page);
          for (const re of c.notWords) expect(text).not.toMatch(re);
          if (pdf === referat) expect(text).toContain(c.heading);
          const info = await tool('pdfinfo', pdf);
          if (pdf === referat) expect(info).toContain(`Title:           ${title}`);
        }
      },
      90_000,
    );
  }
});
