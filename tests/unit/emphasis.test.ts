import type { ReferatModel } from '../../src/domain/referat';
import { referatDocumentXml } from '../../src/exports/docx';
import { referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { emphasisSpans } from '../../src/exports/writer-text';
import { XSS, hostileReferat, seedReferat } from '../fixtures/export-cases';

/**
 * #17 §1.5: the member's **fet** and *kursiv* are bold and italic in DOCX and HTML, without the
 * asterisks; what they typed is still never markup (the hostile cases stay text).
 */

test('emphasisSpans reads **fet** and *kursiv*, and leaves other asterisks alone', () => {
  expect(emphasisSpans('**Viktig:** *frist* 1. mars')).toEqual([
    { text: 'Viktig:', bold: true },
    { text: ' ' },
    { text: 'frist', italic: true },
    { text: ' 1. mars' },
  ]);
  expect(emphasisSpans('ingen stjerner')).toEqual([{ text: 'ingen stjerner' }]);
  for (const literal of ['5 * 3 * 2', '* ikke kursiv *', '**', '** ikke fet **', 'ett * tegn', '_ikke kursiv_']) {
    expect(emphasisSpans(literal)).toEqual([{ text: literal }]);
  }
  expect(emphasisSpans('a**b**c')).toEqual([{ text: 'a' }, { text: 'b', bold: true }, { text: 'c' }]);
});

function modelWith(text: string): ReferatModel {
  const model = seedReferat();
  model.items.find((i) => i.roundTable)!.roundTable![0].entries = [{ text, source: 'written', receivedAfterMeeting: false, enteredBySecretariat: false }];
  return model;
}

const INPUT = ['**Viktig:** *frist* 1. mars', 'andre linje med **fet**', '- **fet** punkt', '  - *kursivt* underpunkt', '- vanlig punkt'].join('\n');

/** Paragraph runs of the DOCX body as [text (line breaks as \n), 'b' | 'i' | ''] per run, per paragraph. */
function docxRuns(xml: string): [string, string][][] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) =>
    [...p[1].matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?([\s\S]*?)<\/w:r>/g)].map((r): [string, string] => [
      [...r[2].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '\n').join(''),
      r[1]?.includes('<w:b/>') ? 'b' : r[1]?.includes('<w:i/>') ? 'i' : '',
    ]),
  );
}

describe('emphasis in the documents', () => {
  const model = modelWith(INPUT);

  test('HTML: <strong> and <em>, no asterisks left', () => {
    const html = referatToHtml(model);
    expect(html).toContain('<p><strong>Viktig:</strong> <em>frist</em> 1. mars<br>\nandre linje med <strong>fet</strong></p>');
    expect(html).toContain('<ul><li><strong>fet</strong> punkt<ul><li><em>kursivt</em> underpunkt</li></ul></li><li>vanlig punkt</li></ul>');
    expect(html).not.toContain('*');
  });

  test('DOCX: bold and italic runs, the line break kept, no asterisks left', () => {
    const xml = referatDocumentXml(model);
    const runs = docxRuns(xml);
    expect(runs).toContainEqual([
      ['Viktig:', 'b'],
      [' ', ''],
      ['frist', 'i'],
      [' 1. mars\nandre linje med ', ''],
      ['fet', 'b'],
    ]);
    expect(runs).toContainEqual([
      ['fet', 'b'],
      [' punkt', ''],
    ]);
    expect(runs).toContainEqual([
      ['kursivt', 'i'],
      [' underpunkt', ''],
    ]);
    expect(runs).toContainEqual([['vanlig punkt', '']]);
    expect(xml).not.toContain('*');
  });

  test('Markdown keeps what the member typed (escaped, so it shows as typed)', () => {
    expect(referatToMarkdown(model)).toContain('\\*\\*Viktig:\\*\\* \\*frist\\* 1. mars');
  });
});

describe('emphasis never opens markup', () => {
  test('markup inside emphasis stays escaped text', () => {
    const model = modelWith(`**${XSS}** og *<img src=x onerror=alert(2)>*`);
    const html = referatToHtml(model);
    expect(html).toContain('<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> og <em>&lt;img src=x onerror=alert(2)&gt;</em>');
    expect(html).not.toMatch(/<(script|img)\b/);
    const xml = referatDocumentXml(model);
    expect(docxRuns(xml)).toContainEqual([
      ['&lt;script&gt;alert(1)&lt;/script&gt;', 'b'],
      [' og ', ''],
      ['&lt;img src=x onerror=alert(2)&gt;', 'i'],
    ]);
    expect(xml).not.toContain(XSS);
  });

  test('the hostile referat: only **…** and *…* change; the other Markdown stays literal', () => {
    const html = referatToHtml(hostileReferat());
    expect(html).toContain('<strong>ikke fet</strong> _ikke kursiv_ `ikke kode` ~~ikke overstreket~~ \\ backslash');
    expect(html).toContain('[lenke](javascript:alert(1)) ![bilde](x.png) &lt;https://evil.example&gt;');
    expect(html).not.toMatch(/<(script|img|b|a)\b|href=/);
    const xml = referatDocumentXml(hostileReferat());
    const marked = docxRuns(xml)
      .flat()
      .map(([t, f]) => (f ? `[${f}:${t}]` : t))
      .join('');
    expect(marked).toContain('\n[b:ikke fet] _ikke kursiv_ `ikke kode` ~~ikke overstreket~~ \\ backslash\n');
    expect(marked).toContain('[lenke](javascript:alert(1)) ![bilde](x.png) &lt;https://evil.example&gt;');
  });
});
