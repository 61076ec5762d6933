import { innkallingToMarkdown, referatToMarkdown } from '../../src/exports/markdown';
import { SEED_ROUND_TABLE_HEADINGS } from '../fixtures/referat-seed-000';
import { XSS, hostileReferat, seed004Innkalling, seedReferat } from '../fixtures/export-cases';
import { fixtureDocument, INNKALLING_2024_11_07, REFERAT_2023_01_19 } from '../../tools/fixtures/documents';

/** The structure a reader sees in minutes: title, Tid, Frammøtte rows, secretariat, items, round-table labels. */
interface Structure {
  group: string;
  tid: string;
  attendees: string[][];
  secretariat: string[];
  items: { number: number; title: string }[];
  roundTableLabels: string[];
  order: string[];
}

const norm = (s: string) =>
  s
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
const unescape = (s: string) => s.replace(/\\([\\`*_[\]<>#|~&.)=+-])/g, '$1');

/** Reads the 19.01.2023 minutes (a Word document saved as text with some Markdown). */
function seedStructure(text: string): Structure {
  const lines = text.split('\n').map((l) => l.trim());
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const attendees: string[][] = [];
  for (let i = at(/^NAVN\tKOMMUNE \/ REGION$/) + 1; lines[i]; i++) attendees.push(lines[i].split('\t'));
  const items: Structure['items'] = [];
  for (const l of lines) {
    const m = /^(?:- |### |\*\*)(\d+)\. (?:Sak \d+\. )?(.+?)(?:\*\*)?$/.exec(l);
    if (m) items.push({ number: Number(m[1]), title: m[2] });
  }
  const item6 = lines.slice(at(/^### 6\./), at(/^\*\*7\./));
  return {
    group: /møte i (.+?)\*\*$/.exec(lines[at(/^\*\*Referat/)])![1],
    tid: lines[at(/^Tid:/)].slice('Tid: '.length),
    attendees,
    secretariat: lines[at(/^Fra sekretariatet møtte:$/) + 2].split(', '),
    items,
    roundTableLabels: item6.flatMap((l) => [...l.matchAll(/\*\*([^*]+?):\*\*/g)].map((m) => m[1])),
    order: (
      [
        [text.indexOf('Referat møte i'), 'title'],
        [text.indexOf('Tid:'), 'Tid'],
        [text.indexOf('Frammøtte:'), 'Frammøtte'],
        [text.indexOf('Fra sekretariatet møtte:'), 'Fra sekretariatet møtte'],
        [text.indexOf('Saksliste:'), 'Saksliste'],
      ] as [number, string][]
    )
      .sort((a, b) => a[0] - b[0])
      .map(([, name]) => name),
  };
}

/** Reads our Markdown back the way a reader (or a renderer) would. */
function markdownStructure(md: string): Structure {
  const lines = md.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  const attendees: string[][] = [];
  for (let i = at(/^\*\*Frammøtte:\*\*$/) + 4; lines[i]?.startsWith('| '); i++) {
    attendees.push(
      lines[i]
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map(unescape),
    );
  }
  const items = lines.flatMap((l) => {
    const m = /^## Sak (\d+)\. (.+)$/.exec(l);
    return m ? [{ number: Number(m[1]), title: unescape(m[2]) }] : [];
  });
  const item6 = lines.slice(at(/^## Sak 6\./), at(/^## Sak 7\./));
  const order = [
    [at(/^# Referat fra møte i /), 'title'],
    [at(/^\*\*Tid:\*\* /), 'Tid'],
    [at(/^\*\*Frammøtte:\*\*$/), 'Frammøtte'],
    [at(/^\*\*Fra sekretariatet møtte:\*\*$/), 'Fra sekretariatet møtte'],
    [at(/^\*\*Saksliste:\*\*$/), 'Saksliste'],
  ] as [number, string][];
  expect(order.every(([i]) => i >= 0)).toBe(true);
  return {
    group: unescape(/^# Referat fra møte i (.+)$/.exec(lines[at(/^# Referat/)])![1]),
    tid: /^\*\*Tid:\*\* (.+?)\\?$/.exec(lines[at(/^\*\*Tid:\*\*/)])![1],
    attendees,
    secretariat: lines[at(/^\*\*Fra sekretariatet møtte:\*\*$/) + 2].split(', ').map(unescape),
    items,
    roundTableLabels: item6.flatMap((l) => (l.startsWith('### ') ? [unescape(l.slice(4))] : [])),
    order: order.sort((a, b) => a[0] - b[0]).map(([, name]) => name),
  };
}

describe('referat as Markdown, compared with the 19.01.2023 minutes', () => {
  const seed = seedStructure(fixtureDocument(REFERAT_2023_01_19));
  const ours = markdownStructure(referatToMarkdown(seedReferat()));

  test("same group, same Tid (except the seed's wrong weekday: 19.01.2023 was a Thursday)", () => {
    expect(ours.group).toBe(seed.group);
    const tid = /^\S+ 19\.01\.2023 kl\. 13\.00 – 15\.00$/;
    expect(seed.tid).toMatch(tid);
    expect(ours.tid).toMatch(tid);
    expect(ours.tid).toBe('Torsdag 19.01.2023 kl. 13.00 – 15.00');
  });

  test("sections in the seed's order", () => {
    expect(ours.order).toEqual(seed.order);
  });

  test("the Frammøtte table has the seed's rows, and the same secretariat", () => {
    expect(seed.attendees).toHaveLength(26);
    expect(ours.attendees).toEqual(seed.attendees);
    expect(ours.secretariat).toEqual(seed.secretariat);
  });

  test('the same items, numbers and titles, in the same order; Eventuelt where the seed has it', () => {
    expect(ours.items.map((i) => i.number)).toEqual(seed.items.map((i) => i.number));
    expect(ours.items.map((i) => norm(i.title))).toEqual(seed.items.map((i) => norm(i.title)));
    expect(ours.items.findIndex((i) => i.title === 'Eventuelt')).toBe(seed.items.findIndex((i) => i.title === 'Eventuelt'));
  });

  test('round-table headings per organization, in the order the seed lists them under item 6 (the order they spoke)', () => {
    expect(ours.roundTableLabels).toEqual(SEED_ROUND_TABLE_HEADINGS);
    const core = (heading: string) => norm(heading.replace(/^.* fra /, '').replace(/:$/, '')).replace(/ kommune$/, '');
    // The seed's label as written («Asker/Bærum»), else one it contains or starts («Ringerike» in «Ringerikesregionen»).
    const seedIndex = (heading: string) => {
      const exact = seed.roundTableLabels.findIndex((s) => norm(s) === core(heading));
      return exact >= 0 ? exact : seed.roundTableLabels.findIndex((s) => norm(s).includes(core(heading)) || core(heading).startsWith(norm(s)));
    };
    const positions = ours.roundTableLabels.map(seedIndex);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('decisions, markers, follow-ups and the empty Eventuelt read as intended', () => {
    const md = referatToMarkdown(seedReferat());
    expect(md).toContain('## Sak 1. Godkjenning av innkalling\n\nInnkallingen ble godkjent\n'); // the group's layout: no «Vedtak:» label (#17)
    expect(md).toContain('*(mottatt etter møtet)*');
    expect(md).toContain('*(skrevet inn av sekretariatet)*');
    expect(md).toContain('**Oppfølging:** Sende ny møteinnkalling for 23. mai — ansvarlig: Mona Stølsvåg, frist: 01.02.2023');
    expect(md).toContain('## Sak 11. Eventuelt\n\nIngen saker.\n');
    // The member's bullets are list items.
    expect(md).toContain('Jernbane Vestfoldbanen, togbytter\n\n- Interregionalt samarbeid');
  });

  test('forfall is listed when someone sent apologies', () => {
    const model = seedReferat();
    model.apologies = [{ name: 'Odd Gjerstad', organization: 'Hamarregionen' }];
    expect(referatToMarkdown(model)).toContain('**Forfall:**\n\nOdd Gjerstad (Hamarregionen)\n');
    expect(referatToMarkdown(seedReferat())).not.toContain('Forfall');
  });
});

describe('Markdown escaping', () => {
  const md = referatToMarkdown(hostileReferat());

  test('<script> shows as text, never as HTML', () => {
    expect(md).not.toContain(XSS);
    expect(md).not.toMatch(/(?<!\\)<(script|img|b)\b/); // every < is escaped
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  test('user text cannot open a heading, table, quote, list, link or emphasis', () => {
    const lines = md.split('\n');
    const headings = lines.filter((l) => /^#{1,6} /.test(l));
    expect(headings.every((h) => /^(# Referat fra møte i |## Sak \d+\. |### )/.test(h))).toBe(true);
    expect(lines).toContain('### Ondsinnet \\<b\\>kommune\\</b\\> \\| \\#1');
    expect(lines).toContain('\\# Ikke en overskrift\\');
    expect(lines).toContain('\\| ikke \\| en tabell \\|\\');
    expect(lines).toContain('1\\. ikke en nummerert liste\\');
    expect(lines).toContain('\\---\\');
    expect(lines).toContain('\\> ikke et sitat\\');
    expect(md).toContain('\\[lenke\\](javascript:alert(1)) !\\[bilde\\](x.png) \\<https://evil.example\\>');
    expect(md).toContain('\\*\\*ikke fet\\*\\* \\_ikke kursiv\\_ \\`ikke kode\\` \\~\\~ikke overstreket\\~\\~ \\\\ backslash');
    // Table rows keep two cells although the names hold "|".
    expect(lines).toContain('| Eve \\<script\\>alert(1)\\</script\\> | Pipe \\| kommune |');
  });

  test("the member's own bullets stay list items, and cannot start a nested numbered list", () => {
    expect(md).toContain('- eget punkt med æøå ÆØÅ\n- 2\\. punkt som ser nummerert ut\n  - underpunkt');
  });

  test('control characters are gone', () => {
    expect(md).toContain('kontrolltegn: slutt');
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
  });
});

describe('innkalling as Markdown, compared with the 7.11.2024 notice', () => {
  const model = seed004Innkalling();
  const md = innkallingToMarkdown(model);
  const seed = fixtureDocument(INNKALLING_2024_11_07);

  test("the notice's blocks come in the seed's order", () => {
    const marks = [
      'Dato:',
      'Deres ref:',
      'Vår ref:',
      'Saksbehandler:',
      'Til Osloregionens',
      'Tid:',
      'Sted:',
      'Vi ber deltakere i møtet forberede følgende:',
      'Sak 4.',
      'Med vennlig hilsen',
      'Sakskart til møte i',
      'Inviterte',
    ];
    const positions = (text: string) => marks.map((m) => text.indexOf(m));
    const plain = md.replace(/\*\*/g, '');
    expect(positions(seed).every((p) => p >= 0)).toBe(true);
    expect(positions(plain).every((p, i, all) => p >= 0 && (i === 0 || p > all[i - 1]))).toBe(true);
  });

  test('header lines as in the seed', () => {
    expect(md).toContain('**Dato:** 01.11.2024\\\n**Deres ref:**\\\n**Vår ref:**');
    expect(md).toContain('**Saksbehandler:** Kamilla H.Ulvestad\\\nTlf 45551234');
    expect(md).toContain('**Tid:** 07.11.2024, kl 12:00-13:00\\\n**Sted:** Oslo Rådhus, møteromssenteret (inngang sjøsiden)');
    expect(md).toContain('**Sak 4.** Forberede kort innlegg');
    expect(md).toContain('Med vennlig hilsen\\\nKamilla Hovstøl Ulvestad\\\nSekretariatet for Osloregionen');
    expect(md).toContain('## Sakskart til møte i faggruppe for Nærings samarbeid, 07.11.2024');
    expect(md).toContain('**Tid og sted:** Torsdag 7. november 2024, kl 12:00-13:00, Oslo Rådhus');
  });

  test('numbered sakskart with sub-points, then the Inviterte table with all 45 rows', () => {
    expect(md).toContain('**4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.**\n\n- Møtedeltakere forbereder kort innlegg (maks 2-3 min)');
    expect(md).toContain('## Inviterte\n\n| Fornavn | Etternavn | Organisasjon |\n| --- | --- | --- |\n| Agnete | Gyllen-Szabo | Fredrikstad kommune |');
    expect(model.invited).toHaveLength(45);
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2 + 45);
    expect(md).toContain('| Ørjan | Sålvik | Oslo kommune - Byrådsavdelingene |');
  });
});
