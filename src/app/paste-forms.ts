import type { Actor, Locale, Reply } from './actor';
import { cardText } from './card-text';
import { formTexts as t, type FormKind } from './texts-forms';

/**
 * The form card for what is otherwise pasted after `deltakere` / `sakskart` (#16 §1): a multi-line
 * text box and «Lagre». Clients that lose line breaks (the Agents Playground's web page, some Teams
 * pastes) keep them in a text box. The group id on the card only says which group's form it is:
 * who may save is checked against stored roles when it is submitted (bot/handlers/paste-forms.ts).
 */
export function pasteForm(l: Locale, kind: FormKind, groupId: string, lead?: string): Reply {
  return {
    text: lead,
    card: {
      template: 'paste-form',
      data: {
        ask: true,
        kind,
        groupId,
        title: t.title(l, kind),
        text: t.hint(l, kind),
        label: t.label(l, kind),
        placeholder: t.placeholder(l, kind),
        save: t.save(l),
      },
    },
  };
}

/** The form after «Lagre»: the answer the pasted command would give, on the card it replaces. */
export function pasteAnswer(actor: Actor, kind: FormKind, reply: Reply): Reply {
  if (reply.card) return reply;
  return {
    card: {
      template: 'paste-form',
      data: { ask: false, kind, groupId: '', title: t.title(actor.locale, kind), text: cardText(reply.text ?? ''), label: '', placeholder: '', save: '' },
    },
  };
}
