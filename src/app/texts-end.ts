import { labelsIn, pick, type Locale } from '../domain/language';

/** The answers of `avslutt` when organizations are missing, and of `gjenåpne møte` / `reopen meeting` (Bokmål, nynorsk, English). */

/** «A, B, C» — at most eight names, then «og 3 til». */
const list = (l: Locale, names: readonly string[]) =>
  names.length > 8
    ? pick(l, {
        nb: `${names.slice(0, 8).join(', ')} og ${names.length - 8} til`,
        nn: `${names.slice(0, 8).join(', ')} og ${names.length - 8} til`,
        en: `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`,
      })
    : names.join(', ');

export const endTexts = {
  missingTitle: (l: Locale, names: readonly string[]) =>
    pick(l, {
      nb: `${names.length} ${names.length === 1 ? 'organisasjon' : 'organisasjoner'} mangler: ${list(l, names)}. Avslutte likevel?`,
      nn: `${names.length} ${names.length === 1 ? 'organisasjon' : 'organisasjonar'} manglar: ${list(l, names)}. Vil du avslutte likevel?`,
      en: `${names.length} ${names.length === 1 ? 'organization is' : 'organizations are'} missing: ${list(l, names)}. End anyway?`,
    }),
  missingText: (l: Locale) =>
    pick(l, {
      nb: 'De har verken hatt ordet i runden rundt bordet eller sendt innspill. Trykk «Avslutt likevel» for å avslutte møtet nå.',
      nn: 'Dei har verken hatt ordet i runden rundt bordet eller sendt innspel. Trykk «Avslutt likevel» for å avslutte møtet no.',
      en: 'They have neither spoken in the round table nor sent input. Press "End anyway" to end the meeting now.',
    }),
  labels: (l: Locale) =>
    labelsIn(l, { end: { nb: 'Avslutt likevel', nn: 'Avslutt likevel', en: 'End anyway' }, cancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' } }),
  endCancelled: (l: Locale) =>
    pick(l, { nb: 'Møtet fortsetter. Ingenting ble endret.', nn: 'Møtet held fram. Ingenting vart endra.', en: 'The meeting continues. Nothing was changed.' }),
  notRunning: (l: Locale) =>
    pick(l, {
      nb: 'Dette møtet er ikke i gang. Ingenting ble endret.',
      nn: 'Dette møtet er ikkje i gang. Ingenting vart endra.',
      en: 'This meeting is not running. Nothing was changed.',
    }),
  noEnded: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe avsluttet møte å gjenåpne. Ingenting ble endret.',
      nn: 'Gruppa har ikkje noko avslutta møte å opne att. Ingenting vart endra.',
      en: 'The group has no ended meeting to reopen. Nothing was changed.',
    }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra møtet ${date} er godkjent og låst, så møtet kan ikke gjenåpnes. Ingenting ble endret.`,
      nn: `Referatet frå møtet ${date} er godkjent og låst, så møtet kan ikkje opnast att. Ingenting vart endra.`,
      en: `The minutes of the meeting on ${date} are approved and locked, so the meeting cannot be reopened. Nothing was changed.`,
    }),
  otherRunning: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er i gang. Avslutt det før du gjenåpner et annet. Ingenting ble endret.`,
      nn: `Møtet ${date} er i gang. Avslutt det før du opnar eit anna møte att. Ingenting vart endra.`,
      en: `The meeting on ${date} is running. End it before you reopen another. Nothing was changed.`,
    }),
  /** `item`: «sak 4», «sak 2 i del 2» (texts-item-ref.ts), or '' when there is none. */
  reopened: (l: Locale, date: string, item: string) =>
    pick(l, {
      nb: `Møtet ${date} er gjenåpnet${item ? `, på ${item}` : ''}. Avslutt det igjen med «avslutt».`,
      nn: `Møtet ${date} er opna att${item ? `, på ${item}` : ''}. Avslutt det igjen med «avslutt».`,
      en: `The meeting on ${date} is reopened${item ? `, at ${item}` : ''}. End it again with "end".`,
    }),
};
