import { innkallingToDocx, referatToDocx, xmlText } from '../../src/exports/docx';
import { readZip } from '../fixtures/read-zip';
import { SEED_ATTENDEES, SEED_ROUND_TABLE_HEADINGS } from '../fixtures/referat-seed-000';
import { XSS, hostileReferat, seed004Innkalling, seedReferat } from '../fixtures/export-cases';

/** Well-formedness without an XML library: balanced tags, only known entities, no stray < or &. */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g)) {
    if (m[2] === undefined) throw new Error(`stray "${m[0]}" at ${m.index}: ${body.slice(m.index! - 40, m.index! + 40)}`);
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`</${m[2]}> closes <${open}> at ${m.index}`);
    } else if (!m[4]) {
      stack.push(m[2]);
    }
  }
  expect(stack).toEqual([]);
}

/** Paragraph texts of a piece of WordprocessingML, with their style, in order. */
function paragraphs(xml: string): { style?: string; bullet?: string; text: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1])?.[1],
    bullet: /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(m[1])?.slice(1).join('/'),
    text: [...m[1].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '\n').join(''),
  }));
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('the well-formedness check itself catches broken XML', () => {
  expect(() => expectWellFormed('<a><b></a>')).toThrow();
  expect(() => expectWellFormed('<a>x < y</a>')).toThrow();
  expect(() => expectWellFormed('<a>x & y</a>')).toThrow();
  expect(() => expectWellFormed('<a><b/></a><c>')).toThrow();
  expectWellFormed('<?xml version="1.0"?><a x="1"><b/>&amp;&lt;&#10;</a>');
});

describe('referat as DOCX', () => {
  let files: Map<string, Buffer>;
  let doc: string;
  beforeAll(async () => {
    files = readZip(await referatToDocx(seedReferat()));
    doc = files.get('word/document.xml')!.toString('utf8');
  });

  test('is a Word package with the parts Word needs', () => {
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) {
      expect(files.has(part)).toBe(true);
    }
    expect(files.get('[Content_Types].xml')!.toString()).toContain('wordprocessingml.document.main+xml');
    expect(files.get('docProps/core.xml')!.toString()).toContain('Referat fra møte i Osloregionens faggruppe Nærings samarbeidet, 19.01.2023');
    expectWellFormed(doc);
  });

  test('real headings: title, one per item, one per round-table organization', () => {
    const ps = paragraphs(doc);
    const styled = (style: string) => ps.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Referat fra møte i Osloregionens faggruppe Nærings samarbeidet']);
    expect(styled('Heading2')).toHaveLength(12);
    expect(styled('Heading2')[0]).toBe('Sak 1. Godkjenning av innkalling');
    expect(styled('Heading2')[10]).toBe('Sak 11. Eventuelt');
    expect(styled('Heading3')).toEqual(SEED_ROUND_TABLE_HEADINGS);
    const styles = files.get('word/styles.xml')!.toString();
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'ListParagraph']) expect(styles).toContain(`w:styleId="${id}"`);
  });

  test('Dato (the day the referat was made) above the title, Tid and Sted under it; the outcome as the sentence it is', () => {
    const ps = paragraphs(doc);
    expect(ps[0].text).toBe('Dato: 24.01.2023');
    expect(ps[1].text).toBe('Referat fra møte i Osloregionens faggruppe Nærings samarbeidet');
    expect(ps[2].text).toBe('Tid: Torsdag 19.01.2023 kl. 13.00 – 15.00\nSted: Teams');
    expect(ps.map((p) => p.text)).toContain('Innkallingen ble godkjent');
    expect(ps.some((p) => p.text.startsWith('Vedtak:'))).toBe(false);
    expect(ps.map((p) => p.text)).toContain('(mottatt etter møtet)');
    expect(ps.map((p) => p.text)).toContain('Ingen saker.');
  });

  test('a real table for Frammøtte: header NAVN | KOMMUNE / REGION and one row per attendee', () => {
    const tables = [...doc.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(1);
    const rows = [...tables[0].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => paragraphs(r[1]).map((p) => p.text));
    expect(rows[0]).toEqual(['NAVN', 'KOMMUNE / REGION']);
    expect(tables[0]).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(rows.slice(1)).toEqual(SEED_ATTENDEES);
  });

  test('real bulleted lists: numbering on the paragraphs, a bullet definition in numbering.xml', () => {
    const bullets = paragraphs(doc).filter((p) => p.bullet);
    expect(bullets.map((b) => b.text)).toContain('Nytt sykehus i Drammen');
    expect(bullets.every((b) => b.style === 'ListParagraph' && b.bullet === '0/1')).toBe(true);
    expect(doc).not.toContain('>- ');
    const numbering = files.get('word/numbering.xml')!.toString();
    // docx's default bullet list is numbering instance 1; docx.ts relies on that.
    expect(numbering).toMatch(/<w:num w:numId="1"><w:abstractNumId w:val="1"\/>/);
    expect(numbering).toMatch(/<w:abstractNum [^>]*w:abstractNumId="1"[\s\S]*?<w:numFmt w:val="bullet"\/>/);
  });

  test('heading styles carry outline levels 0-2 (navigator, PDF bookmarks, table of contents)', () => {
    const styles = files.get('word/styles.xml')!.toString();
    const levels = [1, 2, 3].map((n) => {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${n}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      return /<w:outlineLvl w:val="(\d)"\/>/.exec(style)?.[1];
    });
    expect(levels).toEqual(['0', '1', '2']);
  });

  test('footer «Side N av M» with PAGE and NUMPAGES fields, referenced from the section', () => {
    const ref = /<w:sectPr><w:footerReference w:type="default" r:id="(rId\d+)"\/>/.exec(doc)?.[1];
    const rels = files.get('word/_rels/document.xml.rels')!.toString();
    const target = new RegExp(`Id="${ref}" Type="[^"]*/footer" Target="([^"]+)"`).exec(rels)?.[1];
    expect(target).toBe('footer1.xml');
    const footer = files.get(`word/${target}`)!.toString();
    const parts = [...footer.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:instrText xml:space="preserve">([^<]*)<\/w:instrText>/g)].map(
      (m) => m[1] ?? `{${m[2]}}`,
    );
    expect(parts.join('')).toBe('Side {PAGE} av {NUMPAGES}');
    expect(footer).toContain('<w:jc w:val="right"/>');
    expect(files.get('[Content_Types].xml')!.toString()).toContain('PartName="/word/footer1.xml"');
  });

  test('document properties: title, the secretariat as creator, nb-NO', () => {
    const core = files.get('docProps/core.xml')!.toString();
    expectWellFormed(core);
    expect(core).toContain('<dc:title>Referat fra møte i Osloregionens faggruppe Nærings samarbeidet, 19.01.2023</dc:title>');
    expect(core).toContain('<dc:creator>Sekretariatet for Osloregionens faggruppe Nærings samarbeidet</dc:creator>');
    expect(core).toContain('<dc:language>nb-NO</dc:language>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/dcterms:created>/);
  });

  test('Norwegian letters as UTF-8, a font that has them, nb-NO as language', () => {
    expect(doc).toContain('Ørjan Sälvik, Andrine Fjære Gundersen, Mona Stølsvåg');
    expect(doc).toContain('Bjørgsdatter');
    const styles = files.get('word/styles.xml')!.toString();
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Calibri"[\s\S]*<w:lang w:val="nb-NO"/);
  });
});

describe('DOCX escaping', () => {
  let doc: string;
  beforeAll(async () => {
    doc = readZip(await referatToDocx(hostileReferat()))
      .get('word/document.xml')!
      .toString('utf8');
  });

  test('<script> is XML-escaped text, the XML stays well-formed', () => {
    expectWellFormed(doc);
    expect(doc).not.toContain(XSS);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "sitat" \'enkel\'');
    const texts = paragraphs(doc).map((p) => unescapeXml(p.text));
    expect(texts).toContain('Ondsinnet <b>kommune</b> | #1');
    expect(texts).toContain(`Notat med ${XSS}`);
    expect(texts).toContain(`Vedtak med ${XSS}`);
  });

  test('control characters that XML forbids are stripped', () => {
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(doc).toContain('kontrolltegn: slutt');
    expect(xmlText('a\u0000<\u001F>&\uFFFFb')).toBe('a&lt;&gt;&amp;b');
  });

  test("the member's bullets are list paragraphs at two levels", () => {
    const ps = paragraphs(doc).map((p) => ({ ...p, text: unescapeXml(p.text) }));
    expect(ps).toContainEqual({ style: 'ListParagraph', bullet: '0/1', text: '2. punkt som ser nummerert ut' });
    expect(ps).toContainEqual({ style: 'ListParagraph', bullet: '1/1', text: 'underpunkt' });
  });
});

describe('innkalling as DOCX', () => {
  test('an «Arkivkode:» line under the saksbehandler when the group has one (#17 §1.2)', async () => {
    const files = readZip(await innkallingToDocx({ ...seed004Innkalling(), archiveCode: '033 <&>' }));
    const texts = paragraphs(files.get('word/document.xml')!.toString('utf8')).map((p) => p.text);
    expect(texts.slice(1, 3)).toEqual(['Saksbehandler: Kamilla H.Ulvestad\nTlf 45551234', 'Arkivkode: 033 &lt;&amp;&gt;']); // XML-escaped in document.xml
  });
  test('header block, sakskart with bullets and the Inviterte table', async () => {
    const files = readZip(await innkallingToDocx(seed004Innkalling()));
    const doc = files.get('word/document.xml')!.toString('utf8');
    expectWellFormed(doc);
    const texts = paragraphs(doc.replace(/<w:tbl>[\s\S]*<\/w:tbl>/, '')).map((p) => p.text);
    expect(texts.slice(0, 4)).toEqual([
      'Dato: 01.11.2024\nDeres ref: \nVår ref: ',
      'Saksbehandler: Kamilla H.Ulvestad\nTlf 45551234',
      'Til Osloregionens faggruppe for Nærings samarbeid',
      'Tid: 07.11.2024, kl 12:00-13:00\nSted: Oslo Rådhus, møteromssenteret (inngang sjøsiden)',
    ]);
    expect(texts).toContain('Vi ber deltakere i møtet forberede følgende:');
    expect(texts.find((t) => t.startsWith('Sak 4. '))).toContain('Forberede kort innlegg');
    expect(texts).toContain('Med vennlig hilsen\nKamilla Hovstøl Ulvestad\nSekretariatet for Osloregionen');
    expect(texts).toContain('Sakskart til møte i faggruppe for Nærings samarbeid, 07.11.2024');
    expect(texts).toContain('1. Godkjenning av innkalling og dagsorden');
    expect(texts).toContain('Møtedeltakere forbereder kort innlegg (maks 2-3 min)');
    const rows = [...doc.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => paragraphs(r[1]).map((p) => p.text));
    expect(rows[0]).toEqual(['Fornavn', 'Etternavn', 'Organisasjon']);
    expect(rows).toHaveLength(46);
    expect(rows[45]).toEqual(['Ørjan', 'Sålvik', 'Oslo kommune - Byrådsavdelingene']);
    expect(doc).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/); // the header row repeats on every page
    expect(files.get('docProps/core.xml')!.toString()).toContain('<dc:creator>Sekretariatet for Osloregionen</dc:creator>');
  });
});
