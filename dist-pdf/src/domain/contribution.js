"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingDate = exports.osloWallClock = exports.RECEIPTS_KEPT = exports.MAX_INPUT_CHARS = void 0;
exports.osloDate = osloDate;
exports.osloClock = osloClock;
exports.deadlineOf = deadlineOf;
exports.inputWindow = inputWindow;
exports.normalizeInputText = normalizeInputText;
exports.checkInputText = checkInputText;
exports.appendInput = appendInput;
exports.withReceipt = withReceipt;
exports.mergeInputs = mergeInputs;
const meeting_1 = require("./meeting");
const text_1 = require("./text");
const norwegian_time_1 = require("./norwegian-time");
/**
 * Round-table input ("innspill") rules, pure: when a meeting takes input, how it is marked, what a
 * valid text is. Times are Europe/Oslo wall-clock on the meeting and instants everywhere else.
 */
exports.MAX_INPUT_CHARS = 8000;
/** How many recent activity/draft ids a contribution remembers to recognise a re-sent activity. */
exports.RECEIPTS_KEPT = 20;
/** The UTC instant of an Oslo wall-clock time (norwegian-time.ts owns the time-zone rules). */
exports.osloWallClock = norwegian_time_1.osloInstant;
/** "14.11.2024" and "13.00" in Oslo time, as the seeds write them. */
function osloDate(instant) {
    return (0, norwegian_time_1.formatDate)((0, norwegian_time_1.osloDateOf)(instant));
}
function osloClock(instant) {
    return (0, norwegian_time_1.formatClock)((0, norwegian_time_1.osloTimeOf)(instant));
}
/** "07.11.2024" from a meeting's yyyy-mm-dd. */
exports.meetingDate = norwegian_time_1.formatDate;
/** The meeting's input deadline: the one it was given, else the one default rule (`defaultInputDeadline`). */
function deadlineOf(meeting) {
    return new Date(meeting.inputDeadline || (0, meeting_1.defaultInputDeadline)(meeting));
}
/**
 * Whether the meeting takes input now and how it is marked: after the notice 'before', while the
 * meeting runs (state in-progress, or the clock inside its time when the chair never pressed start)
 * 'during', after it 'after'; refused after the deadline and once the meeting is locked.
 */
function inputWindow(meeting, now) {
    if (meeting.state === 'locked')
        return { open: false, reason: 'locked' };
    if (meeting.state === 'draft')
        return { open: false, reason: 'not-published' };
    const deadline = deadlineOf(meeting);
    if (now.getTime() > deadline.getTime())
        return { open: false, reason: 'deadline-passed', deadline };
    const start = (0, exports.osloWallClock)(meeting.date, meeting.start).getTime();
    const end = (0, exports.osloWallClock)(meeting.date, meeting.end).getTime();
    const t = now.getTime();
    let received;
    if (meeting.state === 'ended')
        received = 'after';
    else if (meeting.state === 'in-progress')
        received = 'during';
    else
        received = t < start ? 'before' : t <= end ? 'during' : 'after';
    return { open: true, received, deadline };
}
const ENTITIES = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
/**
 * The member's text as it will stand in the referat: line breaks and bullets kept, the HTML Teams
 * adds for formatted messages turned back into lines, trailing blanks and surplus empty lines removed.
 */
function normalizeInputText(raw) {
    let text = (0, text_1.stripBidi)(raw).replace(/\r\n?/g, '\n');
    if (/<(p|br|div|li|ul|ol|span|strong|em|b|i)\b[^>]*>/i.test(text)) {
        text = text
            .replace(/<br\s*\/?>/gi, '\n')
            .replace(/<\/(p|div)>\s*/gi, '\n')
            .replace(/<li\b[^>]*>/gi, '- ')
            .replace(/<\/li>\s*/gi, '\n')
            .replace(/<\/?(p|div|ul|ol|span|strong|em|b|i)\b[^>]*>/gi, '')
            .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m] ?? m);
    }
    return text
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
function checkInputText(raw) {
    const text = normalizeInputText(raw);
    if (!text)
        return { ok: false, reason: 'empty' };
    if (text.length > exports.MAX_INPUT_CHARS)
        return { ok: false, reason: 'too-long', length: text.length };
    return { ok: true, text };
}
/** "Legg til": the new text below the stored one, one blank line between. */
function appendInput(existing, addition) {
    return `${existing.trimEnd()}\n\n${addition.trim()}`;
}
/** Remembers an activity/draft id on the contribution so the same delivery is stored once. */
function withReceipt(receipts, id) {
    return [...(receipts ?? []).filter((r) => r !== id), id].slice(-exports.RECEIPTS_KEPT);
}
/**
 * Two inputs of one organization that were stored apart (under two ids before keys.ts made them
 * one): nothing is dropped. The earlier text comes first and the later one follows as with «Legg
 * til»; the earlier one's marking (before/during/after) stays, "entered by the secretariat" holds if
 * either was, and the later one's author and time describe the whole.
 */
function mergeInputs(a, b) {
    const [first, second] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
    const receipts = [...(first.receipts ?? []), ...(second.receipts ?? [])].filter((r, i, all) => all.indexOf(r) === i).slice(-exports.RECEIPTS_KEPT);
    return {
        ...second,
        organization: a.organization,
        text: appendInput(first.text, second.text),
        received: first.received,
        enteredBySecretariat: first.enteredBySecretariat || second.enteredBySecretariat,
        ...(receipts.length ? { receipts } : {}),
    };
}
//# sourceMappingURL=contribution.js.map