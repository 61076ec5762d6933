import { labelsIn, pick, type Locale, type Text } from '../domain/language';
import type { InnkallingModel, ReferatModel } from '../domain/referat';

/*
 * The words of the documents (innkalling and referat in every format, and the archive metadata), in
 * the group's language (`språk`, #19): the same layout in all three. The model carries the language;
 * absent, Bokmål, as every document was written before.
 */

/** The innkalling's heading over what members should prepare; the notice card and `forbered`'s answer say the same. */
export const PREPARE_HEADING: Text = {
  nb: 'Vi ber deltakere i møtet forberede følgende:',
  nn: 'Vi ber deltakarane i møtet om å førebu dette:',
  en: 'We ask the participants to prepare the following:',
};

const LABELS = {
  date: { nb: 'Dato:', nn: 'Dato:', en: 'Date:' },
  time: { nb: 'Tid:', nn: 'Tid:', en: 'Time:' },
  place: { nb: 'Sted:', nn: 'Stad:', en: 'Place:' },
  attendees: { nb: 'Frammøtte:', nn: 'Til stades:', en: 'Present:' },
  nameHeader: { nb: 'NAVN', nn: 'NAMN', en: 'NAME' },
  orgHeader: { nb: 'KOMMUNE / REGION', nn: 'KOMMUNE / REGION', en: 'MUNICIPALITY / REGION' },
  secretariat: { nb: 'Fra sekretariatet møtte:', nn: 'Frå sekretariatet møtte:', en: 'From the secretariat:' },
  apologies: { nb: 'Forfall:', nn: 'Forfall:', en: 'Apologies:' },
  agenda: { nb: 'Saksliste:', nn: 'Saksliste:', en: 'Agenda:' },
  item: { nb: 'Sak', nn: 'Sak', en: 'Item' },
  followUp: { nb: 'Oppfølging:', nn: 'Oppfølging:', en: 'Follow-up:' },
  deresRef: { nb: 'Deres ref:', nn: 'Dykkar ref:', en: 'Your ref:' },
  varRef: { nb: 'Vår ref:', nn: 'Vår ref:', en: 'Our ref:' },
  saksbehandler: { nb: 'Saksbehandler:', nn: 'Saksbehandlar:', en: 'Case officer:' },
  phone: { nb: 'Tlf', nn: 'Tlf', en: 'Tel.' },
  archiveCode: { nb: 'Arkivkode:', nn: 'Arkivkode:', en: 'Archive code:' },
  prepare: PREPARE_HEADING,
  regards: { nb: 'Med vennlig hilsen', nn: 'Med venleg helsing', en: 'Kind regards' },
  timeAndPlace: { nb: 'Tid og sted:', nn: 'Tid og stad:', en: 'Time and place:' },
  page: { nb: 'Side', nn: 'Side', en: 'Page' },
  pageOf: { nb: 'av', nn: 'av', en: 'of' },
  decision: { nb: 'Vedtak: ', nn: 'Vedtak: ', en: 'Decision: ' },
  receivedAfter: { nb: '(mottatt etter møtet)', nn: '(motteke etter møtet)', en: '(received after the meeting)' },
  enteredBySecretariat: { nb: '(skrevet inn av sekretariatet)', nn: '(skrive inn av sekretariatet)', en: '(entered by the secretariat)' },
  chair: { nb: '(møteleder)', nn: '(møteleiar)', en: '(chair)' },
  owner: { nb: 'ansvarlig', nn: 'ansvarleg', en: 'owner' },
  due: { nb: 'frist', nn: 'frist', en: 'due' },
  referatSubject: { nb: 'Referat', nn: 'Referat', en: 'Minutes' },
  innkallingSubject: { nb: 'Innkalling og sakskart', nn: 'Innkalling og saksliste', en: 'Notice and agenda' },
  followUpHeading: { nb: 'Oppfølgingspunkter', nn: 'Oppfølgingspunkt', en: 'Follow-ups' },
  followUpWhat: { nb: 'Hva', nn: 'Kva', en: 'What' },
  followUpOwner: { nb: 'Ansvar', nn: 'Ansvar', en: 'Owner' },
  followUpDue: { nb: 'Frist', nn: 'Frist', en: 'Due' },
  invited: { nb: 'Inviterte', nn: 'Inviterte', en: 'Invited' },
  firstName: { nb: 'Fornavn', nn: 'Fornamn', en: 'First name' },
  lastName: { nb: 'Etternavn', nn: 'Etternamn', en: 'Last name' },
  organization: { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organization' },
  teamsLink: { nb: 'Lenke til møtet i Teams', nn: 'Lenkje til møtet i Teams', en: 'Link to the meeting in Teams' },
  documentsLink: {
    nb: 'Sakspapirer og underlag kan lastes ned her',
    nn: 'Sakspapir og underlag kan lastast ned her',
    en: 'The meeting documents can be downloaded here',
  },
  presentationsLink: {
    nb: 'Presentasjoner fra møtet finner man her',
    nn: 'Presentasjonane frå møtet finn du her',
    en: 'The presentations from the meeting are here',
  },
} satisfies Record<string, Text>;

export type DocumentLanguage = Pick<ReferatModel | InnkallingModel, 'language'>;

export const languageOf = (model: DocumentLanguage): Locale => model.language ?? 'nb';

/** The fixed words of a document in its language. */
export function docWords(model: DocumentLanguage) {
  const l = languageOf(model);
  return {
    ...labelsIn(l, LABELS),
    referatTitle: (group: string) =>
      pick(l, { nb: `Referat fra møte i ${group}`, nn: `Referat frå møte i ${group}`, en: `Minutes of the meeting of ${group}` }),
    innkallingTitle: (group: string, date: string) =>
      pick(l, { nb: `Innkalling til møte i ${group}, ${date}`, nn: `Innkalling til møte i ${group}, ${date}`, en: `Notice of meeting – ${group}, ${date}` }),
    agendaTitle: (group: string, date: string) =>
      pick(l, { nb: `Sakskart til møte i ${group}, ${date}`, nn: `Saksliste til møte i ${group}, ${date}`, en: `Agenda for the meeting of ${group}, ${date}` }),
    referatFileTitle: (group: string, date: string) =>
      pick(l, { nb: `Referat fra møte i ${group}, ${date}`, nn: `Referat frå møte i ${group}, ${date}`, en: `Minutes of the meeting of ${group}, ${date}` }),
    /** The calendar event's title (the .ics SUMMARY). */
    calendarSummary: (group: string) => pick(l, { nb: `Møte i ${group}`, nn: `Møte i ${group}`, en: `Meeting of ${group}` }),
    calendarCancelled: pick(l, { nb: 'AVLYST', nn: 'AVLYST', en: 'CANCELLED' }),
    /** Under a part's heading in a meeting in parts (#17 §1.8), as seed 002 writes it: «Kl. 09:00-09:30». */
    partTime: (start: string, end: string) => pick(l, { nb: `Kl. ${start}-${end}`, nn: `Kl. ${start}-${end}`, en: `${start}–${end}` }),
    secretariatOf: (group: string) => pick(l, { nb: `Sekretariatet for ${group}`, nn: `Sekretariatet for ${group}`, en: `The secretariat of ${group}` }),
  };
}

/** The `lang` of HTML and the PDF catalog: BCP 47. */
export const documentLang = (model: DocumentLanguage): string => ({ nb: 'nb', nn: 'nn', en: 'en' })[languageOf(model)];

/** The language with its region, as DOCX and PDF metadata write it (nb-NO, nn-NO, en-GB). */
export const documentLangTag = (model: DocumentLanguage): string => ({ nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' })[languageOf(model)];
