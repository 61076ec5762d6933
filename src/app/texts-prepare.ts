import { pick, type Locale } from '../domain/language';
import { PREPARE_HEADING } from '../exports/document-texts';

/** The answers of `forbered` / `prepare` (#17 §1.9). */
export const prepareTexts = {
  usage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv saksnummeret og hva deltakerne skal forberede, for eksempel «forbered 3 Les utkastet til møteplan». «forbered 3 av» fjerner teksten. Ingenting ble endret.',
      nn: 'Skriv saksnummeret og kva deltakarane skal førebu, til dømes «forbered 3 Les utkastet til møteplan». «forbered 3 av» fjernar teksten. Ingenting vart endra.',
      en: 'Write the item number and what the participants should prepare, e.g. "prepare 3 Read the draft meeting plan". "prepare 3 off" removes the text. Nothing was changed.',
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
  set: (l: Locale, n: number, date: string) => {
    // The innkalling's own heading, quoted without its colon, so the answer names what the reader will find.
    const heading = pick(l, PREPARE_HEADING).replace(/:$/, '');
    return pick(l, {
      nb: `Sak ${n} i møtet ${date} har fått en forberedelse. Den står i innkallingen under «${heading}».`,
      nn: `Sak ${n} i møtet ${date} har fått ei førebuing. Ho står i innkallinga under «${heading}».`,
      en: `Item ${n} of the meeting on ${date} has a preparation text. It is printed in the notice under "${heading}".`,
    });
  },
  removed: (l: Locale, n: number, date: string) =>
    pick(l, {
      nb: `Forberedelsen til sak ${n} i møtet ${date} er fjernet.`,
      nn: `Førebuinga til sak ${n} i møtet ${date} er fjerna.`,
      en: `The preparation text of item ${n} of the meeting on ${date} is removed.`,
    }),
  unchanged: (l: Locale, n: number) =>
    pick(l, {
      nb: `Sak ${n} hadde allerede denne teksten. Ingenting ble endret.`,
      nn: `Sak ${n} hadde denne teksten frå før. Ingenting vart endra.`,
      en: `Item ${n} already had this text. Nothing was changed.`,
    }),
};
