import { answerLinkCard } from '../../src/app/identity-card';
import { clickHandler } from '../present';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import type { Capability } from './types';

/**
 * «Hvem er «<Teams-navn>»?» (issue #15 §1): the secretariat's card in the group's home chat, posted
 * by a first contact the rules could not link safely (src/app/identity.ts). One verb: link to the
 * member chosen, or «Ikke på listen» (no member); the linked user is told in their personal chat.
 */
export const identity: Capability = {
  commands: [],
  verbs: ['identity.link'],
  register(app, services: Services) {
    app.adaptiveCards.actionExecute<Record<string, unknown>>(
      'identity.link',
      clickHandler(services, (context, data) => answerLinkCard(services.repos, actorFrom(context), data, services.now())),
    );
  },
};
