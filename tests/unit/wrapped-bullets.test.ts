import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReferatModel } from '../../src/domain/referat';
import { referatDocumentXml } from '../../src/exports/docx';
import { referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { referatToPdf } from '../../src/exports/pdf';
import { textBlocks } from '../../src/exports/writer-text';
import { seedReferat } from '../fixtures/export-cases';

/**
 * #17 §1.11: text pasted from Word or Outlook arrives hard-wrapped; the lines under a bullet that are
 * neither a bullet nor blank belong to that bullet, in every format.
 */

const PASTED = [
  'Status fra kommunen:',
  '- Ny næringspark på Fjellhaug er regulert, og de første',
  '  bedriftene flytter inn til høsten',
  '- Bredbånd: utbyggingen i',
  'kommunens nordre del er forsinket',
  '  - underpunkt som også',
  '    er brutt',
  '- Kort punkt',
  '',
  'Avslutning etter en tom linje.',
].join('\n');

const FIRST = 'Ny næringspark på Fjellhaug er regulert, og de første bedriftene flytter inn til høsten';
const SECOND = 'Bredbånd: utbyggingen i kommunens nordre del er forsinket';
const SUB = 'underpunkt som også er brutt';

test('textBlocks: continuation lines join their bullet (any level); a blank line ends the list', () => {
  expect(textBlocks(PASTED)).toEqual([
    { kind: 'paragraph', lines: ['Status fra kommunen:'] },
    {
      kind: 'list',
      items: [
        { text: FIRST, level: 0 },
        { text: SECOND, level: 0 },
        { text: SUB, level: 1 },
        { text: 'Kort punkt', level: 0 },
      ],
    },
    { kind: 'paragraph', lines: ['Avslutning etter en tom linje.'] },
  ]);
  // Lines before any bullet stay the paragraph's own lines.
  expect(textBlocks('én\nto')).toEqual([{ kind: 'paragraph', lines: ['én', 'to'] }]);
});

function modelWith(text: string): ReferatModel {
  const model = seedReferat();
  const round = model.items.find((i) => i.roundTable)!;
  round.roundTable![0].entries = [{ text, source: 'written', receivedAfterMeeting: false, enteredBySecretariat: false }];
  return model;
}

describe('every format keeps the wrapped lines in their bullet', () => {
  const model = modelWith(PASTED);

  test('Markdown', () => {
    expect(referatToMarkdown(model)).toContain(`Status fra kommunen:\n\n- ${FIRST}\n- ${SECOND}\n  - ${SUB}\n- Kort punkt\n\nAvslutning etter en tom linje.`);
  });

  test('HTML', () => {
    expect(referatToHtml(model)).toContain(
      `<ul><li>${FIRST}</li><li>${SECOND}<ul><li>${SUB}</li></ul></li><li>Kort punkt</li></ul>\n<p>Avslutning etter en tom linje.</p>`,
    );
  });

  test('DOCX', () => {
    const ps = [...referatDocumentXml(model).matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
      bullet: /<w:ilvl w:val="(\d)"\/>/.exec(m[1])?.[1],
      text: [...m[1].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }));
    const at = ps.findIndex((p) => p.text === 'Status fra kommunen:');
    expect(ps.slice(at, at + 6)).toEqual([
      { bullet: undefined, text: 'Status fra kommunen:' },
      { bullet: '0', text: FIRST },
      { bullet: '0', text: SECOND },
      { bullet: '1', text: SUB },
      { bullet: '0', text: 'Kort punkt' },
      { bullet: undefined, text: 'Avslutning etter en tom linje.' },
    ]);
  });

  const poppler = spawnSync('pdftotext', ['-v']).error ? test.skip : test;
  poppler('PDF (pdftotext)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referent-wrap-'));
    try {
      writeFileSync(path.join(dir, 'r.pdf'), await referatToPdf(model));
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      // Three level-0 bullets and one level-1: no line of the pasted text became its own paragraph.
      expect(text).toContain(`Status fra kommunen: • ${FIRST} • ${SECOND} – ${SUB} • Kort punkt Avslutning etter en tom linje.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
