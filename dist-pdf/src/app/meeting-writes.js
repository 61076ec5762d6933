"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createMeeting = createMeeting;
exports.replaceMeeting = replaceMeeting;
exports.mutateMeeting = mutateMeeting;
const input_windows_1 = require("./input-windows");
const retry_1 = require("./retry");
/*
 * The one write path of a meeting document (#13 §5): every create and replace of a meeting goes
 * through here, and here alone the group's input-window list (input-windows.ts) is kept in step.
 *
 * The windows list is written only when what it holds of the meeting changed (state, date, times,
 * deadline), so a click that moves the current item or records attendance costs no extra request.
 * Its errors are handled one way: the meeting write is the truth and has happened, so a failed
 * list update does not turn the answer into «not saved». The list heals itself: a reader that
 * finds no open window rebuilds it from the meetings before refusing, and an 'ended' entry is
 * checked against the meeting before input is stored (resolveTargets); the next change of the
 * meeting writes it again.
 */
const windowChanged = (before, after) => !before || JSON.stringify((0, input_windows_1.windowOf)(before)) !== JSON.stringify((0, input_windows_1.windowOf)(after));
async function keepWindowsInStep(repos, before, after, now) {
    if (!windowChanged(before, after))
        return;
    if (!before && after.state === 'draft')
        return; // a new draft takes no input: nothing to list
    await (0, input_windows_1.syncInputWindow)(repos, after, now).catch(() => undefined); // see above: readers rebuild it
}
/** Creates the meeting; false when its id exists (one meeting per group and date). */
async function createMeeting(repos, meeting, now = new Date()) {
    if (!(await repos.meetings.create(meeting)))
        return false;
    await keepWindowsInStep(repos, undefined, meeting, now);
    return true;
}
/** Replaces `before` (read with `etag`) by `next`, If-Match; a lost race is the caller's ConflictError. */
async function replaceMeeting(repos, before, next, etag, now = new Date()) {
    const saved = await repos.meetings.replace(next, etag);
    await keepWindowsInStep(repos, before, saved.value, now);
    return saved;
}
/**
 * Read → decide → replace with If-Match, again on a lost race. `decide` returns the new meeting
 * (or undefined to write nothing) and a result; it runs again on every attempt, on fresh data.
 */
async function mutateMeeting(repos, meetingId, decide, now = new Date()) {
    return (0, retry_1.retryOnConflict)(async () => {
        const current = await repos.meetings.get(meetingId);
        if (!current)
            return undefined;
        const { next, result } = decide(current.value);
        if (!next)
            return { meeting: current.value, result, written: false };
        const saved = await replaceMeeting(repos, current.value, next, current.etag, now);
        return { meeting: saved.value, result, written: true };
    });
}
//# sourceMappingURL=meeting-writes.js.map