"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatInstant = formatInstant;
exports.missingInput = missingInput;
exports.summaryCard = summaryCard;
const attendance_1 = require("../domain/attendance");
const contribution_1 = require("../domain/contribution");
const meeting_flow_1 = require("../domain/meeting-flow");
const norwegian_time_1 = require("../domain/norwegian-time");
const keys_1 = require("../domain/keys");
const texts_run_1 = require("./texts-run");
const card_text_1 = require("./card-text");
/** "torsdag 14.11.2024 kl. 13.00" (Oslo). */
function formatInstant(instant, l) {
    const date = (0, norwegian_time_1.osloDateOf)(instant);
    return `${(0, norwegian_time_1.weekdayName)(date, l)} ${(0, norwegian_time_1.formatDate)(date)} ${l === 'en' ? 'at' : 'kl.'} ${(0, norwegian_time_1.formatClock)((0, norwegian_time_1.osloTimeOf)(instant), l)}`;
}
/** The roster's organizations (roster order) that have sent no written input for the meeting. */
function missingInput(roster, contributions) {
    const orgs = [];
    for (const m of roster)
        if (!orgs.some((o) => (0, keys_1.sameOrganization)(o, m.organization)))
            orgs.push(m.organization.trim());
    const missing = orgs.filter((o) => !contributions.some((c) => (0, keys_1.sameOrganization)(c.organization, o)));
    return { missing, total: orgs.length };
}
/** The card posted when the meeting ends: decisions, items without one, attendance, missing input, the deadline. */
function summaryCard(meeting, ctx, contributions, l) {
    const labels = (0, texts_run_1.runLabels)(l);
    const decided = meeting.agenda.filter((i) => (0, meeting_flow_1.recordOf)(meeting, i.number).decision?.trim());
    const undecided = (0, meeting_flow_1.undecidedItems)(meeting);
    const people = (0, attendance_1.summarizeAttendance)(meeting.attendance, ctx.roster);
    const { missing, total } = missingInput(ctx.roster, contributions);
    return {
        template: 'meeting-summary',
        data: {
            labels,
            title: (0, card_text_1.cardText)(l === 'en' ? `The meeting has ended – ${ctx.group.value.name}` : `Møtet er avsluttet – ${ctx.group.value.name}`),
            time: (0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l),
            decisions: decided.map((i) => ({ title: (0, card_text_1.cardText)(`${i.number}. ${i.title}`), text: (0, card_text_1.cardText)((0, meeting_flow_1.recordOf)(meeting, i.number).decision ?? '') })),
            hasDecisions: decided.length > 0,
            undecided: undecided.map((i) => ({ text: (0, card_text_1.cardText)(`${i.number}. ${i.title}`) })),
            hasUndecided: undecided.length > 0,
            attendance: (0, texts_run_1.attendanceLine)(l, { present: people.present.length, secretariat: people.secretariat.length, apologies: people.apologies.length }),
            missing: (0, card_text_1.cardText)(missing.length ? `(${missing.length} ${labels.of ?? ''} ${total}) ${missing.join(', ')}` : labels.none),
            deadline: formatInstant((0, contribution_1.deadlineOf)(meeting), l),
        },
    };
}
//# sourceMappingURL=run-summary.js.map