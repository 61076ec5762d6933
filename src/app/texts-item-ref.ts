import { itemPlace, type ItemPlace, type ItemRefError } from '../domain/agenda-parts';
import { pick, type Locale } from '../domain/language';

/**
 * How an item is named in answers and on cards (#17 §1.8 follow-through): by the number the
 * documents print. In a meeting in one part as before («sak 4», «Sak 4 av 6»); in a meeting in
 * parts with its part and its number within it («sak 2 i del 2», «Del 2 · Sak 2 av 4»).
 */

type Agenda = Parameters<typeof itemPlace>[0];

const WORD = { item: { nb: 'sak', nn: 'sak', en: 'item' }, part: { nb: 'del', nn: 'del', en: 'part' } } as const;
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);

/** The place of a stored number; a number the agenda does not hold is named as it is. */
export const placeIn = (meeting: Agenda, number: number): ItemPlace => itemPlace(meeting, number) ?? { number, shown: number, count: meeting.agenda.length };

export const itemRefTexts = {
  /** In a sentence: «sak 4», «sak 2 i del 2» (nn «sak 2 i del 2», en «item 2 of part 2»). */
  name: (l: Locale, p: ItemPlace): string =>
    p.part === undefined
      ? `${pick(l, WORD.item)} ${p.shown}`
      : pick(l, { nb: `sak ${p.shown} i del ${p.part}`, nn: `sak ${p.shown} i del ${p.part}`, en: `item ${p.shown} of part ${p.part}` }),
  /** At the start of a sentence: «Sak 4», «Sak 2 i del 2». */
  Name: (l: Locale, p: ItemPlace): string => cap(itemRefTexts.name(l, p)),
  /** As a heading: «Sak 4», «Del 2 · Sak 2». */
  heading: (l: Locale, p: ItemPlace): string =>
    p.part === undefined ? cap(`${pick(l, WORD.item)} ${p.shown}`) : `${cap(pick(l, WORD.part))} ${p.part} · ${cap(pick(l, WORD.item))} ${p.shown}`,
  /** The current-item card's title: «Sak 4 av 6», «Del 2 · Sak 2 av 4» (the count is the part's). */
  of: (l: Locale, p: ItemPlace): string => `${itemRefTexts.heading(l, p)} ${pick(l, { nb: 'av', nn: 'av', en: 'of' })} ${p.count}`,
  /** Before a title in a list: «4.», «Del 2 · 2.». */
  listed: (l: Locale, p: ItemPlace): string => (p.part === undefined ? `${p.shown}.` : `${cap(pick(l, WORD.part))} ${p.part} · ${p.shown}.`),
  /** An item as something stored recorded it (a follow-up, a correction): its stored number, and where the documents print it when in parts. */
  recorded: (l: Locale, r: { item: number; part?: number; shown?: number }): string =>
    itemRefTexts.name(l, { number: r.item, shown: r.shown ?? r.item, count: 0, ...(r.part ? { part: r.part } : {}) }),
  /** The item a follow-up was written on. */
  ofFollowUp: (l: Locale, f: { item: number; itemPart?: number; itemShown?: number }): string =>
    itemRefTexts.recorded(l, { item: f.item, part: f.itemPart, shown: f.itemShown }),
  /** The item as a heading, by stored number. */
  headingIn: (l: Locale, meeting: Agenda, number: number): string => itemRefTexts.heading(l, placeIn(meeting, number)),
  /** The item named in a sentence by stored number. */
  nameIn: (l: Locale, meeting: Agenda, number: number): string => itemRefTexts.name(l, placeIn(meeting, number)),
  NameIn: (l: Locale, meeting: Agenda, number: number): string => itemRefTexts.Name(l, placeIn(meeting, number)),
  /** A refusal: a missing item of a meeting in one part in the command's own words (`onePart`), else `refused`. */
  refusedOr: (l: Locale, e: ItemRefError, onePart: (n: number) => string): string =>
    e.code === 'no-such-item' && e.part === undefined ? onePart(e.n) : itemRefTexts.refused(l, e),
  /** A reference that names no item; nothing was changed. In a meeting in one part: only a part other than 1 comes here. */
  refused: (l: Locale, e: ItemRefError): string => {
    if (e.code === 'no-such-part' && e.parts < 2)
      return pick(l, {
        nb: `Møtet har ikke flere deler, så del ${e.part} finnes ikke. Skriv bare saksnummeret, for eksempel «sak 2». Ingenting ble endret.`,
        nn: `Møtet har ikkje fleire delar, så del ${e.part} finst ikkje. Skriv berre saksnummeret, til dømes «sak 2». Ingenting vart endra.`,
        en: `The meeting is not in parts, so there is no part ${e.part}. Type just the item number, e.g. "item 2". Nothing was changed.`,
      });
    if (e.code === 'no-such-part')
      return pick(l, {
        nb: `Møtet har ingen del ${e.part}; det har ${e.parts} deler. Skriv for eksempel «sak 1.2» for sak 2 i del 1. Ingenting ble endret.`,
        nn: `Møtet har ingen del ${e.part}; det har ${e.parts} delar. Skriv til dømes «sak 1.2» for sak 2 i del 1. Ingenting vart endra.`,
        en: `The meeting has no part ${e.part}; it has ${e.parts} parts. Type e.g. "item 1.2" for item 2 of part 1. Nothing was changed.`,
      });
    if (e.part === undefined)
      return pick(l, {
        nb: `Sakskartet har ingen sak ${e.n}. Velg et nummer fra 1 til ${e.count}. Ingenting ble endret.`,
        nn: `Sakslista har inga sak ${e.n}. Vel eit nummer frå 1 til ${e.count}. Ingenting vart endra.`,
        en: `The agenda has no item ${e.n}. Choose a number from 1 to ${e.count}. Nothing was changed.`,
      });
    return pick(l, {
      nb: `Del ${e.part} har ingen sak ${e.n}; den har sak 1 til ${e.count}. En sak i en annen del skriver du med delen først, for eksempel «sak 1.2» for sak 2 i del 1. Ingenting ble endret.`,
      nn: `Del ${e.part} har inga sak ${e.n}; ho har sak 1 til ${e.count}. Ei sak i ein annan del skriv du med delen først, til dømes «sak 1.2» for sak 2 i del 1. Ingenting vart endra.`,
      en: `Part ${e.part} has no item ${e.n}; it has items 1 to ${e.count}. Name an item of another part with the part first, e.g. "item 1.2" for item 2 of part 1. Nothing was changed.`,
    });
  },
};
