"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingEvents = void 0;
const run_shared_1 = require("../../src/app/run-shared");
const texts_run_1 = require("../../src/app/texts-run");
const turn_1 = require("../turn");
/*
 * Teams meeting events (they arrive only when the meeting really starts, and need the meeting RSC
 * permissions): start links the meeting chat to the group's meeting, participants who join are
 * marked present through the roster, end reminds the chair when the meeting is still running.
 * A meeting chat that belongs to no group yet is left alone (the chair's `start` links it).
 */
/** Ids safe to log (never names or text). */
const turnIds = (context) => ({ activityId: context.activity.id, conversationId: context.activity.conversation?.id, name: context.activity.name });
const teamsMeetingId = (context) => context.activity.channelData?.meeting?.id;
async function groupOf(context, services) {
    const record = await services.repos.conversations.get(context.activity.conversation?.id ?? '');
    return record?.groupId ? { record, groupId: record.groupId } : undefined;
}
exports.meetingEvents = {
    commands: {},
    register(app, services) {
        app.meetings.start(async (context) => {
            const here = await groupOf(context, services);
            if (!here)
                return services.log.info({ ...turnIds(context), teamsMeetingId: teamsMeetingId(context) }, 'meeting started in a chat of no group: ignored');
            const meeting = await (0, run_shared_1.findMeeting)(services.repos, here.groupId, here.record, 'upcoming', services.now());
            if (meeting)
                await (0, run_shared_1.linkConversation)(services.repos, context.activity.conversation.id, here.groupId, meeting.value.meetingId, services.now());
        });
        app.meetings.participantsJoin(async (context, _state, details) => {
            const here = await groupOf(context, services);
            if (!here)
                return;
            const members = (details?.members ?? []).map((m) => ({ aadObjectId: m.user?.aadObjectId, name: m.user?.name }));
            const marked = await services.attendance.participantsJoined(here.groupId, here.record, members);
            services.log.info({ ...turnIds(context), joined: members.length, marked }, 'meeting participants joined');
        });
        app.meetings.participantsLeave(async (context) => {
            // Someone who leaves early still attended: the list keeps them.
            services.log.debug(turnIds(context), 'meeting participants left');
        });
        app.meetings.end(async (context) => {
            const here = await groupOf(context, services);
            if (!here)
                return;
            const meeting = await (0, run_shared_1.findMeeting)(services.repos, here.groupId, here.record, 'running', services.now());
            if (meeting?.value.state === 'in-progress')
                await context.sendActivity(texts_run_1.runTexts.teamsMeetingEnded((0, turn_1.actorFrom)(context).locale));
        });
    },
};
//# sourceMappingURL=meeting-events.js.map