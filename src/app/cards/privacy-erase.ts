import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { privacyTexts as t } from '../texts-privacy';
import { card, type CardOf, type Fields } from './card';

/** cards/privacy-erase.json: «Slett mine data?» with «Slett» / «Avbryt», or what was erased without them. */
export interface PrivacyEraseCardData {
  ask: boolean;
  title: string;
  text: string;
  labels: ReturnType<typeof t.labels>;
}

export const privacyEraseFields: Fields<PrivacyEraseCardData> = { ask: true, title: true, text: true, labels: true };

/** The question (ask) or an outcome (the text names the groups, so it goes through cardText). */
export function privacyEraseCard(l: Locale, ask: boolean, title: string, text: string): CardOf<'privacy-erase'> {
  return card('privacy-erase', { ask, title, text: cardText(text), labels: t.labels(l) });
}

/** A click answered in text only (a refusal): that text as the card, without buttons. */
export function privacyEraseTextCard(text: string): CardOf<'privacy-erase'> {
  return card('privacy-erase', { ask: false, title: '', text: cardText(text), labels: { confirm: '', cancel: '' } });
}
