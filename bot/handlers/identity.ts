import { renderNamedCard } from '../../cards';
import { say, type Reply } from '../../src/app/actor';
import { answerLinkCard } from '../../src/app/identity-card';
import { personalChatReference } from '../../src/app/people';
import { postToConversation } from '../proactive';
import type { Services } from '../services';
import { actorFrom, turnLog } from '../turn';
import type { Capability } from './types';

/** A click's answer is a card: a text-only answer (a refusal) becomes the card without buttons. */
function asCard(reply: Reply): Record<string, unknown> {
  if (reply.card) return renderNamedCard(reply.card.template, reply.card.data);
  return renderNamedCard('identity-link', { ask: false, title: '', text: reply.text ?? '', choices: [], noneLabel: '', groupId: '', aad: '' });
}

/**
 * «Hvem er «<Teams-navn>»?» (issue #15 §1): the secretariat's card in the group's home chat, posted
 * by a first contact the rules could not link safely (src/app/identity.ts). One verb: link to the
 * member chosen, or «Ikke på listen» (no member).
 */
export const identity: Capability = {
  commands: [],
  verbs: ['identity.link'],
  register(app, services: Services) {
    app.adaptiveCards.actionExecute('identity.link', async (context, _state, data: Record<string, unknown>) => {
      const actor = actorFrom(context);
      const answer = await answerLinkCard(services.repos, actor, data ?? {}, services.now());
      if (answer.tell) {
        // The user hears it in their personal chat when the bot has one with them; else on their next message.
        const reference = await personalChatReference(services.repos, answer.tell.aadObjectId);
        if (reference?.serviceUrl) {
          await postToConversation(context, services.config.bot.appId ?? '', reference, [{ type: 'message', text: say(answer.tell.text).text }]).catch(
            (err: Error) => turnLog(context, services).warn({ err: err.message }, 'could not tell the linked user'),
          );
        }
      }
      return asCard(answer.reply) as never;
    });
  },
};
