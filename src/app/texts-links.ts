import { pick, type Locale, type Text } from '../domain/language';

/** The answers of `lenke` / `link` (#17 §1.4). */
type Kind = 'documents' | 'presentations' | 'teams';
const KIND: Record<Kind, Text> = {
  documents: { nb: 'Lenken til sakspapirene', nn: 'Lenkja til sakspapira', en: 'The link to the meeting documents' },
  presentations: { nb: 'Lenken til presentasjonene', nn: 'Lenkja til presentasjonane', en: 'The link to the presentations' },
  teams: { nb: 'Lenken til Teams-møtet', nn: 'Lenkja til Teams-møtet', en: 'The link to the Teams meeting' },
};
const WHERE: Record<Kind, Text> = {
  documents: { nb: 'Den står i innkallingen.', nn: 'Ho står i innkallinga.', en: 'It is printed in the notice.' },
  presentations: { nb: 'Den står i referatet.', nn: 'Ho står i referatet.', en: 'It is printed in the minutes.' },
  teams: { nb: 'Den står i innkallingen.', nn: 'Ho står i innkallinga.', en: 'It is printed in the notice.' },
};
const USAGE: Text = {
  nb: 'Skriv for eksempel «lenke sakspapirer https://…», «lenke presentasjoner https://…» eller «lenke teams https://…». Legg til en dato (dd.mm.åååå) for et annet møte enn det neste, og skriv «av» i stedet for lenken for å fjerne den.',
  nn: 'Skriv til dømes «lenke sakspapirer https://…», «lenke presentasjoner https://…» eller «lenke teams https://…». Legg til ein dato (dd.mm.åååå) for eit anna møte enn det neste, og skriv «av» i staden for lenkja for å fjerne henne.',
  en: 'Write e.g. "link documents https://…", "link presentations https://…" or "link teams https://…". Add a date (dd.mm.yyyy) for another meeting than the next one, and write "off" instead of the link to remove it.',
};

export const linkTexts = {
  list: (l: Locale, date: string, links: Partial<Record<Kind, string>>) =>
    [
      pick(l, { nb: `Lenker for møtet ${date}:`, nn: `Lenkjer for møtet ${date}:`, en: `Links for the meeting on ${date}:` }),
      ...(Object.keys(KIND) as Kind[]).map((k) => `- ${pick(l, KIND[k])}: ${links[k] ?? pick(l, { nb: 'ikke satt', nn: 'ikkje sett', en: 'not set' })}`),
      pick(l, USAGE),
    ].join('\n'),
  badKind: (l: Locale, word: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke lenketypen «${word}». Ingenting ble endret.`,
      nn: `Eg kjenner ikkje lenkjetypen «${word}». Ingenting vart endra.`,
      en: `I don't know the link type "${word}". Nothing was changed.`,
    }) + ` ${pick(l, USAGE)}`,
  missing: (l: Locale) =>
    `${pick(l, { nb: 'Lenken mangler. Ingenting ble endret.', nn: 'Lenkja manglar. Ingenting vart endra.', en: 'The link is missing. Nothing was changed.' })} ${pick(l, USAGE)}`,
  badUrl: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en nettadresse. Lim inn hele adressen, som begynner med https://. Ingenting ble endret.`,
      nn: `«${word}» er ikkje ei nettadresse. Lim inn heile adressa, som byrjar med https://. Ingenting vart endra.`,
      en: `"${word}" is not a web address. Paste the whole address, starting with https://. Nothing was changed.`,
    }),
  badDate: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en dato (dd.mm.åååå). Ingenting ble endret.`,
      nn: `«${word}» er ikkje ein dato (dd.mm.åååå). Ingenting vart endra.`,
      en: `"${word}" is not a date (dd.mm.yyyy). Nothing was changed.`,
    }),
  noMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe møte ennå. Opprett det med «nytt møte».',
      nn: 'Gruppa har ikkje noko møte enno. Opprett eit møte med «nytt møte».',
      en: 'The group has no meeting yet. Create one with "new meeting".',
    }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har ikke noe møte ${date}. Ingenting ble endret.`,
      nn: `Gruppa har ikkje noko møte ${date}. Ingenting vart endra.`,
      en: `The group has no meeting on ${date}. Nothing was changed.`,
    }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra møtet ${date} er låst, så lenkene kan ikke endres. Ingenting ble endret.`,
      nn: `Referatet frå møtet ${date} er låst, så lenkjene kan ikkje endrast. Ingenting vart endra.`,
      en: `The minutes of the meeting on ${date} are locked, so the links cannot change. Nothing was changed.`,
    }),
  set: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} er lagret.`, nn: `for møtet ${date} er lagra.`, en: `for the meeting on ${date} is saved.` })} ${pick(l, WHERE[kind])}`,
  removed: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} er fjernet.`, nn: `for møtet ${date} er fjerna.`, en: `for the meeting on ${date} is removed.` })}`,
  unchanged: (l: Locale, kind: Kind, date: string) =>
    `${pick(l, KIND[kind])} ${pick(l, { nb: `for møtet ${date} var allerede slik. Ingenting ble endret.`, nn: `for møtet ${date} var slik frå før. Ingenting vart endra.`, en: `for the meeting on ${date} was already so. Nothing was changed.` })}`,
};
