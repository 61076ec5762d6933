import { askCancel, cancelFromCard } from '../../src/app/meeting-cancel';
import { clickHandler } from '../present';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import { command, type Capability } from './types';

/**
 * `avlys møte [dd.mm.åååå]` · `cancel meeting` (#15 §2): asks on a card; «Avlys møtet» cancels (role from
 * the stored roles) and tells each member who sent input, in their personal chat, that it is kept.
 */
export const meetingCancel: Capability = {
  commands: [
    command(
      {
        name: 'cancel-meeting',
        aliases: ['avlys møte', 'cancel meeting'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'avlys møte [dd.mm.åååå] – avlyser neste møte (eller møtet den datoen), med bekreftelse',
        nn: 'avlys møte [dd.mm.åååå] – avlyser neste møte (eller møtet den datoen), med stadfesting',
        en: 'cancel meeting [dd.mm.yyyy] – cancels the next meeting (or the one on that date), asks first',
      },
      async ({ actor, group, command: c, services }) => askCancel(services.repos, actor, group, c.args, services.now()),
    ),
  ],
  verbs: ['meeting.cancel', 'meeting.cancel.keep'],
  register(app, services: Services) {
    for (const [verb, confirm] of [
      ['meeting.cancel', true],
      ['meeting.cancel.keep', false],
    ] as const) {
      // The click answers with the card; the members who sent input are told in their personal chat first.
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, (context, data) => cancelFromCard(services.repos, actorFrom(context), confirm, data, services.now())),
      );
    }
  },
};
