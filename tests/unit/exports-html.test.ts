import { escapeHtml, innkallingToHtml, referatToHtml } from '../../src/exports/html';
import { SEED_ATTENDEES, SEED_ROUND_TABLE_HEADINGS } from '../fixtures/referat-seed-000';
import { XSS, hostileReferat, seed004Innkalling, seedReferat } from '../fixtures/export-cases';

/** Heading levels in document order. */
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** One h1, first; no level skipped on the way down (h2 → h4). */
function expectOrderedHeadings(html: string): void {
  const levels = headingLevels(html);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1);
  expect(skips).toEqual([]);
}

test('the heading check itself catches a missing h1, two h1s and a skipped level', () => {
  expect(() => expectOrderedHeadings('<h2>a</h2>')).toThrow();
  expect(() => expectOrderedHeadings('<h1>a</h1><h1>b</h1>')).toThrow();
  expect(() => expectOrderedHeadings('<h1>a</h1><h3>b</h3>')).toThrow();
  expectOrderedHeadings('<h1>a</h1><h2>b</h2><h3 class="x">c</h3><h2>d</h2>');
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('referat as HTML', () => {
  const html = referatToHtml(seedReferat());

  test('one standalone, print-friendly UTF-8 page in Norwegian', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4;[\s\S]*<\/style>/);
    // Nothing to fetch and nothing to run.
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|@import|url\(/i);
    expect(html).toContain('<title>Referat fra møte i Osloregionens faggruppe Nærings samarbeidet, 19.01.2023</title>');
  });

  test("header, Frammøtte table, secretariat, items and round-table headings in the seed's order", () => {
    const marks = [
      '<h1>Referat fra møte i Osloregionens faggruppe Nærings samarbeidet</h1>',
      '<strong>Tid:</strong> Torsdag 19.01.2023 kl. 13.00 – 15.00',
      '<p class="label">Frammøtte:</p>',
      '<th scope="col">NAVN</th><th scope="col">KOMMUNE / REGION</th>',
      '<p class="label">Fra sekretariatet møtte:</p>',
      '<p class="label">Saksliste:</p>',
      '<h2>Sak 1. Godkjenning av innkalling</h2>',
      '<h2>Sak 6. Plan for 2023',
      ...SEED_ROUND_TABLE_HEADINGS.map((heading) => `<h3>${heading}</h3>`),
      '<h2>Sak 11. Eventuelt</h2>',
      '<h2>Sak 12. Takk for i dag</h2>',
    ];
    const positions = marks.map((m) => html.indexOf(m));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]))).toBe(true);
    const rows = [...html.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(SEED_ATTENDEES);
  });

  test('accessible structure: one h1, ordered headings, column headers with scope (#17 §2)', () => {
    expectOrderedHeadings(html);
    expectOrderedHeadings(referatToHtml(hostileReferat()));
    expect(html.match(/<th\b[^>]*>/g)).toEqual(['<th scope="col">', '<th scope="col">']);
  });

  test("decision, markers and the member's bullets", () => {
    expect(html).toContain('<div class="decision"><p>Innkallingen ble godkjent</p></div>'); // no «Vedtak:» label (#17)
    expect(html).toContain('<p class="marker">(mottatt etter møtet)</p>');
    expect(html).toContain('<p class="marker">(skrevet inn av sekretariatet)</p>');
    expect(html).toContain('<p>Jernbane Vestfoldbanen, togbytter</p>\n<ul><li>Interregionalt samarbeid');
    expect(html).toContain('<h2>Sak 11. Eventuelt</h2>\n<div class="decision"><p>Ingen saker.</p></div>');
  });
});

describe('HTML escaping', () => {
  const html = referatToHtml(hostileReferat());

  test('<script> and other markup in user text show as text', () => {
    expect(html).not.toContain(XSS);
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sitat&quot; &#39;enkel&#39;');
    expect(html).toContain('<h3>Ondsinnet &lt;b&gt;kommune&lt;/b&gt; | #1</h3>');
    expect(html).toContain('<td>Eve &lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(text(html)).toContain(`Notat med ${XSS}`);
    expect(text(html)).toContain(`Vedtak med ${XSS}`);
  });

  test('line breaks kept, own bullets nested as lists, control characters gone', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sitat&quot; &#39;enkel&#39;<br>\n# Ikke en overskrift<br>');
    expect(html).toContain('<ul><li>eget punkt med æøå ÆØÅ</li><li>2. punkt som ser nummerert ut<ul><li>underpunkt</li></ul></li></ul>');
    expect(html).toContain('kontrolltegn: slutt');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
  });

  test('escapeHtml covers & < > " \'', () => {
    expect(escapeHtml(`&<>"'æ`)).toBe('&amp;&lt;&gt;&quot;&#39;æ');
  });
});

describe('innkalling as HTML', () => {
  const html = innkallingToHtml(seed004Innkalling());

  test("header block, prepare, signature, sakskart and Inviterte in the seed's order", () => {
    const marks = [
      '<strong>Dato:</strong> 01.11.2024',
      '<strong>Deres ref:</strong>',
      '<strong>Vår ref:</strong>',
      '<strong>Saksbehandler:</strong> Kamilla H.Ulvestad<br>\nTlf 45551234',
      '<p class="to">Til Osloregionens faggruppe for Nærings samarbeid</p>',
      '<strong>Tid:</strong> 07.11.2024, kl 12:00-13:00',
      '<strong>Sted:</strong> Oslo Rådhus',
      'Vi ber deltakere i møtet forberede følgende:',
      '<p><strong>Sak 4.</strong> Forberede kort innlegg',
      'Med vennlig hilsen<br>\nKamilla Hovstøl Ulvestad<br>\nSekretariatet for Osloregionen',
      '<h1>Sakskart til møte i faggruppe for Nærings samarbeid, 07.11.2024</h1>',
      '<strong>1. Godkjenning av innkalling og dagsorden</strong>',
      '<strong>4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.</strong></p>\n<ul class="subpoints"><li>Møtedeltakere',
      '<strong>5. Eventuelt</strong>',
      '<h2>Inviterte</h2>',
      '<th scope="col">Fornavn</th><th scope="col">Etternavn</th><th scope="col">Organisasjon</th>',
      '<tr><td>Agnete</td><td>Gyllen-Szabo</td><td>Fredrikstad kommune</td></tr>',
      '<tr><td>Ørjan</td><td>Sålvik</td><td>Oslo kommune - Byrådsavdelingene</td></tr>',
    ];
    const positions = marks.map((m) => html.indexOf(m));
    expect(positions).not.toContain(-1);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    expect(html).toContain('<html lang="nb">');
    expect(html.match(/<tr><td>/g)).toHaveLength(45);
  });

  test('accessible structure: one h1, ordered headings, column headers with scope (#17 §2)', () => {
    expectOrderedHeadings(html);
    expect(headingLevels(html)).toEqual([1, 2]);
    expect(html.match(/<th\b[^>]*>/g)).toEqual(['<th scope="col">', '<th scope="col">', '<th scope="col">']);
  });
});
