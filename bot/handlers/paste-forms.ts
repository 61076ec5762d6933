import { renderNamedCard } from '../../cards';
import type { Reply } from '../../src/app/actor';
import { mayUse } from '../../src/app/commands';
import { loadGroupContext } from '../../src/app/group-context';
import { pasteAnswer } from '../../src/app/paste-forms';
import { formTexts as t, type FormKind } from '../../src/app/texts-forms';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import type { Capability } from './types';

const render = (reply: Reply) => renderNamedCard(reply.card!.template, reply.card!.data) as never;

/**
 * «Lagre» on the form cards of `deltakere` / `sakskart` (#16 §1): does exactly what the pasted
 * command does and answers the same way, on the card. The card's data names the group; whether the
 * clicker may change it is decided from stored roles (a card is not the router, so it checks here).
 */
export const pasteForms: Capability = {
  commands: [],
  verbs: ['paste.members', 'paste.agenda'],
  register(app, services: Services) {
    const on = (verb: string, kind: FormKind) =>
      app.adaptiveCards.actionExecute(verb, async (context, _state, data: Record<string, unknown>) => {
        const actor = actorFrom(context);
        const l = actor.locale;
        const refuse = (text: string) => render(pasteAnswer(actor, kind, { text }));
        const text = typeof data.text === 'string' ? data.text : '';
        const group = typeof data.groupId === 'string' && data.groupId ? await loadGroupContext(services.repos, data.groupId, actor) : undefined;
        if (!group || !mayUse('secretariat', group.roles)) return refuse(t.notAllowed(l));
        if (!text.trim()) return refuse(t.noText(l));
        const reply = kind === 'members' ? await services.groups.importRoster(actor, group, text) : await services.meetings.setAgenda(actor, group, text);
        return render(pasteAnswer(actor, kind, reply));
      });
    on('paste.members', 'members');
    on('paste.agenda', 'agenda');
  },
};
