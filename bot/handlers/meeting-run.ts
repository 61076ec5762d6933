import { ActivityTypes, type TurnContext } from 'botbuilder';
import { renderNamedCard } from '../../cards';
import { say } from '../../src/app/actor';
import type { Move } from '../../src/app/meeting-run';
import { rememberCard, type RunAnswer } from '../../src/app/run-shared';
import { texts } from '../../src/app/texts';
import { runTexts } from '../../src/app/texts-run';
import { withChannelRetry } from '../proactive';
import type { Services } from '../services';
import { actorFrom, toActivity } from '../turn';
import type { Capability, CommandTurn } from './types';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/**
 * Carries out a use case's answer in this turn: live cards are updated in place (one update per
 * change) or, when they do not live in this conversation yet, posted and their ids remembered on
 * the meeting; then new cards; for a card click, the invoke answer (the redrawn card, or a message).
 */
export async function applyAnswer(context: TurnContext, services: Services, answer: RunAnswer, mode: 'typed' | 'invoke'): Promise<void> {
  const conversationId = context.activity.conversation?.id ?? '';
  if (mode === 'typed' && answer.text) await withChannelRetry(() => context.sendActivity(toActivity(say(answer.text!))));
  for (const live of answer.live) {
    const activity = toActivity({ card: live.card });
    if (live.activityId) {
      try {
        await withChannelRetry(() => context.updateActivity({ ...activity, id: live.activityId }), { budgetMs: 3_000 });
        continue;
      } catch (err) {
        // The old card is gone or cannot be edited: a new one takes its place below.
        services.log.warn({ conversationId, err: (err as Error).message }, 'could not update the live meeting card; posting a new one');
      }
    }
    const sent = await withChannelRetry(() => context.sendActivity(activity));
    if (sent?.id && answer.meetingId) await rememberCard(services.repos, answer.meetingId, live.slot, sent.id, conversationId);
  }
  for (const card of answer.posts) await withChannelRetry(() => context.sendActivity(toActivity({ card })));
  if (mode === 'invoke') {
    const body = answer.invokeCard
      ? { statusCode: 200, type: ADAPTIVE, value: renderNamedCard(answer.invokeCard.template, answer.invokeCard.data) }
      : { statusCode: 200, type: MESSAGE, value: answer.text ?? '' };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  }
}

/** Runs a typed command of this capability: group required (start may find it another way). */
function typed(run: (turn: CommandTurn & { group: NonNullable<CommandTurn['group']> }) => Promise<RunAnswer>) {
  return async (turn: CommandTurn) => {
    if (!turn.group) return say(texts.noGroupHere(turn.actor.locale));
    const answer = await run(turn as CommandTurn & { group: NonNullable<CommandTurn['group']> });
    await applyAnswer(turn.context, turn.services, answer, 'typed');
  };
}

function parseItem(args: string): number | undefined {
  const m = /^(?:sak\s*|item\s*)?(\d{1,3})\.?$/i.exec(args.trim());
  return m ? Number(m[1]) : undefined;
}

const teamsMeetingId = (context: TurnContext): string | undefined =>
  (context.activity.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id || undefined;

const CLICKS = {
  'meeting.prev': 'prev',
  'meeting.next': 'next',
  'meeting.decision': 'decision',
  'meeting.note': 'note',
} as const;

/** start, neste, sak <n>, vedtak:, notat:, runde, avslutt — and the current-item and round-table cards. */
export const meetingRun: Capability = {
  commands: {
    start: async (turn) => {
      const { context, actor, services } = turn;
      let group = turn.group;
      if (!group) {
        // A Teams meeting chat not linked yet: the one group where this person chairs.
        const found = await services.run.groupForStart(actor);
        if (!('group' in found)) return found;
        group = found;
      }
      const answer = await services.run.start(actor, group, turn.conversation, teamsMeetingId(context), context.activity.id);
      await applyAnswer(context, services, answer, 'typed');
    },
    next: typed(({ context, actor, group, conversation, services }) => services.run.moveTyped(actor, group, conversation, { to: 'next' }, context.activity.id)),
    item: typed(({ context, actor, group, conversation, services, command }) => {
      const n = parseItem(command.args);
      if (n === undefined) return Promise.resolve({ text: runTexts.itemUsage(actor.locale), live: [], posts: [] });
      const move: Move = { to: 'item', n };
      return services.run.moveTyped(actor, group, conversation, move, context.activity.id);
    }),
    decision: typed(({ context, actor, group, conversation, services, command }) =>
      services.run.recordTyped(actor, group, conversation, 'decision', command.rest, context.activity.id),
    ),
    note: typed(({ context, actor, group, conversation, services, command }) => services.run.recordTyped(actor, group, conversation, 'note', command.rest, context.activity.id)),
    round: typed(({ context, actor, group, conversation, services }) => services.roundTable.start(actor, group, conversation, context.activity.id)),
    end: typed(({ actor, group, conversation, services }) => services.run.end(actor, group, conversation)),
  },
  verbs: [...Object.keys(CLICKS), 'meeting.round', 'round.next', 'round.skip'],
  register(app, services) {
    for (const [verb, kind] of Object.entries(CLICKS)) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        await applyAnswer(context, services, await services.run.click(actorFrom(context), kind, data ?? {}, context.activity.id), 'invoke');
        return '';
      });
    }
    app.adaptiveCards.actionExecute<Record<string, unknown>>('meeting.round', async (context, _state, data) => {
      await applyAnswer(context, services, await services.roundTable.startFromCard(actorFrom(context), data ?? {}, context.activity.id), 'invoke');
      return '';
    });
    for (const [verb, how] of [['round.next', 'spoken'], ['round.skip', 'skipped']] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        await applyAnswer(context, services, await services.roundTable.click(actorFrom(context), how, data ?? {}), 'invoke');
        return '';
      });
    }
  },
};
