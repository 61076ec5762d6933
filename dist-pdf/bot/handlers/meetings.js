"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetings = void 0;
const actor_1 = require("../../src/app/actor");
const texts_meetings_1 = require("../../src/app/texts-meetings");
const proactive_1 = require("../proactive");
const turn_1 = require("../turn");
/** The group of this chat; in a chat of no group (personal chat), the one group the sender is secretariat of. */
async function groupOf({ actor, group, services }) {
    return group ?? services.meetings.groupForSecretariat(actor);
}
const isReply = (g) => !('roles' in g);
const sameConversation = (a, b) => a === b || a.split(';')[0] === b.split(';')[0];
/** nytt møte, sakskart, innkalling. */
exports.meetings = {
    commands: {
        'new-meeting': async (turn) => {
            const group = await groupOf(turn);
            return isReply(group) ? group : turn.services.meetings.createMeeting(turn.actor, group, turn.command.args);
        },
        agenda: async (turn) => {
            const group = await groupOf(turn);
            return isReply(group) ? group : turn.services.meetings.setAgenda(turn.actor, group, turn.command.rest);
        },
        /**
         * Publishes the notice in the group's home conversation: here when this is the home, otherwise
         * proactively through the home's stored conversation reference (checked before anything changes).
         */
        notice: async (turn) => {
            const { context, actor, command, services } = turn;
            const l = actor.locale;
            const group = await groupOf(turn);
            if (isReply(group))
                return group;
            const home = group.group.value.homeConversationId;
            const here = sameConversation(actor.conversationId, home);
            const homeRecord = here ? undefined : await services.repos.conversations.get(home);
            if (!here && (!homeRecord || !homeRecord.reference.serviceUrl))
                return (0, actor_1.say)(texts_meetings_1.meetingTexts.noHomeReference(l, group.group.value.name));
            const result = await services.meetings.publishNotice(actor, group, command.args);
            if (!('posts' in result))
                return result;
            const activities = result.posts.map(turn_1.toActivity);
            if (here) {
                await (0, proactive_1.sendAll)(context, activities);
                return (0, actor_1.say)(texts_meetings_1.meetingTexts.noticePublishedHere(l, result.deadline));
            }
            await (0, proactive_1.postToConversation)(context, services.config.bot.appId ?? '', homeRecord.reference, activities);
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.noticePublishedElsewhere(l, group.group.value.name, result.deadline));
        },
    },
};
//# sourceMappingURL=meetings.js.map