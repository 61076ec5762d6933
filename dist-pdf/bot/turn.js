"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorFrom = actorFrom;
exports.toActivity = toActivity;
exports.turnIds = turnIds;
exports.turnLog = turnLog;
exports.send = send;
const botbuilder_1 = require("botbuilder");
const cards_1 = require("../cards");
const actor_1 = require("../src/app/actor");
const text_1 = require("../src/domain/text");
const teams_retry_1 = require("./teams-retry");
/** Reads who is acting from the activity itself: the only source of identity we trust. */
function actorFrom(context) {
    const a = context.activity;
    const type = a.conversation?.conversationType;
    return {
        userId: a.from?.id ?? '',
        aadObjectId: a.from?.aadObjectId || undefined,
        // The display name is stored (attendance, authorship): no direction controls in it.
        name: (0, text_1.stripBidi)(a.from?.name ?? '').trim(),
        conversationId: a.conversation?.id ?? '',
        conversationType: type === 'groupChat' ? 'groupChat' : type === 'channel' ? 'channel' : 'personal',
        locale: (0, actor_1.localeOf)(a.locale),
        tenantId: a.conversation?.tenantId ?? a.channelData?.tenant?.id,
    };
}
/** Turns a use case's Reply into an outgoing activity. */
function toActivity(reply) {
    if (reply.card) {
        const card = botbuilder_1.CardFactory.adaptiveCard((0, cards_1.renderNamedCard)(reply.card.template, reply.card.data));
        return botbuilder_1.MessageFactory.attachment(card, reply.text);
    }
    return botbuilder_1.MessageFactory.text(reply.text ?? '');
}
/** Ids safe to log: never message text or card input (personal data). */
function turnIds(context) {
    const a = context.activity;
    const meetingId = a.channelData?.meeting?.id;
    return { activityId: a.id, conversationId: a.conversation?.id, type: a.type, channelId: a.channelId, ...(meetingId ? { meetingId } : {}) };
}
const TURN_LOG = Symbol('referent.turnLog');
const TURN_STARTED = Symbol('referent.turnStarted');
/** Teams re-sends an activity it has no answer to after ~15 s: retries stop in time to answer before. */
const TURN_BUDGET_MS = 12_000;
/** The turn's logger: every line carries the activity, conversation and (in meetings) meeting ids. */
function turnLog(context, services) {
    let log = context.turnState.get(TURN_LOG);
    if (!log) {
        context.turnState.set(TURN_LOG, (log = services.log.child(turnIds(context))));
        context.turnState.set(TURN_STARTED, Date.now());
    }
    return log;
}
/**
 * Sends the reply, retried when Teams throttles or its gateway fails (see teams-retry.ts), within
 * what is left of the turn's budget (at most 8 s): a slow store earlier in the turn leaves less.
 */
async function send(context, reply) {
    const activity = toActivity(reply);
    const log = context.turnState.get(TURN_LOG);
    const started = context.turnState.get(TURN_STARTED) ?? Date.now();
    const budgetMs = Math.max(0, Math.min(8_000, TURN_BUDGET_MS - (Date.now() - started)));
    const sent = await (0, teams_retry_1.withTeamsRetry)(() => context.sendActivity(activity), { budgetMs, onRetry: (info) => log?.warn(info, 'Teams refused a send for now: retrying') });
    return sent?.id;
}
//# sourceMappingURL=turn.js.map