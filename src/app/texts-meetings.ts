import { labelsIn, pick, type Locale, type Text } from '../domain/language';
import { PREPARE_HEADING } from '../exports/document-texts';
import { texts } from './texts';

/** The answers and card labels of meetings, agenda, notice and approvals (Bokmål, nynorsk, English). */

/** How many left-out agenda lines the answer lists, and how much of each (#16 §2). */
export const LISTED_LINES = 10;
export const LISTED_LINE_CHARS = 160;

export const meetingTexts = {
  meetingCreated: (l: Locale, when: string, place: string) =>
    pick(l, {
      nb: `Møtet er opprettet: ${when}, ${place}. Neste steg: lim inn sakskartet i skjemaet under, eller med «sakskart» fulgt av sakene, én per linje.`,
      nn: `Møtet er oppretta: ${when}, ${place}. Neste steg: lim inn sakslista i skjemaet nedanfor, eller skriv «sakskart» og sakene under, éi sak per linje.`,
      en: `The meeting is created: ${when}, ${place}. Next: paste the agenda into the form below, or with "agenda" followed by the items, one per line.`,
    }),
  meetingExists: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har allerede et møte ${date}. Ingenting ble endret. Velg en annen dato, eller endre sakskartet til det møtet med «sakskart».`,
      nn: `Gruppa har allereie eit møte ${date}. Ingenting vart endra. Vel ein annan dato, eller endre sakslista til det møtet med «sakskart».`,
      en: `The group already has a meeting on ${date}. Nothing was changed. Choose another date, or change that meeting's agenda with "agenda".`,
    }),
  noNextMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe kommende møte. Opprett det først med «nytt møte dd.mm.åååå tt:mm-tt:mm sted».',
      nn: 'Gruppa har ikkje noko komande møte. Opprett møtet først med «nytt møte dd.mm.åååå tt:mm-tt:mm stad».',
      en: 'The group has no upcoming meeting. Create it first with "new meeting dd.mm.yyyy hh:mm-hh:mm place".',
    }),
  agendaStored: (l: Locale, date: string, count: number) =>
    pick(l, {
      nb: `Sakskartet til møtet ${date} er lagret (${count} saker). Sjekk det under; publiser innkallingen med «innkalling» når det stemmer.`,
      nn: `Sakslista til møtet ${date} er lagra (${count} saker). Sjekk ho nedanfor. Publiser innkallinga med «innkalling» når alt stemmer.`,
      en: `The agenda of the meeting on ${date} is stored (${count} items). Check it below; publish the notice with "notice" when it is right.`,
    }),
  /** #16 §2: the pasted lines that belong to no item are named, never dropped silently. */
  agendaLinesLeftOut: (l: Locale, lines: readonly string[]) => {
    const n = lines.length;
    // The first LISTED_LINES, each cut at LISTED_LINE_CHARS, then how many more: the answer stays one readable message.
    const shown = lines.slice(0, LISTED_LINES).map((x) => `- ${x.length > LISTED_LINE_CHARS ? `${x.slice(0, LISTED_LINE_CHARS - 1)}…` : x}`);
    const more = n > LISTED_LINES ? [texts.andMore(l, n - LISTED_LINES)] : [];
    const list = [...shown, ...more].join('\n');
    return pick(l, {
      nb:
        n === 1
          ? `1 linje ble ikke tatt med (den hører ikke til noen sak; lim den inn under en sak om den skal være med):\n\n${list}`
          : `${n} linjer ble ikke tatt med (de hører ikke til noen sak; lim dem inn under en sak om de skal være med):\n\n${list}`,
      nn:
        n === 1
          ? `1 linje kom ikkje med (ho høyrer ikkje til nokon sak). Lim ho inn under ei sak dersom ho skal vere med:\n\n${list}`
          : `${n} linjer kom ikkje med (dei høyrer ikkje til nokon sak). Lim dei inn under ei sak dersom dei skal vere med:\n\n${list}`,
      en:
        n === 1
          ? `1 line was not included (it belongs to no item; paste it under an item to keep it):\n\n${list}`
          : `${n} lines were not included (they belong to no item; paste them under an item to keep them):\n\n${list}`,
    });
  },
  agendaChangedAfterNotice: (l: Locale) =>
    pick(l, {
      nb: 'Merk: innkallingen til dette møtet er allerede publisert, og den som ble sendt ut er ikke endret. Skriv «innkalling» for å publisere det nye sakskartet (stemmene på godkjenningene beholdes).',
      nn: 'Merk: innkallinga til dette møtet er allereie publisert, og den som vart send ut, er ikkje endra. Skriv «innkalling» for å publisere den nye sakslista (stemmene i godkjenningane blir ståande).',
      en: 'Note: the notice of this meeting is already published, and the one sent out is not changed. Type "notice" to publish the new agenda (the votes on the approvals are kept).',
    }),
  agendaLocked: (l: Locale) =>
    pick(l, {
      nb: 'Møtet er i gang, så sakskartet kan ikke endres nå. Ingenting ble endret.',
      nn: 'Møtet er i gang, så sakslista kan ikkje endrast no. Ingenting vart endra.',
      en: 'The meeting is in progress, so the agenda cannot be changed now. Nothing was changed.',
    }),
  agendaMissing: (l: Locale) =>
    pick(l, {
      nb: 'Møtet har ikke noe sakskart ennå. Lim det inn med «sakskart» fulgt av sakene, og skriv så «innkalling».',
      nn: 'Møtet har inga saksliste enno. Lim ho inn med «sakskart» og sakene under, og skriv så «innkalling».',
      en: 'The meeting has no agenda yet. Paste it with "agenda" followed by the items, then type "notice".',
    }),
  noticeUsage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv «innkalling», eller «innkalling frist dd.mm.åååå» for en annen frist for innspill enn 7 dager etter møtet.',
      nn: 'Skriv «innkalling», eller «innkalling frist dd.mm.åååå» dersom fristen for innspel skal vere ein annan enn 7 dagar etter møtet.',
      en: 'Type "notice", or "notice deadline dd.mm.yyyy" for another input deadline than 7 days after the meeting.',
    }),
  deadlineBeforeMeeting: (l: Locale) =>
    pick(l, {
      nb: 'Fristen for innspill må være etter at møtet er slutt. Ingenting ble endret.',
      nn: 'Fristen for innspel må vere etter at møtet er slutt. Ingenting vart endra.',
      en: 'The input deadline must be after the meeting ends. Nothing was changed.',
    }),
  noticePublishedHere: (l: Locale, deadline: string) =>
    pick(l, {
      nb: `Innkallingen er publisert. Frist for innspill: ${deadline}.`,
      nn: `Innkallinga er publisert. Frist for innspel: ${deadline}.`,
      en: `The notice is published. Input deadline: ${deadline}.`,
    }),
  noticePublishedElsewhere: (l: Locale, group: string, deadline: string) =>
    pick(l, {
      nb: `Innkallingen er publisert i chatten til «${group}». Frist for innspill: ${deadline}.`,
      nn: `Innkallinga er publisert i chatten til «${group}». Frist for innspel: ${deadline}.`,
      en: `The notice is published in the chat of "${group}". Input deadline: ${deadline}.`,
    }),
  noHomeReference: (l: Locale, group: string) =>
    pick(l, {
      nb: `Jeg finner ikke chatten til «${group}» og kan ikke poste der. Skriv «innkalling» i gruppens chat i stedet. Ingenting ble publisert.`,
      nn: `Eg finn ikkje chatten til «${group}» og kan ikkje poste der. Skriv «innkalling» i chatten til gruppa i staden. Ingenting vart publisert.`,
      en: `I cannot find the chat of "${group}" and cannot post there. Type "notice" in the group's chat instead. Nothing was published.`,
    }),
  manyGroups: (l: Locale, names: string[]) =>
    pick(l, {
      nb: `Du er sekretariat i flere grupper (${names.join(', ')}). Skriv kommandoen i chatten til den gruppen det gjelder. Ingenting ble endret.`,
      nn: `Du er sekretariat i fleire grupper (${names.join(', ')}). Skriv kommandoen i chatten til den gruppa det gjeld. Ingenting vart endra.`,
      en: `You are secretariat of several groups (${names.join(', ')}). Type the command in the chat of the group it is for. Nothing was changed.`,
    }),
  noticeTitle: (l: Locale, group: string) =>
    pick(l, { nb: `Innkalling til møte i ${group}`, nn: `Innkalling til møte i ${group}`, en: `Notice of meeting – ${group}` }),
  /** A meeting in parts (#17 §1.8): the title names every part, each as its heading says what it is («møte i administrative faggrupper»). */
  noticeTitleParts: (l: Locale, subjects: string[]) => {
    const and = (word: string) => (subjects.length > 1 ? `${subjects.slice(0, -1).join(', ')} ${word} ${subjects[subjects.length - 1]}` : subjects.join(''));
    return pick(l, { nb: `Innkalling til ${and('og')}`, nn: `Innkalling til ${and('og')}`, en: `Notice of meeting – ${and('and')}` });
  },
  /** The time of one part of a meeting in parts, under its heading, as the group's notices write it («Kl. 09:00-09:30»). */
  partTime: (l: Locale, start: string, end: string) => pick(l, { nb: `Kl. ${start}-${end}`, nn: `Kl. ${start}-${end}`, en: `${start}–${end}` }),
  noticeAgendaTitle: (l: Locale, group: string, date: string) =>
    pick(l, { nb: `Sakskart til møte i ${group}, ${date}`, nn: `Saksliste til møte i ${group}, ${date}`, en: `Agenda for the meeting of ${group}, ${date}` }),
  secretariatOf: (l: Locale, group: string) =>
    pick(l, { nb: `Sekretariatet for ${group}`, nn: `Sekretariatet for ${group}`, en: `The secretariat of ${group}` }),
  // Approvals (card clicks): polite refusals; nothing was changed.
  invalidCard: (l: Locale) =>
    pick(l, {
      nb: 'Dette kortet mangler opplysninger jeg trenger. Ingenting ble endret.',
      nn: 'Dette kortet manglar opplysningar som eg treng. Ingenting vart endra.',
      en: 'This card lacks information I need. Nothing was changed.',
    }),
  cardNotInGroup: (l: Locale) =>
    pick(l, {
      nb: 'Dette kortet hører ikke til gruppen i denne samtalen. Stem på kortet i gruppens egen chat. Ingenting ble endret.',
      nn: 'Dette kortet høyrer ikkje til gruppa i denne samtalen. Stem på kortet i chatten til gruppa. Ingenting vart endra.',
      en: "This card does not belong to the group of this conversation. Vote on the card in the group's own chat. Nothing was changed.",
    }),
  approvalMissing: (l: Locale) =>
    pick(l, {
      nb: 'Denne godkjenningen finnes ikke lenger. Ingenting ble endret.',
      nn: 'Denne godkjenninga finst ikkje lenger. Ingenting vart endra.',
      en: 'This approval no longer exists. Nothing was changed.',
    }),
  notOnRoster: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så du kan ikke stemme her. Be sekretariatet legge deg til. Ingenting ble endret.',
      nn: 'Du står ikkje på deltakarlista til gruppa, så du kan ikkje stemme her. Be sekretariatet om å leggje deg til. Ingenting vart endra.',
      en: "You are not on the group's roster, so you cannot vote here. Ask the secretariat to add you. Nothing was changed.",
    }),
  onlyChairCloses: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder eller sekretariatet kan lukke godkjenningen. Stemmen din er uendret.',
      nn: 'Berre møteleiaren eller sekretariatet kan lukke godkjenninga. Stemma di er uendra.',
      en: 'Only the chair or the secretariat can close the approval. Your vote is unchanged.',
    }),
  approvalClosed: (l: Locale) =>
    pick(l, {
      nb: 'Godkjenningen er lukket, så stemmer kan ikke endres lenger. Ingenting ble endret.',
      nn: 'Godkjenninga er lukka, så stemmer kan ikkje endrast lenger. Ingenting vart endra.',
      en: 'The approval is closed, so votes can no longer change. Nothing was changed.',
    }),
  commentMissing: (l: Locale) =>
    pick(l, {
      nb: 'Skriv merknaden i feltet før du sender. Ingenting ble endret.',
      nn: 'Skriv merknaden i feltet før du sender. Ingenting vart endra.',
      en: 'Write your remark in the field before sending. Nothing was changed.',
    }),
  commentTooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Merknaden kan være høyst ${max} tegn. Ingenting ble endret.`,
      nn: `Merknaden kan vere på høgst ${max} teikn. Ingenting vart endra.`,
      en: `The remark can be at most ${max} characters. Nothing was changed.`,
    }),
  tally: (l: Locale, approved: number, remarks: number) =>
    pick(l, {
      nb: `${approved} godkjent · ${remarks} ${remarks === 1 ? 'merknad' : 'merknader'}`,
      nn: `${approved} godkjent · ${remarks} ${remarks === 1 ? 'merknad' : 'merknader'}`,
      en: `${approved} approved · ${remarks} ${remarks === 1 ? 'remark' : 'remarks'}`,
    }),
  /** A closed approval no longer offers a change (#16 §4): it says what the vote was. */
  myVote: (l: Locale, choice: 'approve' | 'remark' | undefined, open = true) =>
    choice === undefined
      ? open
        ? pick(l, { nb: 'Du har ikke stemt ennå.', nn: 'Du har ikkje stemt enno.', en: 'You have not voted yet.' })
        : pick(l, {
            nb: 'Du stemte ikke. Godkjenningen er lukket.',
            nn: 'Du stemte ikkje. Godkjenninga er lukka.',
            en: 'You did not vote. The approval is closed.',
          })
      : choice === 'approve'
        ? open
          ? pick(l, {
              nb: 'Din stemme: godkjent. Du kan endre den til godkjenningen lukkes.',
              nn: 'Stemma di: godkjent. Du kan endre ho til godkjenninga blir lukka.',
              en: 'Your vote: approved. You can change it until the approval is closed.',
            })
          : pick(l, {
              nb: 'Din stemme: godkjent. Godkjenningen er lukket.',
              nn: 'Stemma di: godkjent. Godkjenninga er lukka.',
              en: 'Your vote: approved. The approval is closed.',
            })
        : open
          ? pick(l, {
              nb: 'Din stemme: merknad. Du kan endre den til godkjenningen lukkes.',
              nn: 'Stemma di: merknad. Du kan endre ho til godkjenninga blir lukka.',
              en: 'Your vote: remark. You can change it until the approval is closed.',
            })
          : pick(l, {
              nb: 'Din stemme: merknad. Godkjenningen er lukket.',
              nn: 'Stemma di: merknad. Godkjenninga er lukka.',
              en: 'Your vote: remark. The approval is closed.',
            }),
};

const CARD_LABELS = {
  date: { nb: 'Dato', nn: 'Dato', en: 'Date' },
  time: { nb: 'Tid', nn: 'Tid', en: 'Time' },
  place: { nb: 'Sted', nn: 'Stad', en: 'Place' },
  agenda: { nb: 'Sakskart', nn: 'Saksliste', en: 'Agenda' },
  prepare: PREPARE_HEADING,
  deadline: { nb: 'Frist for innspill', nn: 'Frist for innspel', en: 'Input deadline' },
  approve: { nb: 'Godkjenn', nn: 'Godkjenn', en: 'Approve' },
  remark: { nb: 'Har merknad', nn: 'Har merknad', en: 'I have a remark' },
  remarkPlaceholder: { nb: 'Din merknad', nn: 'Merknaden din', en: 'Your remark' },
  send: { nb: 'Send merknad', nn: 'Send merknad', en: 'Send remark' },
  close: { nb: 'Lukk (møteleder)', nn: 'Lukk (møteleiar)', en: 'Close (chair)' },
  remarks: { nb: 'Merknader', nn: 'Merknader', en: 'Remarks' },
  closed: { nb: 'Lukket', nn: 'Lukka', en: 'Closed' },
  decision: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decision' },
  meeting: { nb: 'Møte', nn: 'Møte', en: 'Meeting' },
  item: { nb: 'Sak', nn: 'Sak', en: 'Item' },
  regards: { nb: 'Med vennlig hilsen', nn: 'Med venleg helsing', en: 'Kind regards' },
  agendaCheck: {
    nb: 'Sjekk sakskartet. Publiser det med «innkalling».',
    nn: 'Sjekk sakslista. Publiser ho med «innkalling».',
    en: 'Check the agenda. Publish it with "notice".',
  },
  inputHint: {
    nb: 'Send innspillet ditt til Referent i chat: «innspill <tekst>».',
    nn: 'Send innspelet ditt til Referent i chat: «innspel <tekst>».',
    en: 'Send your round-table input to Referent in chat: "input <text>".',
  },
} satisfies Record<string, Text>;

/** Card labels, passed to the templates as `labels`. */
export const cardLabels = (l: Locale) => labelsIn(l, CARD_LABELS);
