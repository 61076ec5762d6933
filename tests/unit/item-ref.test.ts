import { currentPart, itemPlace, parseItemRef, partSubject, resolveItemRef } from '../../src/domain/agenda-parts';
import type { AgendaItem, AgendaPart } from '../../src/domain/agenda';
import { itemRefTexts } from '../../src/app/texts-item-ref';

/* Item numbers as the documents print them in a meeting in parts (#17 §1.8 follow-through): parsing, resolving, naming. */

const item = (number: number, part?: number): AgendaItem =>
  ({ number, title: `Sak ${number}`, subPoints: [], kind: 'discussion', ...(part === undefined ? {} : { part }) }) as AgendaItem;
const PARTS: AgendaPart[] = [
  { title: 'Sakskart til møte i administrative faggrupper 16. januar', start: '09:00', end: '09:30' },
  { title: 'Sakskart til møte i faggruppe for næringssamarbeid', start: '09:40', end: '12:30' },
];
// Part 1: stored 1–2; part 2: stored 3–6.
const TWO = { agenda: [item(1, 0), item(2, 0), item(3), item(4), item(5), item(6)], parts: PARTS };
const ONE = { agenda: [1, 2, 3, 4, 5, 6].map((n) => item(n)) };

describe('item references', () => {
  test('the forms: «2», «sak 2», «sak 2.», «2.2», «sak 2.2», «del 2 sak 2», «del 2», «part 1 item 3», and what follows', () => {
    const ref = (s: string) => parseItemRef(s)?.ref;
    expect(ref('2')).toEqual({ n: 2 });
    expect(ref('sak 2')).toEqual({ n: 2 });
    expect(parseItemRef('sak 2.')).toEqual({ ref: { n: 2 }, rest: '.' });
    expect(ref('2.2')).toEqual({ n: 2, part: 2 });
    expect(ref('sak 1.2')).toEqual({ n: 2, part: 1 });
    expect(ref('del 2 sak 3')).toEqual({ n: 3, part: 2 });
    expect(ref('DEL 2, sak 3')).toEqual({ n: 3, part: 2 });
    expect(ref('del 2')).toEqual({ n: 1, part: 2 });
    expect(ref('part 1 item 3')).toEqual({ n: 3, part: 1 });
    expect(parseItemRef('3. Les vedlegget')).toEqual({ ref: { n: 3 }, rest: '. Les vedlegget' });
    expect(parseItemRef('del 1 sak 2 Les vedlegget')).toEqual({ ref: { n: 2, part: 1 }, rest: ' Les vedlegget' });
    expect(ref('sak')).toBeUndefined();
    expect(ref('tre')).toBeUndefined();
  });

  test('a bare number counts in the part being held while the meeting runs, else in the group’s own part', () => {
    expect(currentPart({ ...TWO, state: 'in-progress', currentItem: 2 })).toBe(0);
    expect(currentPart({ ...TWO, state: 'in-progress', currentItem: 4 })).toBe(1);
    expect(currentPart({ ...TWO, state: 'planned' })).toBe(1);
    expect(currentPart({ ...TWO, state: 'ended', currentItem: 1 })).toBe(1);
    const held1 = { ...TWO, state: 'in-progress', currentItem: 1 };
    const held2 = { ...TWO, state: 'in-progress', currentItem: 3 };
    expect(resolveItemRef(held1, { n: 2 })).toMatchObject({ ok: true, number: 2 });
    expect(resolveItemRef(held2, { n: 2 })).toMatchObject({ ok: true, number: 4, place: { part: 2, shown: 2, count: 4 } });
    expect(resolveItemRef(held2, { n: 2, part: 1 })).toMatchObject({ ok: true, number: 2, place: { part: 1, shown: 2, count: 2 } });
    expect(resolveItemRef(held1, { n: 4, part: 2 })).toMatchObject({ ok: true, number: 6 });
  });

  test('refused: an item its part does not have, a part the meeting does not have; one part as before', () => {
    const held2 = { ...TWO, state: 'in-progress', currentItem: 3 };
    expect(resolveItemRef(held2, { n: 9 })).toEqual({ ok: false, error: { code: 'no-such-item', n: 9, part: 2, count: 4 } });
    expect(resolveItemRef(held2, { n: 3, part: 1 })).toEqual({ ok: false, error: { code: 'no-such-item', n: 3, part: 1, count: 2 } });
    expect(resolveItemRef(held2, { n: 1, part: 3 })).toEqual({ ok: false, error: { code: 'no-such-part', part: 3, parts: 2 } });
    expect(resolveItemRef(held2, { n: 0 })).toMatchObject({ ok: false });
    expect(resolveItemRef({ ...ONE, state: 'in-progress', currentItem: 1 }, { n: 5 })).toMatchObject({ ok: true, number: 5, place: { shown: 5, count: 6 } });
    expect(resolveItemRef(ONE, { n: 7 })).toEqual({ ok: false, error: { code: 'no-such-item', n: 7, count: 6 } });
    expect(resolveItemRef(ONE, { n: 2, part: 2 })).toEqual({ ok: false, error: { code: 'no-such-part', part: 2, parts: 1 } });
    expect(resolveItemRef(ONE, { n: 2, part: 1 })).toMatchObject({ ok: true, number: 2 });
  });

  test('named as the documents number it: «Sak 4 av 6» in one part, «Del 2 · Sak 2 av 4» in parts', () => {
    expect(itemRefTexts.of('nb', itemPlace(ONE, 4)!)).toBe('Sak 4 av 6');
    expect(itemRefTexts.of('en', itemPlace(ONE, 4)!)).toBe('Item 4 of 6');
    expect(itemRefTexts.of('nb', itemPlace(TWO, 4)!)).toBe('Del 2 · Sak 2 av 4');
    expect(itemRefTexts.of('nn', itemPlace(TWO, 2)!)).toBe('Del 1 · Sak 2 av 2');
    expect(itemRefTexts.of('en', itemPlace(TWO, 4)!)).toBe('Part 2 · Item 2 of 4');
    expect(itemRefTexts.name('nb', itemPlace(TWO, 4)!)).toBe('sak 2 i del 2');
    expect(itemRefTexts.name('nb', itemPlace(ONE, 4)!)).toBe('sak 4');
    expect(itemRefTexts.listed('nb', itemPlace(TWO, 3)!)).toBe('Del 2 · 1.');
    expect(itemRefTexts.listed('nb', itemPlace(ONE, 3)!)).toBe('3.');
  });

  test('a part’s subject for the notice title: the heading without «Sakskart til» and a trailing date', () => {
    expect(partSubject('Sakskart til møte i administrative faggrupper 16. januar')).toBe('møte i administrative faggrupper');
    expect(partSubject('Sakskart til møte i faggruppe for næringssamarbeid')).toBe('møte i faggruppe for næringssamarbeid');
    expect(partSubject('Saksliste for møte i styret, 16.01.2025')).toBe('møte i styret');
    expect(partSubject('Sakskart til')).toBe('Sakskart til');
  });
});
