"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registeredVerbs = exports.turnLog = exports.turnIds = void 0;
exports.commandText = commandText;
exports.createApp = createApp;
const botbuilder_1 = require("botbuilder");
const teams_ai_1 = require("@microsoft/teams-ai");
const actor_1 = require("../src/app/actor");
const commands_1 = require("../src/app/commands");
const group_context_1 = require("../src/app/group-context");
const ports_1 = require("../src/app/ports");
const texts_1 = require("../src/app/texts");
const conversations_1 = require("./conversations");
const handlers_1 = require("./handlers");
const teams_retry_1 = require("./teams-retry");
const turn_1 = require("./turn");
const HANDLERS = Object.assign({}, ...handlers_1.CAPABILITIES.map((c) => c.commands));
/**
 * The text of a command: teams-ai removes the @mention of the bot when the activity carries the
 * mention entity; a leading <at>…</at> left without one is removed here, other mentions become names.
 */
function commandText(raw) {
    return (raw ?? '').replace(/^\s*(<at>[^<]*<\/at>\s*)+/i, '').replace(/<at>([^<]*)<\/at>/gi, '$1').trim();
}
/** Kept here too: handlers import the turn's log helpers from app. */
var turn_2 = require("./turn");
Object.defineProperty(exports, "turnIds", { enumerable: true, get: function () { return turn_2.turnIds; } });
Object.defineProperty(exports, "turnLog", { enumerable: true, get: function () { return turn_2.turnLog; } });
/**
 * The teams-ai Application: routes and error handling. No turn-state storage is configured on
 * purpose: everything a meeting needs is a domain document in Cosmos, so any instance can serve
 * any activity and nothing lives in process memory between turns.
 */
function createApp(adapter, services) {
    const app = new teams_ai_1.Application({
        adapter,
        botAppId: services.config.bot.appId ?? '',
        removeRecipientMention: true,
        startTypingTimer: false,
        longRunningMessages: false,
    });
    const allowed = new Set(services.config.allowedTenants);
    // Runs before every route, so a refused activity never reaches the store.
    app.turn('beforeTurn', async (context) => {
        const log = (0, turn_1.turnLog)(context, services);
        log.debug('turn');
        // The Agents Playground stamps every activity en-US; REFERENT_LOCALE=nb keeps the product Norwegian there.
        if (services.config.locale !== 'auto')
            context.activity.locale = services.config.locale === 'nb' ? 'nb-NO' : 'en-US';
        if (allowed.size === 0)
            return true;
        const tenant = (0, turn_1.actorFrom)(context).tenantId;
        if (tenant && allowed.has(tenant))
            return true;
        log.warn({ tenant }, 'activity from a tenant that is not allowed: ignored');
        // A card action gets a plain refusal: the card stays as it is.
        if (context.activity.type === botbuilder_1.ActivityTypes.Invoke)
            await context.sendActivity({ type: botbuilder_1.ActivityTypes.InvokeResponse, value: { status: 403 } });
        return false;
    });
    app.activity(botbuilder_1.ActivityTypes.Message, async (context) => {
        const actor = (0, turn_1.actorFrom)(context);
        const conversation = await (0, conversations_1.rememberConversation)(context, services.repos);
        const text = commandText(context.activity.text);
        const command = (0, commands_1.parseCommand)(text);
        const group = conversation.groupId ? await (0, group_context_1.loadGroupContext)(services.repos, conversation.groupId, actor) : undefined;
        if (!command) {
            if (!text) {
                // A card submit carries a value and needs no answer; an @mention with nothing after it
                // («@Referent» alone) gets the help, never silence.
                if (context.activity.value !== undefined)
                    return;
                const reply = await HANDLERS.help({ context, actor, command: (0, commands_1.parseCommand)('hjelp'), conversation, group, services });
                if (reply)
                    await (0, turn_1.send)(context, reply);
                return;
            }
            const plain = actor.conversationType === 'personal' ? handlers_1.CAPABILITIES.find((c) => c.onPlainText)?.onPlainText : undefined;
            const reply = plain ? await plain({ context, actor, command: { spec: UNKNOWN, alias: '', args: text, body: '', rest: text }, conversation, group, services }) : undefined;
            await (0, turn_1.send)(context, reply ?? (0, actor_1.say)(texts_1.texts.unknownCommand(actor.locale, (0, commands_1.firstWord)(text))));
            return;
        }
        const handler = HANDLERS[command.spec.name];
        if (!handler) {
            await (0, turn_1.send)(context, (0, actor_1.say)(texts_1.texts.unknownCommand(actor.locale, (0, commands_1.firstWord)(text))));
            return;
        }
        const reply = await handler({ context, actor, command, conversation, group, services });
        if (reply)
            await (0, turn_1.send)(context, reply);
    });
    for (const capability of handlers_1.CAPABILITIES)
        capability.register?.(app, services);
    // Registered last, so it only answers card verbs no capability owns (an old or forged card).
    app.adaptiveCards.actionExecute(/.*/, async (context) => texts_1.texts.unknownCardAction((0, turn_1.actorFrom)(context).locale));
    app.error(async (context, error) => {
        const err = error;
        const status = (0, teams_retry_1.httpStatusOf)(err);
        (0, turn_1.turnLog)(context, services).error({ err: { name: err.name, message: err.message, stack: err.stack, status } }, 'turn failed');
        // Teams itself kept refusing our messages (after retries): another message now only eats the 15 s.
        if (status !== undefined && teams_retry_1.RETRIED_STATUSES.has(status))
            return;
        const actor = (0, turn_1.actorFrom)(context);
        const l = actor.locale;
        const answer = !(err instanceof ports_1.StoreUnavailableError)
            ? texts_1.texts.somethingWentWrong(l)
            : err.unconfirmed
                ? texts_1.texts.storeUnconfirmed(l, actor.conversationType === 'personal')
                : texts_1.texts.storeDown(l);
        try {
            await (0, turn_1.send)(context, (0, actor_1.say)(answer));
        }
        catch (sendErr) {
            (0, turn_1.turnLog)(context, services).error({ err: sendErr.message }, 'could not tell the user about the error');
        }
    });
    return app;
}
const UNKNOWN = { name: 'plain-text', aliases: [], audience: 'member', where: 'personal', nb: '', en: '' };
const registeredVerbs = () => handlers_1.CAPABILITIES.flatMap((c) => c.verbs ?? []);
exports.registeredVerbs = registeredVerbs;
//# sourceMappingURL=app.js.map