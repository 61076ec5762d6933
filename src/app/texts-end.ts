import type { Locale } from './actor';

/** The answers of `avslutt` when organizations are missing, and of `gjenåpne møte` / `reopen meeting` (Bokmål first, English). */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

/** «A, B, C» — at most eight names, then «og 3 til». */
const list = (l: Locale, names: readonly string[]) =>
  names.length > 8 ? `${names.slice(0, 8).join(', ')} ${l === 'en' ? 'and' : 'og'} ${names.length - 8} ${l === 'en' ? 'more' : 'til'}` : names.join(', ');

export const endTexts = {
  missingTitle: (l: Locale, names: readonly string[]) =>
    pick(l, {
      nb: `${names.length} ${names.length === 1 ? 'organisasjon' : 'organisasjoner'} mangler: ${list(l, names)}. Avslutte likevel?`,
      en: `${names.length} ${names.length === 1 ? 'organization is' : 'organizations are'} missing: ${list(l, names)}. End anyway?`,
    }),
  missingText: (l: Locale) =>
    pick(l, {
      nb: 'De har verken hatt ordet i runden rundt bordet eller sendt innspill. Trykk «Avslutt likevel» for å avslutte møtet nå.',
      en: 'They have neither spoken in the round table nor sent input. Press "End anyway" to end the meeting now.',
    }),
  labels: (l: Locale) => (l === 'en' ? { end: 'End anyway', cancel: 'Cancel' } : { end: 'Avslutt likevel', cancel: 'Avbryt' }),
  endCancelled: (l: Locale) => pick(l, { nb: 'Møtet fortsetter. Ingenting ble endret.', en: 'The meeting continues. Nothing was changed.' }),
  notRunning: (l: Locale) => pick(l, { nb: 'Dette møtet er ikke i gang. Ingenting ble endret.', en: 'This meeting is not running. Nothing was changed.' }),
  noEnded: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe avsluttet møte å gjenåpne. Ingenting ble endret.',
      en: 'The group has no ended meeting to reopen. Nothing was changed.',
    }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra møtet ${date} er godkjent og låst, så møtet kan ikke gjenåpnes. Ingenting ble endret.`,
      en: `The minutes of the meeting on ${date} are approved and locked, so the meeting cannot be reopened. Nothing was changed.`,
    }),
  otherRunning: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er i gang. Avslutt det før du gjenåpner et annet. Ingenting ble endret.`,
      en: `The meeting on ${date} is running. End it before you reopen another. Nothing was changed.`,
    }),
  reopened: (l: Locale, date: string, item: string) =>
    pick(l, {
      nb: `Møtet ${date} er gjenåpnet${item ? `, på sak ${item}` : ''}. Avslutt det igjen med «avslutt».`,
      en: `The meeting on ${date} is reopened${item ? `, at item ${item}` : ''}. End it again with "end".`,
    }),
};
