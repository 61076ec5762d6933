import type { Locale } from './actor';

/** The answers of `lenke` / `link` (#17 §1.4). */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];
type Kind = 'documents' | 'presentations' | 'teams';
const KIND: Record<Kind, Text> = {
  documents: { nb: 'Lenken til sakspapirene', en: 'The link to the meeting documents' },
  presentations: { nb: 'Lenken til presentasjonene', en: 'The link to the presentations' },
  teams: { nb: 'Lenken til Teams-møtet', en: 'The link to the Teams meeting' },
};
const WHERE: Record<Kind, Text> = {
  documents: { nb: 'Den står i innkallingen.', en: 'It is printed in the notice.' },
  presentations: { nb: 'Den står i referatet.', en: 'It is printed in the minutes.' },
  teams: { nb: 'Den står i innkallingen.', en: 'It is printed in the notice.' },
};
const USAGE: Text = {
  nb: 'Skriv for eksempel «lenke sakspapirer https://…», «lenke presentasjoner https://…» eller «lenke teams https://…». Legg til en dato (dd.mm.åååå) for et annet møte enn det neste, og skriv «av» i stedet for lenken for å fjerne den.',
  en: 'Write e.g. "link documents https://…", "link presentations https://…" or "link teams https://…". Add a date (dd.mm.yyyy) for another meeting than the next one, and write "off" instead of the link to remove it.',
};

export const linkTexts = {
  list: (l: Locale, date: string, links: Partial<Record<Kind, string>>) =>
    [
      pick(l, { nb: `Lenker for møtet ${date}:`, en: `Links for the meeting on ${date}:` }),
      ...(Object.keys(KIND) as Kind[]).map((k) => `- ${pick(l, KIND[k])}: ${links[k] ?? pick(l, { nb: 'ikke satt', en: 'not set' })}`),
      pick(l, USAGE),
    ].join('\n'),
  badKind: (l: Locale, word: string) =>
    pick(l, { nb: `Jeg kjenner ikke lenketypen «${word}». Ingenting ble endret.`, en: `I don't know the link type "${word}". Nothing was changed.` }) +
    ` ${pick(l, USAGE)}`,
  missing: (l: Locale) => `${pick(l, { nb: 'Lenken mangler. Ingenting ble endret.', en: 'The link is missing. Nothing was changed.' })} ${pick(l, USAGE)}`,
  badUrl: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en nettadresse. Lim inn hele adressen, som begynner med https://. Ingenting ble endret.`,
      en: `"${word}" is not a web address. Paste the whole address, starting with https://. Nothing was changed.`,
    }),
  badDate: (l: Locale, word: string) =>
    pick(l, { nb: `«${word}» er ikke en dato (dd.mm.åååå). Ingenting ble endret.`, en: `"${word}" is not a date (dd.mm.yyyy). Nothing was changed.` }),
  noMeeting: (l: Locale) =>
    pick(l, { nb: 'Gruppen har ikke noe møte ennå. Opprett det med «nytt møte».', en: 'The group has no meeting yet. Create one with "new meeting".' }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, { nb: `Gruppen har ikke noe møte ${date}. Ingenting ble endret.`, en: `The group has no meeting on ${date}. Nothing was changed.` }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra møtet ${date} er låst, så lenkene kan ikke endres. Ingenting ble endret.`,
      en: `The minutes of the meeting on ${date} are locked, so the links cannot change. Nothing was changed.`,
    }),
  set: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} er lagret.`, en: `for the meeting on ${date} is saved.` })} ${pick(l, WHERE[kind])}`,
  removed: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} er fjernet.`, en: `for the meeting on ${date} is removed.` })}`,
  unchanged: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} var allerede slik. Ingenting ble endret.`, en: `for the meeting on ${date} was already so. Nothing was changed.` })}`,
};
