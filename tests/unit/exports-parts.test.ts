import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { agendaToStore, parseAgenda } from '../../src/domain/agenda-parser';
import { completeAgenda } from '../../src/domain/agenda-complete';
import type { MeetingData } from '../../src/domain/meeting-types';
import { assembleInnkalling, assembleReferat } from '../../src/domain/referat-assembly';
import { renderInnkalling, renderReferat } from '../../src/exports';
import { readZip } from '../fixtures/read-zip';
import { seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';

/*
 * A meeting in two parts (#17 §1.8) in every format: each part's heading and time before its items,
 * items numbered from 1 in each part, the Tid line over the whole meeting; read back as the reader sees it.
 */

const PASTE = [
  '## Sakskart til møte i administrative faggrupper',
  '**Kl. 09:00-09:30**',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Ny møteform med en felles del',
  '',
  '## Sakskart til møte i faggruppe for næringssamarbeid',
  '**Kl. 09:40-12:30**',
  '1. Godkjenning av innkalling og dagsorden',
  '2. Handlingsprogram 2026',
  '3. Runde rundt bordet',
].join('\n');

function twoPartMeeting(): MeetingData {
  const parsed = parseAgenda(PASTE);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const agenda = completeAgenda(agendaToStore(parsed.items));
  // Stored numbers run through the meeting: «Handlingsprogram 2026» is item 4, the group's own item 2.
  return {
    ...seedMeeting(),
    start: '09:30',
    end: '12:00',
    agenda,
    parts: parsed.parts,
    attendance: {},
    records: { '4': { decision: 'Gruppen sluttet seg til forslaget.', notes: [] } },
  };
}

const referat = () => assembleReferat({ group: seedGroup(), roster: seedRoster(), inputs: [], meeting: twoPartMeeting() });
const innkalling = () =>
  assembleInnkalling({
    group: seedGroup(),
    roster: seedRoster(),
    meeting: twoPartMeeting(),
    secretariat: { name: 'Åse Ørnulfsen', organization: 'Sekretariatet for regionen' },
  });

/** The marks, in this order, each after the one before. */
function expectInOrder(text: string, marks: string[]): void {
  let at = -1;
  for (const m of marks) {
    const next = text.indexOf(m, at + 1);
    if (next < 0) throw new Error(`«${m}» missing after position ${at} in:\n${text}`);
    at = next;
  }
}

const READING = (kind: 'referat' | 'innkalling') => [
  'Sakskart til møte i administrative faggrupper',
  'Kl. 09:00-09:30',
  kind === 'referat' ? 'Sak 1. Godkjenning av innkalling og dagsorden' : '1. Godkjenning av innkalling og dagsorden',
  kind === 'referat' ? 'Sak 2. Ny møteform med en felles del' : '2. Ny møteform med en felles del',
  'Sakskart til møte i faggruppe for næringssamarbeid',
  'Kl. 09:40-12:30',
  kind === 'referat' ? 'Sak 1. Godkjenning av innkalling og dagsorden' : '1. Godkjenning av innkalling og dagsorden',
  kind === 'referat' ? 'Sak 2. Handlingsprogram 2026' : '2. Handlingsprogram 2026',
  kind === 'referat' ? 'Sak 3. Runde rundt bordet' : '3. Runde rundt bordet',
  kind === 'referat' ? 'Sak 4. Eventuelt' : '4. Eventuelt',
];

describe('the model of a meeting in parts', () => {
  test('referat: printed numbers from 1 in each part, the part on its first item, the decision on its item, Tid over the whole meeting', () => {
    const m = referat();
    expect(m.items.map((i) => [i.number, i.part?.start, i.title])).toEqual([
      [1, '09:00', 'Godkjenning av innkalling og dagsorden'],
      [2, undefined, 'Ny møteform med en felles del'],
      [1, '09:40', 'Godkjenning av innkalling og dagsorden'],
      [2, undefined, 'Handlingsprogram 2026'],
      [3, undefined, 'Runde rundt bordet'],
      [4, undefined, 'Eventuelt'],
    ]);
    expect(m.items[3].decision).toBe('Gruppen sluttet seg til forslaget.');
    expect([m.start, m.end]).toEqual(['09:00', '12:30']);
  });

  test('innkalling: the same numbering; what to prepare names the item by its printed number', () => {
    const m = innkalling();
    expect(m.agenda.map((a) => [a.number, a.part?.title])).toEqual([
      [1, 'Sakskart til møte i administrative faggrupper'],
      [2, undefined],
      [1, 'Sakskart til møte i faggruppe for næringssamarbeid'],
      [2, undefined],
      [3, undefined],
      [4, undefined],
    ]);
    expect(m.prepare.map((p) => p.itemNumber)).toEqual([3]);
    expect([m.start, m.end]).toEqual(['09:00', '12:30']);
  });

  test('a meeting in one part is printed as before: stored numbers, no part headings, the meeting’s own time', () => {
    const m = assembleReferat({ group: seedGroup(), roster: seedRoster(), inputs: [], meeting: seedMeeting() });
    expect(m.items.map((i) => i.number)).toEqual(seedMeeting().agenda.map((i) => i.number));
    expect(m.items.some((i) => i.part)).toBe(false);
    expect([m.start, m.end]).toEqual([seedMeeting().start, seedMeeting().end]);
  });
});

describe('a meeting in parts read back from every format', () => {
  test('Markdown', async () => {
    const md = (await renderReferat(referat(), 'md')).body.toString('utf8');
    expectInOrder(md, ['**Tid:** Torsdag 19.01.2023 kl. 09.00 – 12.30', ...READING('referat')]);
    expect(md).toContain('## Sakskart til møte i administrative faggrupper\n\n**Kl. 09:00-09:30**\n\n## Sak 1. Godkjenning');
    const notice = (await renderInnkalling(innkalling(), 'md')).body.toString('utf8');
    expectInOrder(notice, ['**Tid:** 19.01.2023, kl 09:00-12:30', '**Sak 3.**', ...READING('innkalling')]);
    expect(notice).toContain('### Sakskart til møte i faggruppe for næringssamarbeid\n\n**Kl. 09:40-12:30**');
  });

  test('HTML: the parts are headings in the outline, levels not skipped', async () => {
    const html = (await renderReferat(referat(), 'html')).body.toString('utf8');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expectInOrder(text, READING('referat'));
    expect(html).toContain('<h2 class="part">Sakskart til møte i faggruppe for næringssamarbeid</h2>');
    const notice = (await renderInnkalling(innkalling(), 'html')).body.toString('utf8');
    expectInOrder(notice.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), READING('innkalling'));
    const levels = [...notice.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    levels.forEach((lv, i) => expect(lv - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  test('DOCX: the parts are Heading 2 paragraphs with the time under them', async () => {
    for (const [doc, kind] of [
      [await renderReferat(referat(), 'docx'), 'referat'],
      [await renderInnkalling(innkalling(), 'docx'), 'innkalling'],
    ] as const) {
      const xml = readZip(doc.body).get('word/document.xml')?.toString('utf8') ?? '';
      const paras = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => ({
        style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p[1])?.[1],
        text: [...p[1].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      }));
      expectInOrder(paras.map((p) => p.text).join('\n'), READING(kind));
      const part = paras.findIndex((p) => p.text === 'Sakskart til møte i faggruppe for næringssamarbeid');
      expect(paras[part].style).toBe('Heading2');
      expect(paras[part + 1].text).toBe('Kl. 09:40-12:30');
    }
  });

  const pdftotext = spawnSync('pdftotext', ['-v']).error ? test.skip : test;
  pdftotext('PDF (pdftotext)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referent-parts-'));
    try {
      for (const [doc, kind] of [
        [await renderReferat(referat(), 'pdf'), 'referat'],
        [await renderInnkalling(innkalling(), 'pdf'), 'innkalling'],
      ] as const) {
        const file = path.join(dir, `${kind}.pdf`);
        writeFileSync(file, doc.body);
        const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
        expectInOrder(text, READING(kind));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the nynorsk and English documents', () => {
  test('the time under a part', async () => {
    const en = { ...seedGroup(), settings: { ...seedGroup().settings, language: 'en' as const } };
    const md = (await renderReferat(assembleReferat({ group: en, roster: seedRoster(), inputs: [], meeting: twoPartMeeting() }), 'md')).body.toString('utf8');
    expect(md).toContain('**09:40–12:30**');
  });
});
