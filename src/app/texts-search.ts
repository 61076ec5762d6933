import { pick, type Locale, type Text } from '../domain/language';

/** The decision register (`vedtak`) and search (`søk`) answers (#18 §3), Bokmål, nynorsk, English. */

export type HitKind = 'decision' | 'follow-up' | 'note' | 'input';

const KIND: Record<HitKind, Text> = {
  decision: { nb: 'Vedtak', nn: 'Vedtak', en: 'Decision' },
  'follow-up': { nb: 'Oppfølging', nn: 'Oppfølging', en: 'Follow-up' },
  note: { nb: 'Notat', nn: 'Notat', en: 'Note' },
  input: { nb: 'Innspill', nn: 'Innspel', en: 'Input' },
};

export const searchTexts = {
  kind: (l: Locale, k: HitKind) => pick(l, KIND[k]),
  /** `item`: «sak 4», «sak 2 i del 2» (texts-item-ref.ts). */
  item: (l: Locale, item: string, title: string) => pick(l, { nb: `${item} ${title}`, nn: `${item} ${title}`, en: `${item} ${title}` }),
  notMember: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så jeg viser ikke vedtak eller søkeresultater her. Be sekretariatet legge deg til med «deltakere».',
      nn: 'Du står ikkje på deltakarlista til gruppa, så eg viser ikkje vedtak eller søkjeresultat her. Be sekretariatet leggje deg til med «deltakarar».',
      en: 'You are not on the group\'s roster, so I do not show its decisions or search results here. Ask the secretariat to add you with "members".',
    }),
  noGroups: (l: Locale) =>
    pick(l, {
      nb: 'Jeg finner deg ikke på deltakerlisten til noen gruppe, så det er ingenting å søke i.',
      nn: 'Eg finn deg ikkje på deltakarlista til nokon gruppe, så det er ingenting å søkje i.',
      en: 'I cannot find you on the roster of any group, so there is nothing to search.',
    }),
  noDecisions: (l: Locale, group: string) =>
    pick(l, {
      nb: `${group} har ingen vedtak ennå.`,
      nn: `${group} har ingen vedtak enno.`,
      en: `${group} has no decisions yet.`,
    }),
  registerHead: (l: Locale, group: string, total: number, page: number, pages: number) =>
    pick(l, {
      nb: `Vedtak i ${group}, nyeste først (${total} i alt, side ${page} av ${pages}):`,
      nn: `Vedtak i ${group}, nyaste først (${total} i alt, side ${page} av ${pages}):`,
      en: `Decisions of ${group}, newest first (${total} in all, page ${page} of ${pages}):`,
    }),
  registerMore: (l: Locale, next: number) =>
    pick(l, {
      nb: `Eller skriv «vedtak side ${next}».`,
      nn: `Eller skriv «vedtak side ${next}».`,
      en: `Or write "decisions page ${next}".`,
    }),
  usage: (l: Locale) =>
    pick(l, {
      nb: 'Skriv hva du leter etter, for eksempel «søk budsjett». Du finner vedtak, oppfølgingspunkter, notater og innspill fra gruppene dine.',
      nn: 'Skriv kva du leitar etter, til dømes «søk budsjett». Du finn vedtak, oppfølgingspunkt, notat og innspel frå gruppene dine.',
      en: 'Write what you are looking for, e.g. "search budget". You find decisions, follow-ups, notes and input of your groups.',
    }),
  tooShort: (l: Locale, min: number) =>
    pick(l, {
      nb: `Søket er for kort: skriv minst ${min} bokstaver eller tall, for eksempel «søk budsjett».`,
      nn: `Søket er for kort: skriv minst ${min} bokstavar eller tal, til dømes «søk budsjett».`,
      en: `The search is too short: write at least ${min} letters or digits, e.g. "search budget".`,
    }),
  tooLong: (l: Locale, max: number) =>
    pick(l, {
      nb: `Søket er for langt (høyst ${max} tegn). Skriv noen få ord du leter etter.`,
      nn: `Søket er for langt (høgst ${max} teikn). Skriv nokre få ord du leitar etter.`,
      en: `The search is too long (at most ${max} characters). Write a few words you are looking for.`,
    }),
  none: (l: Locale, query: string) =>
    pick(l, {
      nb: `Fant ingenting om «${query}».`,
      nn: `Fann ingenting om «${query}».`,
      en: `Nothing found for "${query}".`,
    }),
  searchHead: (l: Locale, query: string, total: number, page: number, pages: number) =>
    pick(l, {
      nb: `Treff for «${query}», nyeste først (${total} i alt, side ${page} av ${pages}):`,
      nn: `Treff for «${query}», nyaste først (${total} i alt, side ${page} av ${pages}):`,
      en: `Hits for "${query}", newest first (${total} in all, page ${page} of ${pages}):`,
    }),
  searchMore: (l: Locale, query: string, next: number) =>
    pick(l, {
      nb: `Eller skriv «søk ${query} side ${next}».`,
      nn: `Eller skriv «søk ${query} side ${next}».`,
      en: `Or write "search ${query} page ${next}".`,
    }),
  pageOf: (l: Locale, page: number, pages: number) =>
    pick(l, { nb: `Side ${page} av ${pages}.`, nn: `Side ${page} av ${pages}.`, en: `Page ${page} of ${pages}.` }),
  more: (l: Locale) => pick(l, { nb: 'Vis flere', nn: 'Vis fleire', en: 'Show more' }),
  badCard: (l: Locale) =>
    pick(l, {
      nb: 'Jeg kan ikke lese søket på dette kortet. Skriv søket på nytt, for eksempel «søk budsjett».',
      nn: 'Eg kan ikkje lese søket på dette kortet. Skriv søket på nytt, til dømes «søk budsjett».',
      en: 'I cannot read the search on this card. Write the search again, e.g. "search budget".',
    }),
  /** «Vis flere» under `vedtak` with a page that cannot be read. */
  badRegisterCard: (l: Locale) =>
    pick(l, {
      nb: 'Jeg kan ikke lese sidetallet på dette kortet. Skriv for eksempel «vedtak side 2».',
      nn: 'Eg kan ikkje lese sidetalet på dette kortet. Skriv til dømes «vedtak side 2».',
      en: 'I cannot read the page number on this card. Write e.g. "decisions page 2".',
    }),
};
