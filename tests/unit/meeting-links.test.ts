import { parseLinkArgs, safeUrl } from '../../src/domain/meeting-links';
import { innkallingToDocx, referatToDocx } from '../../src/exports/docx';
import { innkallingToHtml, referatToHtml } from '../../src/exports/html';
import { innkallingToMarkdown, referatToMarkdown } from '../../src/exports/markdown';
import { seed004Innkalling, seedReferat } from '../fixtures/export-cases';
import { readZip } from '../fixtures/read-zip';

/** `lenke sakspapirer|presentasjoner|teams` (#17 §1.4): what is stored, and how each writer prints it. */
describe('meeting links', () => {
  it('keeps only absolute http(s) URLs, with what could close a link or an attribute percent-encoded', () => {
    expect(safeUrl('https://osloregionen.no/møte?a=1&b=2')).toBe('https://osloregionen.no/m%C3%B8te?a=1&b=2');
    expect(safeUrl('https://example.org/a(b)"c\'<d>')).toBe('https://example.org/a%28b%29%22c%27%3Cd%3E');
    expect(safeUrl('https://example.org/?q=x\\')).toBe('https://example.org/?q=x%5C');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x.org',
      'www.example.org',
      'https://',
      `https://x.org/${'a'.repeat(2000)}`,
    ]) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });

  it('reads the kind, the URL or «av», and an optional date', () => {
    expect(parseLinkArgs('Sakspapirer https://x.org/p')).toEqual({ ok: true, kind: 'documents', url: 'https://x.org/p', date: undefined });
    expect(parseLinkArgs('presentasjoner av 07.11.2024')).toEqual({ ok: true, kind: 'presentations', url: undefined, date: '2024-11-07' });
    expect(parseLinkArgs('teams https://teams.microsoft.com/l/meetup-join/19%3a')).toMatchObject({ ok: true, kind: 'teams' });
    expect(parseLinkArgs('bilder https://x.org')).toEqual({ ok: false, reason: 'kind', word: 'bilder' });
    expect(parseLinkArgs('sakspapirer')).toEqual({ ok: false, reason: 'missing', word: 'sakspapirer' });
    expect(parseLinkArgs('sakspapirer javascript:alert(1)')).toEqual({ ok: false, reason: 'url', word: 'javascript:alert(1)' });
    expect(parseLinkArgs('sakspapirer https://x.org 31.02.2025')).toEqual({ ok: false, reason: 'date', word: '31.02.2025' });
  });

  const url = 'https://example.org/p?a=1&b=%3Cx%3E';
  it('prints the referat’s presentations link under Tid and Sted in Markdown, HTML and DOCX', async () => {
    const model = { ...seedReferat(), presentationsUrl: url };
    const md = referatToMarkdown(model);
    expect(md).toMatch(/\*\*Sted:\*\* Teams\n\n\[Presentasjoner fra møtet finner man her\]\(https:\/\/example\.org\/p\?a=1&b=%3Cx%3E\)\n/);
    expect(referatToHtml(model)).toContain('<p class="link"><a href="https://example.org/p?a=1&amp;b=%3Cx%3E">Presentasjoner fra møtet finner man her</a></p>');
    const docx = readZip(await referatToDocx(model));
    expect(docx.get('word/document.xml')!.toString()).toMatch(
      /<w:hyperlink r:id="(rIdLink\d+)"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">Presentasjoner fra møtet finner man her/,
    );
    expect(docx.get('word/_rels/document.xml.rels')!.toString()).toContain('Target="https://example.org/p?a=1&amp;b=%3Cx%3E" TargetMode="External"');
    expect(referatToMarkdown(seedReferat())).not.toContain('Presentasjoner fra møtet');
  });

  it('prints the innkalling’s Teams and documents links in that order', async () => {
    const model = { ...seed004Innkalling(), teamsUrl: 'https://teams.example/join', documentsUrl: url };
    const md = innkallingToMarkdown(model);
    expect(md.indexOf('[Lenke til møtet i Teams](https://teams.example/join)')).toBeGreaterThan(md.indexOf('**Sted:**'));
    expect(md.indexOf('[Sakspapirer og underlag kan lastes ned her](')).toBeGreaterThan(md.indexOf('[Lenke til møtet i Teams]'));
    expect(innkallingToHtml(model)).toContain('<a href="https://teams.example/join">Lenke til møtet i Teams</a>');
    const xml = readZip(await innkallingToDocx(model))
      .get('word/document.xml')!
      .toString();
    expect(xml).toContain('Sakspapirer og underlag kan lastes ned her');
  });
});
