import { CardFactory, type MessagingExtensionResult } from 'botbuilder';
import { PAGE_SIZE, parsePage } from '../../src/domain/search';
import { sharedCardText } from '../../src/app/card-text';
import { route } from '../router';
import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import { meetingRun } from './meeting-run';
import { command, type Capability } from './types';

/** The search command of the message extension, as declared in appPackage/manifest.json. */
export const EXTENSION_COMMAND = 'findDecisions';

/** `vedtak` / `decision` with a text is the chair's decision on the current item (`vedtak:` in meeting-run.ts). */
const recordDecision = meetingRun.commands.find((c) => c.name === 'decision')!;

/** vedtak (the group's decision register) and søk (decisions, follow-ups, notes and input of the user's groups), #18 §3. */
export const search: Capability = {
  commands: [
    command(
      {
        name: 'decisions',
        aliases: ['vedtak', 'decision', 'decisions'],
        // Any member: the use case checks the roster (a guest in the chat sees nothing).
        audience: 'member',
        where: 'shared',
        group: 'here',
        nb: 'vedtak [side <n>] – gruppens vedtak, nyeste først',
        nn: 'vedtak [side <n>] – vedtaka til gruppa, nyaste først',
        en: 'decisions [page <n>] – the group’s decisions, newest first',
      },
      async (turn) => {
        const rest = turn.command.rest.trim();
        // With a text that is not «side n»: the chair records a decision, as before `vedtak` was a register.
        if (rest && parsePage(rest).rest.trim()) return route(recordDecision, turn);
        return turn.services.search.decisions(turn.actor, turn.group, rest);
      },
    ),
    command(
      {
        name: 'search',
        aliases: ['søk', 'sok', 'search'],
        audience: 'member',
        where: 'any',
        nb: 'søk <ord> [side <n>] – finn vedtak, oppfølgingspunkter, notater og innspill i gruppene dine',
        nn: 'søk <ord> [side <n>] – finn vedtak, oppfølgingspunkt, notat og innspel i gruppene dine',
        en: 'search <words> [page <n>] – find decisions, follow-ups, notes and input in your groups',
      },
      ({ actor, group, services, command: c }) => services.search.search(actor, actor.conversationType === 'personal' ? 'personal' : group, c.rest),
    ),
  ],
  verbs: ['search.more', 'decisions.more'],
  register(app, services) {
    // The message extension «Finn vedtak» (appPackage/manifest.json, composeExtensions): the same hits as
    // `søk` in personal chat (the invoking user's own groups, by their stored roster link), as cards to
    // insert into any chat. Nothing to search (empty, one letter, no groups) is a message, not an error.
    app.messageExtensions.query(EXTENSION_COMMAND, async (context, _state, query): Promise<MessagingExtensionResult> => {
      const raw = (query.parameters as Record<string, unknown>).query;
      const text = typeof raw === 'string' ? raw : '';
      const page = Math.floor(Math.max(0, Number(query.skip) || 0) / PAGE_SIZE) + 1;
      const found = await services.search.find(actorFrom(context), 'personal', text.trim() ? `${text} side ${page}` : '');
      if (typeof found === 'string') return { type: 'message', text: found };
      // Scrolled past the last page: nothing more (pageOf would repeat the last one).
      if (found.page < page) return { type: 'result', attachmentLayout: 'list', attachments: [] };
      const attachments = (found.hits ?? []).map((h) => {
        const title = sharedCardText(h.heading);
        const body = sharedCardText(h.excerpt);
        return { ...CardFactory.heroCard(title, body), preview: CardFactory.thumbnailCard(title, body) };
      });
      return { type: 'result', attachmentLayout: 'list', attachments };
    });
    // «Vis flere» on a results card: the next page drawn on the card (the use case re-checks the query and the clicker's groups).
    for (const [verb, kind] of [
      ['search.more', 'search'],
      ['decisions.more', 'decisions'],
    ] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, (context, data) => services.search.more(actorFrom(context), kind, data)),
      );
    }
  },
};
