import { renderNamedCard } from '../../cards';
import type { Reply } from '../../src/app/actor';
import { askCancel, cancelCard, cancelFromCard } from '../../src/app/meeting-cancel';
import { formatDate } from '../../src/domain/norwegian-time';
import { cancelTexts } from '../../src/app/texts-cancel';
import { postToConversation } from '../proactive';
import type { Services } from '../services';
import { withTeamsRetry } from '../teams-retry';
import { actorFrom, toActivity } from '../turn';
import { command, type Capability } from './types';

/** At most this many notices in flight (each to its own personal chat), as for `påminnelse`. */
const NOTIFY_PARALLEL = 4;

/** A card click's answer is a card: a text-only answer (a refusal) becomes the card without buttons. */
function asCard(reply: Reply): Record<string, unknown> {
  if (reply.card) return renderNamedCard(reply.card.template, reply.card.data);
  return renderNamedCard('cancel-confirm', { ask: false, title: '', text: reply.text ?? '', labels: { cancel: '', keep: '' }, meetingId: '' });
}

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
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        const actor = actorFrom(context);
        const outcome = await cancelFromCard(services.repos, actor, confirm, data ?? {}, services.now());
        if (outcome.kind === 'answer') return asCard(outcome.reply) as never;
        const appId = services.config.bot.appId ?? '';
        const unreachable = [...outcome.unreachable];
        let told = 0;
        const queue = [...outcome.notices];
        const worker = async () => {
          for (let n = queue.shift(); n; n = queue.shift()) {
            try {
              await withTeamsRetry(() => postToConversation(context, appId, n.reference!, [toActivity({ text: n.text })]));
              told++;
            } catch (err) {
              services.log.warn({ err: (err as Error).message }, 'cancel notice could not be delivered');
              unreachable.push(n.name);
            }
          }
        };
        await Promise.all(Array.from({ length: NOTIFY_PARALLEL }, worker));
        const text = cancelTexts.cancelled(
          actor.locale,
          formatDate(outcome.meeting.date),
          told,
          unreachable.sort((a, b) => a.localeCompare(b, 'nb')),
        );
        return asCard(cancelCard(outcome.meeting, actor.locale, false, text)) as never;
      });
    }
  },
};
