import { pick, type Locale } from '../domain/language';

/** The answers of `flytt møte` / `move meeting` (Bokmål first, English). */

export const moveTexts = {
  verb: { nb: 'flytt møte', nn: 'flytt møte', en: 'move meeting' },
  noMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe møte å flytte. Opprett det med «nytt møte».',
      nn: 'Gruppa har ikkje noko møte å flytte. Opprett eit møte med «nytt møte».',
      en: 'The group has no meeting to move. Create one with "new meeting".',
    }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har ikke noe møte ${date}. Ingenting ble endret.`,
      nn: `Gruppa har ikkje noko møte ${date}. Ingenting vart endra.`,
      en: `The group has no meeting on ${date}. Nothing was changed.`,
    }),
  badFrom: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en dato (dd.mm.åååå). Ingenting ble endret.`,
      nn: `«${word}» er ikkje ein dato (dd.mm.åååå). Ingenting vart endra.`,
      en: `"${word}" is not a date (dd.mm.yyyy). Nothing was changed.`,
    }),
  ended: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er avsluttet og kan ikke flyttes. Ingenting ble endret. Opprett et nytt møte med «nytt møte».`,
      nn: `Møtet ${date} er avslutta og kan ikkje flyttast. Ingenting vart endra. Opprett eit nytt møte med «nytt møte».`,
      en: `The meeting on ${date} has ended and cannot be moved. Nothing was changed. Create a new one with "new meeting".`,
    }),
  running: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er i gang og kan ikke flyttes. Ingenting ble endret.`,
      nn: `Møtet ${date} er i gang og kan ikkje flyttast. Ingenting vart endra.`,
      en: `The meeting on ${date} is running and cannot be moved. Nothing was changed.`,
    }),
  clash: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har allerede et møte ${date}. Ingenting ble endret. Velg en annen dato.`,
      nn: `Gruppa har allereie eit møte ${date}. Ingenting vart endra. Vel ein annan dato.`,
      en: `The group already has a meeting on ${date}. Nothing was changed. Choose another date.`,
    }),
  unchanged: (l: Locale, when: string) =>
    pick(l, {
      nb: `Møtet står allerede ${when}. Ingenting ble endret.`,
      nn: `Møtet står allereie ${when}. Ingenting vart endra.`,
      en: `The meeting is already ${when}. Nothing was changed.`,
    }),
  moved: (l: Locale, from: string, to: string, place: string) =>
    pick(l, {
      nb: `Møtet er flyttet fra ${from} til ${to}, ${place}.`,
      nn: `Møtet er flytta frå ${from} til ${to}, ${place}.`,
      en: `The meeting is moved from ${from} to ${to}, ${place}.`,
    }),
  deadline: (l: Locale, when: string) =>
    pick(l, { nb: `Fristen for innspill er nå ${when}.`, nn: `Fristen for innspel er no ${when}.`, en: `The deadline for input is now ${when}.` }),
  homeNotice: (l: Locale, group: string, to: string, place: string, deadline: string) =>
    pick(l, {
      nb: `Møtet i ${group} er flyttet til ${to}, ${place}.${deadline ? ` Frist for innspill: ${deadline}.` : ''}`,
      nn: `Møtet i ${group} er flytta til ${to}, ${place}.${deadline ? ` Frist for innspel: ${deadline}.` : ''}`,
      en: `The meeting of ${group} is moved to ${to}, ${place}.${deadline ? ` Input deadline: ${deadline}.` : ''}`,
    }),
  homePosted: (l: Locale, group: string) =>
    pick(l, {
      nb: `Beskjeden om ny tid er postet i chatten til «${group}».`,
      nn: `Meldinga om ny tid er posta i chatten til «${group}».`,
      en: `The notice of the new time is posted in the chat of "${group}".`,
    }),
  noticeOut: (l: Locale, to: string) =>
    pick(l, {
      nb: `Innkallingen er allerede sendt ut med den gamle tiden. Gi deltakerne beskjed: møtet er nå ${to}. Innkallingen som eksporteres fra nå («innkalling docx») viser den nye tiden.`,
      nn: `Innkallinga er allereie send ut med den gamle tida. Gi deltakarane beskjed: møtet er no ${to}. Innkallinga som blir eksportert frå no av («innkalling docx»), viser den nye tida.`,
      en: `The notice was already sent with the old time. Tell the members: the meeting is now ${to}. The notice exported from now on ("notice docx") shows the new time.`,
    }),
};
