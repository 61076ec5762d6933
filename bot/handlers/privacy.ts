import { renderNamedCard } from '../../cards';
import type { Reply } from '../../src/app/actor';
import { privacyEraseTextCard } from '../../src/app/cards/privacy-erase';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import { command, type Capability } from './types';

/** A card click's answer is a card: a text-only answer (a refusal) becomes a card without buttons. */
function asCard(reply: Reply): Record<string, unknown> {
  const card = reply.card ?? privacyEraseTextCard(reply.text ?? '');
  return renderNamedCard(card.template, card.data);
}

/**
 * Personal data (issue #8): `mine data` and `slett mine data` (with a confirmation card). Whose data
 * is always the activity's own Teams user; the card carries no data at all.
 */
export const privacy: Capability = {
  commands: [
    command(
      {
        name: 'my-data',
        aliases: ['mine data', 'my data'],
        audience: 'anyone',
        where: 'personal',
        nb: 'mine data – hva Referent lagrer om deg',
        nn: 'mine data – kva Referent lagrar om deg',
        en: 'my data – what Referent stores about you',
      },
      async ({ actor, services }) => services.privacy.myData(actor),
    ),
    command(
      {
        name: 'erase-my-data',
        aliases: ['slett mine data', 'erase my data'],
        audience: 'anyone',
        where: 'personal',
        nb: 'slett mine data – sletter det Referent lagrer om deg (med bekreftelse)',
        nn: 'slett mine data – slettar det Referent lagrar om deg (spør først)',
        en: 'erase my data – erases what Referent stores about you (asks first)',
      },
      async ({ actor, services }) => services.privacy.ask(actor),
    ),
  ],
  verbs: ['privacy.erase.confirm', 'privacy.erase.cancel'],
  register(app, services: Services) {
    app.adaptiveCards.actionExecute('privacy.erase.confirm', async (context) => asCard(await services.privacy.erase(actorFrom(context))) as never);
    app.adaptiveCards.actionExecute('privacy.erase.cancel', async (context) => asCard(services.privacy.cancel(actorFrom(context))) as never);
  },
};
