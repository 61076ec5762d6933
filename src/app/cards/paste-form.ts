import type { Locale } from '../actor';
import { cardText } from '../card-text';
import { formTexts as t, type FormKind } from '../texts-forms';
import { card, type CardOf, type Fields } from './card';

/** cards/paste-form.json: a multi-line text box and «Lagre», or after «Lagre» the answer without them. */
export interface PasteFormCardData {
  ask: boolean;
  kind: FormKind;
  groupId: string;
  title: string;
  text: string;
  label: string;
  placeholder: string;
  save: string;
}

export const pasteFormFields: Fields<PasteFormCardData> = {
  ask: true,
  kind: true,
  groupId: true,
  title: true,
  text: true,
  label: true,
  placeholder: true,
  save: true,
};

/** The form; the group id on it only says which group's form it is (who may save is checked on submit). */
export function pasteFormCard(l: Locale, kind: FormKind, groupId: string): CardOf<'paste-form'> {
  return card('paste-form', {
    ask: true,
    kind,
    groupId,
    title: t.title(l, kind),
    text: t.hint(l, kind),
    label: t.label(l, kind),
    placeholder: t.placeholder(l, kind),
    save: t.save(l),
  });
}

/** The form after «Lagre», showing the answer the pasted command gave. */
export function pasteAnswerCard(l: Locale, kind: FormKind, answer: string): CardOf<'paste-form'> {
  return card('paste-form', { ask: false, kind, groupId: '', title: t.title(l, kind), text: cardText(answer), label: '', placeholder: '', save: '' });
}
