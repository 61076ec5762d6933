import { ActivityTypes, CloudAdapterBase, INVOKE_RESPONSE_KEY, MessageFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { renderNamedCard } from '../cards';
import type { Reply } from '../src/app/actor';
import { byName, type CardRef, type DirectMessage, type LiveCard, type Outcome, type Slot } from '../src/app/outcome';
import { rememberCards } from '../src/app/run-shared';
import { deliverPersonal } from './private-reply';
import { postTo } from './proactive';
import type { Services } from './services';
import { actorFrom, retried, toActivity, UPDATE_CAP_MS } from './turn';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
/** At most this many personal messages in flight, each to its own conversation (far inside Teams' 7 messages/s per conversation). */
const DIRECT_PARALLEL = 4;

/*
 * The one presenter (#13 §2): carries out a use case's Outcome in this turn, in one order —
 * the group's home, the clicked message for everyone, the answer (typed: a message here or in the
 * requester's own chat; a card click: the invoke answer, after the cards it changed), live cards
 * updated in place or posted, new cards, then personal messages to others and what their report
 * says. Every call to Teams goes through `retried` (bot/turn.ts), the one retry policy.
 */
export async function present(context: TurnContext, services: Services, outcome: Outcome | void): Promise<void> {
  if (!outcome) return;
  const click = context.activity.type === ActivityTypes.Invoke;
  if (outcome.home) await postHome(context, services, outcome.home);
  if (outcome.remote) await updateRemote(context, services, outcome.remote);
  if (!click) await answerHere(context, services, outcome);
  if (click && outcome.shared && context.activity.replyToId) await updateShared(context, services, context.activity.replyToId, outcome.shared);
  await carryLive(context, services, outcome);
  for (const card of outcome.posts ?? []) await retried(context, () => context.sendActivity(toActivity({ card })));
  if (click) await answerClick(context, services, outcome);
  if (outcome.direct) {
    const { sent, unreachable } = await sendDirect(context, services, outcome.direct.messages);
    await present(context, services, outcome.direct.report?.(sent, byName(unreachable)));
  }
}

/** Runs a card verb's use case and carries out its outcome; the invoke answer is the presenter's (else an empty message). */
export const clickHandler =
  (services: Services, run: (context: TurnContext, data: Record<string, unknown>) => Promise<Outcome | void>) =>
  async (context: TurnContext, _state: unknown, data: Record<string, unknown> | undefined): Promise<string> => {
    await present(context, services, await run(context, data ?? {}));
    return '';
  };

/** A typed turn's answer: here, or (a `personal` one asked for where others read) in the requester's own chat. */
async function answerHere(context: TurnContext, services: Services, reply: Reply): Promise<void> {
  if (!reply.text && !reply.card) return;
  const delivered = reply.personal ? await deliverPersonal(context, services, reply) : reply;
  await retried(context, () => context.sendActivity(toActivity(delivered)));
}

/**
 * A card click's answer: the card it is answered with, else the reply as a card or a message. A click
 * answered already (a report after the answer) is told as a message; a `personal` reply is never the
 * invoke answer: it goes to the clicker's own chat and the answer says so.
 */
async function answerClick(context: TurnContext, services: Services, outcome: Outcome): Promise<void> {
  if (!outcome.invoke && !outcome.text && !outcome.card) return;
  if (outcome.personal) {
    if (actorFrom(context).conversationType === 'personal') return void (await retried(context, () => context.sendActivity(toActivity(outcome))));
    return answerClick(context, services, await deliverPersonal(context, services, outcome));
  }
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return void (await retried(context, () => context.sendActivity(toActivity(outcome))));
  const card = outcome.invoke ?? outcome.card;
  const body = card
    ? { statusCode: 200, type: ADAPTIVE, value: renderNamedCard(card.template, card.data) }
    : { statusCode: 200, type: MESSAGE, value: outcome.text ?? '' };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

/** Live cards: updated in place (one update per change), or posted when they do not live here yet, their ids remembered on the meeting. */
async function carryLive(context: TurnContext, services: Services, outcome: Outcome): Promise<void> {
  const conversationId = context.activity.conversation?.id ?? '';
  const posted: { slot: Slot; activityId: string }[] = [];
  for (const live of outcome.live ?? []) {
    const activity = toActivity({ card: live.card });
    if (live.activityId) {
      try {
        await updateLive(context, services, live, { ...activity, id: live.activityId });
        continue;
      } catch (err) {
        // The old card is gone or cannot be edited: a new one takes its place below (a roll-call update only logs).
        services.log.warn({ conversationId, slot: live.slot, err: (err as Error).message }, 'could not update the live meeting card');
      }
    }
    if (live.updateOnly) continue;
    const sent = await retried(context, () => context.sendActivity(activity));
    if (sent?.id) posted.push({ slot: live.slot, activityId: sent.id });
  }
  if (outcome.meetingId) await rememberCards(services.repos, outcome.meetingId, posted, conversationId);
}

/**
 * Updates a live card in place: in this turn's conversation, or (a card living in the meeting chat
 * while `til stede` is typed in the group's chat) in its own, through this turn's channel reference
 * with that conversation's id (no store request).
 */
async function updateLive(context: TurnContext, services: Services, live: LiveCard, activity: Partial<Activity>): Promise<void> {
  const here = context.activity.conversation?.id ?? '';
  if (!live.conversationId || live.conversationId === here) {
    await retried(context, () => context.updateActivity(activity), UPDATE_CAP_MS);
    return;
  }
  const reference = TurnContext.getConversationReference(context.activity);
  const there = { ...reference, conversation: { ...reference.conversation!, id: live.conversationId }, activityId: undefined };
  await adapterOf(context).continueConversationAsync(appIdOf(services), there, async (proactive) => {
    await retried(context, () => proactive.updateActivity({ ...activity, conversation: { ...there.conversation } }), UPDATE_CAP_MS);
  });
}

/** Posts to the group's home: here, or through its stored reference; each send retried on its own so a retry never duplicates. */
async function postHome(context: TurnContext, services: Services, home: NonNullable<Outcome['home']>): Promise<void> {
  const activities = home.posts.map(toActivity);
  if (home.here || !home.reference) {
    for (const activity of activities) await retried(context, () => context.sendActivity(activity));
    return;
  }
  await postTo(context, services, home.reference, activities);
}

/** Personal messages to others, DIRECT_PARALLEL at a time; those without a reference or whose send fails are counted unreachable. */
async function sendDirect(context: TurnContext, services: Services, messages: DirectMessage[]): Promise<{ sent: number; unreachable: string[] }> {
  const unreachable: string[] = [];
  let sent = 0;
  const queue = [...messages];
  const worker = async () => {
    for (let m = queue.shift(); m; m = queue.shift()) {
      if (!m.reference) {
        unreachable.push(m.name);
        continue;
      }
      try {
        await postTo(context, services, m.reference, [MessageFactory.text(m.text)]);
        sent++;
      } catch (err) {
        services.log.warn({ err: (err as Error).message }, 'a personal message could not be delivered');
        unreachable.push(m.name);
      }
    }
  };
  await Promise.all(Array.from({ length: DIRECT_PARALLEL }, worker));
  return { sent, unreachable };
}

/*
 * Updates of a card everyone sees (the approval tally on the clicked message, the review round's tally
 * card in the chat it was sent from), per card: one at a time, and only the newest state. Clicks that
 * were written together (one batch) or overtaken while waiting skip their update, so 40 parallel votes
 * send a handful of updates (Teams allows 7 messages/s per conversation) and an older tally can never
 * land after a newer one from this process. Only the order of sends is kept here: the tally is in the store.
 */
let updateSeq = 0;
const newest = new Map<string, number>();
const chains = new Map<string, Promise<void>>();

async function newestOnly(context: TurnContext, services: Services, key: string, update: () => Promise<unknown>): Promise<void> {
  const mine = ++updateSeq;
  newest.set(key, mine);
  const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
    if (newest.get(key) !== mine) return; // a newer state is queued behind us and will be sent
    try {
      await update();
    } catch (err) {
      // The click is stored and the clicker sees it; the others see it with the next update or refresh.
      services.log.warn(
        { activityId: context.activity.id, conversationId: context.activity.conversation?.id, err: (err as Error).message },
        'could not update a shared card for everyone',
      );
    }
  });
  chains.set(key, run);
  await run;
  if (chains.get(key) === run) {
    chains.delete(key);
    newest.delete(key);
  }
}

/** The clicked message redrawn for everyone, here. */
function updateShared(context: TurnContext, services: Services, replyToId: string, shared: CardRef): Promise<void> {
  const update = { ...toActivity({ card: shared }), id: replyToId };
  return newestOnly(context, services, `${context.activity.conversation?.id ?? ''}|${replyToId}`, () =>
    retried(context, () => context.updateActivity(update), UPDATE_CAP_MS),
  );
}

/** A card in another chat redrawn through that chat's stored reference. */
function updateRemote(context: TurnContext, services: Services, remote: NonNullable<Outcome['remote']>): Promise<void> {
  const activity = { ...toActivity({ card: remote.card }), id: remote.activityId };
  const reference = remote.reference as Partial<ConversationReference>;
  return newestOnly(context, services, remote.activityId, () =>
    adapterOf(context).continueConversationAsync(appIdOf(services), reference, async (proactive) => {
      await retried(context, () => proactive.updateActivity({ ...activity, conversation: reference.conversation }), UPDATE_CAP_MS);
    }),
  );
}

const adapterOf = (context: TurnContext) => context.adapter as CloudAdapterBase;
const appIdOf = (services: Services) => services.config.bot.appId ?? '';
