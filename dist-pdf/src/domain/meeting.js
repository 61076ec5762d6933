"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_INPUT_DAYS = void 0;
exports.meetingIdFor = meetingIdFor;
exports.nextMeeting = nextMeeting;
exports.previousMeeting = previousMeeting;
exports.addDays = addDays;
exports.defaultInputDeadline = defaultInputDeadline;
exports.deadlineOnDate = deadlineOnDate;
exports.meetingEnd = meetingEnd;
exports.parseNorwegianDate = parseNorwegianDate;
exports.roundTableItem = roundTableItem;
exports.approvalItems = approvalItems;
exports.newMeeting = newMeeting;
const norwegian_time_1 = require("./norwegian-time");
/** One meeting per group and date: the id is derived from both, so a repeated command cannot make two. */
function meetingIdFor(groupId, date) {
    (0, norwegian_time_1.parseIsoDate)(date);
    return `${groupId}-${date.replace(/-/g, '')}`;
}
const CLOSED = ['ended', 'locked'];
const byTime = (a, b) => a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date);
/** The group's next meeting: the first one, by date, that is not ended or locked. */
function nextMeeting(meetings) {
    return [...meetings].sort(byTime).find((m) => !CLOSED.includes(m.state));
}
/** The latest meeting of the group held on an earlier date than `date`. */
function previousMeeting(meetings, date) {
    return [...meetings].filter((m) => m.date < date).sort(byTime).pop();
}
/** yyyy-mm-dd plus n calendar days. */
function addDays(date, days) {
    const { year, month, day } = (0, norwegian_time_1.parseIsoDate)(date);
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
exports.DEFAULT_INPUT_DAYS = 7;
/** Default input deadline: the same Oslo wall-clock time as the meeting's end, 7 calendar days later. */
function defaultInputDeadline(meeting) {
    return (0, norwegian_time_1.osloInstant)(addDays(meeting.date, exports.DEFAULT_INPUT_DAYS), meeting.end).toISOString();
}
/** A deadline given as a date means the end of that day in Oslo (23:59). */
function deadlineOnDate(date) {
    return (0, norwegian_time_1.osloInstant)(date, '23:59').toISOString();
}
/** The meeting's end as an instant. */
function meetingEnd(meeting) {
    return (0, norwegian_time_1.osloInstant)(meeting.date, meeting.end);
}
/** "dd.mm.yyyy" → yyyy-mm-dd, or undefined when it is not a real date. */
function parseNorwegianDate(text) {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
    if (!m)
        return undefined;
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    try {
        (0, norwegian_time_1.parseIsoDate)(iso);
        return iso;
    }
    catch {
        return undefined;
    }
}
/** The round-table item (what members are asked to prepare), when the agenda has one. */
function roundTableItem(agenda) {
    return agenda.find((i) => i.kind === 'round-table');
}
/** The items that are approved on cards: the notice/agenda and the previous minutes. */
function approvalItems(agenda) {
    const notice = agenda.find((i) => i.kind === 'approve-notice');
    const minutes = agenda.find((i) => i.kind === 'approve-minutes');
    return [notice, minutes].filter((i) => i !== undefined);
}
/** A new meeting in state draft. */
function newMeeting(groupId, args) {
    return {
        meetingId: meetingIdFor(groupId, args.date),
        groupId,
        date: args.date,
        start: args.start,
        end: args.end,
        place: args.place,
        state: 'draft',
        agenda: [],
        records: {},
        attendance: {},
    };
}
//# sourceMappingURL=meeting.js.map