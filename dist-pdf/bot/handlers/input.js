"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.input = void 0;
const node_crypto_1 = require("node:crypto");
const botbuilder_1 = require("botbuilder");
const cards_1 = require("../../cards");
const actor_1 = require("../../src/app/actor");
const group_context_1 = require("../../src/app/group-context");
const input_status_1 = require("../../src/app/input-status");
const people_1 = require("../../src/app/people");
const texts_input_1 = require("../../src/app/texts-input");
const conversations_1 = require("../conversations");
const turn_1 = require("../turn");
const input_remind_1 = require("./input-remind");
/**
 * Round-table input (issue #5): plain text in personal chat → preview card → "Send inn";
 * `innspill <tekst>` stores directly; `mine innspill`, `trekk innspill`; for the secretariat
 * `innspill for <organisasjon>: …`, `status` and `påminnelse`.
 */
const EMAIL_LOOKUP_MS = 2_000;
/** The sender's e-mail from Teams (first contact only: to find them on a roster that lists e-mail). */
function emailOf(context) {
    return async () => {
        const id = context.activity.from?.id;
        if (!id || !context.activity.serviceUrl)
            return undefined;
        const timeout = new Promise((r) => setTimeout(() => r(undefined), EMAIL_LOOKUP_MS).unref());
        const member = await Promise.race([botbuilder_1.TeamsInfo.getMember(context, id).catch(() => undefined), timeout]);
        const email = member?.email ?? member?.userPrincipalName;
        return email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
    };
}
async function personFor(turn) {
    const known = (0, conversations_1.personOfTurn)(turn.context);
    const { activity } = turn.context;
    const chat = activity.conversation?.conversationType === 'personal'
        ? { conversationId: activity.conversation.id, reference: (0, conversations_1.storedReference)(activity), updatedAt: turn.services.now().toISOString() }
        : undefined;
    return (await (0, people_1.identify)(turn.services.repos, turn.actor, turn.services.now(), { known, email: emailOf(turn.context), chat })).person;
}
const activityId = (context) => context.activity.id || (0, node_crypto_1.randomUUID)();
const FOR_ORG = /^for\s+[^:\n]+:/i;
async function submit(turn, mode) {
    const person = await personFor(turn);
    return turn.services.input.submit(turn.actor, person, turn.command.rest, activityId(turn.context), mode, (0, conversations_1.windowsOfTurn)(turn.context));
}
/** A card action's answer is the updated card: a use case's text-only answer becomes a short card. */
function asCard(reply) {
    if (reply.card)
        return (0, cards_1.renderNamedCard)(reply.card.template, reply.card.data);
    return (0, cards_1.renderNamedCard)('input-preview', {
        mode: 'note', title: '', meeting: '', heading: '', text: '', receivedLabel: '', newTextLabel: '', newText: '', note: reply.text ?? '', draftId: '', pendingMeetingId: '', pendingOrganization: '', pendingEtag: '', existingText: '',
        labels: { send: '', cancel: '', replace: '', append: '' },
    });
}
const str = (v) => (typeof v === 'string' ? v : '');
/** The group of the conversation a card was clicked in (status card in the group chat). */
async function groupOfInvoke(context, services, actor) {
    const record = await services.repos.conversations.get(actor.conversationId);
    return record?.groupId ? (0, group_context_1.loadGroupContext)(services.repos, record.groupId, actor) : undefined;
}
exports.input = {
    commands: {
        input: async (turn) => {
            const { actor, command, group, services, context } = turn;
            if (FOR_ORG.test(command.args) && group?.roles.includes('secretariat')) {
                return (0, input_status_1.enterForOrganization)(services.repos, actor, group, command.rest, activityId(context), services.now());
            }
            return submit(turn, 'direct');
        },
        'my-input': async (turn) => turn.services.input.mine(turn.actor, await personFor(turn), (0, conversations_1.windowsOfTurn)(turn.context)),
        'withdraw-input': async (turn) => turn.services.input.withdraw(turn.actor, await personFor(turn), undefined, (0, conversations_1.windowsOfTurn)(turn.context)),
        status: async ({ actor, group, services }) => {
            if (!group)
                return (0, actor_1.say)(texts_input_1.inputTexts.secretariatInGroupChat(actor.locale));
            return (0, input_status_1.inputStatus)(services.repos, actor, group, services.now());
        },
        remind: async ({ context, actor, group, services }) => (0, input_remind_1.remind)(context, actor, group, services),
    },
    onPlainText: async (turn) => submit(turn, 'preview'),
    verbs: ['input.confirm', 'input.cancel', 'input.pick', 'input.replace', 'input.append', 'input.edit', 'input.withdraw', 'input.remind'],
    register(app, services) {
        const on = (verb, run) => app.adaptiveCards.actionExecute(verb, async (context, _state, data) => asCard(await run(context, (0, turn_1.actorFrom)(context), data ?? {})));
        on('input.confirm', (_c, actor, d) => services.input.confirm(actor, str(d.draftId)));
        on('input.cancel', (_c, actor, d) => services.input.cancel(actor, str(d.draftId)));
        on('input.pick', (_c, actor, d) => services.input.pick(actor, str(d.draftId), str(d.meetingId), str(d.organization)));
        const carried = (d) => ({ text: str(d.text), meetingId: str(d.meetingId), organization: str(d.organization), etag: str(d.etag), existingText: str(d.existing) });
        on('input.replace', (_c, actor, d) => services.input.settle(actor, str(d.draftId), 'replace', carried(d)));
        on('input.append', (_c, actor, d) => services.input.settle(actor, str(d.draftId), 'append', carried(d)));
        on('input.edit', (c, actor, d) => services.input.edit(actor, str(d.meetingId), str(d.organization), str(d[str(d.field)] ?? d.text), activityId(c)));
        on('input.withdraw', (_c, actor, d) => services.input.withdraw(actor, undefined, { meetingId: str(d.meetingId), organization: str(d.organization) }));
        on('input.remind', async (c, actor) => (0, input_remind_1.remind)(c, actor, await groupOfInvoke(c, services, actor), services));
    },
};
//# sourceMappingURL=input.js.map