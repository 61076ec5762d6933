import { labelsIn, pick, type Locale, type Text } from '../domain/language';

/** The review round of the referat («høring», #18 §2): answers, card labels and the outcome wording, Bokmål, nynorsk, English. */

const USAGE: Text = {
  nb: 'Skriv «send referat på høring» (det siste avsluttede møtet), eventuelt med møtedato og frist: «send referat på høring 07.11.2026 frist 20.11.2026».',
  nn: 'Skriv «send referat på høyring» (det siste avslutta møtet), eventuelt med møtedato og frist: «send referat på høyring 07.11.2026 frist 20.11.2026».',
  en: 'Write "send minutes for review" (the last ended meeting), optionally with the meeting date and a deadline: "send minutes for review 07.11.2026 due 20.11.2026".',
};
const CORRECT_USAGE: Text = {
  nb: 'Skriv «rett referat sak <nr>: <ny tekst>», for eksempel «rett referat sak 3: Saken ble utsatt til neste møte.». I et møte i to deler teller nummeret i gruppens egen del; en sak i fellesdelen skriver du «sak 1.2» eller «del 1 sak 2».',
  nn: 'Skriv «rett referat sak <nr>: <ny tekst>», til dømes «rett referat sak 3: Saka vart utsett til neste møte.». I eit møte i to delar tel nummeret i den delen som er gruppa sin eigen; ei sak i fellesdelen skriv du «sak 1.2» eller «del 1 sak 2».',
  en: 'Write "correct minutes item <no>: <new text>", for example "correct minutes item 3: The item was postponed to the next meeting.". In a meeting in two parts the number counts in the group\'s own part; for an item of the common part write "item 1.2" or "part 1 item 2".',
};

const CARD_LABELS = {
  approve: { nb: 'Godkjenn', nn: 'Godkjenn', en: 'Approve' },
  remark: { nb: 'Har merknad', nn: 'Har merknad', en: 'I have a remark' },
  remarkPlaceholder: { nb: 'Din merknad til referatet', nn: 'Merknaden din til referatet', en: 'Your remark on the minutes' },
  send: { nb: 'Send merknad', nn: 'Send merknad', en: 'Send remark' },
  download: { nb: 'Last ned hele referatet', nn: 'Last ned heile referatet', en: 'Download the full minutes' },
  deadline: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
  meeting: { nb: 'Møte', nn: 'Møte', en: 'Meeting' },
  remarks: { nb: 'Merknader', nn: 'Merknader', en: 'Remarks' },
  unanswered: { nb: 'Har ikke svart', nn: 'Har ikkje svart', en: 'Not answered' },
  unreached: {
    nb: 'Fikk ikke kortet (ingen personlig chat med Referent)',
    nn: 'Fekk ikkje kortet (ingen personleg chat med Referent)',
    en: 'Did not get the card (no personal chat with Referent)',
  },
  approvedBy: { nb: 'Godkjent av', nn: 'Godkjent av', en: 'Approved by' },
  corrections: { nb: 'Rettelser i utkastet', nn: 'Rettingar i utkastet', en: 'Corrections of the draft' },
  earlier: { nb: 'Tidligere runder', nn: 'Tidlegare rundar', en: 'Earlier rounds' },
} satisfies Record<string, Text>;

export const reviewTexts = {
  labels: (l: Locale) => labelsIn(l, CARD_LABELS),
  usage: (l: Locale) => pick(l, USAGE),
  correctUsage: (l: Locale) => pick(l, CORRECT_USAGE),
  badDate: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» er ikke en dato. ${USAGE.nb} Ingenting ble sendt.`,
      nn: `«${value}» er ikkje ein dato. ${USAGE.nn} Ingenting vart sendt.`,
      en: `"${value}" is not a date. ${USAGE.en} Nothing was sent.`,
    }),
  pastDeadline: (l: Locale, date: string) =>
    pick(l, {
      nb: `Fristen ${date} har allerede vært. Velg i dag eller en senere dato. Ingenting ble sendt.`,
      nn: `Fristen ${date} har alt vore. Vel i dag eller ein seinare dato. Ingenting vart sendt.`,
      en: `The deadline ${date} has passed. Choose today or a later date. Nothing was sent.`,
    }),
  noEnded: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ikke noe avsluttet møte med referat som kan sendes på høring. Ingenting ble sendt.',
      nn: 'Gruppa har ikkje noko avslutta møte med referat som kan sendast på høyring. Ingenting vart sendt.',
      en: 'The group has no ended meeting whose minutes can be sent for review. Nothing was sent.',
    }),
  noMeetingOn: (l: Locale, date: string) =>
    pick(l, {
      nb: `Gruppen har ikke noe møte ${date}. Ingenting ble sendt.`,
      nn: `Gruppa har ikkje noko møte ${date}. Ingenting vart sendt.`,
      en: `The group has no meeting on ${date}. Nothing was sent.`,
    }),
  notEnded: (l: Locale, date: string) =>
    pick(l, {
      nb: `Møtet ${date} er ikke avsluttet. Referatet kan sendes på høring når møteleder har skrevet «avslutt». Ingenting ble sendt.`,
      nn: `Møtet ${date} er ikkje avslutta. Referatet kan sendast på høyring når møteleiaren har skrive «avslutt». Ingenting vart sendt.`,
      en: `The meeting on ${date} has not ended. The minutes can be sent for review once the chair has written "end". Nothing was sent.`,
    }),
  locked: (l: Locale, date: string) =>
    pick(l, {
      nb: `Referatet fra ${date} er godkjent og låst. Det kan ikke sendes på høring eller rettes. Ingenting ble endret.`,
      nn: `Referatet frå ${date} er godkjent og låst. Det kan ikkje sendast på høyring eller rettast. Ingenting vart endra.`,
      en: `The minutes of ${date} are approved and locked. They cannot be sent for review or corrected. Nothing was changed.`,
    }),
  noAttendees: (l: Locale, date: string) =>
    pick(l, {
      nb: `Ingen fra deltakerlisten er registrert til stede på møtet ${date}, så ingen kan få referatet på høring. Ingenting ble sendt.`,
      nn: `Ingen frå deltakarlista er registrert til stades på møtet ${date}, så ingen kan få referatet på høyring. Ingenting vart sendt.`,
      en: `Nobody on the roster is recorded present at the meeting on ${date}, so nobody can get the minutes for review. Nothing was sent.`,
    }),
  sent: (l: Locale, round: number, date: string, deadline: string, reached: number, total: number, unreached: string[], chosenDefault: boolean) => {
    const rest = unreached.join(', ');
    const why = chosenDefault
      ? pick(l, { nb: ' (en uke, ingen frist var oppgitt)', nn: ' (ei veke, det var ikkje oppgitt nokon frist)', en: ' (one week, no deadline was given)' })
      : '';
    return pick(l, {
      nb: `Referatet fra ${date} er sendt på høring (runde ${round}) med frist ${deadline}${why}: ${reached} av ${total} som var til stede fikk det i personlig chat.${rest ? ` Disse kunne ikke nås fordi de ikke har skrevet til Referent i personlig chat: ${rest}.` : ''}`,
      nn: `Referatet frå ${date} er sendt på høyring (runde ${round}) med frist ${deadline}${why}: ${reached} av ${total} som var til stades, fekk det i personleg chat.${rest ? ` Desse kunne ikkje nåast fordi dei ikkje har skrive til Referent i personleg chat: ${rest}.` : ''}`,
      en: `The minutes of ${date} were sent for review (round ${round}) with the deadline ${deadline}${why}: ${reached} of the ${total} present got them in personal chat.${rest ? ` These could not be reached because they have not written to Referent in personal chat: ${rest}.` : ''}`,
    });
  },
  alreadySent: (l: Locale, round: number) =>
    pick(l, {
      nb: `Runde ${round} av høringen er allerede sendt. Ingenting ble sendt på nytt.`,
      nn: `Runde ${round} av høyringa er alt send. Ingenting vart sendt på nytt.`,
      en: `Round ${round} of the review has already been sent. Nothing was sent again.`,
    }),
  reminder: (l: Locale, group: string, date: string, deadline: string) =>
    pick(l, {
      nb: `Påminnelse: referatet fra møtet ${date} i ${group} er på høring med frist ${deadline}, og vi har ikke fått svaret ditt. Svar på kortet «Referat på høring» i denne chatten: «Godkjenn» eller «Har merknad».`,
      nn: `Påminning: referatet frå møtet ${date} i ${group} er på høyring med frist ${deadline}, og vi har ikkje fått svaret ditt. Svar på kortet «Referat på høyring» i denne chatten: «Godkjenn» eller «Har merknad».`,
      en: `Reminder: the minutes of the meeting on ${date} in ${group} are out for review with the deadline ${deadline}, and we have not had your answer. Answer on the card "Minutes for review" in this chat: "Approve" or "I have a remark".`,
    }),
  memberTitle: (l: Locale, group: string, date: string, round: number) =>
    pick(l, {
      nb: `Referat på høring: ${group}, møtet ${date}${round > 1 ? ` (runde ${round})` : ''}`,
      nn: `Referat på høyring: ${group}, møtet ${date}${round > 1 ? ` (runde ${round})` : ''}`,
      en: `Minutes for review: ${group}, meeting of ${date}${round > 1 ? ` (round ${round})` : ''}`,
    }),
  memberIntro: (l: Locale, deadline: string) =>
    pick(l, {
      nb: `Les utkastet og svar innen ${deadline}: «Godkjenn», eller «Har merknad» med det du vil ha endret (høyst 4 000 tegn).`,
      nn: `Les utkastet og svar innan ${deadline}: «Godkjenn», eller «Har merknad» med det du vil ha endra (høgst 4 000 teikn).`,
      en: `Read the draft and answer by ${deadline}: "Approve", or "I have a remark" with what you want changed (at most 4,000 characters).`,
    }),
  noDecision: (l: Locale) => pick(l, { nb: 'Ingen vedtak.', nn: 'Ikkje noko vedtak.', en: 'No decision.' }),
  myAnswer: (l: Locale, choice: 'approve' | 'remark' | undefined, open: boolean) => {
    if (!open) return pick(l, { nb: 'Høringsrunden er avsluttet.', nn: 'Høyringsrunden er avslutta.', en: 'The review round is closed.' });
    if (choice === 'approve')
      return pick(l, {
        nb: 'Du har godkjent referatet. Du kan endre svaret til fristen.',
        nn: 'Du har godkjent referatet. Du kan endre svaret fram til fristen.',
        en: 'You approved the minutes. You can change your answer until the deadline.',
      });
    if (choice === 'remark')
      return pick(l, {
        nb: 'Merknaden din er sendt til sekretariatet. Du kan endre den til fristen.',
        nn: 'Merknaden din er send til sekretariatet. Du kan endre han fram til fristen.',
        en: 'Your remark was sent to the secretariat. You can change it until the deadline.',
      });
    return '';
  },
  tallyTitle: (l: Locale, group: string, date: string, round: number) =>
    pick(l, {
      nb: `Høring av referatet fra ${date} – ${group}, runde ${round}`,
      nn: `Høyring av referatet frå ${date} – ${group}, runde ${round}`,
      en: `Review of the minutes of ${date} – ${group}, round ${round}`,
    }),
  tally: (l: Locale, approved: number, remarks: number, unanswered: number) =>
    pick(l, {
      nb: `${approved} godkjent · ${remarks} med merknad · ${unanswered} har ikke svart`,
      nn: `${approved} godkjent · ${remarks} med merknad · ${unanswered} har ikkje svart`,
      en: `${approved} approved · ${remarks} with a remark · ${unanswered} not answered`,
    }),
  closedNote: (l: Locale, next: number) =>
    pick(l, {
      nb: `Avsluttet: runde ${next} er sendt. Svarene her er tatt vare på.`,
      nn: `Avslutta: runde ${next} er send. Svara her er tekne vare på.`,
      en: `Closed: round ${next} was sent. The answers here are kept.`,
    }),
  /** `item`: «Sak 3», «Sak 2 i del 2» (texts-item-ref.ts), here and in the correction answers below. */
  correctionLine: (l: Locale, item: string, by: string, at: string, round: number) =>
    pick(l, {
      nb: `${item} rettet av ${by} ${at} (etter runde ${round})`,
      nn: `${item} retta av ${by} ${at} (etter runde ${round})`,
      en: `${item} corrected by ${by} ${at} (after round ${round})`,
    }),
  earlierLine: (l: Locale, round: number, approved: number, remarks: number) =>
    pick(l, {
      nb: `Runde ${round}: ${approved} godkjent, ${remarks} med merknad`,
      nn: `Runde ${round}: ${approved} godkjent, ${remarks} med merknad`,
      en: `Round ${round}: ${approved} approved, ${remarks} with a remark`,
    }),
  // Answers to a click.
  notRecipient: (l: Locale) =>
    pick(l, {
      nb: 'Dette høringskortet er ikke sendt til deg: bare de som var til stede på møtet, og som fikk kortet, kan svare. Ingenting ble endret.',
      nn: 'Dette høyringskortet er ikkje sendt til deg: berre dei som var til stades på møtet, og som fekk kortet, kan svare. Ingenting vart endra.',
      en: 'This review card was not sent to you: only those present at the meeting who got the card can answer. Nothing was changed.',
    }),
  roundMissing: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner ikke høringsrunden dette kortet gjelder. Ingenting ble endret.',
      nn: 'Eg finn ikkje høyringsrunden dette kortet gjeld. Ingenting vart endra.',
      en: 'I cannot find the review round this card is about. Nothing was changed.',
    }),
  roundClosed: (l: Locale) =>
    pick(l, {
      nb: 'Denne høringsrunden er avsluttet fordi sekretariatet har sendt en ny runde. Svar på det nyeste kortet. Ingenting ble endret.',
      nn: 'Denne høyringsrunden er avslutta fordi sekretariatet har sendt ein ny runde. Svar på det nyaste kortet. Ingenting vart endra.',
      en: 'This review round is closed because the secretariat sent a new round. Answer on the newest card. Nothing was changed.',
    }),
  roundPastDeadline: (l: Locale, deadline: string) =>
    pick(l, {
      nb: `Fristen for høringen var ${deadline}. Ta kontakt med sekretariatet om du har en merknad. Ingenting ble endret.`,
      nn: `Fristen for høyringa var ${deadline}. Ta kontakt med sekretariatet om du har ein merknad. Ingenting vart endra.`,
      en: `The deadline of the review was ${deadline}. Contact the secretariat if you have a remark. Nothing was changed.`,
    }),
  remarkMissing: (l: Locale) =>
    pick(l, {
      nb: 'Skriv merknaden i tekstfeltet før du sender. Ingenting ble endret.',
      nn: 'Skriv merknaden i tekstfeltet før du sender. Ingenting vart endra.',
      en: 'Write your remark in the text box before sending. Nothing was changed.',
    }),
  remarkTooLong: (l: Locale, max: number, length: number) =>
    pick(l, {
      nb: `Merknaden er for lang: ${length} tegn, høyst ${max} er tillatt. Korte den ned, eller send det lengste til sekretariatet på e-post. Ingenting ble lagret.`,
      nn: `Merknaden er for lang: ${length} teikn, høgst ${max} er tillate. Kort han ned, eller send det lengste til sekretariatet på e-post. Ingenting vart lagra.`,
      en: `The remark is too long: ${length} characters, at most ${max} are allowed. Shorten it, or e-mail the longest part to the secretariat. Nothing was saved.`,
    }),
  // `rett referat sak <n>: <tekst>`
  correctNoItem: (l: Locale, item: string) =>
    pick(l, {
      nb: `Referatet har ingen sak ${item}. ${CORRECT_USAGE.nb} Ingenting ble endret.`,
      nn: `Referatet har inga sak ${item}. ${CORRECT_USAGE.nn} Ingenting vart endra.`,
      en: `The minutes have no item ${item}. ${CORRECT_USAGE.en} Nothing was changed.`,
    }),
  correctEmpty: (l: Locale) =>
    pick(l, {
      nb: `Rettelsen mangler tekst. ${CORRECT_USAGE.nb} Ingenting ble endret.`,
      nn: `Rettinga manglar tekst. ${CORRECT_USAGE.nn} Ingenting vart endra.`,
      en: `The correction has no text. ${CORRECT_USAGE.en} Nothing was changed.`,
    }),
  correctTooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Rettelsen er for lang (høyst ${max} tegn). Ingenting ble endret.`,
      nn: `Rettinga er for lang (høgst ${max} teikn). Ingenting vart endra.`,
      en: `The correction is too long (at most ${max} characters). Nothing was changed.`,
    }),
  correctUnchanged: (l: Locale, item: string) =>
    pick(l, {
      nb: `${item} har allerede denne teksten. Ingenting ble endret.`,
      nn: `${item} har alt denne teksten. Ingenting vart endra.`,
      en: `${item} already has this text. Nothing was changed.`,
    }),
  /** `item`: «sak 3», «sak 2 i del 2». */
  corrected: (l: Locale, item: string, date: string, version: number, before: number) =>
    pick(l, {
      nb: `Teksten under ${item} i referatet fra ${date} er rettet (versjon ${version}). ${before > 0 ? 'Den forrige teksten er tatt vare på. ' : ''}Vedtak og innspill fra deltakerne er ikke endret. Send en ny runde med «send referat på høring».`,
      nn: `Teksten under ${item} i referatet frå ${date} er retta (versjon ${version}). ${before > 0 ? 'Den førre teksten er teken vare på. ' : ''}Vedtak og innspel frå deltakarane er ikkje endra. Send ein ny runde med «send referat på høyring».`,
      en: `The text under ${item} in the minutes of ${date} was corrected (version ${version}). ${before > 0 ? 'The previous text is kept. ' : ''}Decisions and the members' input were not changed. Send a new round with "send minutes for review".`,
    }),
  // The outcome on the next meeting's item 2.
  outcomeApproved: (l: Locale, round: number, approved: number, asked: number) =>
    pick(l, {
      nb: `Referatet ble godkjent uten merknader på høring (${approved} av ${asked} godkjente${round > 1 ? `, runde ${round}` : ''}).`,
      nn: `Referatet vart godkjent utan merknader på høyring (${approved} av ${asked} godkjende${round > 1 ? `, runde ${round}` : ''}).`,
      en: `The minutes were approved without remarks in the review (${approved} of ${asked} approved${round > 1 ? `, round ${round}` : ''}).`,
    }),
  outcomeRemarks: (l: Locale, round: number, remarks: number, corrections: number) =>
    pick(l, {
      nb: `Referatet ble godkjent med merknader på høring (${remarks} merknad${remarks === 1 ? '' : 'er'}${round > 1 ? `, runde ${round}` : ''}${corrections ? `, ${corrections} rettelse${corrections === 1 ? '' : 'r'}` : ''}).`,
      nn: `Referatet vart godkjent med merknader på høyring (${remarks} merknad${remarks === 1 ? '' : 'er'}${round > 1 ? `, runde ${round}` : ''}${corrections ? `, ${corrections} retting${corrections === 1 ? '' : 'ar'}` : ''}).`,
      en: `The minutes were approved with remarks in the review (${remarks} remark${remarks === 1 ? '' : 's'}${round > 1 ? `, round ${round}` : ''}${corrections ? `, ${corrections} correction${corrections === 1 ? '' : 's'}` : ''}).`,
    }),
  outcomeLabel: (l: Locale) => pick(l, { nb: 'Høring', nn: 'Høyring', en: 'Review' }),
  // mine data / slett mine data
  privacySection: (l: Locale) =>
    pick(l, { nb: '**Svar på høring av referat**', nn: '**Svar på høyring av referat**', en: '**Answers in reviews of minutes**' }),
  privacyLine: (l: Locale, group: string, date: string, round: number, choice: 'approve' | 'remark', comment?: string) =>
    pick(l, {
      nb: `${group}, ${date}, runde ${round}: ${choice === 'approve' ? 'godkjent' : `merknad: ${comment ?? ''}`}`,
      nn: `${group}, ${date}, runde ${round}: ${choice === 'approve' ? 'godkjent' : `merknad: ${comment ?? ''}`}`,
      en: `${group}, ${date}, round ${round}: ${choice === 'approve' ? 'approved' : `remark: ${comment ?? ''}`}`,
    }),
  privacyErased: (l: Locale, group: string, date: string, count: number) =>
    pick(l, {
      nb: `${count} svar på høring av referatet fra ${date} i ${group}`,
      nn: `${count} svar på høyring av referatet frå ${date} i ${group}`,
      en: `${count} answer${count === 1 ? '' : 's'} in the review of the minutes of ${date} in ${group}`,
    }),
};
