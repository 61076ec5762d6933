import { pick, type Locale, type Text } from '../domain/language';

const kindName = (l: Locale, kind: 'referat' | 'innkalling') =>
  kind === 'referat' ? pick(l, { nb: 'Referatet', nn: 'Referatet', en: 'The minutes' }) : pick(l, { nb: 'Innkallingen', nn: 'Innkallinga', en: 'The notice' });

/** The download card's title and button per document; «{f}» is the format (md, docx, …). */
const DOWNLOAD: Record<'referat' | 'innkalling' | 'arkiv' | 'ics', { title: Text; button: Text }> = {
  referat: {
    title: { nb: 'Referat ({f})', nn: 'Referat ({f})', en: 'Minutes ({f})' },
    button: { nb: 'Last ned referat ({f})', nn: 'Last ned referat ({f})', en: 'Download the minutes ({f})' },
  },
  innkalling: {
    title: { nb: 'Innkalling ({f})', nn: 'Innkalling ({f})', en: 'Notice ({f})' },
    button: { nb: 'Last ned innkalling ({f})', nn: 'Last ned innkalling ({f})', en: 'Download the notice ({f})' },
  },
  arkiv: {
    title: { nb: 'Arkivpakke (zip)', nn: 'Arkivpakke (zip)', en: 'Archive package (zip)' },
    button: { nb: 'Last ned arkivpakken', nn: 'Last ned arkivpakken', en: 'Download the archive package' },
  },
  ics: {
    title: { nb: 'Kalenderinvitasjon (ics)', nn: 'Kalenderinvitasjon (ics)', en: 'Calendar invitation (ics)' },
    button: { nb: 'Legg i kalender', nn: 'Legg i kalenderen', en: 'Add to calendar' },
  },
};
const downloadTitle = (l: Locale, which: keyof typeof DOWNLOAD, format: string) => ({
  title: pick(l, DOWNLOAD[which].title).replace('{f}', format),
  button: pick(l, DOWNLOAD[which].button).replace('{f}', format),
});

/** The download route's answers, in the language the browser asks for (Accept-Language). */
export const downloadTexts = {
  expired: {
    nb: 'Lenken er utløpt. Be om en ny med «referat» i Teams.',
    nn: 'Lenkja har gått ut. Be om ei ny med «referat» i Teams.',
    en: 'The link has expired. Ask for a new one with "minutes" in Teams.',
  },
  invalid: { nb: 'Ugyldig lenke.', nn: 'Lenkja er ikkje gyldig.', en: 'The link is not valid.' },
  missing: { nb: 'Fant ikke dokumentet.', nn: 'Fann ikkje dokumentet.', en: 'The document was not found.' },
  withdrawn: {
    nb: 'Dokumentet er trukket tilbake fordi en deltaker har fått slettet sine data etter at det ble laget. Be om et nytt med «referat» i Teams.',
    nn: 'Dokumentet er trekt tilbake fordi ein deltakar har fått sletta dataa sine etter at det vart laga. Be om eit nytt med «referat» i Teams.',
    en: 'The document is withdrawn because a participant had their data erased after it was made. Ask for a new one with "minutes" in Teams.',
  },
  unavailable: {
    nb: 'Dokumentet kan ikke hentes akkurat nå. Prøv igjen om litt.',
    nn: 'Dokumentet kan ikkje hentast akkurat no. Prøv igjen om litt.',
    en: 'The document cannot be fetched right now. Please try again shortly.',
  },
} satisfies Record<string, Text>;

/** Answers of the export and locking commands, Bokmål, nynorsk and English. */
export const minutesTexts = {
  sentPrivately: (l: Locale) =>
    pick(l, {
      nb: 'Jeg har sendt lenken til deg privat, i chatten din med Referent.',
      nn: 'Eg har sendt lenkja til deg privat, i chatten din med Referent.',
      en: 'I have sent you the link privately, in your chat with Referent.',
    }),
  cannotSendPrivately: (l: Locale) =>
    pick(l, {
      nb: 'Lenken er personlig, så den vises ikke her, men jeg får ikke sendt den til deg privat: åpne en chat med Referent (søk etter Referent i Teams og skriv «hjelp»), og be om den der.',
      nn: 'Lenkja er personleg, så ho blir ikkje vist her, men eg får ikkje sendt henne til deg privat. Opne ein chat med Referent (søk etter Referent i Teams og skriv «hjelp»), og be om lenkja der.',
      en: 'The link is personal, so it is not shown here, but I cannot send it to you privately: open a chat with Referent (search for Referent in Teams and type "help"), and ask for it there.',
    }),
  badFormat: (l: Locale, word: string) =>
    pick(l, {
      nb: `Jeg kjenner ikke formatet «${word}». Velg docx, md, html, pdf eller arkiv, for eksempel «referat docx».`,
      nn: `Eg kjenner ikkje formatet «${word}». Vel docx, md, html, pdf eller arkiv, til dømes «referat docx».`,
      en: `I don't know the format "${word}". Choose docx, md, html, pdf or archive, e.g. "minutes docx".`,
    }),
  icsIsForInnkalling: (l: Locale) =>
    pick(l, {
      nb: 'En kalenderinvitasjon (ics) finnes bare for innkallingen. Skriv «innkalling ics».',
      nn: 'Ein kalenderinvitasjon (ics) finst berre for innkallinga. Skriv «innkalling ics».',
      en: 'A calendar invitation (ics) exists for the notice only. Type "notice ics".',
    }),
  calendarButton: (l: Locale) => pick(l, { nb: 'Legg i kalender', nn: 'Legg i kalenderen', en: 'Add to calendar' }),
  calendarNoMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner ikke møtet på dette kortet. Ingenting ble sendt.',
      nn: 'Eg finn ikkje møtet på dette kortet. Ingenting vart sendt.',
      en: 'I cannot find the meeting on this card. Nothing was sent.',
    }),
  calendarNotOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så jeg sender deg ikke kalenderinvitasjonen. Be sekretariatet legge deg til. Ingenting ble sendt.',
      nn: 'Du står ikkje på deltakarlista til gruppa, så eg sender deg ikkje kalenderinvitasjonen. Be sekretariatet om å leggje deg til. Ingenting vart sendt.',
      en: "You are not on the group's roster, so I am not sending you the calendar invitation. Ask the secretariat to add you. Nothing was sent.",
    }),
  icsReady: (l: Locale, date: string) =>
    pick(l, {
      nb: `Kalenderinvitasjonen for møtet ${date} (ics) er klar. Åpne den for å legge møtet i kalenderen din; en ny fil etter en flytting oppdaterer den samme avtalen. Lenken er personlig.`,
      nn: `Kalenderinvitasjonen for møtet ${date} (ics) er klar. Opne ho for å leggje møtet i kalenderen din. Ei ny fil etter ei flytting oppdaterer den same avtalen. Lenkja er personleg.`,
      en: `The calendar invitation for the meeting on ${date} (ics) is ready. Open it to add the meeting to your calendar; a new file after a move updates the same event. The link is personal.`,
    }),
  icsCancelledReady: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er avlyst. Kalenderfilen (ics) avlyser avtalen i kalenderen når den åpnes. Lenken er personlig.`,
      nn: `Møtet ${date} er avlyst. Kalenderfila (ics) avlyser avtalen i kalenderen når du opnar ho. Lenkja er personleg.`,
      en: `The meeting on ${date} is cancelled. The calendar file (ics) cancels the event in your calendar when opened. The link is personal.`,
    }),
  archiveNotLocked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra ${date} er ikke låst, så det kan ikke sendes til arkivet ennå: arkivet skal få den endelige versjonen. Lås det først med «lås referat ${date}», og be så om «referat arkiv ${date}».`,
      nn: `Referatet frå ${date} er ikkje låst, så det kan ikkje sendast til arkivet enno. Arkivet skal få den endelege versjonen. Lås referatet først med «lås referat ${date}», og be så om «referat arkiv ${date}».`,
      en: `The minutes of ${date} are not locked, so they cannot go to the archive yet: the archive gets the final version. Lock them first with "lock minutes ${date}", then ask for "minutes archive ${date}".`,
    }),
  archiveReady: (l: Locale, date: string, number: string) =>
    pick(l, {
      nb: `Arkivpakken for referatet fra ${date} (møtenummer ${number}: referat.pdf, metadata.json og metadata.xml i en zip-fil) er klar. Lenken er personlig. Last pakken opp i kommunens arkivsystem; Referent er ikke et arkiv.`,
      nn: `Arkivpakken for referatet frå ${date} (møtenummer ${number}: referat.pdf, metadata.json og metadata.xml i ei zip-fil) er klar. Lenkja er personleg. Last pakken opp i arkivsystemet til kommunen. Referent er ikkje eit arkiv.`,
      en: `The archive package of the minutes of ${date} (meeting number ${number}: referat.pdf, metadata.json and metadata.xml in a zip file) is ready. The link is personal. Import the package into the municipality's archive system; Referent is not an archive.`,
    }),
  badDate: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en dato. Skriv datoen som dd.mm.åååå.`,
      nn: `«${word}» er ikkje ein dato. Skriv datoen som dd.mm.åååå.`,
      en: `"${word}" is not a date. Write it as dd.mm.yyyy.`,
    }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, { nb: `Gruppen har ikke noe møte ${date}.`, nn: `Gruppa har ikkje noko møte ${date}.`, en: `The group has no meeting on ${date}.` }),
  noHeldMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Ingen møter er holdt ennå, så det finnes ikke noe referat. Start et møte med «start».',
      nn: 'Ingen møte er haldne enno, så det finst ikkje noko referat. Start eit møte med «start».',
      en: 'No meeting has been held yet, so there are no minutes. Start a meeting with "start".',
    }),
  noNextMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ingen møter. Opprett et med «nytt møte».',
      nn: 'Gruppa har ingen møte. Opprett eit møte med «nytt møte».',
      en: 'The group has no meetings. Create one with "new meeting".',
    }),
  /** The line above the download card (#16 §3): what is ready; the card carries the link. */
  linkReady: (l: Locale, kind: 'referat' | 'innkalling', date: string, format: string) =>
    pick(l, {
      nb: `${kindName(l, kind)} for møtet ${date} (${format}) er klart. Lenken er personlig.`,
      nn: `${kindName(l, kind)} for møtet ${date} (${format}) er ${kind === 'referat' ? 'klart' : 'klar'}. Lenkja er personleg.`,
      en: `${kindName(l, kind)} of the meeting on ${date} (${format}) is ready. The link is personal.`,
    }),
  /** The download card's words. */
  downloadCard: (l: Locale, kind: 'referat' | 'innkalling' | 'arkiv', format: string) => ({
    ...downloadTitle(l, format === 'ics' ? 'ics' : kind, format),
    labels: {
      meeting: pick(l, { nb: 'Møte', nn: 'Møte', en: 'Meeting' }),
      version: pick(l, { nb: 'Versjon', nn: 'Versjon', en: 'Version' }),
      validUntil: pick(l, { nb: 'Gyldig til', nn: 'Gyldig til', en: 'Valid until' }),
    },
    note: pick(l, {
      nb: 'Bare du kan bruke lenken. Hver eksport lagres som en egen versjon.',
      nn: 'Berre du kan bruke lenkja. Kvar eksport blir lagra som ein eigen versjon.',
      en: 'Only you can use the link. Every export is kept as a version.',
    }),
    version: (made: string) => pick(l, { nb: `laget ${made}`, nn: `laga ${made}`, en: `made ${made}` }),
  }),
  alreadyLocked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra ${date} er allerede låst. Ingenting ble endret.`,
      nn: `Referatet frå ${date} er allereie låst. Ingenting vart endra.`,
      en: `The minutes of ${date} are already locked. Nothing was changed.`,
    }),
  notEnded: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er ikke avsluttet ennå. Avslutt det med «avslutt» før referatet låses.`,
      nn: `Møtet ${date} er ikkje avslutta enno. Avslutt det med «avslutt» før du låser referatet.`,
      en: `The meeting on ${date} has not ended yet. End it with "end" before locking the minutes.`,
    }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra ${date} er låst. Nye innspill og endringer i vedtak blir avvist.`,
      nn: `Referatet frå ${date} er låst. Nye innspel og endringar i vedtak blir avviste.`,
      en: `The minutes of ${date} are locked. New input and changes to decisions are refused.`,
    }),
  meetingLocked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra møtet ${date} er låst, så det kan ikke endres lenger. Ta kontakt med sekretariatet.`,
      nn: `Referatet frå møtet ${date} er låst, så det kan ikkje endrast lenger. Ta kontakt med sekretariatet.`,
      en: `The minutes of the meeting on ${date} are locked and can no longer be changed. Contact the secretariat.`,
    }),
};
