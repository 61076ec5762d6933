import { pick, type Locale, type Text } from '../domain/language';

/** The answers of `språk` / `language` and `mitt språk` / `my language` (#19). */
const NAME: Record<Locale, Text> = {
  nb: { nb: 'bokmål', nn: 'bokmål', en: 'Norwegian Bokmål' },
  nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Norwegian Nynorsk' },
  en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
};
const name = (l: Locale, of: Locale) => pick(l, NAME[of]);

export const languageTexts = {
  groupNow: (l: Locale, current: Locale | undefined) =>
    current
      ? pick(l, {
          nb: `Gruppen skriver på ${name(l, current)}. Endre med «språk nynorsk», «språk bokmål» eller «språk english».`,
          nn: `Gruppa skriv på ${name(l, current)}. Endre med «språk nynorsk», «språk bokmål» eller «språk english».`,
          en: `The group writes in ${name(l, current)}. Change it with "language nynorsk", "language bokmål" or "language english".`,
        })
      : pick(l, {
          nb: 'Gruppen har ikke valgt språk, så den skriver på bokmål. Velg med «språk nynorsk», «språk bokmål» eller «språk english».',
          nn: 'Gruppa har ikkje valt språk, så ho skriv på bokmål. Vel med «språk nynorsk», «språk bokmål» eller «språk english».',
          en: 'The group has not chosen a language, so it writes in Norwegian Bokmål. Choose with "language nynorsk", "language bokmål" or "language english".',
        }),
  groupSet: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen skriver nå på bokmål: svarene her, kortene og alle dokumentene (innkalling og referat). Det som er lagret, endres ikke.',
      nn: 'Gruppa skriv no på nynorsk: svara her, korta og alle dokumenta (innkalling og referat). Det som er lagra, blir ikkje endra.',
      en: 'The group now writes in English: the answers here, the cards and every document (notice and minutes). Nothing stored is changed.',
    }),
  groupUnchanged: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen skriver allerede på bokmål. Ingenting ble endret.',
      nn: 'Gruppa skriv allereie på nynorsk. Ingenting vart endra.',
      en: 'The group already writes in English. Nothing was changed.',
    }),
  unknown: (l: Locale, word: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke språket «${word}». Velg nynorsk, bokmål eller english. Ingenting ble endret.`,
      nn: `Eg kjenner ikkje språket «${word}». Vel nynorsk, bokmål eller english. Ingenting vart endra.`,
      en: `I don't know the language "${word}". Choose nynorsk, bokmål or english. Nothing was changed.`,
    }),
  mineNow: (l: Locale, current: Locale | undefined) =>
    current
      ? pick(l, {
          nb: `Jeg skriver til deg på ${name(l, current)} her. Endre med «mitt språk nynorsk», «mitt språk bokmål» eller «mitt språk english».`,
          nn: `Eg skriv til deg på ${name(l, current)} her. Endre med «mitt språk nynorsk», «mitt språk bokmål» eller «mitt språk english».`,
          en: `I write to you in ${name(l, current)} here. Change it with "my language nynorsk", "my language bokmål" or "my language english".`,
        })
      : pick(l, {
          nb: 'Du har ikke valgt språk, så jeg følger gruppen din eller Teams. Velg med «mitt språk nynorsk», «mitt språk bokmål» eller «mitt språk english».',
          nn: 'Du har ikkje valt språk, så eg følgjer gruppa di eller Teams. Vel med «mitt språk nynorsk», «mitt språk bokmål» eller «mitt språk english».',
          en: 'You have not chosen a language, so I follow your group or Teams. Choose with "my language nynorsk", "my language bokmål" or "my language english".',
        }),
  mineSet: (l: Locale) =>
    pick(l, {
      nb: 'Jeg skriver til deg på bokmål her i den personlige chatten fra nå.',
      nn: 'Eg skriv til deg på nynorsk her i den personlege chatten frå no av.',
      en: 'I write to you in English here in the personal chat from now on.',
    }),
  mineUnchanged: (l: Locale) =>
    pick(l, {
      nb: 'Jeg skriver allerede til deg på bokmål. Ingenting ble endret.',
      nn: 'Eg skriv allereie til deg på nynorsk. Ingenting vart endra.',
      en: 'I already write to you in English. Nothing was changed.',
    }),
};
