/**
 * The product's three written languages: Norwegian Bokmål (default), Norwegian Nynorsk and English
 * (issue #19). Every text is a `Text`: all three, so a missing translation is a compile error, and
 * tests/unit/catalog-completeness walks the sources for any object with one of the keys but not all.
 */
export type Locale = 'nb' | 'nn' | 'en';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

export type Text = Readonly<Record<Locale, string>>;

export const pick = (l: Locale, t: Text): string => t[l];

/** A card's labels: a table of texts read in one language. */
export function labelsIn<K extends string>(l: Locale, table: Readonly<Record<K, Text>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(table) as K[]) out[k] = table[k][l];
  return out;
}

/** Norwegian in either written standard (both use the same date, clock and quote style). */
export const isNorwegian = (l: Locale): boolean => l !== 'en';
