import { MAX_INPUT_CHARS, meetingDate, osloClock, osloDate, type MeetingWindow } from '../domain/contribution';
import type { Contribution } from '../domain/meeting-types';
import type { Locale } from './actor';

/** The answers of the round-table input capability (issue #5), Norwegian Bokmål and English. */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];
const day = (w: MeetingWindow) => meetingDate(w.date);
const when = (d: Date, l: Locale) => (l === 'en' ? `${osloDate(d)} at ${osloClock(d)}` : `${osloDate(d)} kl. ${osloClock(d)}`);

export const inputTexts = {
  empty: (l: Locale) =>
    pick(l, {
      nb: 'Innspillet er tomt. Skriv teksten etter kommandoen, for eksempel «innspill Vi har startet arbeidet med …».',
      en: 'The input is empty. Write the text after the command, e.g. "input We have started work on …".',
    }),
  tooLong: (l: Locale, length: number) =>
    pick(l, {
      nb: `Innspillet er ${length} tegn; høyst ${MAX_INPUT_CHARS} tegn får plass. Korte det ned og send det igjen. Ingenting ble lagret.`,
      en: `The input is ${length} characters; at most ${MAX_INPUT_CHARS} fit. Shorten it and send it again. Nothing was saved.`,
    }),
  notOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner deg ikke på deltakerlisten til noen gruppe, så jeg vet ikke hvilken organisasjon innspillet gjelder. Be sekretariatet legge deg til på deltakerlisten. Ingenting ble lagret.',
      en: 'I cannot find you on the roster of any group, so I do not know which organization the input is for. Ask the secretariat to add you to the roster. Nothing was saved.',
    }),
  noWindow: (l: Locale) =>
    pick(l, {
      nb: 'Ingen møter tar imot innspill nå: innkallingen til neste møte er ikke sendt ut ennå. Prøv igjen når innkallingen er kommet. Ingenting ble lagret.',
      en: 'No meeting takes input right now: the notice of the next meeting has not been published yet. Try again once it is out. Nothing was saved.',
    }),
  deadlinePassed: (l: Locale, w: MeetingWindow, deadline: Date) =>
    pick(l, {
      nb: `Fristen for innspill til møtet ${day(w)} gikk ut ${when(deadline, l)}. Ingenting ble lagret; send innspillet til sekretariatet hvis det likevel skal med.`,
      en: `The deadline for input to the meeting of ${day(w)} passed on ${when(deadline, l)}. Nothing was saved; send it to the secretariat if it should still be included.`,
    }),
  locked: (l: Locale, w: MeetingWindow) =>
    pick(l, {
      nb: `Referatet fra møtet ${day(w)} er låst, så innspill kan ikke lenger endres. Ingenting ble lagret.`,
      en: `The minutes of the meeting of ${day(w)} are locked, so input can no longer be changed. Nothing was saved.`,
    }),
  received: (l: Locale, r: Contribution['received']) =>
    pick(
      l,
      {
        before: { nb: 'sendt inn før møtet', en: 'sent before the meeting' },
        during: { nb: 'sendt inn under møtet', en: 'sent during the meeting' },
        after: { nb: 'mottatt etter møtet', en: 'received after the meeting' },
      }[r],
    ),
  meetingLine: (l: Locale, w: MeetingWindow, groupName: string | undefined, deadline: Date) =>
    pick(l, {
      nb: `Møtet ${day(w)}${groupName ? ` i ${groupName}` : ''} · frist for innspill ${when(deadline, l)}`,
      en: `Meeting of ${day(w)}${groupName ? ` in ${groupName}` : ''} · input deadline ${when(deadline, l)}`,
    }),
  previewTitle: (l: Locale) => pick(l, { nb: 'Slik blir innspillet ditt stående i referatet', en: 'This is how your input will stand in the minutes' }),
  previewNote: (l: Locale) => pick(l, { nb: 'Trykk «Send inn» for å lagre det, eller «Avbryt».', en: 'Press "Send" to store it, or "Cancel".' }),
  storedTitle: (l: Locale) => pick(l, { nb: 'Innspillet er lagret', en: 'Your input is stored' }),
  stored: (l: Locale, org: string, received: Contribution['received']) =>
    pick(l, {
      nb: `Takk! Innspillet for ${org} er lagret (${inputTexts.received(l, received)}). Skriv «mine innspill» for å se, endre eller trekke det.`,
      en: `Thank you! The input for ${org} is stored (${inputTexts.received(l, received)}). Type "my input" to see, edit or withdraw it.`,
    }),
  duplicate: (l: Locale, org: string) =>
    pick(l, { nb: `Dette innspillet for ${org} er allerede lagret. Det er lagret én gang.`, en: `This input for ${org} is already stored, once.` }),
  existsTitle: (l: Locale) => pick(l, { nb: 'Du har allerede sendt inn et innspill', en: 'You have already sent input' }),
  existsNote: (l: Locale, org: string) =>
    pick(l, {
      nb: `${org} har allerede et innspill til dette møtet (over). Vil du erstatte det med den nye teksten, eller legge den nye teksten til?`,
      en: `${org} already has input for this meeting (above). Replace it with the new text, or add the new text to it?`,
    }),
  newText: (l: Locale) => pick(l, { nb: 'Ny tekst:', en: 'New text:' }),
  cancelled: (l: Locale) => pick(l, { nb: 'Avbrutt. Ingenting ble lagret.', en: 'Cancelled. Nothing was saved.' }),
  draftGone: (l: Locale) =>
    pick(l, {
      nb: 'Dette utkastet finnes ikke lenger (det er sendt inn, avbrutt eller erstattet av et nyere). Skriv innspillet på nytt hvis noe mangler.',
      en: 'This draft no longer exists (it was sent, cancelled or replaced by a newer one). Write your input again if something is missing.',
    }),
  pickTitle: (l: Locale) => pick(l, { nb: 'Hvilket møte og hvilken organisasjon gjelder innspillet?', en: 'Which meeting and organization is the input for?' }),
  notYours: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten for denne organisasjonen i et møte som tar imot innspill. Ingenting ble endret.',
      en: 'You are not on the roster for this organization in a meeting that takes input. Nothing was changed.',
    }),
  mineTitle: (l: Locale) => pick(l, { nb: 'Dine innspill', en: 'Your input' }),
  mineNone: (l: Locale) =>
    pick(l, {
      nb: 'Du har ikke sendt inn noe innspill til møter som tar imot innspill nå. Skriv innspillet ditt her i chatten, så viser jeg hvordan det blir stående i referatet.',
      en: 'You have not sent input to any meeting that takes input now. Write your input here in the chat and I will show how it will stand in the minutes.',
    }),
  withdrawn: (l: Locale, orgs: string[]) =>
    pick(l, {
      nb: `Innspillet for ${orgs.join(', ')} er trukket og kommer ikke med i referatet.`,
      en: `The input for ${orgs.join(', ')} is withdrawn and will not be in the minutes.`,
    }),
  nothingToWithdraw: (l: Locale) => pick(l, { nb: 'Du har ikke noe innspill å trekke.', en: 'You have no input to withdraw.' }),
  edited: (l: Locale, org: string) => pick(l, { nb: `Innspillet for ${org} er endret.`, en: `The input for ${org} is updated.` }),
  forUsage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «innspill for <organisasjon>: <tekst>», for eksempel «innspill for Horten kommune: Intercity …».',
      en: 'Write "input for <organization>: <text>", e.g. "input for Horten kommune: Intercity …".',
    }),
  orgUnknown: (l: Locale, org: string) =>
    pick(l, {
      nb: `Fant ingen organisasjon på deltakerlisten som heter «${org}». Ingenting ble lagret.`,
      en: `No organization on the roster is called "${org}". Nothing was saved.`,
    }),
  orgAmbiguous: (l: Locale, org: string, names: string[]) =>
    pick(l, {
      nb: `«${org}» passer med flere organisasjoner: ${names.join(', ')}. Skriv hele navnet.`,
      en: `"${org}" matches several organizations: ${names.join(', ')}. Write the full name.`,
    }),
  enteredForOrg: (l: Locale, org: string, replaced: boolean) =>
    pick(l, {
      nb: `Innspillet for ${org} er ${replaced ? 'erstattet' : 'lagret'}, merket som lagt inn av sekretariatet.`,
      en: `The input for ${org} is ${replaced ? 'replaced' : 'stored'}, marked as entered by the secretariat.`,
    }),
  secretariatInGroupChat: (l: Locale) =>
    pick(l, {
      nb: 'Dette gjør sekretariatet i gruppens chat eller kanal, der jeg vet hvilken gruppe det gjelder.',
      en: "The secretariat does this in the group's chat or channel, where I know which group it is.",
    }),
  noMeeting: (l: Locale) =>
    pick(l, { nb: 'Gruppen har ikke noe møte med publisert innkalling ennå.', en: 'The group has no meeting with a published notice yet.' }),
  statusTitle: (l: Locale, w: MeetingWindow) => pick(l, { nb: `Innspill til møtet ${day(w)}`, en: `Input for the meeting of ${day(w)}` }),
  statusSummary: (l: Locale, x: number, y: number) =>
    pick(l, { nb: `${x} av ${y} organisasjoner har sendt innspill`, en: `${x} of ${y} organizations have sent input` }),
  statusMissing: (l: Locale) => pick(l, { nb: 'Mangler:', en: 'Missing:' }),
  statusReceived: (l: Locale) => pick(l, { nb: 'Mottatt:', en: 'Received:' }),
  none: (l: Locale) => pick(l, { nb: 'Ingen', en: 'None' }),
  reminder: (l: Locale, groupName: string, org: string, w: MeetingWindow, deadline: Date) =>
    pick(l, {
      nb: `Påminnelse fra ${groupName}: vi mangler innspill fra ${org} til runden rundt bordet på møtet ${day(w)}. Skriv innspillet ditt her i chatten før fristen ${when(deadline, l)}.`,
      en: `Reminder from ${groupName}: we are missing input from ${org} for the round table of the meeting of ${day(w)}. Write your input here in this chat before the deadline ${when(deadline, l)}.`,
    }),
  remindNoneMissing: (l: Locale) =>
    pick(l, { nb: 'Alle organisasjoner har sendt innspill. Ingen påminnelser sendt.', en: 'Every organization has sent input. No reminders sent.' }),
  remindDone: (l: Locale, sent: number, unreachable: string[]) =>
    pick(l, {
      nb:
        `Påminnelse sendt til ${sent} ${sent === 1 ? 'person' : 'personer'}.` +
        (unreachable.length
          ? `\nKunne ikke nå (har ikke startet en chat med meg, eller sending feilet) – kontakt dem direkte:\n${unreachable.map((u) => `• ${u}`).join('\n')}`
          : ''),
      en:
        `Reminder sent to ${sent} ${sent === 1 ? 'person' : 'people'}.` +
        (unreachable.length
          ? `\nCould not reach (no chat with me yet, or sending failed) – contact them directly:\n${unreachable.map((u) => `• ${u}`).join('\n')}`
          : ''),
    }),
};
