import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { newFollowUp, type FollowUp } from '../../src/domain/follow-up';
import type { ReferatModel } from '../../src/domain/referat';
import { assembleReferat } from '../../src/domain/referat-assembly';
import { referatToDocx } from '../../src/exports/docx';
import { referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { referatToPdf } from '../../src/exports/pdf';
import { XSS } from '../fixtures/export-cases';
import { readZip } from '../fixtures/read-zip';
import { SEED_SECRETARIAT, seedInputs, seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';

/*
 * #18 §1: the referat lists each item's follow-ups under it and ends with the table
 * «Oppfølgingspunkter» (Hva, Ansvar, Frist), in all four formats; members' text is escaped in each.
 */

const meeting = seedMeeting();
const fu = (n: number, item: number, text: string, extra: Partial<FollowUp> = {}): FollowUp =>
  newFollowUp({
    followUpId: `f${n}`,
    groupId: meeting.groupId,
    meetingId: meeting.meetingId,
    meetingDate: meeting.date,
    item,
    itemTitle: 'Sak',
    text,
    createdAt: `2023-01-19T10:0${n}:00.000Z`,
    createdBy: 'Leder',
    ...extra,
  });

const FOLLOW_UPS: FollowUp[] = [
  fu(1, 3, 'Sende planen på høring', { owner: { kind: 'person', memberId: 'm-x', name: 'Kari Testesen', organization: 'Testby kommune' }, due: '2023-03-01' }),
  fu(2, 4, `Rette | tabellen ${XSS} & **fet**`, { owner: { kind: 'organization', organization: 'Pipe | <b>kommune</b>' } }),
  // Another meeting's follow-up stays out of this referat.
  { ...fu(3, 3, 'Fra et annet møte'), meetingId: 'other-meeting' },
];

function model(followUps: FollowUp[] = FOLLOW_UPS): ReferatModel {
  return assembleReferat({
    group: seedGroup(),
    meeting,
    roster: seedRoster(),
    inputs: seedInputs(),
    secretariatNames: SEED_SECRETARIAT,
    firstMadeAt: '2023-01-24T09:00:00Z',
    followUps,
  });
}

describe('follow-ups in the referat', () => {
  it('the model: under their items, the closing table in item order, other meetings and the imported record’s left out of the table', () => {
    const m = model();
    expect(m.items.find((i) => i.number === 3)!.followUps).toEqual([
      { text: 'Sende planen på høring', owner: 'Kari Testesen (Testby kommune)', due: '2023-03-01' },
    ]);
    expect(m.followUpTable.map((f) => f.text)).toEqual(['Sende planen på høring', `Rette | tabellen ${XSS} & **fet**`]);
    expect(m.items.find((i) => i.number === 9)!.followUps.map((f) => f.text)).toEqual(['Sende ny møteinnkalling for 23. mai']);
    expect(JSON.stringify(m)).not.toContain('Fra et annet møte');
  });

  it('Markdown: the item line and a GFM table, every cell escaped', () => {
    const md = referatToMarkdown(model());
    expect(md).toContain('**Oppfølging:** Sende planen på høring — ansvarlig: Kari Testesen (Testby kommune), frist: 01.03.2023');
    const table = md.slice(md.indexOf('## Oppfølgingspunkter'));
    expect(table.split('\n').slice(2, 5)).toEqual([
      '| Hva | Ansvar | Frist |',
      '| --- | --- | --- |',
      '| Sende planen på høring | Kari Testesen (Testby kommune) | 01.03.2023 |',
    ]);
    expect(table).toContain('| Rette \\| tabellen \\<script\\>alert(1)\\</script\\> \\& \\*\\*fet\\*\\* | Pipe \\| \\<b\\>kommune\\</b\\> |  |');
    expect(md).not.toContain(XSS);
  });

  it('HTML: a heading and a table after the items, escaped', () => {
    const html = referatToHtml(model());
    const at = html.indexOf('<h2>Oppfølgingspunkter</h2>');
    expect(at).toBeGreaterThan(html.lastIndexOf('class="item"'));
    expect(html.slice(at)).toContain('<th scope="col">Hva</th><th scope="col">Ansvar</th><th scope="col">Frist</th>');
    expect(html.slice(at)).toContain('<td>Sende planen på høring</td><td>Kari Testesen (Testby kommune)</td><td>01.03.2023</td>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; **fet**');
    expect(html).not.toContain(XSS);
  });

  it('DOCX: a Heading 2 and a real table at the end, escaped', async () => {
    const files = readZip(await referatToDocx(model()));
    const doc = files.get('word/document.xml')!.toString('utf8');
    const at = doc.lastIndexOf('Oppfølgingspunkter');
    expect(doc.slice(at - 200, at)).toContain('Heading2');
    const tail = doc.slice(at).replace(/<[^>]+>/g, ' ');
    for (const text of ['Hva', 'Ansvar', 'Frist', 'Sende planen på høring', 'Kari Testesen (Testby kommune)', '01.03.2023']) expect(tail).toContain(text);
    expect(doc.slice(at)).toContain('<w:tbl>');
    expect(doc).toContain('&lt;script&gt;');
    expect(doc).not.toContain(XSS);
  });

  it('PDF: the table reads back after the items', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'referent-fu-pdf-'));
    try {
      const file = path.join(dir, 'r.pdf');
      await writeFile(file, await referatToPdf(model()));
      const text = (await promisify(execFile)('pdftotext', ['-layout', file, '-'])).stdout;
      const at = text.lastIndexOf('Oppfølgingspunkter');
      expect(at).toBeGreaterThan(text.lastIndexOf('Sak 9'));
      expect(text.slice(at)).toMatch(/Hva\s+Ansvar\s+Frist/);
      expect(text.slice(at)).toMatch(/Sende planen på høring\s+Kari Testesen \(Testby\s+(kommune\)\s+)?01\.03\.2023/);
      expect(text.slice(at)).toContain('<script>alert(1)</script>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('no follow-ups: no table in any format', async () => {
    const m = { ...model([]), followUpTable: [] };
    expect(referatToMarkdown(m)).not.toContain('Oppfølgingspunkter');
    expect(referatToHtml(m)).not.toContain('Oppfølgingspunkter');
    expect((await readZip(await referatToDocx(m))).get('word/document.xml')!.toString('utf8')).not.toContain('Oppfølgingspunkter');
  });
});
