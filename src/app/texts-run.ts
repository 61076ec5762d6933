import { labelsIn, pick, type Locale, type Text } from '../domain/language';

/** The answers and card labels of running a meeting: agenda steps, round table, attendance (Bokmål, nynorsk, English). */

export const runTexts = {
  startOtherDay: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet står oppført ${date}. Starte det nå?`,
      nn: `Møtet står oppført ${date}. Vil du starte det no?`,
      en: `The meeting is scheduled for ${date}. Start it now?`,
    }),
  startOtherDayText: (l: Locale, when: string) =>
    pick(l, {
      nb: `${when}. Dagens dato er en annen; trykk «Start nå» for å starte det likevel.`,
      nn: `${when}. Dagens dato er ein annan. Trykk «Start no» for å starte møtet likevel.`,
      en: `${when}. Today is another day; press "Start now" to start it anyway.`,
    }),
  startCancelled: (l: Locale) => pick(l, { nb: 'Møtet ble ikke startet.', nn: 'Møtet vart ikkje starta.', en: 'The meeting was not started.' }),
  startLabels: (l: Locale) => ({
    start: pick(l, { nb: 'Start nå', nn: 'Start no', en: 'Start now' }),
    cancel: pick(l, { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' }),
  }),
  noMeetingToStart: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe møte som kan startes. Sekretariatet oppretter det med «nytt møte dd.mm.åååå tt:mm-tt:mm sted».',
      nn: 'Gruppa har ikkje noko møte som kan startast. Sekretariatet opprettar møtet med «nytt møte dd.mm.åååå tt:mm-tt:mm stad».',
      en: 'The group has no meeting that can be started. The secretariat creates one with "new meeting dd.mm.yyyy hh:mm-hh:mm place".',
    }),
  notStarted: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er ikke startet. Møteleder starter det med «start». Ingenting ble endret.',
      nn: 'Møtet er ikkje starta. Møteleiaren startar det med «start». Ingenting vart endra.',
      en: 'The meeting has not started. The chair starts it with "start". Nothing was changed.',
    }),
  noAgenda: (l: Locale) =>
    pick(l, {
      nb: 'Møtet har ikke noe sakskart ennå, så det kan ikke startes. Sekretariatet limer det inn med «sakskart».',
      nn: 'Møtet har inga saksliste enno, så det kan ikkje startast. Sekretariatet limer ho inn med «sakskart».',
      en: 'The meeting has no agenda yet, so it cannot start. The secretariat pastes it with "agenda".',
    }),
  ended: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er allerede avsluttet. Ingenting ble endret.',
      nn: 'Møtet er allereie avslutta. Ingenting vart endra.',
      en: 'The meeting has already ended. Nothing was changed.',
    }),
  /** A running-meeting command after «avslutt»: the meeting ended, it did not fail to start. */
  endedAlready: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er avsluttet, så det er ingen sak å gå videre til. Ingenting ble endret. Referatet hentes med «referat».',
      nn: 'Møtet er avslutta, så det er inga sak å gå vidare til. Ingenting vart endra. Hent referatet med «referat».',
      en: 'The meeting has ended, so there is no item to move to. Nothing was changed. Get the minutes with "minutes".',
    }),
  lastItem: (l: Locale) =>
    pick(l, {
      nb: 'Dette er siste sak. Skriv «avslutt» for å avslutte møtet.',
      nn: 'Dette er siste sak. Skriv «avslutt» for å avslutte møtet.',
      en: 'This is the last item. Type "end" to end the meeting.',
    }),
  firstItem: (l: Locale) => pick(l, { nb: 'Dette er første sak.', nn: 'Dette er første sak.', en: 'This is the first item.' }),
  noSuchItem: (l: Locale, n: string, max: number) =>
    pick(l, {
      nb: `Sakskartet har ingen sak ${n}. Velg et nummer fra 1 til ${max}.`,
      nn: `Sakslista har inga sak ${n}. Vel eit nummer frå 1 til ${max}.`,
      en: `The agenda has no item ${n}. Choose a number from 1 to ${max}.`,
    }),
  itemUsage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «sak» fulgt av nummeret, for eksempel «sak 3». I et møte i to deler teller nummeret i delen som holdes; en sak i en annen del skriver du «sak 1.2» eller «del 1 sak 2».',
      nn: 'Skriv «sak» og nummeret, til dømes «sak 3». I eit møte i to delar tel nummeret i delen som går føre seg; ei sak i ein annan del skriv du «sak 1.2» eller «del 1 sak 2».',
      en: 'Type "item" followed by the number, e.g. "item 3". In a meeting in two parts the number counts in the part being held; for an item of another part type "item 1.2" or "part 1 item 2".',
    }),
  emptyDecision: (l: Locale) =>
    pick(l, {
      nb: 'Skriv vedtaket etter kolon, for eksempel «vedtak: Innkallingen ble godkjent».',
      nn: 'Skriv vedtaket etter kolon, til dømes «vedtak: Innkallinga vart godkjend».',
      en: 'Write the decision after the colon, e.g. "decision: The notice was approved".',
    }),
  emptyNote: (l: Locale) =>
    pick(l, {
      nb: 'Skriv notatet etter kolon, for eksempel «notat: Mona orienterte».',
      nn: 'Skriv notatet etter kolon, til dømes «notat: Mona orienterte».',
      en: 'Write the note after the colon, e.g. "note: Mona gave an update".',
    }),
  tooLong: (l: Locale) =>
    pick(l, {
      nb: 'Teksten er for lang (høyst 4000 tegn). Del den i flere notater. Ingenting ble lagret.',
      nn: 'Teksten er for lang (høgst 4000 teikn). Del han i fleire notat. Ingenting vart lagra.',
      en: 'The text is too long (at most 4000 characters). Split it into several notes. Nothing was saved.',
    }),
  stale: (l: Locale) =>
    pick(l, {
      nb: 'Kortet var utdatert – møtet er endret siden det ble vist. Ingenting ble endret; her er gjeldende sak.',
      nn: 'Kortet var utdatert: møtet er endra sidan kortet vart vist. Ingenting vart endra. Her er saka som gjeld no.',
      en: 'The card was out of date – the meeting has changed since. Nothing was changed; here is the current item.',
    }),
  started: (l: Locale, when: string) =>
    pick(l, {
      nb: `Møtet ${when} er startet. Kortet under følger sakskartet.`,
      nn: `Møtet ${when} er starta. Kortet nedanfor følgjer sakslista.`,
      en: `The meeting ${when} has started. The card below follows the agenda.`,
    }),
  alreadyRunning: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er allerede i gang. Her er gjeldende sak.',
      nn: 'Møtet er allereie i gang. Her er saka som gjeld no.',
      en: 'The meeting is already in progress. Here is the current item.',
    }),
  /** `heading`: «Sak 4», «Del 2 · Sak 2» (texts-item-ref.ts). */
  movedTo: (l: Locale, heading: string, title: string) => pick(l, { nb: `${heading}: ${title}`, nn: `${heading}: ${title}`, en: `${heading}: ${title}` }),
  /** `item`: «sak 4», «sak 2 i del 2» (texts-item-ref.ts). */
  decisionSaved: (l: Locale, item: string) =>
    pick(l, { nb: `Vedtaket på ${item} er lagret.`, nn: `Vedtaket i ${item} er lagra.`, en: `The decision on ${item} is saved.` }),
  noteSaved: (l: Locale, item: string) =>
    pick(l, { nb: `Notatet på ${item} er lagret.`, nn: `Notatet i ${item} er lagra.`, en: `The note on ${item} is saved.` }),
  endedNow: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er avsluttet. Oppsummeringen følger.',
      nn: 'Møtet er avslutta. Oppsummeringa kjem nedanfor.',
      en: 'The meeting has ended. The summary follows.',
    }),
  noGroupForStart: (l: Locale) =>
    pick(l, {
      nb: 'Denne chatten hører ikke til noen gruppe, og jeg fant ingen gruppe der du er møteleder eller sekretariat. Skriv «start» i gruppens chat, eller be sekretariatet gi deg rollen med «rolle <navn> møteleder».',
      nn: 'Denne chatten høyrer ikkje til nokon gruppe, og eg fann inga gruppe der du er møteleiar eller sekretariat. Skriv «start» i chatten til gruppa, eller be sekretariatet om å gi deg rolla med «rolle <namn> møteleiar».',
      en: 'This chat does not belong to a group, and I found no group where you are chair or secretariat. Type "start" in the group\'s chat, or ask the secretariat to give you the role with "role <name> chair".',
    }),
  manyGroupsForStart: (l: Locale, names: string[]) =>
    pick(l, {
      nb: `Du er møteleder i flere grupper (${names.join(', ')}). Skriv «start» i chatten til gruppen møtet hører til.`,
      nn: `Du er møteleiar i fleire grupper (${names.join(', ')}). Skriv «start» i chatten til gruppa som møtet høyrer til.`,
      en: `You chair several groups (${names.join(', ')}). Type "start" in the chat of the group the meeting belongs to.`,
    }),
  roundNoOrganizations: (l: Locale) =>
    pick(l, {
      nb: 'Det er ingen organisasjoner å kalle opp: deltakerlisten er tom eller alle har meldt forfall. Sekretariatet importerer listen med «deltakere».',
      nn: 'Det er ingen organisasjonar å rope opp: deltakarlista er tom, eller alle har meldt forfall. Sekretariatet legg inn lista med «deltakarar».',
      en: 'There are no organizations to call: the roster is empty or all sent apologies. The secretariat imports it with "members".',
    }),
  roundStarted: (l: Locale, count: number) =>
    pick(l, {
      nb: `Runden rundt bordet er startet med ${count} organisasjoner.`,
      nn: `Runden rundt bordet er starta med ${count} organisasjonar.`,
      en: `The round table has started with ${count} organizations.`,
    }),
  roundAgain: (l: Locale) =>
    pick(l, {
      nb: 'Runden rundt bordet er allerede i gang. Her er kortet.',
      nn: 'Runden rundt bordet er allereie i gang. Her er kortet.',
      en: 'The round table is already running. Here is the card.',
    }),
  roundStale: (l: Locale) =>
    pick(l, {
      nb: 'Kortet var utdatert – runden har gått videre. Ingenting ble endret.',
      nn: 'Kortet var utdatert: runden har gått vidare. Ingenting vart endra.',
      en: 'The card was out of date – the round has moved on. Nothing was changed.',
    }),
  noRound: (l: Locale) =>
    pick(l, {
      nb: 'Runden rundt bordet er ikke startet. Skriv «runde».',
      nn: 'Runden rundt bordet er ikkje starta. Skriv «runde».',
      en: 'The round table has not started. Type "round".',
    }),
  // Attendance
  noMeetingForAttendance: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe kommende møte å melde frammøte til.',
      nn: 'Gruppa har ikkje noko komande møte å melde frammøte til.',
      en: 'The group has no upcoming meeting to report attendance for.',
    }),
  attendanceWhere: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «til stede» eller «forfall» i gruppens chat eller i møtechatten.',
      nn: 'Skriv «til stades» eller «forfall» i chatten til gruppa eller i møtechatten.',
      en: 'Type "present" or "apologies" in the group\'s chat or the meeting chat.',
    }),
  notOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så jeg vet ikke hvilken organisasjon du representerer. Be sekretariatet legge deg til med «deltakere». Ingenting ble lagret.',
      nn: 'Du står ikkje på deltakarlista til gruppa, så eg veit ikkje kva organisasjon du representerer. Be sekretariatet om å leggje deg til med «deltakarar». Ingenting vart lagra.',
      en: 'You are not on the group\'s roster, so I do not know which organization you represent. Ask the secretariat to add you with "members". Nothing was saved.',
    }),
  onlySecretariatForOthers: (l: Locale) =>
    pick(l, {
      nb: 'Bare sekretariatet kan føre frammøte for andre. Skriv «til stede» eller «forfall» uten navn for å melde deg selv. Ingenting ble endret.',
      nn: 'Berre sekretariatet kan føre frammøte for andre. Skriv «til stades» eller «forfall» utan namn for å melde deg sjølv. Ingenting vart endra.',
      en: 'Only the secretariat can record attendance for others. Type "present" or "apologies" without a name for yourself. Nothing was changed.',
    }),
  nameNoMatch: (l: Locale, name: string) =>
    pick(l, {
      nb: `Fant ingen på deltakerlisten som heter «${name}». Sjekk stavemåten.`,
      nn: `Fann ingen på deltakarlista som heiter «${name}». Sjekk stavemåten.`,
      en: `Found nobody on the roster called "${name}". Check the spelling.`,
    }),
  nameAmbiguous: (l: Locale, name: string, names: string[]) =>
    pick(l, {
      nb: `«${name}» passer på flere: ${names.join(', ')}. Skriv hele navnet.`,
      nn: `«${name}» passar på fleire: ${names.join(', ')}. Skriv heile namnet.`,
      en: `"${name}" matches several: ${names.join(', ')}. Write the full name.`,
    }),
  markedPresent: (l: Locale, who: string, org: string) =>
    pick(l, { nb: `${who} (${org}) er ført som til stede.`, nn: `${who} (${org}) er ført som til stades.`, en: `${who} (${org}) is recorded as present.` }),
  markedApologies: (l: Locale, who: string, org: string) =>
    pick(l, { nb: `${who} (${org}) er ført med forfall.`, nn: `${who} (${org}) er ført med forfall.`, en: `${who} (${org}) is recorded with apologies.` }),
  summaryTitle: (l: Locale, group: string) =>
    pick(l, { nb: `Møtet er avsluttet – ${group}`, nn: `Møtet er avslutta – ${group}`, en: `The meeting has ended – ${group}` }),
  roundDone: (l: Locale, spoken: number, skipped: number) =>
    pick(l, {
      nb: `${spoken} har talt, ${skipped} hoppet over.`,
      nn: `${spoken} har hatt ordet, ${skipped} hoppa over.`,
      en: `${spoken} have spoken, ${skipped} skipped.`,
    }),
  roundOverCount: (l: Locale, spoken: number, skipped: number) =>
    pick(l, {
      nb: `Runden er ferdig: ${spoken} har talt, ${skipped} hoppet over.`,
      nn: `Runden er ferdig: ${spoken} har hatt ordet, ${skipped} hoppa over.`,
      en: `The round is over: ${spoken} spoke, ${skipped} skipped.`,
    }),
  showAll: (l: Locale, count: number) => pick(l, { nb: `Vis alle (${count})`, nn: `Vis alle (${count})`, en: `Show all (${count})` }),
  teamsMeetingEnded: (l: Locale) =>
    pick(l, {
      nb: 'Teams-møtet er avsluttet, men møtet i Referent er fortsatt i gang. Møteleder avslutter det med «avslutt».',
      nn: 'Teams-møtet er avslutta, men møtet i Referent held fram. Møteleiaren avsluttar det med «avslutt».',
      en: 'The Teams meeting has ended, but the meeting in Referent is still in progress. The chair ends it with "end".',
    }),
};

const RUN_LABELS = {
  item: { nb: 'Sak', nn: 'Sak', en: 'Item' },
  of: { nb: 'av', nn: 'av', en: 'of' },
  decision: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decision' },
  noDecision: { nb: 'Ikke noe vedtak ennå.', nn: 'Ikkje noko vedtak enno.', en: 'No decision yet.' },
  notes: { nb: 'Notater', nn: 'Notat', en: 'Notes' },
  prev: { nb: '◀ Forrige', nn: '◀ Førre', en: '◀ Previous' },
  next: { nb: 'Neste ▶', nn: 'Neste ▶', en: 'Next ▶' },
  saveDecision: { nb: 'Registrer vedtak', nn: 'Registrer vedtak', en: 'Record decision' },
  decisionPlaceholder: { nb: 'Vedtaket …', nn: 'Vedtaket …', en: 'The decision …' },
  addNote: { nb: 'Legg til notat', nn: 'Legg til notat', en: 'Add note' },
  notePlaceholder: { nb: 'Notat til saken …', nn: 'Notat til saka …', en: 'A note on this item …' },
  addFollowUp: { nb: 'Oppfølging', nn: 'Oppfølging', en: 'Follow-up' },
  followUpPlaceholder: {
    nb: 'Hva som skal gjøres [ansvar navn eller organisasjon] [frist dd.mm.åååå]',
    nn: 'Kva som skal gjerast [ansvar namn eller organisasjon] [frist dd.mm.åååå]',
    en: 'What is to be done [owner name or organization] [due dd.mm.yyyy]',
  },
  save: { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  round: { nb: 'Runde rundt bordet', nn: 'Runde rundt bordet', en: 'Round table' },
  ended: { nb: 'Møtet er avsluttet.', nn: 'Møtet er avslutta.', en: 'The meeting has ended.' },
  speaking: { nb: 'Har ordet', nn: 'Har ordet', en: 'Speaking now' },
  timeBox: { nb: 'min', nn: 'min', en: 'min' },
  since: { nb: 'fra kl.', nn: 'frå kl.', en: 'from' },
  until: { nb: 'til kl.', nn: 'til kl.', en: 'until' },
  spoken: { nb: 'Ferdig – neste', nn: 'Ferdig – neste', en: 'Done – next' },
  skip: { nb: 'Hopp over', nn: 'Hopp over', en: 'Skip' },
  roundOver: { nb: 'Runden er ferdig.', nn: 'Runden er ferdig.', en: 'The round is over.' },
  writtenInput: { nb: 'skriftlig innspill mottatt', nn: 'skriftleg innspel motteke', en: 'written input received' },
  rollCall: { nb: 'Hvem er til stede?', nn: 'Kven er til stades?', en: 'Who is here?' },
  rollCallHint: { nb: 'Trykk for å melde deg selv.', nn: 'Trykk for å melde deg sjølv.', en: 'Press a button to report for yourself.' },
  present: { nb: 'Til stede', nn: 'Til stades', en: 'Present' },
  apologies: { nb: 'Forfall', nn: 'Forfall', en: 'Apologies' },
  secretariat: { nb: 'Fra sekretariatet møtte', nn: 'Frå sekretariatet møtte', en: 'From the secretariat' },
  decisions: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decisions' },
  undecided: { nb: 'Saker uten vedtak', nn: 'Saker utan vedtak', en: 'Items without a decision' },
  attendance: { nb: 'Frammøte', nn: 'Frammøte', en: 'Attendance' },
  missingInput: { nb: 'Mangler skriftlig innspill fra', nn: 'Manglar skriftleg innspel frå', en: 'Written round-table input still missing from' },
  deadline: { nb: 'Frist for innspill', nn: 'Frist for innspel', en: 'Deadline for input' },
  none: { nb: 'Ingen.', nn: 'Ingen.', en: 'None.' },
} satisfies Record<string, Text>;

/** The labels of the four cards of this capability. */
export const runLabels = (l: Locale) => labelsIn(l, RUN_LABELS);

const STATUS: Record<'waiting' | 'spoken' | 'skipped' | 'speaking', Text> = {
  waiting: { nb: 'venter', nn: 'ventar', en: 'waiting' },
  spoken: { nb: '✔ har talt', nn: '✔ har hatt ordet', en: '✔ has spoken' },
  skipped: { nb: '⏭ hoppet over', nn: '⏭ hoppa over', en: '⏭ skipped' },
  speaking: { nb: '▶ har ordet', nn: '▶ har ordet', en: '▶ speaking' },
};
export const roundStatus = (l: Locale, s: keyof typeof STATUS) => pick(l, STATUS[s]);

export function attendanceLine(l: Locale, c: { present: number; secretariat: number; apologies: number }): string {
  return pick(l, {
    nb: `${c.present} til stede, ${c.secretariat} fra sekretariatet, ${c.apologies} forfall`,
    nn: `${c.present} til stades, ${c.secretariat} frå sekretariatet, ${c.apologies} forfall`,
    en: `${c.present} present, ${c.secretariat} from the secretariat, ${c.apologies} apologies`,
  });
}
