import type { Locale } from '../actor';
import { sharedCardText } from '../card-text';
import { searchTexts as t } from '../texts-search';
import { card, type CardOf, type Fields } from './card';

/**
 * cards/search-results.json (#18 §3): a page of `søk` or `vedtak` hits with «Vis flere» (verb
 * search.more / decisions.more) while pages are left. The typed command answers page 1 as text and
 * this card with the button only; each click redraws the card with the next page. The query rides on
 * the card as the user typed it and is checked again on the click; the groups never ride on it.
 */
export interface SearchResultsCardData {
  kind: 'search' | 'decisions';
  title: string;
  rows: { line: string }[];
  hasHint: boolean;
  hint: string;
  hasMore: boolean;
  label: string;
  query: string;
  next: number;
}

export const searchResultsFields: Fields<SearchResultsCardData> = {
  kind: true,
  title: true,
  rows: true,
  hasHint: true,
  hint: true,
  hasMore: true,
  label: true,
  query: true,
  next: true,
};

/** Members' text is on it (notes, input): links show as text, as on every card the group sees. */
export function searchResultsCard(
  l: Locale,
  kind: SearchResultsCardData['kind'],
  title: string,
  lines: readonly string[],
  more: { query: string; next: number; hint: string } | undefined,
): CardOf<'search-results'> {
  return card('search-results', {
    kind,
    title: sharedCardText(title),
    rows: lines.map((line) => ({ line: sharedCardText(line) })),
    hasHint: !!more?.hint,
    hint: more ? sharedCardText(more.hint) : '',
    hasMore: !!more,
    label: t.more(l),
    query: more?.query ?? '',
    next: more?.next ?? 0,
  });
}
