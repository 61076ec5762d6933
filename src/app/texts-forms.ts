import { pick, type Locale } from '../domain/language';

export type FormKind = 'members' | 'agenda';
/** The agenda is written the group's way in every language: the parser reads these item titles. */
const AGENDA_EXAMPLE = '1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt';

/** The form cards for what is otherwise pasted after `deltakere` / `sakskart` (#16 §1). */
export const formTexts = {
  title: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, { nb: 'Lim inn deltakerlisten', nn: 'Lim inn deltakarlista', en: 'Paste the roster' })
      : pick(l, { nb: 'Lim inn sakskartet', nn: 'Lim inn sakslista', en: 'Paste the agenda' }),
  hint: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, {
          nb: 'Én person per linje: Fornavn⇥Etternavn⇥Organisasjon (tabulator eller to mellomrom mellom kolonnene), eller Navn⇥Kommune/Region, slik listene i innkallinger og referater står. Eksempel: Kari⇥Nordmann⇥Ringerike kommune',
          nn: 'Éin person per linje: Fornamn⇥Etternamn⇥Organisasjon (tabulator eller to mellomrom mellom kolonnane), eller Namn⇥Kommune/Region, slik listene står i innkallingar og referat. Døme: Kari⇥Nordmann⇥Ringerike kommune',
          en: 'One person per line: First name⇥Last name⇥Organization (a tab or two spaces between columns), or Name⇥Municipality/Region, as in the notices and minutes. Example: Kari⇥Nordmann⇥Ringerike kommune',
        })
      : pick(l, {
          nb: 'Sakene som i innkallingen: «1. Godkjenning av innkalling og dagsorden», «2. Runde rundt bordet», … Linjer under en sak blir beskrivelsen av den. Sak 1, 2 og Eventuelt legges til når de mangler.',
          nn: 'Sakene slik dei står i innkallinga: «1. Godkjenning av innkalling og dagsorden», «2. Runde rundt bordet», … Linjer under ei sak blir skildringa av saka. Sak 1, sak 2 og Eventuelt blir lagde til når dei manglar.',
          en: 'The items as in the notice: "1. Approval of the notice and agenda", "2. Round table", … Lines under an item become its description. Items 1, 2 and Eventuelt are added when missing.',
        }),
  label: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, { nb: 'Deltakerlisten', nn: 'Deltakarlista', en: 'The roster' })
      : pick(l, { nb: 'Sakskartet', nn: 'Sakslista', en: 'The agenda' }),
  placeholder: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, { nb: 'Kari\tNordmann\tRingerike kommune', nn: 'Kari\tNordmann\tRingerike kommune', en: 'Kari\tNordmann\tRingerike kommune' })
      : pick(l, { nb: AGENDA_EXAMPLE, nn: AGENDA_EXAMPLE, en: AGENDA_EXAMPLE }),
  save: (l: Locale) => pick(l, { nb: 'Lagre', nn: 'Lagre', en: 'Save' }),
  /** A message whose command word ran into the text after it: the line breaks were lost on the way. */
  linesLost: (l: Locale, word: string) =>
    pick(l, {
      nb: `Det ser ut som linjeskiftene forsvant på veien (meldingen begynte med «${word}»), så jeg kan ikke lese listen. Lim den inn i skjemaet under i stedet.`,
      nn: `Det ser ut til at linjeskifta forsvann på vegen (meldinga byrja med «${word}»), så eg kan ikkje lese lista. Lim ho inn i skjemaet nedanfor i staden.`,
      en: `It looks like the line breaks were lost on the way (the message began with "${word}"), so I cannot read the list. Paste it into the form below instead.`,
    }),
  noText: (l: Locale) =>
    pick(l, { nb: 'Skjemaet var tomt. Ingenting ble endret.', nn: 'Skjemaet var tomt. Ingenting vart endra.', en: 'The form was empty. Nothing was changed.' }),
  notAllowed: (l: Locale) =>
    pick(l, {
      nb: 'Bare sekretariatet kan lagre dette skjemaet. Ingenting ble endret.',
      nn: 'Berre sekretariatet kan lagre dette skjemaet. Ingenting vart endra.',
      en: 'Only the secretariat can save this form. Nothing was changed.',
    }),
};
