import type { ReferatModel } from '../../src/domain/referat';
import { referatToDocx } from '../../src/exports/docx';
import { escapeHtml, referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { emphasisSpans } from '../../src/exports/writer-text';
import { readZip } from '../fixtures/read-zip';
import { XSS, seedReferat } from '../fixtures/export-cases';

/**
 * #17 §1.4: URLs and Markdown links in members' text are real hyperlinks in DOCX and HTML, for
 * http, https and mailto only; javascript:, data: and file: stay text, and hostile text stays escaped.
 */

test('emphasisSpans reads links: Markdown links, bare URLs, only http/https/mailto', () => {
  expect(emphasisSpans('Se [planen](https://a.no/plan?x=1&amp;y=2) og https://b.no/c.')).toEqual([
    { text: 'Se ' },
    { text: 'planen', href: 'https://a.no/plan?x=1&amp;y=2' },
    { text: ' og ' },
    { text: 'https://b.no/c', href: 'https://b.no/c' },
    { text: '.' },
  ]);
  // Emphasis around a link, emphasis inside a label, a balanced parenthesis in a URL, mailto.
  expect(emphasisSpans('*les https://c.no/a_(b)*, [**fet** lenke](mailto:kari@example.no)')).toEqual([
    { text: 'les ', italic: true },
    { text: 'https://c.no/a_(b)', italic: true, href: 'https://c.no/a_(b)' },
    { text: ', ' },
    { text: 'fet', bold: true, href: 'mailto:kari@example.no' },
    { text: ' lenke', href: 'mailto:kari@example.no' },
  ]);
  expect(emphasisSpans('(HTTPS://D.NO/x)')).toEqual([{ text: '(' }, { text: 'HTTPS://D.NO/x', href: 'HTTPS://D.NO/x' }, { text: ')' }]);
  for (const literal of [
    '[klikk](javascript:alert(1))',
    'javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '[x](data:text/html,hei)',
    'xhttps://e.no',
    'https://',
    'vbscript:msgbox(1)',
  ]) {
    expect(emphasisSpans(literal)).toEqual([{ text: literal }]);
  }
  // In escaped text a URL stops at an entity (quotes, < and >), so it can never leave the attribute.
  expect(emphasisSpans(escapeHtml('https://f.no/"onmouseover="alert(1)'))).toEqual([
    { text: 'https://f.no/', href: 'https://f.no/' },
    { text: '&quot;onmouseover=&quot;alert(1)' },
  ]);
});

const INPUT = [
  'Innspill: se [rapporten](https://example.org/rapport?a=1&b=2) og https://example.no/side.',
  'Skriv til mailto:post@example.no eller [klikk](javascript:alert(1)) javascript:alert(2) data:text/html,x file:///etc/passwd',
  `- punkt med https://example.com/punkt og ${XSS}`,
].join('\n');

function linkModel(): ReferatModel {
  const model = seedReferat();
  const item = model.items.find((i) => i.roundTable)!;
  item.roundTable![0].entries = [{ text: INPUT, source: 'written', receivedAfterMeeting: false, enteredBySecretariat: false }];
  item.notes.push('Notat: [referatet](https://example.org/notat)');
  item.subPoints.push('Underpunkt https://example.org/underpunkt');
  item.decision = 'Vedtatt, se **https://example.org/vedtak**';
  return model;
}

const ALLOWED = [
  'https://example.org/rapport?a=1&b=2',
  'https://example.no/side',
  'mailto:post@example.no',
  'https://example.com/punkt',
  'https://example.org/notat',
  'https://example.org/underpunkt',
  'https://example.org/vedtak',
];

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('links in DOCX', () => {
  let doc: string;
  let rels: Map<string, { target: string; type: string; mode?: string }>;
  beforeAll(async () => {
    const files = readZip(await referatToDocx(linkModel()));
    doc = files.get('word/document.xml')!.toString('utf8');
    rels = new Map(
      [
        ...files
          .get('word/_rels/document.xml.rels')!
          .toString('utf8')
          .matchAll(/<Relationship ([^>]*?)\/>/g),
      ].map((m) => {
        const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
        return [attr('Id')!, { target: unescapeXml(attr('Target')!), type: attr('Type')!, mode: attr('TargetMode') }];
      }),
    );
  });

  test('each link is a w:hyperlink whose relationship is external and targets the URL', () => {
    const links = [...doc.matchAll(/<w:hyperlink r:id="([^"]+)" w:history="1">([\s\S]*?)<\/w:hyperlink>/g)].map((m) => ({
      rel: rels.get(m[1]),
      text: unescapeXml([...m[2].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      style: /<w:rStyle w:val="([^"]+)"\/>/.exec(m[2])?.[1],
      bold: m[2].includes('<w:b/>'),
    }));
    expect(links.map((l) => l.rel?.target).sort()).toEqual([...ALLOWED].sort());
    for (const l of links) {
      expect(l.rel).toMatchObject({ type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', mode: 'External' });
      expect(l.style).toBe('Hyperlink');
    }
    expect(links).toContainEqual(expect.objectContaining({ text: 'rapporten', rel: expect.objectContaining({ target: ALLOWED[0] }) }));
    expect(links).toContainEqual(expect.objectContaining({ text: 'https://example.org/vedtak', bold: true }));
    // The sentence's full stop is not part of the link.
    expect(links).toContainEqual(expect.objectContaining({ text: 'https://example.no/side' }));
  });

  test('javascript:, data: and file: are not linked and stay as text; hostile text stays escaped', () => {
    const targets = [...rels.values()].map((r) => r.target);
    expect(targets.filter((t) => /^(javascript|data|file):/i.test(t))).toEqual([]);
    expect(doc).toContain('[klikk](javascript:alert(1)) javascript:alert(2) data:text/html,x file:///etc/passwd');
    expect(doc).not.toContain(XSS);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

/** The a elements of an HTML page with their attributes and text (a small tag reader, as the other export tests use). */
function anchors(html: string): { attrs: Record<string, string>; text: string }[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1].matchAll(/\s([\w-]+)="([^"]*)"/g)].map((a) => [a[1], unescapeXml(a[2])])),
    text: unescapeXml(m[2].replace(/<[^>]+>/g, '')),
  }));
}

describe('links in HTML', () => {
  const html = referatToHtml(linkModel());

  test('a[href] for the allowed schemes only, the href attribute-escaped', () => {
    const as = anchors(html);
    expect(as.map((a) => a.attrs.href).sort()).toEqual([...ALLOWED].sort());
    for (const a of as) expect(Object.keys(a.attrs)).toEqual(['href']);
    expect(as).toContainEqual({ attrs: { href: ALLOWED[0] }, text: 'rapporten' });
    expect(html).toContain('<a href="https://example.org/rapport?a=1&amp;b=2">rapporten</a>');
    expect(html).toContain('<li>Underpunkt <a href="https://example.org/underpunkt">https://example.org/underpunkt</a></li>');
    expect(html).toContain('<a href="https://example.org/vedtak"><strong>https://example.org/vedtak</strong></a>');
    // Every a tag in the page is one of these: nothing else opened an a element.
    expect(html.match(/<a\b/g)).toHaveLength(ALLOWED.length);
  });

  test('javascript:, data: and file: stay text; hostile text stays escaped', () => {
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(html).toContain('[klikk](javascript:alert(1)) javascript:alert(2) data:text/html,x file:///etc/passwd');
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('a hostile URL cannot leave its attribute', () => {
    const model = seedReferat();
    model.items[0].notes.push(`https://example.org/"><script>alert(1)</script> [x](https://example.org/'onclick='alert(1)')`);
    const page = referatToHtml(model);
    expect(page).not.toContain('<script>alert');
    // Both links stop at the quote: the rest is escaped text after the a element.
    expect(anchors(page).map((a) => a.attrs.href)).toEqual(['https://example.org/', 'https://example.org/']);
    expect(page).toContain('<a href="https://example.org/">https://example.org/</a>&#39;onclick=&#39;alert(1)&#39;)');
  });
});

test('Markdown keeps the text as written (escaped): links there are already links', () => {
  const md = referatToMarkdown(linkModel());
  expect(md).toContain('https://example.no/side');
  expect(md).not.toContain('<a ');
});
