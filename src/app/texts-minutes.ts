import type { Locale } from './actor';

const pick = (l: Locale, nb: string, en: string) => (l === 'en' ? en : nb);
const kindName = (l: Locale, kind: 'referat' | 'innkalling') =>
  kind === 'referat' ? pick(l, 'Referatet', 'The minutes') : pick(l, 'Innkallingen', 'The notice');

/** Answers of the export and locking commands, Norwegian Bokmål first. */
export const minutesTexts = {
  sentPrivately: (l: Locale) =>
    pick(l, 'Jeg har sendt lenken til deg privat, i chatten din med Referent.', 'I have sent you the link privately, in your chat with Referent.'),
  cannotSendPrivately: (l: Locale) =>
    pick(
      l,
      'Lenken er personlig, så den vises ikke her, men jeg får ikke sendt den til deg privat: åpne en chat med Referent (søk etter Referent i Teams og skriv «hjelp»), og be om den der.',
      'The link is personal, so it is not shown here, but I cannot send it to you privately: open a chat with Referent (search for Referent in Teams and type "help"), and ask for it there.',
    ),
  badFormat: (l: Locale, word: string) =>
    pick(
      l,
      `Jeg kjenner ikke formatet «${word}». Velg docx, md, html, pdf eller arkiv, for eksempel «referat docx».`,
      `I don't know the format "${word}". Choose docx, md, html, pdf or archive, e.g. "minutes docx".`,
    ),
  archiveNotLocked: (l: Locale, date: string) =>
    pick(
      l,
      `Referatet fra ${date} er ikke låst, så det kan ikke sendes til arkivet ennå: arkivet skal få den endelige versjonen. Lås det først med «lås referat ${date}», og be så om «referat arkiv ${date}».`,
      `The minutes of ${date} are not locked, so they cannot go to the archive yet: the archive gets the final version. Lock them first with "lock minutes ${date}", then ask for "minutes archive ${date}".`,
    ),
  archiveReady: (l: Locale, date: string, number: string, link: string) =>
    pick(
      l,
      `Arkivpakken for referatet fra ${date} (møtenummer ${number}: referat.pdf, metadata.json og metadata.xml i en zip-fil) er klar: ${link}\nLenken er personlig og gjelder i 24 timer. Last pakken opp i kommunens arkivsystem; Referent er ikke et arkiv.`,
      `The archive package of the minutes of ${date} (meeting number ${number}: referat.pdf, metadata.json and metadata.xml in a zip file) is ready: ${link}\nThe link is personal and valid for 24 hours. Import the package into the municipality's archive system; Referent is not an archive.`,
    ),
  badDate: (l: Locale, word: string) => pick(l, `«${word}» er ikke en dato. Skriv datoen som dd.mm.åååå.`, `"${word}" is not a date. Write it as dd.mm.yyyy.`),
  noMeetingOn: (l: Locale, date: string) => pick(l, `Gruppen har ikke noe møte ${date}.`, `The group has no meeting on ${date}.`),
  noHeldMeeting: (l: Locale) =>
    pick(
      l,
      'Ingen møter er holdt ennå, så det finnes ikke noe referat. Start et møte med «start».',
      'No meeting has been held yet, so there are no minutes. Start a meeting with "start".',
    ),
  noNextMeeting: (l: Locale) => pick(l, 'Gruppen har ingen møter. Opprett et med «nytt møte».', 'The group has no meetings. Create one with "new meeting".'),
  linkReady: (l: Locale, kind: 'referat' | 'innkalling', date: string, format: string, link: string) =>
    pick(
      l,
      `${kindName(l, kind)} for møtet ${date} (${format}) er klart: ${link}\nLenken er personlig og gjelder i 24 timer. Hver eksport lagres som en egen versjon.`,
      `${kindName(l, kind)} of the meeting on ${date} (${format}) is ready: ${link}\nThe link is personal and valid for 24 hours. Every export is kept as a version.`,
    ),
  alreadyLocked: (l: Locale, date: string) =>
    pick(l, `Referatet fra ${date} er allerede låst. Ingenting ble endret.`, `The minutes of ${date} are already locked. Nothing was changed.`),
  notEnded: (l: Locale, date: string) =>
    pick(
      l,
      `Møtet ${date} er ikke avsluttet ennå. Avslutt det med «avslutt» før referatet låses.`,
      `The meeting on ${date} has not ended yet. End it with "end" before locking the minutes.`,
    ),
  locked: (l: Locale, date: string) =>
    pick(
      l,
      `Referatet fra ${date} er låst. Nye innspill og endringer i vedtak blir avvist.`,
      `The minutes of ${date} are locked. New input and changes to decisions are refused.`,
    ),
  meetingLocked: (l: Locale, date: string) =>
    pick(
      l,
      `Referatet fra møtet ${date} er låst, så det kan ikke endres lenger. Ta kontakt med sekretariatet.`,
      `The minutes of the meeting on ${date} are locked and can no longer be changed. Contact the secretariat.`,
    ),
};
