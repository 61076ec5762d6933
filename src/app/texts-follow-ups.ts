import type { FollowUpStatus } from '../domain/follow-up';
import type { Locale } from './actor';

/** The answers and card labels of follow-ups (#18 §1), Bokmål first, English. */
type Text = { nb: string; en: string };
const pick = (l: Locale, t: Text) => t[l];

const HOW_NB =
  'Skriv for eksempel «oppfølging: Sende planen på høring ansvar Kari Nordmann frist 01.03.2031» — ansvar er en person eller en organisasjon på deltakerlisten.';
const HOW_EN =
  'Write for example "action: Send the plan for consultation owner Kari Nordmann due 01.03.2031" — the owner is a person or an organization on the roster.';

const STATUS: Record<FollowUpStatus, Text> = {
  open: { nb: 'Åpen', en: 'Open' },
  done: { nb: 'Utført', en: 'Done' },
  carried: { nb: 'Videreføres', en: 'Carried forward' },
  dropped: { nb: 'Utgår', en: 'Dropped' },
};

export const followUpTexts = {
  statusName: (l: Locale, s: FollowUpStatus) => pick(l, STATUS[s]),
  empty: (l: Locale) =>
    pick(l, { nb: `Oppfølgingspunktet mangler tekst. ${HOW_NB} Ingenting ble lagret.`, en: `The follow-up has no text. ${HOW_EN} Nothing was saved.` }),
  tooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Oppfølgingspunktet er for langt (høyst ${max} tegn). Ingenting ble lagret.`,
      en: `The follow-up is too long (at most ${max} characters). Nothing was saved.`,
    }),
  badDate: (l: Locale, value: string) =>
    pick(l, {
      nb: `«${value}» er ikke en dato. Skriv fristen som dd.mm.åååå, for eksempel «frist 01.03.2031». Ingenting ble lagret.`,
      en: `"${value}" is not a date. Write the deadline as dd.mm.yyyy, e.g. "due 01.03.2031". Nothing was saved.`,
    }),
  pastDate: (l: Locale, value: string) =>
    pick(l, {
      nb: `Fristen ${value} har allerede vært. Velg i dag eller en senere dato. Ingenting ble lagret.`,
      en: `The deadline ${value} has passed. Choose today or a later date. Nothing was saved.`,
    }),
  emptyOwner: (l: Locale) =>
    pick(l, {
      nb: `Skriv hvem som har ansvaret etter «ansvar». ${HOW_NB} Ingenting ble lagret.`,
      en: `Write who owns it after "owner". ${HOW_EN} Nothing was saved.`,
    }),
  unknownOwner: (l: Locale, name: string) =>
    pick(l, {
      nb: `Fant ingen person eller organisasjon som heter «${name}» på deltakerlisten. Skriv fullt navn (fornavn og etternavn) eller organisasjonen slik den står på listen. ${HOW_NB} Ingenting ble lagret.`,
      en: `No person or organization called "${name}" is on the roster. Write the full name (first and last name) or the organization as the roster has it. ${HOW_EN} Nothing was saved.`,
    }),
  ambiguousOwner: (l: Locale, name: string, names: string[]) =>
    pick(l, {
      nb: `«${name}» passer på flere: ${names.join('; ')}. Skriv hele navnet. Ingenting ble lagret.`,
      en: `"${name}" matches several: ${names.join('; ')}. Write the whole name. Nothing was saved.`,
    }),
  noItem: (l: Locale) =>
    pick(l, {
      nb: 'Møtet har ingen gjeldende sak å knytte oppfølgingspunktet til. Ingenting ble lagret.',
      en: 'The meeting has no current item to put the follow-up on. Nothing was saved.',
    }),
  saved: (l: Locale, item: number, text: string, owner: string | undefined, due: string | undefined) =>
    pick(l, {
      nb: `Oppfølgingspunktet er lagret på sak ${item}: «${text}» — ansvar: ${owner ?? 'ikke satt'}, frist: ${due ?? 'ingen'}.`,
      en: `The follow-up is saved on item ${item}: "${text}" — owner: ${owner ?? 'not set'}, due: ${due ?? 'none'}.`,
    }),
  listArgs: (l: Locale) =>
    pick(l, {
      nb: `Et nytt oppfølgingspunkt skrives med kolon: «oppfølging: <tekst> [ansvar <navn eller organisasjon>] [frist dd.mm.åååå]». «oppfølging» alene viser gruppens åpne punkter. Ingenting ble lagret.`,
      en: `A new follow-up is written with a colon: "action: <text> [owner <name or organization>] [due dd.mm.yyyy]". "actions" alone shows the group's open ones. Nothing was saved.`,
    }),
  noneOpen: (l: Locale) => pick(l, { nb: 'Gruppen har ingen åpne oppfølgingspunkter.', en: 'The group has no open follow-ups.' }),
  noneMine: (l: Locale) => pick(l, { nb: 'Du har ingen åpne oppfølgingspunkter.', en: 'You have no open follow-ups.' }),
  notMember: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner deg ikke på deltakerlisten til noen gruppe, så du har ingen oppfølgingspunkter her.',
      en: 'I cannot find you on the roster of any group, so you have no follow-ups here.',
    }),
  gone: (l: Locale) => pick(l, { nb: 'Fant ikke dette oppfølgingspunktet. Ingenting ble endret.', en: 'This follow-up was not found. Nothing was changed.' }),
  notYours: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder, sekretariatet eller den som har ansvaret kan markere dette punktet som utført. Ingenting ble endret.',
      en: 'Only the owner, the chair or the secretariat can mark this follow-up as done. Nothing was changed.',
    }),
  onlyChair: (l: Locale) =>
    pick(l, {
      nb: 'Bare møteleder eller sekretariatet kan videreføre et punkt eller la det utgå. Ingenting ble endret.',
      en: 'Only the chair or the secretariat can carry a follow-up forward or drop it. Nothing was changed.',
    }),
  marked: (l: Locale, status: FollowUpStatus, text: string) =>
    pick(l, { nb: `«${text}» er markert: ${STATUS[status].nb}.`, en: `"${text}" is marked: ${STATUS[status].en}.` }),
  cardLabels: (l: Locale) =>
    l === 'en'
      ? { owner: 'Owner', due: 'Due', status: 'Status', from: 'From', done: 'Done', carried: 'Carry forward', dropped: 'Drop', item: 'item' }
      : { owner: 'Ansvar', due: 'Frist', status: 'Status', from: 'Fra', done: 'Utført', carried: 'Videreføres', dropped: 'Utgår', item: 'sak' },
  mineTitle: (l: Locale) => pick(l, { nb: 'Mine oppfølgingspunkter', en: 'My follow-ups' }),
  groupTitle: (l: Locale, group: string) => pick(l, { nb: `Åpne oppfølgingspunkter – ${group}`, en: `Open follow-ups – ${group}` }),
};
