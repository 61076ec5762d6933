import { ActivityTypes, TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { say } from '../src/app/actor';
import { firstWord, parseCommand, type CommandSpec } from '../src/app/commands';
import { loadGroupContext } from '../src/app/group-context';
import { StoreUnavailableError } from '../src/app/ports';
import { texts } from '../src/app/texts';
import { rememberConversation } from './conversations';
import { CAPABILITIES } from './handlers';
import type { CommandHandlers } from './handlers/types';
import type { Logger } from '../src/logger';
import type { Services } from './services';
import { actorFrom, send } from './turn';

const HANDLERS: CommandHandlers = Object.assign({}, ...CAPABILITIES.map((c) => c.commands));

/**
 * The text of a command: teams-ai removes the @mention of the bot when the activity carries the
 * mention entity; a leading <at>…</at> left without one is removed here, other mentions become names.
 */
export function commandText(raw: string | undefined): string {
  return (raw ?? '').replace(/^\s*(<at>[^<]*<\/at>\s*)+/i, '').replace(/<at>([^<]*)<\/at>/gi, '$1').trim();
}

/** Ids safe to log: never message text or card input (personal data). */
export function turnIds(context: TurnContext) {
  const a = context.activity;
  const meetingId = (a.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;
  return { activityId: a.id, conversationId: a.conversation?.id, type: a.type, channelId: a.channelId, ...(meetingId ? { meetingId } : {}) };
}

const TURN_LOG = Symbol('referent.turnLog');

/** The turn's logger: every line carries the activity, conversation and (in meetings) meeting ids. */
export function turnLog(context: TurnContext, services: Services): Logger {
  let log = context.turnState.get(TURN_LOG) as Logger | undefined;
  if (!log) context.turnState.set(TURN_LOG, (log = services.log.child(turnIds(context))));
  return log;
}

/**
 * The teams-ai Application: routes and error handling. No turn-state storage is configured on
 * purpose: everything a meeting needs is a domain document in Cosmos, so any instance can serve
 * any activity and nothing lives in process memory between turns.
 */
export function createApp(adapter: TeamsAdapter, services: Services): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: services.config.bot.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const allowed = new Set(services.config.allowedTenants);
  // Runs before every route, so a refused activity never reaches the store.
  app.turn('beforeTurn', async (context) => {
    const log = turnLog(context, services);
    log.debug('turn');
    if (allowed.size === 0) return true;
    const tenant = actorFrom(context).tenantId;
    if (tenant && allowed.has(tenant)) return true;
    log.warn({ tenant }, 'activity from a tenant that is not allowed: ignored');
    // A card action gets a plain refusal: the card stays as it is.
    if (context.activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
    return false;
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const actor = actorFrom(context);
    const conversation = await rememberConversation(context, services.repos);
    const text = commandText(context.activity.text);
    const command = parseCommand(text);
    const group = conversation.groupId ? await loadGroupContext(services.repos, conversation.groupId, actor) : undefined;
    if (!command) {
      if (!text) return; // a card submit or an empty message: nothing to answer
      const plain = actor.conversationType === 'personal' ? CAPABILITIES.find((c) => c.onPlainText)?.onPlainText : undefined;
      const reply = plain ? await plain({ context, actor, command: { spec: UNKNOWN, alias: '', args: text, body: '', rest: text }, conversation, group, services }) : undefined;
      await send(context, reply ?? say(texts.unknownCommand(actor.locale, firstWord(text))));
      return;
    }
    const handler = HANDLERS[command.spec.name];
    if (!handler) {
      await send(context, say(texts.unknownCommand(actor.locale, firstWord(text))));
      return;
    }
    const reply = await handler({ context, actor, command, conversation, group, services });
    if (reply) await send(context, reply);
  });

  for (const capability of CAPABILITIES) capability.register?.(app, services);

  app.error(async (context, error) => {
    const err = error as Error;
    turnLog(context, services).error({ err: { name: err.name, message: err.message, stack: err.stack } }, 'turn failed');
    const l = actorFrom(context).locale;
    try {
      await context.sendActivity(err instanceof StoreUnavailableError ? texts.storeDown(l) : texts.somethingWentWrong(l));
    } catch (sendErr) {
      turnLog(context, services).error({ err: (sendErr as Error).message }, 'could not tell the user about the error');
    }
  });

  return app;
}

const UNKNOWN: CommandSpec = { name: 'plain-text', aliases: [], audience: 'member', where: 'personal', nb: '', en: '' };

export const registeredVerbs = (): string[] => CAPABILITIES.flatMap((c) => c.verbs ?? []);
export const registeredCommands = (): string[] => Object.keys(HANDLERS);
