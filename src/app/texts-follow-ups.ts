import type { FollowUpStatus } from '../domain/follow-up';
import { formatDate } from '../domain/norwegian-time';
import { labelsIn, pick, type Locale, type Text } from '../domain/language';

/** The answers and card labels of follow-ups (#18 §1), Bokmål, nynorsk, English. */

const HOW: Text = {
  nb: 'Skriv for eksempel «oppfølging: Sende planen på høring ansvar Kari Nordmann frist 01.03.2031». Ansvar er en person eller en organisasjon på deltakerlisten.',
  nn: 'Skriv til dømes «oppfølging: Sende planen på høyring ansvar Kari Nordmann frist 01.03.2031». Ansvar er ein person eller ein organisasjon på deltakarlista.',
  en: 'Write for example "action: Send the plan for consultation owner Kari Nordmann due 01.03.2031". The owner is a person or an organization on the roster.',
};
const HOW_NB = HOW.nb;
const HOW_NN = HOW.nn;
const HOW_EN = HOW.en;

const STATUS: Record<FollowUpStatus, Text> = {
  open: { nb: 'Åpen', nn: 'Open', en: 'Open' },
  done: { nb: 'Utført', nn: 'Utført', en: 'Done' },
  carried: { nb: 'Videreføres', nn: 'Vidareførast', en: 'Carried forward' },
  dropped: { nb: 'Utgår', nn: 'Går ut', en: 'Dropped' },
};

export const followUpTexts = {
  statusName: (l: Locale, s: FollowUpStatus) => pick(l, STATUS[s]),
  empty: (l: Locale) =>
    pick(l, {
      nb: `Oppfølgingspunktet mangler tekst. ${HOW_NB} Ingenting ble lagret.`,
      nn: `Oppfølgingspunktet manglar tekst. ${HOW_NN} Ingenting vart lagra.`,
      en: `The follow-up has no text. ${HOW_EN} Nothing was saved.`,
    }),
  tooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Oppfølgingspunktet er for langt (høyst ${max} tegn). Ingenting ble lagret.`,
      nn: `Oppfølgingspunktet er for langt (høgst ${max} teikn). Ingenting vart lagra.`,
      en: `The follow-up is too long (at most ${max} characters). Nothing was saved.`,
    }),
  badDate: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» er ikke en dato. Skriv fristen som dd.mm.åååå, for eksempel «frist 01.03.2031». Ingenting ble lagret.`,
      nn: `«${value}» er ikkje ein dato. Skriv fristen som dd.mm.åååå, til dømes «frist 01.03.2031». Ingenting vart lagra.`,
      en: `"${value}" is not a date. Write the deadline as dd.mm.yyyy, e.g. "due 01.03.2031". Nothing was saved.`,
    }),
  pastDate: (l: Locale, value: string) =>
    pick(l, {
      nb: `Fristen ${value} har allerede vært. Velg i dag eller en senere dato. Ingenting ble lagret.`,
      nn: `Fristen ${value} har alt vore. Vel i dag eller ein seinare dato. Ingenting vart lagra.`,
      en: `The deadline ${value} has passed. Choose today or a later date. Nothing was saved.`,
    }),
  emptyOwner: (l: Locale) =>
    pick(l, {
      nb: `Skriv hvem som har ansvaret etter «ansvar». ${HOW_NB} Ingenting ble lagret.`,
      nn: `Skriv kven som har ansvaret, etter «ansvar». ${HOW_NN} Ingenting vart lagra.`,
      en: `Write who owns it after "owner". ${HOW_EN} Nothing was saved.`,
    }),
  unknownOwner: (l: Locale, name: string) =>
    pick(l, {
      nb: `Fant ingen person eller organisasjon som heter «${name}» på deltakerlisten. Skriv fullt navn (fornavn og etternavn) eller organisasjonen slik den står på listen. ${HOW_NB} Ingenting ble lagret.`,
      nn: `Fann ingen person eller organisasjon som heiter «${name}» på deltakarlista. Skriv fullt namn (fornamn og etternamn) eller organisasjonen slik han står på lista. ${HOW_NN} Ingenting vart lagra.`,
      en: `No person or organization called "${name}" is on the roster. Write the full name (first and last name) or the organization as the roster has it. ${HOW_EN} Nothing was saved.`,
    }),
  ambiguousOwner: (l: Locale, name: string, names: string[]) =>
    pick(l, {
      nb: `«${name}» passer på flere: ${names.join('; ')}. Skriv hele navnet. Ingenting ble lagret.`,
      nn: `«${name}» passar på fleire: ${names.join('; ')}. Skriv heile namnet. Ingenting vart lagra.`,
      en: `"${name}" matches several: ${names.join('; ')}. Write the whole name. Nothing was saved.`,
    }),
  noItem: (l: Locale) =>
    pick(l, {
      nb: 'Møtet har ingen gjeldende sak å knytte oppfølgingspunktet til. Ingenting ble lagret.',
      nn: 'Møtet har inga sak i gang som oppfølgingspunktet kan knytast til. Ingenting vart lagra.',
      en: 'The meeting has no current item to put the follow-up on. Nothing was saved.',
    }),
  /** `item`: «sak 4», «sak 2 i del 2» (texts-item-ref.ts). */
  saved: (l: Locale, item: string, text: string, owner: string | undefined, due: string | undefined) =>
    pick(l, {
      nb: `Oppfølgingspunktet er lagret på ${item}: «${text}» — ansvar: ${owner ?? 'ikke satt'}, frist: ${due ?? 'ingen'}.`,
      nn: `Oppfølgingspunktet er lagra på ${item}: «${text}». Ansvar: ${owner ?? 'ikkje sett'}, frist: ${due ?? 'ingen'}.`,
      en: `The follow-up is saved on ${item}: "${text}" — owner: ${owner ?? 'not set'}, due: ${due ?? 'none'}.`,
    }),
  staleItem: (l: Locale, current: string) =>
    pick(l, {
      nb: `Kortet viser ikke lenger gjeldende sak (nå ${current}). Ingenting ble lagret; bruk kortet til ${current} eller skriv «oppfølging: …».`,
      nn: `Kortet viser ikkje lenger saka som gjeld no (no ${current}). Ingenting vart lagra; bruk kortet til ${current} eller skriv «oppfølging: …».`,
      en: `The card no longer shows the current item (now ${current}). Nothing was saved; use the card of ${current} or type "action: …".`,
    }),
  listArgs: (l: Locale) =>
    pick(l, {
      nb: `Et nytt oppfølgingspunkt skrives med kolon: «oppfølging: <tekst> [ansvar <navn eller organisasjon>] [frist dd.mm.åååå]». «oppfølging» alene viser gruppens åpne punkter. Ingenting ble lagret.`,
      nn: `Eit nytt oppfølgingspunkt skriv du med kolon: «oppfølging: <tekst> [ansvar <namn eller organisasjon>] [frist dd.mm.åååå]». «oppfølging» åleine viser dei opne punkta til gruppa. Ingenting vart lagra.`,
      en: `A new follow-up is written with a colon: "action: <text> [owner <name or organization>] [due dd.mm.yyyy]". "actions" alone shows the group's open ones. Nothing was saved.`,
    }),
  noneOpen: (l: Locale) =>
    pick(l, { nb: 'Gruppen har ingen åpne oppfølgingspunkter.', nn: 'Gruppa har ingen opne oppfølgingspunkt.', en: 'The group has no open follow-ups.' }),
  noneMine: (l: Locale) =>
    pick(l, { nb: 'Du har ingen åpne oppfølgingspunkter.', nn: 'Du har ingen opne oppfølgingspunkt.', en: 'You have no open follow-ups.' }),
  notMember: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner deg ikke på deltakerlisten til noen gruppe, så du har ingen oppfølgingspunkter her.',
      nn: 'Eg finn deg ikkje på deltakarlista til nokon gruppe, så du har ingen oppfølgingspunkt her.',
      en: 'I cannot find you on the roster of any group, so you have no follow-ups here.',
    }),
  gone: (l: Locale) =>
    pick(l, {
      nb: 'Fant ikke dette oppfølgingspunktet. Ingenting ble endret.',
      nn: 'Fann ikkje dette oppfølgingspunktet. Ingenting vart endra.',
      en: 'This follow-up was not found. Nothing was changed.',
    }),
  /** «Oppfølging» on a current-item card whose meeting is not stored (a forged or broken card). */
  cardMeetingGone: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner ikke møtet på dette kortet. Skriv «oppfølging: …» i møtets chat. Ingenting ble lagret.',
      nn: 'Eg finn ikkje møtet på dette kortet. Skriv «oppfølging: …» i chatten til møtet. Ingenting vart lagra.',
      en: 'I cannot find the meeting on this card. Write "action: …" in the meeting’s chat. Nothing was saved.',
    }),
  notYours: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder, sekretariatet eller den som har ansvaret kan markere dette punktet som utført. Ingenting ble endret.',
      nn: 'Berre møteleiaren, sekretariatet eller den som har ansvaret, kan merkje dette punktet som utført. Ingenting vart endra.',
      en: 'Only the owner, the chair or the secretariat can mark this follow-up as done. Nothing was changed.',
    }),
  onlyChair: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder eller sekretariatet kan videreføre et punkt eller la det utgå. Ingenting ble endret.',
      nn: 'Berre møteleiaren eller sekretariatet kan vidareføre eit punkt eller la det gå ut. Ingenting vart endra.',
      en: 'Only the chair or the secretariat can carry a follow-up forward or drop it. Nothing was changed.',
    }),
  marked: (l: Locale, status: FollowUpStatus, text: string) =>
    pick(l, {
      nb: `«${text}» er markert: ${STATUS[status].nb}.`,
      nn: `«${text}» er merkt: ${STATUS[status].nn}.`,
      en: `"${text}" is marked: ${STATUS[status].en}.`,
    }),
  cardLabels: (l: Locale) =>
    labelsIn(l, {
      owner: { nb: 'Ansvar', nn: 'Ansvar', en: 'Owner' },
      due: { nb: 'Frist', nn: 'Frist', en: 'Due' },
      status: { nb: 'Status', nn: 'Status', en: 'Status' },
      from: { nb: 'Fra', nn: 'Frå', en: 'From' },
      done: { nb: 'Utført', nn: 'Utført', en: 'Done' },
      carried: { nb: 'Videreføres', nn: 'Vidareførast', en: 'Carry forward' },
      dropped: { nb: 'Utgår', nn: 'Går ut', en: 'Drop' },
      item: { nb: 'sak', nn: 'sak', en: 'item' },
    }),
  /** The personal message to an owner after avslutt. */
  ownerMessage: (l: Locale, group: string, date: string, lines: string[]) =>
    pick(l, {
      nb: `Oppfølgingspunkter til deg fra møtet i ${group} ${date}:\n\n${lines.join('\n')}\n\nSe dem og marker dem som utført med «mine oppgaver».`,
      nn: `Oppfølgingspunkt til deg frå møtet i ${group} ${date}:\n\n${lines.join('\n')}\n\nSjå dei og merk dei som utførte med «mine oppgåver».`,
      en: `Follow-ups for you from the meeting of ${group} on ${date}:\n\n${lines.join('\n')}\n\nSee them and mark them done with "my tasks".`,
    }),
  /** `item`: «sak 4», «sak 2 i del 2» (texts-item-ref.ts). */
  ownerLine: (l: Locale, text: string, item: string, due: string | undefined, organization: string | undefined) => {
    const due_ = due ? pick(l, { nb: `, frist ${due}`, nn: `, frist ${due}`, en: `, due ${due}` }) : '';
    const org = organization ? pick(l, { nb: ` (for ${organization})`, nn: ` (for ${organization})`, en: ` (for ${organization})` }) : '';
    return `• ${text}${org} — ${item}${due_}`;
  },
  /** The answer in the meeting chat after the owners were messaged. */
  ownersNotified: (l: Locale, sent: number, unreachable: string[]) => {
    const head = pick(l, {
      nb: `Oppfølgingspunktene er sendt i personlig chat til ${sent} ansvarlig${sent === 1 ? '' : 'e'}.`,
      nn: `Oppfølgingspunkta er sende i personleg chat til ${sent} ansvarleg${sent === 1 ? '' : 'e'}.`,
      en: `The follow-ups were sent in personal chat to ${sent} owner${sent === 1 ? '' : 's'}.`,
    });
    if (unreachable.length === 0) return head;
    return `${head} ${pick(l, {
      nb: `${unreachable.length} kunne ikke nås fordi de ikke har skrevet til Referent ennå (eller chatten feilet): ${unreachable.join(', ')}. Be dem skrive «mine oppgaver» til Referent.`,
      nn: `${unreachable.length} kunne ikkje nåast fordi dei ikkje har skrive til Referent enno (eller chatten feila): ${unreachable.join(', ')}. Be dei skrive «mine oppgåver» til Referent.`,
      en: `${unreachable.length} could not be reached because they have not written to Referent yet (or the chat failed): ${unreachable.join(', ')}. Ask them to write "my tasks" to Referent.`,
    })}`;
  },
  /** `item`: «Sak 4», «Sak 2 i del 2» (texts-item-ref.ts). */
  agendaItem: (l: Locale, item: string, count: number) =>
    pick(l, {
      nb: `${item} «Oppfølging fra forrige møte» lister gruppens ${count} åpne oppfølgingspunkt${count === 1 ? '' : 'er'}; møteleder markerer dem på sakens kort i møtet.`,
      nn: `${item} «Oppfølging frå førre møte» listar dei ${count} opne oppfølgingspunkta til gruppa. Møteleiaren merkjer dei på kortet til saka i møtet.`,
      en: `${item} «Oppfølging fra forrige møte» lists the group's ${count} open follow-up${count === 1 ? '' : 's'}; the chair marks them on the item's card in the meeting.`,
    }),
  /** `item`: «Sak 4», «Del 2 · Sak 4» (texts-item-ref.ts). */
  meetingItemTitle: (l: Locale, item: string) =>
    pick(l, {
      nb: `${item}: Oppfølging fra forrige møte`,
      nn: `${item}: Oppfølging frå førre møte`,
      en: `${item}: Follow-ups from the previous meeting`,
    }),
  /** `mine data`: one follow-up the person owns. */
  privacyLine: (l: Locale, group: string, date: string, text: string, status: FollowUpStatus) =>
    `${group}, ${formatDate(date)}: ${text} (${pick(l, STATUS[status])})`,
  privacySection: (l: Locale) => pick(l, { nb: 'Oppfølgingspunkter du har ansvar for', nn: 'Oppfølgingspunkt du har ansvar for', en: 'Follow-ups you own' }),
  /** `slett mine data`: what happened to one follow-up. */
  privacyErased: (l: Locale, group: string, date: string, text: string, owned: boolean) =>
    owned
      ? pick(l, {
          nb: `oppfølgingspunkt: ${group}, ${formatDate(date)}, «${text}» (ansvaret står nå på organisasjonen din)`,
          nn: `oppfølgingspunkt: ${group}, ${formatDate(date)}, «${text}» (ansvaret står no på organisasjonen din)`,
          en: `follow-up: ${group}, ${formatDate(date)}, "${text}" (now owned by your organization)`,
        })
      : pick(l, {
          nb: `navnet ditt i historikken til oppfølgingspunktet «${text}» (${group}, ${formatDate(date)})`,
          nn: `namnet ditt i historikken til oppfølgingspunktet «${text}» (${group}, ${formatDate(date)})`,
          en: `your name in the history of the follow-up "${text}" (${group}, ${formatDate(date)})`,
        }),
  mineTitle: (l: Locale) => pick(l, { nb: 'Mine oppfølgingspunkter', nn: 'Oppfølgingspunkta mine', en: 'My follow-ups' }),
  groupTitle: (l: Locale, group: string) =>
    pick(l, { nb: `Åpne oppfølgingspunkter – ${group}`, nn: `Opne oppfølgingspunkt – ${group}`, en: `Open follow-ups – ${group}` }),
};
