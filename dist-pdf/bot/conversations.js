"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.personOfTurn = personOfTurn;
exports.windowsOfTurn = windowsOfTurn;
exports.storedReference = storedReference;
exports.rememberConversation = rememberConversation;
const botbuilder_1 = require("botbuilder");
const people_1 = require("../src/app/people");
const PERSON = Symbol('referent.person');
const WINDOWS = Symbol('referent.windows');
/**
 * The `aad:` people record rememberConversation read in personal chat this turn (null: read, none
 * stored; undefined: not read). Per-turn only, never kept between turns.
 */
function personOfTurn(context) {
    return context.turnState.get(PERSON);
}
/** The input windows read with the person this turn (personal chat), or undefined. Per-turn only. */
function windowsOfTurn(context) {
    return context.turnState.get(WINDOWS);
}
const cap = (v, max = 256) => (typeof v === 'string' ? v.slice(0, max) : undefined);
/**
 * The conversation reference we store: only the fields a proactive message needs, each capped. The
 * activity's own `conversation` / `from` objects carry whatever a client put in them (a 1.9 MB junk
 * field once became a 1.9 MB document), so they are never stored whole (#14). The activity guard has
 * already refused ids over 1,024 characters, so the caps here never cut a real id.
 */
function storedReference(activity) {
    const r = botbuilder_1.TurnContext.getConversationReference(activity);
    const ref = {
        activityId: cap(r.activityId, 1_024),
        channelId: cap(r.channelId, 64),
        serviceUrl: cap(r.serviceUrl, 1_024),
        locale: cap(r.locale, 35),
        user: r.user && { id: cap(r.user.id, 1_024), name: cap(r.user.name), aadObjectId: cap(r.user.aadObjectId, 64), role: cap(r.user.role, 32) },
        bot: r.bot && { id: cap(r.bot.id, 1_024), name: cap(r.bot.name), role: cap(r.bot.role, 32) },
        conversation: r.conversation && {
            id: cap(r.conversation.id, 1_024),
            conversationType: cap(r.conversation.conversationType, 32),
            tenantId: cap(r.conversation.tenantId, 64),
            isGroup: typeof r.conversation.isGroup === 'boolean' ? r.conversation.isGroup : undefined,
            name: cap(r.conversation.name),
        },
    };
    // JSON without the undefined fields: what Cosmos would store anyway, and what tests compare.
    return JSON.parse(JSON.stringify(ref));
}
/**
 * Keeps the conversation reference of every conversation and user the bot meets (for proactive
 * reminders later). One read per turn, which the handlers need anyway to find the group;
 * a write only when the reference is new or its serviceUrl changed.
 */
async function rememberConversation(context, repos) {
    const reference = storedReference(context.activity);
    const key = context.activity.conversation?.id ?? '';
    // Personal chat of a linked member: the people record holds the chat too, so this one request also
    // answers "who is this" and "which meetings take input" for the input flow (see src/app/people.ts).
    const personalAad = context.activity.conversation?.conversationType === 'personal' ? context.activity.from?.aadObjectId : undefined;
    const read = personalAad ? await repos.people.getWithWindows((0, people_1.aadKey)(personalAad)) : undefined;
    const person = read?.person;
    if (personalAad) {
        context.turnState.set(PERSON, person ?? null);
        context.turnState.set(WINDOWS, read?.windows);
    }
    const chat = person?.value.chat;
    if (chat && chat.conversationId === key && chat.reference.serviceUrl === context.activity.serviceUrl) {
        return { key, reference: chat.reference, updatedAt: chat.updatedAt };
    }
    if (person && personalAad) {
        const updatedAt = new Date().toISOString();
        const saved = await (0, people_1.updatePerson)(repos, (0, people_1.aadKey)(personalAad), (cur) => cur && { ...cur, chat: { conversationId: key, reference, updatedAt } }, person);
        context.turnState.set(PERSON, saved ?? null);
    }
    const existing = await repos.conversations.get(key);
    if (existing && existing.reference.serviceUrl === context.activity.serviceUrl)
        return existing;
    const record = { key, reference, groupId: existing?.groupId, meetingId: existing?.meetingId, updatedAt: new Date().toISOString() };
    await repos.conversations.put(record);
    const aad = context.activity.from?.aadObjectId;
    if (aad && context.activity.conversation?.conversationType === 'personal') {
        await repos.conversations.putUserChat(aad, reference, record.updatedAt);
    }
    return record;
}
//# sourceMappingURL=conversations.js.map