import { MAX_INPUT_CHARS, meetingDate, osloClock, osloDate, type MeetingWindow } from '../domain/input';
import type { Input } from '../domain/meeting-types';
import { labelsIn, pick, type Locale, type Text } from '../domain/language';

/** The answers of the round-table input capability (issue #5), Bokmål, nynorsk and English. */
const day = (w: MeetingWindow) => meetingDate(w.date);
const when = (d: Date, l: Locale) => `${osloDate(d)} ${pick(l, { nb: 'kl.', nn: 'kl.', en: 'at' })} ${osloClock(d)}`;

const INPUT_LABELS = {
  send: { nb: 'Send inn', nn: 'Send inn', en: 'Send' },
  cancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  replace: { nb: 'Erstatt', nn: 'Byt ut', en: 'Replace' },
  append: { nb: 'Legg til', nn: 'Legg til', en: 'Add to it' },
  edit: { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  save: { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  withdraw: { nb: 'Trekk innspill', nn: 'Trekk innspel', en: 'Withdraw' },
  bySecretariat: { nb: ' · lagt inn av sekretariatet', nn: ' · lagt inn av sekretariatet', en: ' · entered by the secretariat' },
  bySecretariatShort: { nb: ' (sekretariatet)', nn: ' (sekretariatet)', en: ' (secretariat)' },
  remind: { nb: 'Send påminnelse', nn: 'Send påminning', en: 'Send reminder' },
} satisfies Record<string, Text>;

/** The buttons and small labels of the input cards. */
export const inputLabels = (l: Locale) => labelsIn(l, INPUT_LABELS);

export const inputTexts = {
  empty: (l: Locale) =>
    pick(l, {
      nb: 'Innspillet er tomt. Skriv teksten etter kommandoen, for eksempel «innspill Vi har startet arbeidet med …».',
      nn: 'Innspelet er tomt. Skriv teksten etter kommandoen, til dømes «innspel Vi har starta arbeidet med …».',
      en: 'The input is empty. Write the text after the command, e.g. "input We have started work on …".',
    }),
  tooLong: (l: Locale, length: number) =>
    pick(l, {
      nb: `Innspillet er ${length} tegn; høyst ${MAX_INPUT_CHARS} tegn får plass. Korte det ned og send det igjen. Ingenting ble lagret.`,
      nn: `Innspelet er på ${length} teikn, men det er plass til høgst ${MAX_INPUT_CHARS} teikn. Gjer det kortare og send det på nytt. Ingenting vart lagra.`,
      en: `The input is ${length} characters; at most ${MAX_INPUT_CHARS} fit. Shorten it and send it again. Nothing was saved.`,
    }),
  notOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner deg ikke på deltakerlisten til noen gruppe, så jeg vet ikke hvilken organisasjon innspillet gjelder. Be sekretariatet legge deg til på deltakerlisten. Ingenting ble lagret.',
      nn: 'Eg finn deg ikkje på deltakarlista til nokon gruppe, så eg veit ikkje kva organisasjon innspelet gjeld. Be sekretariatet om å leggje deg til på deltakarlista. Ingenting vart lagra.',
      en: 'I cannot find you on the roster of any group, so I do not know which organization the input is for. Ask the secretariat to add you to the roster. Nothing was saved.',
    }),
  noWindow: (l: Locale) =>
    pick(l, {
      nb: 'Ingen møter tar imot innspill nå: innkallingen til neste møte er ikke sendt ut ennå. Prøv igjen når innkallingen er kommet. Ingenting ble lagret.',
      nn: 'Ingen møte tek imot innspel no: innkallinga til neste møte er ikkje send ut enno. Prøv igjen når innkallinga er komen. Ingenting vart lagra.',
      en: 'No meeting takes input right now: the notice of the next meeting has not been published yet. Try again once it is out. Nothing was saved.',
    }),
  deadlinePassed: (l: Locale, w: MeetingWindow, deadline: Date) =>
    pick(l, {
      nb: `Fristen for innspill til møtet ${day(w)} gikk ut ${when(deadline, l)}. Ingenting ble lagret; send innspillet til sekretariatet hvis det likevel skal med.`,
      nn: `Fristen for innspel til møtet ${day(w)} gjekk ut ${when(deadline, l)}. Ingenting vart lagra. Send innspelet til sekretariatet dersom det likevel skal vere med.`,
      en: `The deadline for input to the meeting of ${day(w)} passed on ${when(deadline, l)}. Nothing was saved; send it to the secretariat if it should still be included.`,
    }),
  locked: (l: Locale, w: MeetingWindow) =>
    pick(l, {
      nb: `Referatet fra møtet ${day(w)} er låst, så innspill kan ikke lenger endres. Ingenting ble lagret.`,
      nn: `Referatet frå møtet ${day(w)} er låst, så innspel kan ikkje endrast lenger. Ingenting vart lagra.`,
      en: `The minutes of the meeting of ${day(w)} are locked, so input can no longer be changed. Nothing was saved.`,
    }),
  received: (l: Locale, r: Input['received']) =>
    pick(
      l,
      {
        before: { nb: 'sendt inn før møtet', nn: 'sendt inn før møtet', en: 'sent before the meeting' },
        during: { nb: 'sendt inn under møtet', nn: 'sendt inn under møtet', en: 'sent during the meeting' },
        after: { nb: 'mottatt etter møtet', nn: 'motteke etter møtet', en: 'received after the meeting' },
      }[r],
    ),
  meetingLine: (l: Locale, w: MeetingWindow, groupName: string | undefined, deadline: Date) =>
    pick(l, {
      nb: `Møtet ${day(w)}${groupName ? ` i ${groupName}` : ''} · frist for innspill ${when(deadline, l)}`,
      nn: `Møtet ${day(w)}${groupName ? ` i ${groupName}` : ''} · frist for innspel ${when(deadline, l)}`,
      en: `Meeting of ${day(w)}${groupName ? ` in ${groupName}` : ''} · input deadline ${when(deadline, l)}`,
    }),
  previewTitle: (l: Locale) =>
    pick(l, {
      nb: 'Slik blir innspillet ditt stående i referatet',
      nn: 'Slik kjem innspelet ditt til å stå i referatet',
      en: 'This is how your input will stand in the minutes',
    }),
  previewNote: (l: Locale) =>
    pick(l, {
      nb: 'Trykk «Send inn» for å lagre det, eller «Avbryt».',
      nn: 'Trykk «Send inn» for å lagre det, eller «Avbryt».',
      en: 'Press "Send" to store it, or "Cancel".',
    }),
  storedTitle: (l: Locale) => pick(l, { nb: 'Innspillet er lagret', nn: 'Innspelet er lagra', en: 'Your input is stored' }),
  stored: (l: Locale, org: string, received: Input['received']) =>
    pick(l, {
      nb: `Takk! Innspillet for ${org} er lagret (${inputTexts.received(l, received)}). Skriv «mine innspill» for å se, endre eller trekke det.`,
      nn: `Takk! Innspelet for ${org} er lagra (${inputTexts.received(l, received)}). Skriv «mine innspel» for å sjå, endre eller trekkje det.`,
      en: `Thank you! The input for ${org} is stored (${inputTexts.received(l, received)}). Type "my input" to see, edit or withdraw it.`,
    }),
  duplicate: (l: Locale, org: string) =>
    pick(l, {
      nb: `Dette innspillet for ${org} er allerede lagret. Det er lagret én gang.`,
      nn: `Dette innspelet for ${org} er allereie lagra. Det er lagra éin gong.`,
      en: `This input for ${org} is already stored, once.`,
    }),
  /** #16 §2: the stored input on the «replace or add» card, shortened only so the card fits in one Teams message. */
  existingShortened: (l: Locale, shown: number, total: number) =>
    pick(l, {
      nb: `Det lagrede innspillet er langt, så kortet viser de første ${shown} av ${total} tegn. «Legg til» beholder hele teksten.`,
      nn: `Det lagra innspelet er langt, så kortet viser dei første ${shown} av ${total} teikna. «Legg til» held på heile teksten.`,
      en: `The stored input is long, so the card shows the first ${shown} of ${total} characters. "Add to it" keeps the whole text.`,
    }),
  existsTitle: (l: Locale) =>
    pick(l, { nb: 'Du har allerede sendt inn et innspill', nn: 'Du har allereie sendt inn eit innspel', en: 'You have already sent input' }),
  existsNote: (l: Locale, org: string) =>
    pick(l, {
      nb: `${org} har allerede et innspill til dette møtet (over). Vil du erstatte det med den nye teksten, eller legge den nye teksten til?`,
      nn: `${org} har allereie eit innspel til dette møtet (ovanfor). Vil du byte det ut med den nye teksten, eller leggje den nye teksten til?`,
      en: `${org} already has input for this meeting (above). Replace it with the new text, or add the new text to it?`,
    }),
  newText: (l: Locale) => pick(l, { nb: 'Ny tekst:', nn: 'Ny tekst:', en: 'New text:' }),
  cancelled: (l: Locale) => pick(l, { nb: 'Avbrutt. Ingenting ble lagret.', nn: 'Avbrote. Ingenting vart lagra.', en: 'Cancelled. Nothing was saved.' }),
  draftGone: (l: Locale) =>
    pick(l, {
      nb: 'Dette utkastet finnes ikke lenger (det er sendt inn, avbrutt eller erstattet av et nyere). Skriv innspillet på nytt hvis noe mangler.',
      nn: 'Dette utkastet finst ikkje lenger (det er sendt inn, avbrote eller bytt ut med eit nyare). Skriv innspelet på nytt dersom noko manglar.',
      en: 'This draft no longer exists (it was sent, cancelled or replaced by a newer one). Write your input again if something is missing.',
    }),
  pickTitle: (l: Locale) =>
    pick(l, {
      nb: 'Hvilket møte og hvilken organisasjon gjelder innspillet?',
      nn: 'Kva møte og kva organisasjon gjeld innspelet?',
      en: 'Which meeting and organization is the input for?',
    }),
  notYours: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten for denne organisasjonen i et møte som tar imot innspill. Ingenting ble endret.',
      nn: 'Du står ikkje på deltakarlista for denne organisasjonen i eit møte som tek imot innspel. Ingenting vart endra.',
      en: 'You are not on the roster for this organization in a meeting that takes input. Nothing was changed.',
    }),
  mineTitle: (l: Locale) => pick(l, { nb: 'Dine innspill', nn: 'Innspela dine', en: 'Your input' }),
  mineNone: (l: Locale) =>
    pick(l, {
      nb: 'Du har ikke sendt inn noe innspill til møter som tar imot innspill nå. Skriv innspillet ditt her i chatten, så viser jeg hvordan det blir stående i referatet.',
      nn: 'Du har ikkje sendt inn noko innspel til møte som tek imot innspel no. Skriv innspelet ditt her i chatten, så viser eg korleis det kjem til å stå i referatet.',
      en: 'You have not sent input to any meeting that takes input now. Write your input here in the chat and I will show how it will stand in the minutes.',
    }),
  withdrawn: (l: Locale, orgs: string[]) =>
    pick(l, {
      nb: `Innspillet for ${orgs.join(', ')} er trukket og kommer ikke med i referatet.`,
      nn: `Innspelet for ${orgs.join(', ')} er trekt og kjem ikkje med i referatet.`,
      en: `The input for ${orgs.join(', ')} is withdrawn and will not be in the minutes.`,
    }),
  nothingToWithdraw: (l: Locale) =>
    pick(l, { nb: 'Du har ikke noe innspill å trekke.', nn: 'Du har ikkje noko innspel å trekkje.', en: 'You have no input to withdraw.' }),
  edited: (l: Locale, org: string) =>
    pick(l, { nb: `Innspillet for ${org} er endret.`, nn: `Innspelet for ${org} er endra.`, en: `The input for ${org} is updated.` }),
  forUsage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «innspill for <organisasjon>: <tekst>», for eksempel «innspill for Horten kommune: Intercity …».',
      nn: 'Skriv «innspel for <organisasjon>: <tekst>», til dømes «innspel for Horten kommune: Intercity …».',
      en: 'Write "input for <organization>: <text>", e.g. "input for Horten kommune: Intercity …".',
    }),
  orgUnknown: (l: Locale, org: string) =>
    pick(l, {
      nb: `Fant ingen organisasjon på deltakerlisten som heter «${org}». Ingenting ble lagret.`,
      nn: `Fann ingen organisasjon på deltakarlista som heiter «${org}». Ingenting vart lagra.`,
      en: `No organization on the roster is called "${org}". Nothing was saved.`,
    }),
  orgAmbiguous: (l: Locale, org: string, names: string[]) =>
    pick(l, {
      nb: `«${org}» passer med flere organisasjoner: ${names.join(', ')}. Skriv hele navnet.`,
      nn: `«${org}» passar med fleire organisasjonar: ${names.join(', ')}. Skriv heile namnet.`,
      en: `"${org}" matches several organizations: ${names.join(', ')}. Write the full name.`,
    }),
  enteredForOrg: (l: Locale, org: string, replaced: boolean) =>
    pick(l, {
      nb: `Innspillet for ${org} er ${replaced ? 'erstattet' : 'lagret'}, merket som lagt inn av sekretariatet.`,
      nn: `Innspelet for ${org} er ${replaced ? 'bytt ut' : 'lagra'} og merkt som lagt inn av sekretariatet.`,
      en: `The input for ${org} is ${replaced ? 'replaced' : 'stored'}, marked as entered by the secretariat.`,
    }),
  secretariatInGroupChat: (l: Locale) =>
    pick(l, {
      nb: 'Dette gjør sekretariatet i gruppens chat eller kanal, der jeg vet hvilken gruppe det gjelder.',
      nn: 'Dette gjer sekretariatet i chatten eller kanalen til gruppa, der eg veit kva gruppe det gjeld.',
      en: "The secretariat does this in the group's chat or channel, where I know which group it is.",
    }),
  noMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe møte med publisert innkalling ennå.',
      nn: 'Gruppa har ikkje noko møte med publisert innkalling enno.',
      en: 'The group has no meeting with a published notice yet.',
    }),
  statusTitle: (l: Locale, w: MeetingWindow) =>
    pick(l, {
      nb: `Innspill til møtet ${day(w)}${w.state === 'cancelled' ? ' (avlyst)' : ''}`,
      nn: `Innspel til møtet ${day(w)}${w.state === 'cancelled' ? ' (avlyst)' : ''}`,
      en: `Input for the meeting of ${day(w)}${w.state === 'cancelled' ? ' (cancelled)' : ''}`,
    }),
  statusSummary: (l: Locale, x: number, y: number) =>
    pick(l, {
      nb: `${x} av ${y} organisasjoner har sendt innspill`,
      nn: `${x} av ${y} organisasjonar har sendt innspel`,
      en: `${x} of ${y} organizations have sent input`,
    }),
  statusMissing: (l: Locale) => pick(l, { nb: 'Mangler:', nn: 'Manglar:', en: 'Missing:' }),
  statusReceived: (l: Locale) => pick(l, { nb: 'Mottatt:', nn: 'Motteke:', en: 'Received:' }),
  none: (l: Locale) => pick(l, { nb: 'Ingen', nn: 'Ingen', en: 'None' }),
  reminder: (l: Locale, groupName: string, org: string, w: MeetingWindow, deadline: Date) =>
    pick(l, {
      nb: `Påminnelse fra ${groupName}: vi mangler innspill fra ${org} til runden rundt bordet på møtet ${day(w)}. Skriv innspillet ditt her i chatten før fristen ${when(deadline, l)}.`,
      nn: `Påminning frå ${groupName}: vi manglar innspel frå ${org} til runden rundt bordet på møtet ${day(w)}. Skriv innspelet ditt her i chatten før fristen ${when(deadline, l)}.`,
      en: `Reminder from ${groupName}: we are missing input from ${org} for the round table of the meeting of ${day(w)}. Write your input here in this chat before the deadline ${when(deadline, l)}.`,
    }),
  remindNoneMissing: (l: Locale) =>
    pick(l, {
      nb: 'Alle organisasjoner har sendt innspill. Ingen påminnelser sendt.',
      nn: 'Alle organisasjonane har sendt innspel. Ingen påminningar er sende.',
      en: 'Every organization has sent input. No reminders sent.',
    }),
  remindDone: (l: Locale, sent: number, unreachable: string[]) =>
    pick(l, {
      nb:
        `Påminnelse sendt til ${sent} ${sent === 1 ? 'person' : 'personer'}.` +
        (unreachable.length
          ? `\nKunne ikke nå (har ikke startet en chat med meg, eller sending feilet) – kontakt dem direkte:\n${unreachable.map((u) => `• ${u}`).join('\n')}`
          : ''),
      nn:
        `Påminning er send til ${sent} ${sent === 1 ? 'person' : 'personar'}.` +
        (unreachable.length
          ? `\nNådde ikkje desse (dei har ikkje starta ein chat med meg, eller sendinga feila). Kontakt dei direkte:\n${unreachable.map((u) => `• ${u}`).join('\n')}`
          : ''),
      en:
        `Reminder sent to ${sent} ${sent === 1 ? 'person' : 'people'}.` +
        (unreachable.length
          ? `\nCould not reach (no chat with me yet, or sending failed) – contact them directly:\n${unreachable.map((u) => `• ${u}`).join('\n')}`
          : ''),
    }),
};
