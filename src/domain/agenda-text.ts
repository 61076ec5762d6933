/*
 * The words of an agenda line, split from agenda-parser.ts: cleaning pasted inline markup, telling
 * an item's kind from its title, numbering. Pure; the parser, completion and follow-ups share them.
 */
import type { AgendaItem, ItemKind } from './agenda';
import { stripBidi } from './text';

/** Removes Markdown emphasis, stray asterisks and link syntax, and collapses whitespace. */
export function cleanInline(s: string): string {
  return stripBidi(s)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/!?\[([^[\]]{0,500})\]\(\s*<?([^()\s>]{0,2000})>?(?:\s+"[^"]{0,500}")?\s*\)/g, (_m, text: string, url: string) => text.trim() || url)
    .replace(/<((?:https?|mailto):[^\s<>]+)>/gi, '$1')
    .replace(/\\([\\`_{}[\]()#+\-.!>~|])/g, '$1')
    .replace(/\*+|~~|`+/g, '')
    .replace(/(^|[\s(«"'])_{1,3}(?=\S)/g, '$1')
    .replace(/(\S)_{1,3}(?=$|[\s).,:;!?»"'])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export const hasText = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);
const WORD = (w: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${w})(?![\\p{L}\\p{N}])`, 'iu');

export const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
export const MONTHS_EN = 'january|february|march|may|june|july|october|december';
const DATE_IN_TEXT = new RegExp(`\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{1,2}\\.?\\s+(?:${MONTHS}|${MONTHS_EN})(?:\\s+\\d{4})?`, 'i');

const KIND_RULES: [ItemKind, RegExp][] = [
  ['approve-notice', /^(?:godkjenning av (?:innkalling|dagsorden|saksliste|sakskart)|approv\w* (?:of )?(?:the )?(?:notice|agenda))/i],
  [
    'approve-minutes',
    /^(?:godkjenning av (?:forrige |førre )?referat|(?:forrige |førre )?referat(?:et)? fr[aå] (?:forrige |førre )?møte|approv\w* (?:of )?(?:the )?(?:previous |last )?minutes)/i,
  ],
  ['round-table', WORD('runde rundt bordet|runden|rundt bordet|round[- ]?table|tour de table')],
  ['follow-ups', /^(?:oppfølging(?:spunkt(?:er)?)? fr[aå] (?:forrige|førre) møte|follow-ups? from (?:the )?(?:last|previous) meeting)/i],
  ['other-business', /^(?:eventuelt|any other business|other business|aob)(?![\p{L}\p{N}])/iu],
  ['orientation', WORD('orientering|orienteringer|orienteringen|orientation|briefing|briefings')],
  ['discussion', WORD('diskusjon|diskusjoner|drøfting|drøftingssak|discussion')],
];

/** The kind of an item from its Norwegian (or English) wording, and the minutes' date when named. */
export function classifyAgendaTitle(title: string): { kind: ItemKind; minutesDate?: string } {
  const rule = KIND_RULES.find(([, re]) => re.test(title));
  const kind: ItemKind = rule ? rule[0] : 'other';
  if (kind !== 'approve-minutes') return { kind };
  const date = DATE_IN_TEXT.exec(title.replace(/^.*?(?:referat\w*|minutes)/i, ''));
  return date ? { kind, minutesDate: date[0].trim() } : { kind };
}

/** Numbers the items 1..n in their current order (copies; the input is not changed). */
export function renumberAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item, i) => ({ ...item, subPoints: [...item.subPoints], number: i + 1 }));
}
