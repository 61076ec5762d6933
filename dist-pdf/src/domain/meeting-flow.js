"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isClosed = exports.RECEIPTS_KEPT = exports.MAX_RECORD_CHARS = void 0;
exports.runOf = runOf;
exports.bump = bump;
exports.isStale = isStale;
exports.currentItem = currentItem;
exports.recordOf = recordOf;
exports.startMeeting = startMeeting;
exports.goTo = goTo;
exports.step = step;
exports.cleanRecordText = cleanRecordText;
exports.setDecision = setDecision;
exports.addNote = addNote;
exports.endMeeting = endMeeting;
exports.undecidedItems = undecidedItems;
exports.hasReceipt = hasReceipt;
exports.withReceipt = withReceipt;
const text_1 = require("./text");
/**
 * Running a meeting, pure: start, step through the agenda, record decisions and notes, end.
 * Every change bumps run.version; a card click carries the version its card was drawn from, and a
 * click from an older card moves nothing (two chairs pressing "next" at once move one step).
 */
exports.MAX_RECORD_CHARS = 4000;
exports.RECEIPTS_KEPT = 20;
const unchanged = (meeting) => ({ ok: true, meeting, changed: false });
const fail = (reason) => ({ ok: false, reason });
function runOf(meeting) {
    return meeting.run ?? { version: 0 };
}
/** The meeting with its run changed and the version bumped. */
function bump(meeting, patch = {}, run = {}) {
    const current = runOf(meeting);
    return { ...meeting, ...patch, run: { ...current, ...run, version: current.version + 1 } };
}
const isClosed = (m) => m.state === 'ended' || m.state === 'locked';
exports.isClosed = isClosed;
/** A card click from the card drawn at `version`: stale when the meeting has moved since. */
function isStale(meeting, version) {
    return typeof version !== 'number' || version !== runOf(meeting).version;
}
function currentItem(meeting) {
    return meeting.agenda.find((i) => i.number === meeting.currentItem);
}
function recordOf(meeting, item) {
    return meeting.records[String(item)] ?? { notes: [] };
}
function startMeeting(meeting, now) {
    if ((0, exports.isClosed)(meeting))
        return fail('ended');
    if (meeting.state === 'in-progress')
        return unchanged(meeting);
    if (meeting.agenda.length === 0)
        return fail('no-agenda');
    return {
        ok: true,
        changed: true,
        meeting: bump(meeting, { state: 'in-progress', startedAt: now.toISOString(), currentItem: meeting.agenda[0].number }),
    };
}
function running(meeting) {
    if ((0, exports.isClosed)(meeting))
        return 'ended';
    if (meeting.state !== 'in-progress')
        return 'not-started';
    return undefined;
}
/** To item n. */
function goTo(meeting, n) {
    const bad = running(meeting);
    if (bad)
        return fail(bad);
    if (!meeting.agenda.some((i) => i.number === n))
        return fail('no-such-item');
    if (meeting.currentItem === n)
        return unchanged(meeting);
    return { ok: true, changed: true, meeting: bump(meeting, { currentItem: n }) };
}
/** One item forward (+1) or back (-1) in agenda order. */
function step(meeting, delta) {
    const bad = running(meeting);
    if (bad)
        return fail(bad);
    const index = meeting.agenda.findIndex((i) => i.number === meeting.currentItem);
    const target = meeting.agenda[index + delta];
    if (!target)
        return fail(delta > 0 ? 'last-item' : 'first-item');
    return { ok: true, changed: true, meeting: bump(meeting, { currentItem: target.number }) };
}
function cleanRecordText(raw) {
    const text = (0, text_1.stripBidi)(raw).replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
    if (!text)
        return { ok: false, reason: 'empty-text' };
    if (text.length > exports.MAX_RECORD_CHARS)
        return { ok: false, reason: 'too-long' };
    return { ok: true, text };
}
function record(meeting, item, raw, change) {
    const bad = running(meeting);
    if (bad)
        return fail(bad);
    if (!meeting.agenda.some((i) => i.number === item))
        return fail('no-such-item');
    const checked = cleanRecordText(raw);
    if (!checked.ok)
        return fail(checked.reason);
    const before = recordOf(meeting, item);
    const after = change(before, checked.text);
    if (after === before)
        return unchanged(meeting);
    return { ok: true, changed: true, meeting: bump(meeting, { records: { ...meeting.records, [String(item)]: after } }) };
}
/** Sets (or replaces) the decision of an item. */
function setDecision(meeting, item, text) {
    return record(meeting, item, text, (r, t) => (r.decision === t ? r : { ...r, decision: t }));
}
/** Adds a note to an item (an item keeps several). */
function addNote(meeting, item, text) {
    return record(meeting, item, text, (r, t) => ({ ...r, notes: [...r.notes, t] }));
}
/** Ends the meeting; the input deadline is kept, or set to the default given. */
function endMeeting(meeting, now, defaultDeadline) {
    if ((0, exports.isClosed)(meeting))
        return fail('ended');
    if (meeting.state !== 'in-progress')
        return fail('not-started');
    return {
        ok: true,
        changed: true,
        meeting: bump(meeting, { state: 'ended', endedAt: now.toISOString(), inputDeadline: meeting.inputDeadline ?? defaultDeadline }),
    };
}
/** Items left without a decision, in agenda order. */
function undecidedItems(meeting) {
    return meeting.agenda.filter((i) => !recordOf(meeting, i.number).decision?.trim());
}
/** Whether this activity (a typed command) was already applied to the meeting. */
function hasReceipt(meeting, activityId) {
    return !!activityId && (runOf(meeting).receipts ?? []).includes(activityId);
}
/** Remembers the activity that made this change, so a re-sent copy changes nothing. */
function withReceipt(meeting, activityId) {
    if (!activityId)
        return meeting;
    const run = runOf(meeting);
    return { ...meeting, run: { ...run, receipts: [...(run.receipts ?? []).filter((r) => r !== activityId), activityId].slice(-exports.RECEIPTS_KEPT) } };
}
//# sourceMappingURL=meeting-flow.js.map