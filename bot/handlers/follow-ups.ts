import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import { personFor } from './input';
import { command, type Capability } from './types';

const CLICKS = { 'followup.done': 'done', 'followup.carry': 'carried', 'followup.drop': 'dropped' } as const;

/** oppfølging: (during a meeting), oppfølging (the group's open list), mine oppgaver — and the status buttons. */
export const followUps: Capability = {
  commands: [
    command(
      {
        name: 'follow-up',
        aliases: ['oppfølging:', 'action:'],
        audience: 'chair',
        where: 'shared',
        group: 'here',
        nb: 'oppfølging: <tekst> [ansvar <navn eller organisasjon>] [frist dd.mm.åååå] – oppfølgingspunkt på gjeldende sak',
        nn: 'oppfølging: <tekst> [ansvar <namn eller organisasjon>] [frist dd.mm.åååå] – oppfølgingspunkt i saka som gjeld no',
        en: 'action: <text> [owner <name or organization>] [due dd.mm.yyyy] – follow-up on the current item',
      },
      ({ context, actor, group, conversation, services, command: c }) => services.followUps.add(actor, group, conversation, c.rest, context.activity.id),
    ),
    command(
      {
        name: 'follow-ups',
        aliases: ['oppfølging', 'oppfølgingspunkter', 'actions', 'follow-ups'],
        audience: 'secretariat',
        where: 'shared',
        group: 'here',
        nb: 'oppfølging – gruppens åpne oppfølgingspunkter',
        nn: 'oppfølging – dei opne oppfølgingspunkta til gruppa',
        en: 'actions – the group’s open follow-ups',
      },
      ({ actor, group, services, command: c }) => services.followUps.listGroup(actor, group, c.rest),
    ),
    command(
      {
        name: 'my-tasks',
        aliases: ['mine oppgaver', 'mine oppgåver', 'my tasks'],
        // Like `mine data`: anyone may ask; the use case finds the groups whose roster holds them.
        audience: 'anyone',
        where: 'personal',
        nb: 'mine oppgaver – dine åpne oppfølgingspunkter',
        nn: 'mine oppgåver – dine opne oppfølgingspunkt',
        en: 'my tasks – your open follow-ups',
      },
      async (turn) => {
        // A first contact links the member to the roster (as `mine innspill` does), so the answer and later messages find them.
        await personFor(turn);
        return turn.services.followUps.listMine(turn.actor);
      },
    ),
  ],
  verbs: [...Object.keys(CLICKS), 'followup.add'],
  register(app, services) {
    app.adaptiveCards.actionExecute<Record<string, unknown>>(
      'followup.add',
      clickHandler(services, (context, data) => services.followUps.addFromCard(actorFrom(context), data, context.activity.id)),
    );
    for (const [verb, status] of Object.entries(CLICKS)) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, (context, data) => services.followUps.click(actorFrom(context), status, data)),
      );
    }
  },
};
