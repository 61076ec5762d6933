"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingRun = void 0;
exports.applyAnswer = applyAnswer;
const botbuilder_1 = require("botbuilder");
const cards_1 = require("../../cards");
const actor_1 = require("../../src/app/actor");
const run_shared_1 = require("../../src/app/run-shared");
const texts_1 = require("../../src/app/texts");
const texts_run_1 = require("../../src/app/texts-run");
const proactive_1 = require("../proactive");
const turn_1 = require("../turn");
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
/**
 * Carries out a use case's answer in this turn: live cards are updated in place (one update per
 * change) or, when they do not live in this conversation yet, posted and their ids remembered on
 * the meeting; then new cards; for a card click, the invoke answer (the redrawn card, or a message).
 */
async function applyAnswer(context, services, answer, mode) {
    const conversationId = context.activity.conversation?.id ?? '';
    if (mode === 'typed' && answer.text)
        await (0, proactive_1.withChannelRetry)(() => context.sendActivity((0, turn_1.toActivity)((0, actor_1.say)(answer.text))));
    for (const live of answer.live) {
        const activity = (0, turn_1.toActivity)({ card: live.card });
        if (live.activityId) {
            try {
                await (0, proactive_1.withChannelRetry)(() => context.updateActivity({ ...activity, id: live.activityId }), { budgetMs: 3_000 });
                continue;
            }
            catch (err) {
                // The old card is gone or cannot be edited: a new one takes its place below.
                services.log.warn({ conversationId, err: err.message }, 'could not update the live meeting card; posting a new one');
            }
        }
        const sent = await (0, proactive_1.withChannelRetry)(() => context.sendActivity(activity));
        if (sent?.id && answer.meetingId)
            await (0, run_shared_1.rememberCard)(services.repos, answer.meetingId, live.slot, sent.id, conversationId);
    }
    for (const card of answer.posts)
        await (0, proactive_1.withChannelRetry)(() => context.sendActivity((0, turn_1.toActivity)({ card })));
    if (mode === 'invoke') {
        const body = answer.invokeCard
            ? { statusCode: 200, type: ADAPTIVE, value: (0, cards_1.renderNamedCard)(answer.invokeCard.template, answer.invokeCard.data) }
            : { statusCode: 200, type: MESSAGE, value: answer.text ?? '' };
        await context.sendActivity({ type: botbuilder_1.ActivityTypes.InvokeResponse, value: { status: 200, body } });
    }
}
/** Runs a typed command of this capability: group required (start may find it another way). */
function typed(run) {
    return async (turn) => {
        if (!turn.group)
            return (0, actor_1.say)(texts_1.texts.noGroupHere(turn.actor.locale));
        const answer = await run(turn);
        await applyAnswer(turn.context, turn.services, answer, 'typed');
    };
}
function parseItem(args) {
    const m = /^(?:sak\s*|item\s*)?(\d{1,3})\.?$/i.exec(args.trim());
    return m ? Number(m[1]) : undefined;
}
const teamsMeetingId = (context) => context.activity.channelData?.meeting?.id || undefined;
const CLICKS = {
    'meeting.prev': 'prev',
    'meeting.next': 'next',
    'meeting.decision': 'decision',
    'meeting.note': 'note',
};
/** start, neste, sak <n>, vedtak:, notat:, runde, avslutt — and the current-item and round-table cards. */
exports.meetingRun = {
    commands: {
        start: async (turn) => {
            const { context, actor, services } = turn;
            let group = turn.group;
            if (!group) {
                // A Teams meeting chat not linked yet: the one group where this person chairs.
                const found = await services.run.groupForStart(actor);
                if (!('group' in found))
                    return found;
                group = found;
            }
            const answer = await services.run.start(actor, group, turn.conversation, teamsMeetingId(context), context.activity.id);
            await applyAnswer(context, services, answer, 'typed');
        },
        next: typed(({ context, actor, group, conversation, services }) => services.run.moveTyped(actor, group, conversation, { to: 'next' }, context.activity.id)),
        item: typed(({ context, actor, group, conversation, services, command }) => {
            const n = parseItem(command.args);
            if (n === undefined)
                return Promise.resolve({ text: texts_run_1.runTexts.itemUsage(actor.locale), live: [], posts: [] });
            const move = { to: 'item', n };
            return services.run.moveTyped(actor, group, conversation, move, context.activity.id);
        }),
        decision: typed(({ context, actor, group, conversation, services, command }) => services.run.recordTyped(actor, group, conversation, 'decision', command.rest, context.activity.id)),
        note: typed(({ context, actor, group, conversation, services, command }) => services.run.recordTyped(actor, group, conversation, 'note', command.rest, context.activity.id)),
        round: typed(({ context, actor, group, conversation, services }) => services.roundTable.start(actor, group, conversation, context.activity.id)),
        end: typed(({ actor, group, conversation, services }) => services.run.end(actor, group, conversation)),
    },
    verbs: [...Object.keys(CLICKS), 'meeting.round', 'round.next', 'round.skip'],
    register(app, services) {
        for (const [verb, kind] of Object.entries(CLICKS)) {
            app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
                await applyAnswer(context, services, await services.run.click((0, turn_1.actorFrom)(context), kind, data ?? {}, context.activity.id), 'invoke');
                return '';
            });
        }
        app.adaptiveCards.actionExecute('meeting.round', async (context, _state, data) => {
            await applyAnswer(context, services, await services.roundTable.startFromCard((0, turn_1.actorFrom)(context), data ?? {}, context.activity.id), 'invoke');
            return '';
        });
        for (const [verb, how] of [['round.next', 'spoken'], ['round.skip', 'skipped']]) {
            app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
                await applyAnswer(context, services, await services.roundTable.click((0, turn_1.actorFrom)(context), how, data ?? {}), 'invoke');
                return '';
            });
        }
    },
};
//# sourceMappingURL=meeting-run.js.map