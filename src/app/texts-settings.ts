import type { Locale } from './actor';

export type SettingName = 'decisionLabel' | 'keepMarkers';
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

const NAMES: Record<SettingName, Text> = { decisionLabel: { nb: 'vedtaksetikett', en: 'decision-label' }, keepMarkers: { nb: 'markører', en: 'markers' } };
const MEANING: Record<SettingName, Text> = {
  decisionLabel: { nb: '«Vedtak:» foran vedtakene i referatet', en: '"Vedtak:" before the decisions in the minutes' },
  keepMarkers: {
    nb: '«(mottatt etter møtet)» og «(skrevet inn av sekretariatet)» også i det låste referatet',
    en: '"(received after the meeting)" and "(entered by the secretariat)" in the locked minutes too',
  },
};
const onOff = (l: Locale, v: boolean) => (v ? pick(l, { nb: 'på', en: 'on' }) : pick(l, { nb: 'av', en: 'off' }));

/** The answers of `innstilling` / `setting`. */
export const settingsTexts = {
  list: (l: Locale, current: Record<SettingName, boolean>) =>
    [
      pick(l, { nb: 'Innstillinger for gruppens dokumenter:', en: "Settings for the group's documents:" }),
      ...(Object.keys(current) as SettingName[]).map((n) => `- ${NAMES[n][l]}: ${onOff(l, current[n])} – ${MEANING[n][l]}`),
      pick(l, { nb: 'Endre med for eksempel «innstilling vedtaksetikett på».', en: 'Change one with e.g. "setting decision-label on".' }),
    ].join('\n'),
  unknown: (l: Locale, words: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke innstillingen «${words}». Skriv «innstilling» for å se dem, og for eksempel «innstilling vedtaksetikett på». Ingenting ble endret.`,
      en: `I don't know the setting "${words}". Type "setting" to see them, and e.g. "setting decision-label on". Nothing was changed.`,
    }),
  badValue: (l: Locale, value: string) =>
    pick(l, { nb: `«${value}» er verken «på» eller «av». Ingenting ble endret.`, en: `"${value}" is neither "on" nor "off". Nothing was changed.` }),
  changed: (l: Locale, n: SettingName, v: boolean) =>
    pick(l, {
      nb: `${NAMES[n].nb} er nå ${onOff(l, v)}: ${MEANING[n].nb}. Gjelder neste eksport.`,
      en: `${NAMES[n].en} is now ${onOff(l, v)}: ${MEANING[n].en}. Applies to the next export.`,
    }),
  unchanged: (l: Locale, n: SettingName, v: boolean) =>
    pick(l, { nb: `${NAMES[n].nb} var allerede ${onOff(l, v)}. Ingenting ble endret.`, en: `${NAMES[n].en} was already ${onOff(l, v)}. Nothing was changed.` }),
};
