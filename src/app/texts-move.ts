import type { Locale } from './actor';

/** The answers of `flytt møte` / `move meeting` (Bokmål first, English). */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

export const moveTexts = {
  verb: { nb: 'flytt møte', en: 'move meeting' },
  noMeeting: (l: Locale) =>
    pick(l, { nb: 'Gruppen har ikke noe møte å flytte. Opprett det med «nytt møte».', en: 'The group has no meeting to move. Create one with "new meeting".' }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, { nb: `Gruppen har ikke noe møte ${date}. Ingenting ble endret.`, en: `The group has no meeting on ${date}. Nothing was changed.` }),
  badFrom: (l: Locale, word: string) =>
    pick(l, { nb: `«${word}» er ikke en dato (dd.mm.åååå). Ingenting ble endret.`, en: `"${word}" is not a date (dd.mm.yyyy). Nothing was changed.` }),
  ended: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er avsluttet og kan ikke flyttes. Ingenting ble endret. Opprett et nytt møte med «nytt møte».`,
      en: `The meeting on ${date} has ended and cannot be moved. Nothing was changed. Create a new one with "new meeting".`,
    }),
  running: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er i gang og kan ikke flyttes. Ingenting ble endret.`,
      en: `The meeting on ${date} is running and cannot be moved. Nothing was changed.`,
    }),
  clash: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har allerede et møte ${date}. Ingenting ble endret. Velg en annen dato.`,
      en: `The group already has a meeting on ${date}. Nothing was changed. Choose another date.`,
    }),
  unchanged: (l: Locale, when: string) =>
    pick(l, { nb: `Møtet står allerede ${when}. Ingenting ble endret.`, en: `The meeting is already ${when}. Nothing was changed.` }),
  moved: (l: Locale, from: string, to: string, place: string) =>
    pick(l, { nb: `Møtet er flyttet fra ${from} til ${to}, ${place}.`, en: `The meeting is moved from ${from} to ${to}, ${place}.` }),
  deadline: (l: Locale, when: string) => pick(l, { nb: `Fristen for innspill er nå ${when}.`, en: `The deadline for input is now ${when}.` }),
  homeNotice: (l: Locale, group: string, to: string, place: string, deadline: string) =>
    pick(l, {
      nb: `Møtet i ${group} er flyttet til ${to}, ${place}.${deadline ? ` Frist for innspill: ${deadline}.` : ''}`,
      en: `The meeting of ${group} is moved to ${to}, ${place}.${deadline ? ` Input deadline: ${deadline}.` : ''}`,
    }),
  homePosted: (l: Locale, group: string) =>
    pick(l, { nb: `Beskjeden om ny tid er postet i chatten til «${group}».`, en: `The notice of the new time is posted in the chat of "${group}".` }),
  noticeOut: (l: Locale, to: string) =>
    pick(l, {
      nb: `Innkallingen er allerede sendt ut med den gamle tiden. Gi deltakerne beskjed: møtet er nå ${to}. Innkallingen som eksporteres fra nå («innkalling docx») viser den nye tiden.`,
      en: `The notice was already sent with the old time. Tell the members: the meeting is now ${to}. The notice exported from now on ("notice docx") shows the new time.`,
    }),
};
