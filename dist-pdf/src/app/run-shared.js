"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mutateMeeting = exports.canChair = exports.answer = void 0;
exports.liveId = liveId;
exports.rememberCard = rememberCard;
exports.findMeeting = findMeeting;
exports.linkConversation = linkConversation;
const meeting_flow_1 = require("../domain/meeting-flow");
const norwegian_time_1 = require("../domain/norwegian-time");
const meeting_writes_1 = require("./meeting-writes");
Object.defineProperty(exports, "mutateMeeting", { enumerable: true, get: function () { return meeting_writes_1.mutateMeeting; } });
const answer = (text, extra = {}) => ({ text, live: [], posts: [], ...extra });
exports.answer = answer;
/** User text goes into card data: "${" would read as a template binding, so it is broken up. */
const canChair = (ctx) => ctx.roles.includes('chair') || ctx.roles.includes('secretariat');
exports.canChair = canChair;
/** The live card of a slot in this conversation: its activity id when it lives here, else undefined (post a new one). */
function liveId(meeting, slot, conversationId) {
    const run = (0, meeting_flow_1.runOf)(meeting);
    if (run.conversationId !== conversationId)
        return undefined;
    return slot === 'item' ? run.cardActivityId : run.roundCardActivityId;
}
/** Remembers the activity id of a card just posted (no version bump: the card shows the same step). */
async function rememberCard(repos, meetingId, slot, activityId, conversationId) {
    await (0, meeting_writes_1.mutateMeeting)(repos, meetingId, (m) => {
        const run = (0, meeting_flow_1.runOf)(m);
        const key = slot === 'item' ? 'cardActivityId' : 'roundCardActivityId';
        if (run[key] === activityId && run.conversationId === conversationId)
            return { result: undefined };
        const moved = run.conversationId !== conversationId;
        // A card posted in another conversation moves the meeting there; the other slot's card stays behind.
        const other = slot === 'item' ? { roundCardActivityId: moved ? undefined : run.roundCardActivityId } : { cardActivityId: moved ? undefined : run.cardActivityId };
        return { next: { ...m, run: { ...run, ...other, [key]: activityId, conversationId } }, result: undefined };
    });
}
const CLOSED = new Set(['ended', 'locked']);
const byTime = (a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`);
/**
 * The meeting a turn in this conversation is about. `running`: only the one in progress.
 * `upcoming`: the one in progress, else today's or the next by date, else the latest earlier one
 * never ended. The conversation's meetingId is tried first (one point read); else a query.
 */
async function findMeeting(repos, groupId, conversation, purpose, now) {
    if (conversation?.meetingId) {
        const hinted = await repos.meetings.get(conversation.meetingId);
        if (hinted && hinted.value.groupId === groupId && hinted.value.state === 'in-progress')
            return hinted;
    }
    const all = (await repos.meetings.listByGroup(groupId)).sort(byTime);
    const running = all.find((m) => m.state === 'in-progress');
    const today = (0, norwegian_time_1.osloDateOf)(now);
    const open = all.filter((m) => !CLOSED.has(m.state));
    const pick = running ?? (purpose === 'upcoming' ? (open.find((m) => m.date >= today) ?? open.filter((m) => m.date < today).pop()) : undefined);
    return pick ? repos.meetings.get(pick.meetingId) : undefined;
}
/** Links a conversation to the group and the meeting running in it (commands there find both). */
async function linkConversation(repos, conversationId, groupId, meetingId, now) {
    const record = await repos.conversations.get(conversationId);
    if (record?.groupId === groupId && record.meetingId === meetingId)
        return;
    // A group's home stays the home of that group; a meeting chat is linked to the meeting's group.
    if (record?.groupId && record.groupId !== groupId)
        return;
    await repos.conversations.put({ key: conversationId, reference: record?.reference ?? {}, groupId, meetingId, updatedAt: now.toISOString() });
}
//# sourceMappingURL=run-shared.js.map