import { CardFactory, MessageFactory, TurnContext, type Activity } from 'botbuilder';
import { renderNamedCard } from '../cards';
import { localeOf, type Actor, type Locale, type Reply } from '../src/app/actor';
import type { Logger } from '../src/logger';
import { stripBidi } from '../src/domain/text';
import { withTeamsRetry } from './teams-retry';

const TURN_LOCALE = Symbol('referent.turnLocale');

/**
 * The turn's language, decided once the turn has read the group or the person (#19: the group's
 * `språk` in its chat, `mitt språk` in personal chat, else the client's locale). Per turn only.
 */
export function setTurnLocale(context: TurnContext, locale: Locale): void {
  context.turnState.set(TURN_LOCALE, locale);
}

/** Reads who is acting from the activity itself: the only source of identity we trust. */
export function actorFrom(context: TurnContext): Actor {
  const a = context.activity;
  const type = a.conversation?.conversationType;
  return {
    userId: a.from?.id ?? '',
    aadObjectId: a.from?.aadObjectId || undefined,
    // The display name is stored (attendance, authorship): no direction controls in it.
    name: stripBidi(a.from?.name ?? '').trim(),
    conversationId: a.conversation?.id ?? '',
    conversationType: type === 'groupChat' ? 'groupChat' : type === 'channel' ? 'channel' : 'personal',
    locale: (context.turnState.get(TURN_LOCALE) as Locale | undefined) ?? localeOf(a.locale),
    tenantId: a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
  };
}

/** Turns a use case's Reply into an outgoing activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.card) {
    const card = CardFactory.adaptiveCard(renderNamedCard(reply.card.template, reply.card.data));
    return MessageFactory.attachment(card, reply.text);
  }
  return MessageFactory.text(reply.text ?? '');
}

/** Ids safe to log: never message text or card input (personal data). */
export function turnIds(context: TurnContext) {
  const a = context.activity;
  const meetingId = (a.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  return { activityId: a.id, conversationId: a.conversation?.id, type: a.type, channelId: a.channelId, ...(meetingId ? { meetingId } : {}) };
}

const TURN_LOG = Symbol('referent.turnLog');
const TURN_STARTED = Symbol('referent.turnStarted');
/** Teams re-sends an activity it has no answer to after ~15 s: retries stop in time to answer before. */
const TURN_BUDGET_MS = 12_000;

/** The turn's logger: every line carries the activity, conversation and (in meetings) meeting ids. */
export function turnLog(context: TurnContext, services: { log: Logger }): Logger {
  let log = context.turnState.get(TURN_LOG) as Logger | undefined;
  if (!log) {
    context.turnState.set(TURN_LOG, (log = services.log.child(turnIds(context))));
    context.turnState.set(TURN_STARTED, Date.now());
  }
  return log;
}

/** Sends to Teams at most this long, retries included (the rest of the 15 s is for the store); an update in place less. */
const SEND_CAP_MS = 8_000;
export const UPDATE_CAP_MS = 3_000;

/**
 * The one retry policy for everything the bot says in Teams (#13 §2): replies, invoke answers' card
 * updates, posts to other conversations and personal messages. withTeamsRetry (teams-retry.ts) retries
 * throttling and gateway errors within what is left of the turn's budget, at most `capMs`: a slow
 * store earlier in the turn leaves less, and a turn past its budget makes one attempt.
 */
export function retried<T>(context: TurnContext, call: () => Promise<T>, capMs: number = SEND_CAP_MS): Promise<T> {
  const log = context.turnState.get(TURN_LOG) as Logger | undefined;
  const started = (context.turnState.get(TURN_STARTED) as number | undefined) ?? Date.now();
  const budgetMs = Math.max(0, Math.min(capMs, TURN_BUDGET_MS - (Date.now() - started)));
  return withTeamsRetry(call, { budgetMs, onRetry: (info) => log?.warn(info, 'Teams refused a send for now: retrying') });
}
