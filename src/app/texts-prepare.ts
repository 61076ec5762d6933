import { pick, type Locale } from '../domain/language';
import { PREPARE_HEADING } from '../exports/document-texts';

/** The answers of `forbered` / `prepare` (#17 §1.9). */
export const prepareTexts = {
  usage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv saksnummeret og hva deltakerne skal forberede, for eksempel «forbered 3 Les utkastet til møteplan». «forbered 3 av» fjerner teksten. I et møte i to deler teller nummeret i gruppens egen del; en sak i fellesdelen skriver du «forbered 1.2 …» eller «forbered del 1 sak 2 …». Ingenting ble endret.',
      nn: 'Skriv saksnummeret og kva deltakarane skal førebu, til dømes «forbered 3 Les utkastet til møteplan». «forbered 3 av» fjernar teksten. I eit møte i to delar tel nummeret i den delen som er gruppa sin eigen; ei sak i fellesdelen skriv du «forbered 1.2 …» eller «forbered del 1 sak 2 …». Ingenting vart endra.',
      en: 'Write the item number and what the participants should prepare, e.g. "prepare 3 Read the draft meeting plan". "prepare 3 off" removes the text. In a meeting in two parts the number counts in the group\'s own part; for an item of the common part type "prepare 1.2 …" or "prepare part 1 item 2 …". Nothing was changed.',
    }),
  noMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe kommende møte. Opprett det med «nytt møte».',
      nn: 'Gruppa har ikkje noko møte som kjem. Opprett det med «nytt møte».',
      en: 'The group has no coming meeting. Create one with "new meeting".',
    }),
  noItem: (l: Locale, n: number, date: string) =>
    pick(l, {
      nb: `Møtet ${date} har ingen sak ${n}. Se sakskartet med «innkalling». Ingenting ble endret.`,
      nn: `Møtet ${date} har inga sak ${n}. Sjå sakslista med «innkalling». Ingenting vart endra.`,
      en: `The meeting on ${date} has no item ${n}. See the agenda with "notice". Nothing was changed.`,
    }),
  tooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Teksten kan ha høyst ${max} tegn. Ingenting ble endret.`,
      nn: `Teksten kan ha høgst ${max} teikn. Ingenting vart endra.`,
      en: `The text can have at most ${max} characters. Nothing was changed.`,
    }),
  /** `item`: «Sak 3», «Sak 2 i del 1» (texts-item-ref.ts), here and below. */
  set: (l: Locale, item: string, date: string) => {
    // The innkalling's own heading, quoted without its colon, so the answer names what the reader will find.
    const heading = pick(l, PREPARE_HEADING).replace(/:$/, '');
    return pick(l, {
      nb: `${item} i møtet ${date} har fått en forberedelse. Den står i innkallingen under «${heading}».`,
      nn: `${item} i møtet ${date} har fått ei førebuing. Ho står i innkallinga under «${heading}».`,
      en: `${item} of the meeting on ${date} has a preparation text. It is printed in the notice under "${heading}".`,
    });
  },
  /** `item`: «sak 3», «sak 2 i del 1». */
  removed: (l: Locale, item: string, date: string) =>
    pick(l, {
      nb: `Forberedelsen til ${item} i møtet ${date} er fjernet.`,
      nn: `Førebuinga til ${item} i møtet ${date} er fjerna.`,
      en: `The preparation text of ${item} of the meeting on ${date} is removed.`,
    }),
  unchanged: (l: Locale, item: string) =>
    pick(l, {
      nb: `${item} hadde allerede denne teksten. Ingenting ble endret.`,
      nn: `${item} hadde denne teksten frå før. Ingenting vart endra.`,
      en: `${item} already had this text. Nothing was changed.`,
    }),
};
