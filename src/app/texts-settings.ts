import type { Locale } from './actor';

export type FlagName = 'decisionLabel' | 'keepMarkers';
export type TextName = 'sender' | 'phone' | 'archiveCode';
export type SettingName = FlagName | TextName;
export type SettingValues = Record<FlagName, boolean> & Record<TextName, string>;
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

const NAMES: Record<SettingName, Text> = {
  decisionLabel: { nb: 'vedtaksetikett', en: 'decision-label' },
  keepMarkers: { nb: 'markører', en: 'markers' },
  sender: { nb: 'avsender', en: 'sender' },
  phone: { nb: 'telefon', en: 'phone' },
  archiveCode: { nb: 'arkivkode', en: 'archive-code' },
};
const MEANING: Record<SettingName, Text> = {
  decisionLabel: { nb: '«Vedtak:» foran vedtakene i referatet', en: '"Vedtak:" before the decisions in the minutes' },
  keepMarkers: {
    nb: '«(mottatt etter møtet)» og «(skrevet inn av sekretariatet)» også i det låste referatet',
    en: '"(received after the meeting)" and "(entered by the secretariat)" in the locked minutes too',
  },
  sender: { nb: 'hvem innkallingen sendes fra og signeres av', en: 'who the notice is sent from and signed by' },
  phone: { nb: 'telefonnummeret under saksbehandler i innkallingen', en: 'the phone number under the case officer in the notice' },
  archiveCode: { nb: '«Arkivkode:» i innkallingen', en: '"Arkivkode:" (archive code) in the notice' },
};
/** What a text setting prints when it is not set. */
const DEFAULTS: Record<TextName, Text> = {
  sender: { nb: 'ikke satt («Sekretariatet for <gruppenavn>»)', en: 'not set ("Sekretariatet for <group name>")' },
  phone: { nb: 'ikke satt', en: 'not set' },
  archiveCode: { nb: 'ikke satt (tom linje)', en: 'not set (empty line)' },
};
const onOff = (l: Locale, v: boolean) => (v ? pick(l, { nb: 'på', en: 'on' }) : pick(l, { nb: 'av', en: 'off' }));
const shown = (l: Locale, n: SettingName, v: boolean | string) => (typeof v === 'boolean' ? onOff(l, v) : v ? `«${v}»` : pick(l, DEFAULTS[n as TextName]));

/** The answers of `innstilling` / `setting`. */
export const settingsTexts = {
  list: (l: Locale, current: SettingValues) =>
    [
      pick(l, { nb: 'Innstillinger for gruppens dokumenter:', en: "Settings for the group's documents:" }),
      ...(Object.keys(current) as SettingName[]).map((n) => `- ${NAMES[n][l]}: ${shown(l, n, current[n])} – ${MEANING[n][l]}`),
      pick(l, {
        nb: 'Endre med for eksempel «innstilling vedtaksetikett på» eller «innstilling avsender Sekretariatet for Osloregionen». «av» fjerner en tekst.',
        en: 'Change one with e.g. "setting decision-label on" or "setting sender Sekretariatet for Osloregionen". "off" removes a text.',
      }),
    ].join('\n'),
  unknown: (l: Locale, words: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke innstillingen «${words}». Skriv «innstilling» for å se dem, og for eksempel «innstilling vedtaksetikett på». Ingenting ble endret.`,
      en: `I don't know the setting "${words}". Type "setting" to see them, and e.g. "setting decision-label on". Nothing was changed.`,
    }),
  badValue: (l: Locale, value: string) =>
    value
      ? pick(l, { nb: `«${value}» er verken «på» eller «av». Ingenting ble endret.`, en: `"${value}" is neither "on" nor "off". Nothing was changed.` })
      : pick(l, { nb: 'Skriv «på» eller «av» etter navnet. Ingenting ble endret.', en: 'Write "on" or "off" after the name. Nothing was changed.' }),
  missingText: (l: Locale, n: TextName) =>
    pick(l, {
      nb: `Skriv teksten etter navnet, for eksempel «innstilling ${NAMES[n].nb} …», eller «innstilling ${NAMES[n].nb} av» for å fjerne den. Ingenting ble endret.`,
      en: `Write the text after the name, e.g. "setting ${NAMES[n].en} …", or "setting ${NAMES[n].en} off" to remove it. Nothing was changed.`,
    }),
  tooLong: (l: Locale, n: TextName, max: number) =>
    pick(l, {
      nb: `${NAMES[n].nb} kan ha høyst ${max} tegn. Ingenting ble endret.`,
      en: `${NAMES[n].en} can have at most ${max} characters. Nothing was changed.`,
    }),
  badPhone: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» ser ikke ut som et telefonnummer. Skriv bare sifre og mellomrom, gjerne med + foran, for eksempel «innstilling telefon 22 33 44 55». Ingenting ble endret.`,
      en: `"${value}" does not look like a phone number. Use digits and spaces only, optionally with a leading +, e.g. "setting phone 22 33 44 55". Nothing was changed.`,
    }),
  changed: (l: Locale, n: SettingName, v: boolean | string) =>
    pick(l, {
      nb: `${NAMES[n].nb} er nå ${shown('nb', n, v)}: ${MEANING[n].nb}. Gjelder neste eksport.`,
      en: `${NAMES[n].en} is now ${shown('en', n, v)}: ${MEANING[n].en}. Applies to the next export.`,
    }),
  unchanged: (l: Locale, n: SettingName, v: boolean | string) =>
    pick(l, {
      nb: `${NAMES[n].nb} var allerede ${shown('nb', n, v)}. Ingenting ble endret.`,
      en: `${NAMES[n].en} was already ${shown('en', n, v)}. Nothing was changed.`,
    }),
};
