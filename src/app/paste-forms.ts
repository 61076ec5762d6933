import type { Actor, Locale, Reply } from './actor';
import { pasteAnswerCard, pasteFormCard } from './cards/paste-form';
import type { FormKind } from './texts-forms';

/**
 * The form card for what is otherwise pasted after `deltakere` / `sakskart` (#16 §1): a multi-line
 * text box and «Lagre». Clients that lose line breaks (the Agents Playground's web page, some Teams
 * pastes) keep them in a text box. The group id on the card only says which group's form it is:
 * who may save is checked against stored roles when it is submitted (bot/handlers/paste-forms.ts).
 */
export function pasteForm(l: Locale, kind: FormKind, groupId: string, lead?: string): Reply {
  return { text: lead, card: pasteFormCard(l, kind, groupId) };
}

/** The form after «Lagre»: the answer the pasted command would give, on the card it replaces. */
export function pasteAnswer(actor: Actor, kind: FormKind, reply: Reply): Reply {
  if (reply.card) return reply;
  return { card: pasteAnswerCard(actor.locale, kind, reply.text ?? '') };
}
