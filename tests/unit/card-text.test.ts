import { cardText, sharedCardText, uncardText } from '../../src/app/card-text';
import { renderCard } from '../../cards/render';

const TEXTBLOCK = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${text}', wrap: true }] };
const shown = (text: string) => (renderCard(TEXTBLOCK, { text }).body as { text: string }[])[0].text;

describe('user text on cards, made safe in one place', () => {
  it('keeps ${…} as written instead of binding it, and comes back unchanged from card data', () => {
    expect(shown(cardText('Budsjett ${total} og ${'))).toBe('Budsjett $\u200b{total} og $\u200b{');
    expect(uncardText(cardText('a ${b} c'))).toBe('a ${b} c');
  });

  it('shows links in members’ text on shared cards as text: label and address, nothing to click', () => {
    const out = sharedCardText('Se [rapporten](https://evil.example/x) og https://a.no/b, www.b.no og mailto:ola@c.no');
    expect(out).toContain('rapporten (https:\u2060//evil.example/x)');
    expect(out).not.toMatch(/\]\(/);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/www\./);
    expect(out).not.toMatch(/mailto:o/);
    // What a reader sees is the same text, without the joiners.
    expect(out.replace(/\u2060/g, '')).toBe('Se rapporten (https://evil.example/x) og https://a.no/b, www.b.no og mailto:ola@c.no');
  });

  it('a link whose label is its address shows once; javascript: is text like any other', () => {
    expect(sharedCardText('[https://a.no](https://a.no)').replace(/\u2060/g, '')).toBe('https://a.no');
    expect(sharedCardText('[klikk](javascript:alert(1))')).not.toContain('](');
  });

  it('escapes bindings in shared text too', () => {
    expect(shown(sharedCardText('${x}'))).toBe('$\u200b{x}');
  });
});
