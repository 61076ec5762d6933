"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.attendance = void 0;
const actor_1 = require("../../src/app/actor");
const texts_run_1 = require("../../src/app/texts-run");
const texts_1 = require("../../src/app/texts");
const turn_1 = require("../turn");
const meeting_run_1 = require("./meeting-run");
/** til stede / forfall [navn]: in the group's chat or the meeting chat (the group is known there). */
function mark(status) {
    return async ({ context, actor, group, conversation, command, services }) => {
        if (!group)
            return (0, actor_1.say)(actor.conversationType === 'personal' ? texts_run_1.runTexts.attendanceWhere(actor.locale) : texts_1.texts.noGroupHere(actor.locale));
        await (0, meeting_run_1.applyAnswer)(context, services, await services.attendance.markTyped(actor, group, conversation, status, command.args), 'typed');
    };
}
const VERBS = { 'attendance.present': 'present', 'attendance.apologies': 'apologies' };
/** Attendance: typed commands and the roll-call card (each person reports for themselves). */
exports.attendance = {
    commands: { present: mark('present'), apologies: mark('apologies') },
    verbs: Object.keys(VERBS),
    register(app, services) {
        for (const [verb, status] of Object.entries(VERBS)) {
            app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
                // The roll-call answers the clicker only (no update for everyone): 40 members reporting at once
                // stay far inside Teams' per-conversation rate limits.
                await (0, meeting_run_1.applyAnswer)(context, services, await services.attendance.click((0, turn_1.actorFrom)(context), status, data ?? {}), 'invoke');
                return '';
            });
        }
    },
};
//# sourceMappingURL=attendance.js.map