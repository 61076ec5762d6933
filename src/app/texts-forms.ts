import type { Locale } from './actor';

export type FormKind = 'members' | 'agenda';
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

/** The form cards for what is otherwise pasted after `deltakere` / `sakskart` (#16 §1). */
export const formTexts = {
  title: (l: Locale, kind: FormKind) =>
    kind === 'members' ? pick(l, { nb: 'Lim inn deltakerlisten', en: 'Paste the roster' }) : pick(l, { nb: 'Lim inn sakskartet', en: 'Paste the agenda' }),
  hint: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, {
          nb: 'Én person per linje: Fornavn⇥Etternavn⇥Organisasjon (tabulator eller to mellomrom mellom kolonnene), eller Navn⇥Kommune/Region, slik listene i innkallinger og referater står. Eksempel: Kari⇥Nordmann⇥Ringerike kommune',
          en: 'One person per line: First name⇥Last name⇥Organization (a tab or two spaces between columns), or Name⇥Municipality/Region, as in the notices and minutes. Example: Kari⇥Nordmann⇥Ringerike kommune',
        })
      : pick(l, {
          nb: 'Sakene som i innkallingen: «1. Godkjenning av innkalling og dagsorden», «2. Runde rundt bordet», … Linjer under en sak blir beskrivelsen av den. Sak 1, 2 og Eventuelt legges til når de mangler.',
          en: 'The items as in the notice: "1. Approval of the notice and agenda", "2. Round table", … Lines under an item become its description. Items 1, 2 and Eventuelt are added when missing.',
        }),
  label: (l: Locale, kind: FormKind) =>
    kind === 'members' ? pick(l, { nb: 'Deltakerlisten', en: 'The roster' }) : pick(l, { nb: 'Sakskartet', en: 'The agenda' }),
  placeholder: (l: Locale, kind: FormKind) =>
    kind === 'members'
      ? pick(l, { nb: 'Kari\tNordmann\tRingerike kommune', en: 'Kari\tNordmann\tRingerike kommune' })
      : '1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt',
  save: (l: Locale) => pick(l, { nb: 'Lagre', en: 'Save' }),
  /** A message whose command word ran into the text after it: the line breaks were lost on the way. */
  linesLost: (l: Locale, word: string) =>
    pick(l, {
      nb: `Det ser ut som linjeskiftene forsvant på veien (meldingen begynte med «${word}»), så jeg kan ikke lese listen. Lim den inn i skjemaet under i stedet.`,
      en: `It looks like the line breaks were lost on the way (the message began with "${word}"), so I cannot read the list. Paste it into the form below instead.`,
    }),
  noText: (l: Locale) => pick(l, { nb: 'Skjemaet var tomt. Ingenting ble endret.', en: 'The form was empty. Nothing was changed.' }),
  notAllowed: (l: Locale) =>
    pick(l, { nb: 'Bare sekretariatet kan lagre dette skjemaet. Ingenting ble endret.', en: 'Only the secretariat can save this form. Nothing was changed.' }),
};
