import { pick, type Locale, type Text } from '../domain/language';

export type FlagName = 'decisionLabel' | 'keepMarkers';
export type TextName = 'sender' | 'phone' | 'archiveCode';
export type SettingName = FlagName | TextName;
export type SettingValues = Record<FlagName, boolean> & Record<TextName, string>;

const NAMES: Record<SettingName, Text> = {
  decisionLabel: { nb: 'vedtaksetikett', nn: 'vedtaksetikett', en: 'decision-label' },
  keepMarkers: { nb: 'markører', nn: 'markørar', en: 'markers' },
  sender: { nb: 'avsender', nn: 'avsendar', en: 'sender' },
  phone: { nb: 'telefon', nn: 'telefon', en: 'phone' },
  archiveCode: { nb: 'arkivkode', nn: 'arkivkode', en: 'archive-code' },
};
const MEANING: Record<SettingName, Text> = {
  decisionLabel: {
    nb: '«Vedtak:» foran vedtakene i referatet',
    nn: '«Vedtak:» framfor vedtaka i referatet',
    en: '"Vedtak:" before the decisions in the minutes',
  },
  keepMarkers: {
    nb: '«(mottatt etter møtet)» og «(skrevet inn av sekretariatet)» også i det låste referatet',
    nn: '«(motteke etter møtet)» og «(skrive inn av sekretariatet)» også i det låste referatet',
    en: '"(received after the meeting)" and "(entered by the secretariat)" in the locked minutes too',
  },
  sender: {
    nb: 'hvem innkallingen sendes fra og signeres av',
    nn: 'kven innkallinga blir send frå og underskriven av',
    en: 'who the notice is sent from and signed by',
  },
  phone: {
    nb: 'telefonnummeret under saksbehandler i innkallingen',
    nn: 'telefonnummeret under saksbehandlar i innkallinga',
    en: 'the phone number under the case officer in the notice',
  },
  archiveCode: { nb: '«Arkivkode:» i innkallingen', nn: '«Arkivkode:» i innkallinga', en: '"Arkivkode:" (archive code) in the notice' },
};
/** What a text setting prints when it is not set. */
const DEFAULTS: Record<TextName, Text> = {
  sender: {
    nb: 'ikke satt («Sekretariatet for <gruppenavn>»)',
    nn: 'ikkje sett («Sekretariatet for <gruppenamn>»)',
    en: 'not set ("Sekretariatet for <group name>")',
  },
  phone: { nb: 'ikke satt', nn: 'ikkje sett', en: 'not set' },
  archiveCode: { nb: 'ikke satt (tom linje)', nn: 'ikkje sett (tom linje)', en: 'not set (empty line)' },
};
const onOff = (l: Locale, v: boolean) => (v ? pick(l, { nb: 'på', nn: 'på', en: 'on' }) : pick(l, { nb: 'av', nn: 'av', en: 'off' }));
const shown = (l: Locale, n: SettingName, v: boolean | string) => (typeof v === 'boolean' ? onOff(l, v) : v ? `«${v}»` : pick(l, DEFAULTS[n as TextName]));

/** The answers of `innstilling` / `setting`. */
export const settingsTexts = {
  list: (l: Locale, current: SettingValues) =>
    [
      pick(l, { nb: 'Innstillinger for gruppens dokumenter:', nn: 'Innstillingar for dokumenta til gruppa:', en: "Settings for the group's documents:" }),
      ...(Object.keys(current) as SettingName[]).map((n) => `- ${NAMES[n][l]}: ${shown(l, n, current[n])} – ${MEANING[n][l]}`),
      pick(l, {
        nb: 'Endre med for eksempel «innstilling vedtaksetikett på» eller «innstilling avsender Sekretariatet for Osloregionen». «av» fjerner en tekst.',
        nn: 'Endre ei innstilling med til dømes «innstilling vedtaksetikett på» eller «innstilling avsendar Sekretariatet for Osloregionen». «av» fjernar ein tekst.',
        en: 'Change one with e.g. "setting decision-label on" or "setting sender Sekretariatet for Osloregionen". "off" removes a text.',
      }),
    ].join('\n'),
  unknown: (l: Locale, words: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke innstillingen «${words}». Skriv «innstilling» for å se dem, og for eksempel «innstilling vedtaksetikett på». Ingenting ble endret.`,
      nn: `Eg kjenner ikkje innstillinga «${words}». Skriv «innstilling» for å sjå dei, og til dømes «innstilling vedtaksetikett på». Ingenting vart endra.`,
      en: `I don't know the setting "${words}". Type "setting" to see them, and e.g. "setting decision-label on". Nothing was changed.`,
    }),
  badValue: (l: Locale, value: string) =>
    value
      ? pick(l, {
          nb: `«${value}» er verken «på» eller «av». Ingenting ble endret.`,
          nn: `«${value}» er verken «på» eller «av». Ingenting vart endra.`,
          en: `"${value}" is neither "on" nor "off". Nothing was changed.`,
        })
      : pick(l, {
          nb: 'Skriv «på» eller «av» etter navnet. Ingenting ble endret.',
          nn: 'Skriv «på» eller «av» etter namnet. Ingenting vart endra.',
          en: 'Write "on" or "off" after the name. Nothing was changed.',
        }),
  missingText: (l: Locale, n: TextName) =>
    pick(l, {
      nb: `Skriv teksten etter navnet, for eksempel «innstilling ${NAMES[n].nb} …», eller «innstilling ${NAMES[n].nb} av» for å fjerne den. Ingenting ble endret.`,
      nn: `Skriv teksten etter namnet, til dømes «innstilling ${NAMES[n].nn} …», eller «innstilling ${NAMES[n].nn} av» for å fjerne han. Ingenting vart endra.`,
      en: `Write the text after the name, e.g. "setting ${NAMES[n].en} …", or "setting ${NAMES[n].en} off" to remove it. Nothing was changed.`,
    }),
  tooLong: (l: Locale, n: TextName, max: number) =>
    pick(l, {
      nb: `${NAMES[n].nb} kan ha høyst ${max} tegn. Ingenting ble endret.`,
      nn: `${NAMES[n].nn} kan ha høgst ${max} teikn. Ingenting vart endra.`,
      en: `${NAMES[n].en} can have at most ${max} characters. Nothing was changed.`,
    }),
  badPhone: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» ser ikke ut som et telefonnummer. Skriv bare sifre og mellomrom, gjerne med + foran, for eksempel «innstilling telefon 22 33 44 55». Ingenting ble endret.`,
      nn: `«${value}» ser ikkje ut som eit telefonnummer. Skriv berre siffer og mellomrom, gjerne med + framfor, til dømes «innstilling telefon 22 33 44 55». Ingenting vart endra.`,
      en: `"${value}" does not look like a phone number. Use digits and spaces only, optionally with a leading +, e.g. "setting phone 22 33 44 55". Nothing was changed.`,
    }),
  changed: (l: Locale, n: SettingName, v: boolean | string) =>
    pick(l, {
      nb: `${NAMES[n].nb} er nå ${shown(l, n, v)}: ${MEANING[n].nb}. Gjelder neste eksport.`,
      nn: `${NAMES[n].nn} er no ${shown(l, n, v)}: ${MEANING[n].nn}. Gjeld frå neste eksport.`,
      en: `${NAMES[n].en} is now ${shown(l, n, v)}: ${MEANING[n].en}. Applies to the next export.`,
    }),
  unchanged: (l: Locale, n: SettingName, v: boolean | string) =>
    pick(l, {
      nb: `${NAMES[n].nb} var allerede ${shown(l, n, v)}. Ingenting ble endret.`,
      nn: `${NAMES[n].nn} var allereie ${shown(l, n, v)}. Ingenting vart endra.`,
      en: `${NAMES[n].en} was already ${shown(l, n, v)}. Nothing was changed.`,
    }),
};
