"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLocked = exports.APPROVAL_ITEMS = void 0;
exports.draftExpired = draftExpired;
exports.isOwnContribution = isOwnContribution;
exports.attendanceKeysOf = attendanceKeysOf;
exports.attendanceOf = attendanceOf;
exports.withoutAttendance = withoutAttendance;
exports.withoutVote = withoutVote;
exports.restricted = restricted;
/**
 * Personal data (issue #8), pure rules: how long an input draft is kept, whose input, votes and
 * attendance entries are a person's, and what erasure does to them. Minutes that are locked are
 * archive: a person's input there is restricted (kept, left out of new exports), never deleted.
 */
/** The agenda items that get an approval card (notice and agenda; previous minutes). */
exports.APPROVAL_ITEMS = [1, 2];
const DAY_MS = 24 * 3600_000;
/** A draft older than the retention period is dropped when it is read (no timer). */
function draftExpired(draft, now, retentionDays) {
    const created = Date.parse(draft.createdAt);
    return Number.isNaN(created) || now.getTime() - created > retentionDays * DAY_MS;
}
/** Input the person wrote themselves (input entered by the secretariat for the organization is not theirs). */
function isOwnContribution(c, who) {
    if (c.enteredBySecretariat)
        return false;
    return c.authorAadObjectId ? c.authorAadObjectId === who.aadObjectId : c.memberId === who.memberId;
}
/** The keys a person's attendance entry can be stored under (see attendanceKey). */
function attendanceKeysOf(who) {
    return [who.memberId, `aad:${who.aadObjectId}`];
}
function attendanceOf(meeting, who) {
    return attendanceKeysOf(who).flatMap((k) => (meeting.attendance[k] ? [meeting.attendance[k]] : []));
}
const isLocked = (meeting) => meeting.state === 'locked';
exports.isLocked = isLocked;
/** The meeting without the person's attendance entries; undefined when it has none. */
function withoutAttendance(meeting, who) {
    const keys = attendanceKeysOf(who).filter((k) => k in meeting.attendance);
    if (keys.length === 0)
        return undefined;
    const attendance = { ...meeting.attendance };
    for (const k of keys)
        delete attendance[k];
    return { ...meeting, attendance };
}
/** The approval without the person's vote; undefined when they have none. */
function withoutVote(approval, who) {
    if (!(who.memberId in approval.votes))
        return undefined;
    const votes = { ...approval.votes };
    delete votes[who.memberId];
    return { ...approval, votes };
}
/** Input in locked minutes: kept, marked restricted from this instant (left out of new exports). */
function restricted(c, now) {
    return c.restricted ? c : { ...c, restricted: now.toISOString() };
}
//# sourceMappingURL=personal-data.js.map