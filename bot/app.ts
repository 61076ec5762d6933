import { ActivityTypes } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { say } from '../src/app/actor';
import { firstWord, gluedCommand, type CommandSpec } from '../src/app/commands';
import { loadGroupContext } from '../src/app/group-context';
import { StoreUnavailableError } from '../src/app/ports';
import { texts } from '../src/app/texts';
import { formTexts } from '../src/app/texts-forms';
import { identityTexts } from '../src/app/texts-identity';
import { rememberConversation } from './conversations';
import { firstContactPorts } from './first-contact';
import { COMMANDS, parseCommand } from './commands';
import { CAPABILITIES } from './handlers';
import { present } from './present';
import { route } from './router';
import type { Services } from './services';
import { httpStatusOf, RETRIED_STATUSES } from './teams-retry';
import { actorFrom, setTurnLocale, turnLog } from './turn';
import { turnLocale } from '../src/app/language';

/**
 * The text of a command: teams-ai removes the @mention of the bot when the activity carries the
 * mention entity; a leading <at>…</at> left without one is removed here, other mentions become names.
 */
export function commandText(raw: string | undefined): string {
  return (raw ?? '')
    .replace(/^\s*(<at>[^<]*<\/at>\s*)+/i, '')
    .replace(/<at>([^<]*)<\/at>/gi, '$1')
    .trim();
}

/** Kept here too: handlers import the turn's log helpers from app. */
export { turnIds, turnLog } from './turn';

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
    // The Agents Playground stamps every activity en-US; REFERENT_LOCALE=nb keeps the product Norwegian there.
    if (services.config.locale !== 'auto') context.activity.locale = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-US' }[services.config.locale];
    if (allowed.size === 0) return true;
    const tenant = actorFrom(context).tenantId;
    if (tenant && allowed.has(tenant)) return true;
    log.warn({ tenant }, 'activity from a tenant that is not allowed: ignored');
    // A card action gets a plain refusal: the card stays as it is.
    if (context.activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403 } });
    return false;
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const client = actorFrom(context);
    // The turn's one pre-read (personal chat: person + windows in one request), handed to the handlers as `turn.pre`.
    const { conversation, pre } = await rememberConversation(context, services.repos);
    const text = commandText(context.activity.text);
    const command = parseCommand(text);
    // Not linked yet: the first contact (e-mail/UPN from Teams, then the name; or the secretariat is asked).
    const group = conversation.groupId
      ? await loadGroupContext(services.repos, conversation.groupId, client, firstContactPorts(context, services), services.now())
      : undefined;
    // The language is read from what the turn has already read: the group here, or the person and their groups' windows.
    setTurnLocale(
      context,
      turnLocale(client, {
        group: group?.group.value.settings?.language,
        person: pre?.person?.value.language,
        personGroups: Object.values(pre?.windows ?? {}).map((w) => w.value.language),
      }),
    );
    const actor = actorFrom(context);
    const turn = { context, actor, conversation, group, pre, services };
    if (group?.asked === 'now') await present(context, services, say(identityTexts.waiting(actor.locale, group.group.value.name)));
    if (!command) {
      if (!text) {
        // A card submit carries a value and needs no answer; an @mention with nothing after it
        // («@Referent» alone) gets the help, never silence.
        if (context.activity.value !== undefined) return;
        const help = parseCommand('hjelp')!;
        await present(context, services, await route(help.spec, { ...turn, command: help }));
        return;
      }
      // «deltakereFornavn…», «sakskart1. …»: the line breaks were lost on the way; the command's form, with why (#16 §1).
      const glued = gluedCommand(text, FORM_COMMANDS);
      if (glued) {
        const form = await route(glued.command.spec, { ...turn, command: glued.command });
        if (form) await present(context, services, form.card ? { ...form, text: formTexts.linesLost(actor.locale, glued.word) } : form);
        return;
      }
      const plain = actor.conversationType === 'personal' ? CAPABILITIES.find((c) => c.onPlainText)?.onPlainText : undefined;
      const reply = plain ? await plain({ ...turn, command: { spec: UNKNOWN, alias: '', args: text, body: '', rest: text } }) : undefined;
      await present(context, services, reply ?? say(texts.unknownCommand(actor.locale, firstWord(text))));
      return;
    }
    await present(context, services, await route(command.spec, { ...turn, command }));
  });

  for (const capability of CAPABILITIES) capability.register?.(app, services);
  // Registered last, so it only answers card verbs no capability owns (an old or forged card).
  app.adaptiveCards.actionExecute(/.*/, async (context) => texts.unknownCardAction(actorFrom(context).locale));

  app.error(async (context, error) => {
    const err = error as Error;
    const status = httpStatusOf(err);
    turnLog(context, services).error({ err: { name: err.name, message: err.message, stack: err.stack, status } }, 'turn failed');
    // Teams itself kept refusing our messages (after retries): another message now only eats the 15 s.
    if (status !== undefined && RETRIED_STATUSES.has(status)) return;
    const actor = actorFrom(context);
    const l = actor.locale;
    const answer = !(err instanceof StoreUnavailableError)
      ? texts.somethingWentWrong(l)
      : err.unconfirmed
        ? texts.storeUnconfirmed(l, actor.conversationType === 'personal')
        : texts.storeDown(l);
    try {
      await present(context, services, say(answer));
    } catch (sendErr) {
      turnLog(context, services).error({ err: (sendErr as Error).message }, 'could not tell the user about the error');
    }
  });

  return app;
}

/** The commands whose long input has a form card: run into their list, they answer with it. */
const FORM_COMMANDS = COMMANDS.filter((c) => c.name === 'members' || c.name === 'agenda');

const UNKNOWN: CommandSpec = {
  name: 'plain-text',
  aliases: [],
  audience: 'member',
  where: 'personal',
  nb: 'tekst uten kommando',
  nn: 'tekst utan kommando',
  en: 'text without a command',
};

export const registeredVerbs = (): string[] => CAPABILITIES.flatMap((c) => c.verbs ?? []);
