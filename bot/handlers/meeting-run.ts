import { ActivityTypes, CloudAdapterBase, TurnContext, type Activity } from 'botbuilder';
import { renderNamedCard } from '../../cards';
import { say } from '../../src/app/actor';
import type { Text } from '../../src/domain/language';
import type { Move } from '../../src/app/meeting-run';
import { rememberCards, type LiveCard, type RunAnswer, type Slot } from '../../src/app/run-shared';
import { runTexts } from '../../src/app/texts-run';
import { notifyFollowUpOwners } from '../follow-up-notices';
import { withChannelRetry } from '../proactive';
import type { Services } from '../services';
import { actorFrom, toActivity } from '../turn';
import { command, type Capability, type GroupTurn } from './types';

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
  const posted: { slot: Slot; activityId: string }[] = [];
  for (const live of answer.live) {
    const activity = toActivity({ card: live.card });
    if (live.activityId) {
      try {
        await updateLive(context, services, live, { ...activity, id: live.activityId });
        continue;
      } catch (err) {
        // The old card is gone or cannot be edited: a new one takes its place below (a roll-call update only logs).
        services.log.warn({ conversationId, slot: live.slot, err: (err as Error).message }, 'could not update the live meeting card');
        if (live.updateOnly) continue;
      }
    }
    if (live.updateOnly) continue;
    const sent = await withChannelRetry(() => context.sendActivity(activity));
    if (sent?.id) posted.push({ slot: live.slot, activityId: sent.id });
  }
  if (answer.meetingId) await rememberCards(services.repos, answer.meetingId, posted, conversationId);
  for (const card of answer.posts) await withChannelRetry(() => context.sendActivity(toActivity({ card })));
  if (mode === 'invoke') {
    const body = answer.invokeCard
      ? { statusCode: 200, type: ADAPTIVE, value: renderNamedCard(answer.invokeCard.template, answer.invokeCard.data) }
      : { statusCode: 200, type: MESSAGE, value: answer.text ?? '' };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  }
}

/**
 * Updates a live card in place: in this turn's conversation, or (a card living in the meeting chat
 * while `til stede` is typed in the group's chat) in its own, through this turn's channel reference
 * with that conversation's id (no store request).
 */
async function updateLive(context: TurnContext, services: Services, live: LiveCard, activity: Partial<Activity>): Promise<void> {
  const here = context.activity.conversation?.id ?? '';
  if (!live.conversationId || live.conversationId === here) {
    await withChannelRetry(() => context.updateActivity(activity), { budgetMs: 3_000 });
    return;
  }
  const reference = TurnContext.getConversationReference(context.activity);
  const there = { ...reference, conversation: { ...reference.conversation!, id: live.conversationId }, activityId: undefined };
  const adapter = context.adapter as CloudAdapterBase;
  await adapter.continueConversationAsync(services.config.bot.appId ?? '', there, async (proactive) => {
    await withChannelRetry(() => proactive.updateActivity({ ...activity, conversation: { ...there.conversation } }), { budgetMs: 3_000 });
  });
}

/** Runs a typed command of this capability and carries out its answer. */
function typed(run: (turn: GroupTurn) => Promise<RunAnswer>) {
  return async (turn: GroupTurn) => applyAnswer(turn.context, turn.services, await run(turn), 'typed');
}

/** The chair's commands: in the meeting's chat; the router lets only the chair or the secretariat through. */
const chair = (name: string, aliases: string[], line: Text) => ({
  name,
  aliases,
  audience: 'chair' as const,
  where: 'shared' as const,
  group: 'here' as const,
  ...line,
});

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
  commands: [
    // In a Teams meeting chat not linked yet, the router finds the one group where this person chairs.
    command(
      {
        ...chair('start', ['start'], { nb: 'start – starter møtet', nn: 'start – startar møtet', en: 'start – starts the meeting' }),
        group: 'mine',
        noGroup: runTexts.noGroupForStart,
        manyGroups: runTexts.manyGroupsForStart,
      },
      typed(({ context, actor, group, conversation, services }) =>
        services.run.start(actor, group, conversation, teamsMeetingId(context), context.activity.id),
      ),
    ),
    command(
      chair('next', ['neste', 'next'], { nb: 'neste – går til neste sak', nn: 'neste – går til neste sak', en: 'next – moves to the next item' }),
      typed(({ context, actor, group, conversation, services }) => services.run.moveTyped(actor, group, conversation, { to: 'next' }, context.activity.id)),
    ),
    command(
      chair('item', ['sak', 'item'], { nb: 'sak <n> – går til sak n', nn: 'sak <n> – går til sak n', en: 'item <n> – moves to item n' }),
      typed(({ context, actor, group, conversation, services, command: c }) => {
        const n = parseItem(c.args);
        if (n === undefined) return Promise.resolve({ text: runTexts.itemUsage(actor.locale), live: [], posts: [] });
        const move: Move = { to: 'item', n };
        return services.run.moveTyped(actor, group, conversation, move, context.activity.id);
      }),
    ),
    command(
      // `vedtak` / `decision` without a colon: bot/handlers/search.ts (the register; with text it comes back here).
      chair('decision', ['vedtak:', 'decision:'], {
        nb: 'vedtak: <tekst> – vedtak på gjeldende sak',
        nn: 'vedtak: <tekst> – vedtak i saka som gjeld no',
        en: 'decision: <text> – decision on the current item',
      }),
      typed(({ context, actor, group, conversation, services, command: c }) =>
        services.run.recordTyped(actor, group, conversation, 'decision', c.rest, context.activity.id),
      ),
    ),
    command(
      chair('note', ['notat:', 'note:', 'notat', 'note'], {
        nb: 'notat: <tekst> – notat på gjeldende sak',
        nn: 'notat: <tekst> – notat i saka som gjeld no',
        en: 'note: <text> – note on the current item',
      }),
      typed(({ context, actor, group, conversation, services, command: c }) =>
        services.run.recordTyped(actor, group, conversation, 'note', c.rest, context.activity.id),
      ),
    ),
    command(
      chair('round', ['runde', 'round'], {
        nb: 'runde – starter runden rundt bordet',
        nn: 'runde – startar runden rundt bordet',
        en: 'round – starts the round table',
      }),
      typed(({ context, actor, group, conversation, services }) => services.roundTable.start(actor, group, conversation, context.activity.id)),
    ),
    command(
      chair('end', ['avslutt', 'end'], { nb: 'avslutt – avslutter møtet', nn: 'avslutt – avsluttar møtet', en: 'end – ends the meeting' }),
      async ({ context, actor, group, conversation, services }) => {
        const ended = await services.ending.end(actor, group, conversation);
        await applyAnswer(context, services, ended, 'typed');
        if (ended.endedNow && ended.meetingId) await notifyFollowUpOwners(context, services, ended.meetingId, actor.locale);
      },
    ),
    command(
      chair('reopen-meeting', ['gjenåpne møte', 'reopen meeting'], {
        nb: 'gjenåpne møte – gjenåpner det siste avsluttede møtet (ikke når referatet er låst)',
        nn: 'gjenåpne møte – opnar det siste avslutta møtet att (ikkje når referatet er låst)',
        en: 'reopen meeting – reopens the latest ended meeting (not when its minutes are locked)',
      }),
      typed(({ actor, group, services }) => services.ending.reopen(actor, group)),
    ),
  ],
  verbs: [...Object.keys(CLICKS), 'meeting.round', 'round.next', 'round.skip', 'meeting.start', 'meeting.start.cancel', 'meeting.end', 'meeting.end.cancel'],
  register(app, services) {
    for (const [verb, confirm] of [
      ['meeting.end', true],
      ['meeting.end.cancel', false],
    ] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        const actor = actorFrom(context);
        const ended = await services.ending.endFromCard(actor, confirm, data ?? {});
        await applyAnswer(context, services, ended, 'invoke');
        if (ended.endedNow && ended.meetingId) await notifyFollowUpOwners(context, services, ended.meetingId, actor.locale);
        return '';
      });
    }
    for (const [verb, confirm] of [
      ['meeting.start', true],
      ['meeting.start.cancel', false],
    ] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        await applyAnswer(context, services, await services.run.startFromCard(actorFrom(context), confirm, data ?? {}, context.activity.id), 'invoke');
        return '';
      });
    }
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
    for (const [verb, how] of [
      ['round.next', 'spoken'],
      ['round.skip', 'skipped'],
    ] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        await applyAnswer(context, services, await services.roundTable.click(actorFrom(context), how, data ?? {}), 'invoke');
        return '';
      });
    }
  },
};
