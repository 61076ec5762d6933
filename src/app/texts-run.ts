import type { Locale } from './actor';

/** The answers and card labels of running a meeting: agenda steps, round table, attendance (Bokmål first, English). */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

export const runTexts = {
  startOtherDay: (l: Locale, date: string) =>
    pick(l, { nb: `Møtet står oppført ${date}. Starte det nå?`, en: `The meeting is scheduled for ${date}. Start it now?` }),
  startOtherDayText: (l: Locale, when: string) =>
    pick(l, {
      nb: `${when}. Dagens dato er en annen; trykk «Start nå» for å starte det likevel.`,
      en: `${when}. Today is another day; press "Start now" to start it anyway.`,
    }),
  startCancelled: (l: Locale) => pick(l, { nb: 'Møtet ble ikke startet.', en: 'The meeting was not started.' }),
  startLabels: (l: Locale) => (l === 'en' ? { start: 'Start now', cancel: 'Cancel' } : { start: 'Start nå', cancel: 'Avbryt' }),
  noMeetingToStart: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe møte som kan startes. Sekretariatet oppretter det med «nytt møte dd.mm.åååå tt:mm-tt:mm sted».',
      en: 'The group has no meeting that can be started. The secretariat creates one with "new meeting dd.mm.yyyy hh:mm-hh:mm place".',
    }),
  notStarted: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er ikke startet. Møteleder starter det med «start». Ingenting ble endret.',
      en: 'The meeting has not started. The chair starts it with "start". Nothing was changed.',
    }),
  noAgenda: (l: Locale) =>
    pick(l, {
      nb: 'Møtet har ikke noe sakskart ennå, så det kan ikke startes. Sekretariatet limer det inn med «sakskart».',
      en: 'The meeting has no agenda yet, so it cannot start. The secretariat pastes it with "agenda".',
    }),
  ended: (l: Locale) => pick(l, { nb: 'Møtet er allerede avsluttet. Ingenting ble endret.', en: 'The meeting has already ended. Nothing was changed.' }),
  /** A running-meeting command after «avslutt»: the meeting ended, it did not fail to start. */
  endedAlready: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er avsluttet, så det er ingen sak å gå videre til. Ingenting ble endret. Referatet hentes med «referat».',
      en: 'The meeting has ended, so there is no item to move to. Nothing was changed. Get the minutes with "minutes".',
    }),
  lastItem: (l: Locale) =>
    pick(l, { nb: 'Dette er siste sak. Skriv «avslutt» for å avslutte møtet.', en: 'This is the last item. Type "end" to end the meeting.' }),
  firstItem: (l: Locale) => pick(l, { nb: 'Dette er første sak.', en: 'This is the first item.' }),
  noSuchItem: (l: Locale, n: string, max: number) =>
    pick(l, { nb: `Sakskartet har ingen sak ${n}. Velg et nummer fra 1 til ${max}.`, en: `The agenda has no item ${n}. Choose a number from 1 to ${max}.` }),
  itemUsage: (l: Locale) => pick(l, { nb: 'Skriv «sak» fulgt av nummeret, for eksempel «sak 3».', en: 'Type "item" followed by the number, e.g. "item 3".' }),
  emptyDecision: (l: Locale) =>
    pick(l, {
      nb: 'Skriv vedtaket etter kolon, for eksempel «vedtak: Innkallingen ble godkjent».',
      en: 'Write the decision after the colon, e.g. "decision: The notice was approved".',
    }),
  emptyNote: (l: Locale) =>
    pick(l, {
      nb: 'Skriv notatet etter kolon, for eksempel «notat: Mona orienterte».',
      en: 'Write the note after the colon, e.g. "note: Mona gave an update".',
    }),
  tooLong: (l: Locale) =>
    pick(l, {
      nb: 'Teksten er for lang (høyst 4000 tegn). Del den i flere notater. Ingenting ble lagret.',
      en: 'The text is too long (at most 4000 characters). Split it into several notes. Nothing was saved.',
    }),
  stale: (l: Locale) =>
    pick(l, {
      nb: 'Kortet var utdatert – møtet er endret siden det ble vist. Ingenting ble endret; her er gjeldende sak.',
      en: 'The card was out of date – the meeting has changed since. Nothing was changed; here is the current item.',
    }),
  started: (l: Locale, when: string) =>
    pick(l, { nb: `Møtet ${when} er startet. Kortet under følger sakskartet.`, en: `The meeting ${when} has started. The card below follows the agenda.` }),
  alreadyRunning: (l: Locale) =>
    pick(l, { nb: 'Møtet er allerede i gang. Her er gjeldende sak.', en: 'The meeting is already in progress. Here is the current item.' }),
  movedTo: (l: Locale, n: number, title: string) => pick(l, { nb: `Sak ${n}: ${title}`, en: `Item ${n}: ${title}` }),
  decisionSaved: (l: Locale, n: number) => pick(l, { nb: `Vedtaket på sak ${n} er lagret.`, en: `The decision on item ${n} is saved.` }),
  noteSaved: (l: Locale, n: number) => pick(l, { nb: `Notatet på sak ${n} er lagret.`, en: `The note on item ${n} is saved.` }),
  endedNow: (l: Locale) => pick(l, { nb: 'Møtet er avsluttet. Oppsummeringen følger.', en: 'The meeting has ended. The summary follows.' }),
  noGroupForStart: (l: Locale) =>
    pick(l, {
      nb: 'Denne chatten hører ikke til noen gruppe, og jeg fant ingen gruppe der du er møteleder eller sekretariat. Skriv «start» i gruppens chat, eller be sekretariatet gi deg rollen med «rolle <navn> møteleder».',
      en: 'This chat does not belong to a group, and I found no group where you are chair or secretariat. Type "start" in the group\'s chat, or ask the secretariat to give you the role with "role <name> chair".',
    }),
  manyGroupsForStart: (l: Locale, names: string[]) =>
    pick(l, {
      nb: `Du er møteleder i flere grupper (${names.join(', ')}). Skriv «start» i chatten til gruppen møtet hører til.`,
      en: `You chair several groups (${names.join(', ')}). Type "start" in the chat of the group the meeting belongs to.`,
    }),
  roundNoOrganizations: (l: Locale) =>
    pick(l, {
      nb: 'Det er ingen organisasjoner å kalle opp: deltakerlisten er tom eller alle har meldt forfall. Sekretariatet importerer listen med «deltakere».',
      en: 'There are no organizations to call: the roster is empty or all sent apologies. The secretariat imports it with "members".',
    }),
  roundStarted: (l: Locale, count: number) =>
    pick(l, { nb: `Runden rundt bordet er startet med ${count} organisasjoner.`, en: `The round table has started with ${count} organizations.` }),
  roundAgain: (l: Locale) =>
    pick(l, { nb: 'Runden rundt bordet er allerede i gang. Her er kortet.', en: 'The round table is already running. Here is the card.' }),
  roundStale: (l: Locale) =>
    pick(l, {
      nb: 'Kortet var utdatert – runden har gått videre. Ingenting ble endret.',
      en: 'The card was out of date – the round has moved on. Nothing was changed.',
    }),
  noRound: (l: Locale) => pick(l, { nb: 'Runden rundt bordet er ikke startet. Skriv «runde».', en: 'The round table has not started. Type "round".' }),
  // Attendance
  noMeetingForAttendance: (l: Locale) =>
    pick(l, { nb: 'Gruppen har ikke noe kommende møte å melde frammøte til.', en: 'The group has no upcoming meeting to report attendance for.' }),
  attendanceWhere: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «til stede» eller «forfall» i gruppens chat eller i møtechatten.',
      en: 'Type "present" or "apologies" in the group\'s chat or the meeting chat.',
    }),
  notOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så jeg vet ikke hvilken organisasjon du representerer. Be sekretariatet legge deg til med «deltakere». Ingenting ble lagret.',
      en: 'You are not on the group\'s roster, so I do not know which organization you represent. Ask the secretariat to add you with "members". Nothing was saved.',
    }),
  onlySecretariatForOthers: (l: Locale) =>
    pick(l, {
      nb: 'Bare sekretariatet kan føre frammøte for andre. Skriv «til stede» eller «forfall» uten navn for å melde deg selv. Ingenting ble endret.',
      en: 'Only the secretariat can record attendance for others. Type "present" or "apologies" without a name for yourself. Nothing was changed.',
    }),
  nameNoMatch: (l: Locale, name: string) =>
    pick(l, {
      nb: `Fant ingen på deltakerlisten som heter «${name}». Sjekk stavemåten.`,
      en: `Found nobody on the roster called "${name}". Check the spelling.`,
    }),
  nameAmbiguous: (l: Locale, name: string, names: string[]) =>
    pick(l, {
      nb: `«${name}» passer på flere: ${names.join(', ')}. Skriv hele navnet.`,
      en: `"${name}" matches several: ${names.join(', ')}. Write the full name.`,
    }),
  markedPresent: (l: Locale, who: string, org: string) =>
    pick(l, { nb: `${who} (${org}) er ført som til stede.`, en: `${who} (${org}) is recorded as present.` }),
  markedApologies: (l: Locale, who: string, org: string) =>
    pick(l, { nb: `${who} (${org}) er ført med forfall.`, en: `${who} (${org}) is recorded with apologies.` }),
  teamsMeetingEnded: (l: Locale) =>
    pick(l, {
      nb: 'Teams-møtet er avsluttet, men møtet i Referent er fortsatt i gang. Møteleder avslutter det med «avslutt».',
      en: 'The Teams meeting has ended, but the meeting in Referent is still in progress. The chair ends it with "end".',
    }),
};

/** The labels of the four cards of this capability. */
export function runLabels(l: Locale) {
  const en = l === 'en';
  return {
    item: en ? 'Item' : 'Sak',
    of: en ? 'of' : 'av',
    decision: en ? 'Decision' : 'Vedtak',
    noDecision: en ? 'No decision yet.' : 'Ikke noe vedtak ennå.',
    notes: en ? 'Notes' : 'Notater',
    prev: en ? '◀ Previous' : '◀ Forrige',
    next: en ? 'Next ▶' : 'Neste ▶',
    saveDecision: en ? 'Record decision' : 'Registrer vedtak',
    decisionPlaceholder: en ? 'The decision …' : 'Vedtaket …',
    addNote: en ? 'Add note' : 'Legg til notat',
    notePlaceholder: en ? 'A note on this item …' : 'Notat til saken …',
    save: en ? 'Save' : 'Lagre',
    round: en ? 'Round table' : 'Runde rundt bordet',
    ended: en ? 'The meeting has ended.' : 'Møtet er avsluttet.',
    speaking: en ? 'Speaking now' : 'Har ordet',
    timeBox: en ? 'min' : 'min',
    since: en ? 'from' : 'fra kl.',
    until: en ? 'until' : 'til kl.',
    spoken: en ? 'Done – next' : 'Ferdig – neste',
    skip: en ? 'Skip' : 'Hopp over',
    roundOver: en ? 'The round is over.' : 'Runden er ferdig.',
    writtenInput: en ? 'written input received' : 'skriftlig innspill mottatt',
    rollCall: en ? 'Who is here?' : 'Hvem er til stede?',
    rollCallHint: en ? 'Press a button to report for yourself.' : 'Trykk for å melde deg selv.',
    present: en ? 'Present' : 'Til stede',
    apologies: en ? 'Apologies' : 'Forfall',
    secretariat: en ? 'From the secretariat' : 'Fra sekretariatet møtte',
    decisions: en ? 'Decisions' : 'Vedtak',
    undecided: en ? 'Items without a decision' : 'Saker uten vedtak',
    attendance: en ? 'Attendance' : 'Frammøte',
    missingInput: en ? 'Written round-table input still missing from' : 'Mangler skriftlig innspill fra',
    deadline: en ? 'Deadline for input' : 'Frist for innspill',
    none: en ? 'None.' : 'Ingen.',
  };
}

const STATUS: Record<'waiting' | 'spoken' | 'skipped' | 'speaking', Text> = {
  waiting: { nb: 'venter', en: 'waiting' },
  spoken: { nb: '✔ har talt', en: '✔ has spoken' },
  skipped: { nb: '⏭ hoppet over', en: '⏭ skipped' },
  speaking: { nb: '▶ har ordet', en: '▶ speaking' },
};
export const roundStatus = (l: Locale, s: keyof typeof STATUS) => pick(l, STATUS[s]);

export function attendanceLine(l: Locale, c: { present: number; secretariat: number; apologies: number }): string {
  return pick(l, {
    nb: `${c.present} til stede, ${c.secretariat} fra sekretariatet, ${c.apologies} forfall`,
    en: `${c.present} present, ${c.secretariat} from the secretariat, ${c.apologies} apologies`,
  });
}
