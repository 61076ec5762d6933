import { labelsIn, pick, type Locale } from '../domain/language';

/** The answers of `avlys møte` / `cancel meeting` and of a cancelled meeting (Bokmål, nynorsk, English). */

const people = (l: Locale, n: number) =>
  pick(l, { nb: n === 1 ? 'person' : 'personer', nn: n === 1 ? 'person' : 'personar', en: n === 1 ? 'person' : 'people' });

export const cancelTexts = {
  title: (l: Locale, date: string) => pick(l, { nb: `Avlys møtet ${date}?`, nn: `Avlyse møtet ${date}?`, en: `Cancel the meeting on ${date}?` }),
  askText: (l: Locale, when: string) =>
    pick(l, {
      nb: `${when}. Fristen for innspill stenges. Innspill som er sendt inn, blir tatt vare på, og de som har sendt dem, får beskjed. Møtet kan settes opp igjen med «flytt møte».`,
      nn: `${when}. Fristen for innspel blir stengd. Innspel som er sende inn, blir tekne vare på, og dei som har sendt dei, får melding. Møtet kan setjast opp igjen med «flytt møte».`,
      en: `${when}. The input window closes. Input already sent is kept, and those who sent it are told. The meeting can be set up again with "move meeting".`,
    }),
  labels: (l: Locale) =>
    labelsIn(l, {
      cancel: { nb: 'Avlys møtet', nn: 'Avlys møtet', en: 'Cancel the meeting' },
      keep: { nb: 'Avbryt', nn: 'Avbryt', en: 'Keep it' },
    }),
  kept: (l: Locale) =>
    pick(l, {
      nb: 'Møtet ble ikke avlyst. Ingenting ble endret.',
      nn: 'Møtet vart ikkje avlyst. Ingenting vart endra.',
      en: 'The meeting was not cancelled. Nothing was changed.',
    }),
  noMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe kommende møte å avlyse. Ingenting ble endret.',
      nn: 'Gruppa har ikkje noko komande møte å avlyse. Ingenting vart endra.',
      en: 'The group has no coming meeting to cancel. Nothing was changed.',
    }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har ikke noe møte ${date}. Ingenting ble endret.`,
      nn: `Gruppa har ikkje noko møte ${date}. Ingenting vart endra.`,
      en: `The group has no meeting on ${date}. Nothing was changed.`,
    }),
  badDate: (l: Locale, word: string) =>
    pick(l, {
      nb: `«${word}» er ikke en dato (dd.mm.åååå). Ingenting ble endret.`,
      nn: `«${word}» er ikkje ein dato (dd.mm.åååå). Ingenting vart endra.`,
      en: `"${word}" is not a date (dd.mm.yyyy). Nothing was changed.`,
    }),
  ended: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er allerede holdt og avsluttet, så det kan ikke avlyses. Ingenting ble endret.`,
      nn: `Møtet ${date} er alt halde og avslutta, så det kan ikkje avlysast. Ingenting vart endra.`,
      en: `The meeting on ${date} has already been held and ended, so it cannot be cancelled. Nothing was changed.`,
    }),
  running: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er i gang og kan ikke avlyses. Avslutt det med «avslutt». Ingenting ble endret.`,
      nn: `Møtet ${date} er i gang og kan ikkje avlysast. Avslutt det med «avslutt». Ingenting vart endra.`,
      en: `The meeting on ${date} is running and cannot be cancelled. End it with "end". Nothing was changed.`,
    }),
  already: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er allerede avlyst. Ingenting ble endret. Sett det opp igjen med «flytt møte».`,
      nn: `Møtet ${date} er alt avlyst. Ingenting vart endra. Set det opp igjen med «flytt møte».`,
      en: `The meeting on ${date} is already cancelled. Nothing was changed. Set it up again with "move meeting".`,
    }),
  cancelled: (l: Locale, date: string, told: number, unreachable: readonly string[]) => {
    const names = unreachable.join(', ');
    return pick(l, {
      nb:
        `Møtet ${date} er avlyst, og fristen for innspill er stengt.` +
        (told ? ` ${told} ${people(l, told)} som har sendt innspill, har fått beskjed om at innspillet er tatt vare på.` : '') +
        (names ? ` Jeg nådde ikke: ${names}.` : ''),
      nn:
        `Møtet ${date} er avlyst, og fristen for innspel er stengd.` +
        (told ? ` ${told} ${people(l, told)} som har sendt innspel, har fått melding om at innspelet er teke vare på.` : '') +
        (names ? ` Eg nådde ikkje: ${names}.` : ''),
      en:
        `The meeting on ${date} is cancelled, and the input window is closed.` +
        (told ? ` ${told} ${people(l, told)} who sent input ${told === 1 ? 'was' : 'were'} told their input is kept.` : '') +
        (names ? ` I could not reach: ${names}.` : ''),
    });
  },
  /** In the personal chat of someone who sent input. */
  inputKept: (l: Locale, group: string, date: string) =>
    pick(l, {
      nb: `Møtet i ${group} ${date} er avlyst. Innspillet ditt er tatt vare på og følger møtet hvis det settes opp igjen.`,
      nn: `Møtet i ${group} ${date} er avlyst. Innspelet ditt er teke vare på og følgjer møtet viss det blir sett opp igjen.`,
      en: `The meeting of ${group} on ${date} is cancelled. Your input is kept and follows the meeting if it is set up again.`,
    }),
  /** Input sent to a cancelled meeting. */
  inputRefused: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er avlyst, så det tar ikke imot innspill. Innspill du har sendt fra før, er tatt vare på. Ingenting ble lagret.`,
      nn: `Møtet ${date} er avlyst, så det tek ikkje imot innspel. Innspel du har sendt frå før, er tekne vare på. Ingenting vart lagra.`,
      en: `The meeting on ${date} is cancelled, so it takes no input. Input you sent before is kept. Nothing was saved.`,
    }),
  cannotStart: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er avlyst og kan ikke startes. Sekretariatet kan sette det opp igjen med «flytt møte». Ingenting ble endret.',
      nn: 'Møtet er avlyst og kan ikkje startast. Sekretariatet kan setje det opp igjen med «flytt møte». Ingenting vart endra.',
      en: 'The meeting is cancelled and cannot be started. The secretariat can set it up again with "move meeting". Nothing was changed.',
    }),
  noApproval: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er avlyst, så godkjenningen kan ikke lukkes. Sett møtet opp igjen med «flytt møte». Ingenting ble endret.',
      nn: 'Møtet er avlyst, så godkjenninga kan ikkje lukkast. Set møtet opp igjen med «flytt møte». Ingenting vart endra.',
      en: 'The meeting is cancelled, so the approval cannot be closed. Set the meeting up again with "move meeting". Nothing was changed.',
    }),
  noReminder: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er avlyst, så jeg sender ingen påminnelse om innspill. Ingenting ble sendt.`,
      nn: `Møtet ${date} er avlyst, så eg sender inga påminning om innspel. Ingenting vart sendt.`,
      en: `The meeting on ${date} is cancelled, so I send no reminder about input. Nothing was sent.`,
    }),
  revived: (l: Locale) =>
    pick(l, {
      nb: 'Møtet var avlyst og er satt opp igjen.',
      nn: 'Møtet var avlyst og er sett opp igjen.',
      en: 'The meeting was cancelled and is set up again.',
    }),
};
