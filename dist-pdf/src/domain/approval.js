"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_REFRESH_USERS = exports.MAX_COMMENT_CHARS = void 0;
exports.approvalDocId = approvalDocId;
exports.newApproval = newApproval;
exports.tally = tally;
exports.remarksOf = remarksOf;
exports.castVote = castVote;
exports.decisionText = decisionText;
exports.closeApproval = closeApproval;
exports.refreshUserIds = refreshUserIds;
/**
 * Approval of item 1 (notice and agenda) and item 2 (previous minutes) on a card: one vote per
 * roster member, changeable until the chair closes it; closing gives the decision in the seeds'
 * wording ("Innkallingen ble godkjent", "Referatet ble godkjent med merknader: …"). Pure.
 */
const text_1 = require("./text");
exports.MAX_COMMENT_CHARS = 500;
/** Teams refreshes an Action.Execute card automatically for at most 60 users. */
exports.MAX_REFRESH_USERS = 60;
function approvalDocId(item) {
    return `approval:${item}`;
}
function newApproval(init) {
    return { ...init, state: 'open', votes: {} };
}
function tally(approval) {
    const votes = Object.values(approval.votes);
    const remarks = votes.filter((v) => v.choice === 'remark').length;
    return { approved: votes.length - remarks, remarks, total: votes.length };
}
/** The remarks in the order they were given. */
function remarksOf(approval) {
    return Object.values(approval.votes)
        .filter((v) => v.choice === 'remark')
        .sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name, 'nb'));
}
/** Records (or changes) this member's vote. The same vote again changes nothing. */
function castVote(approval, voter, choice, rawComment, now) {
    if (approval.state === 'closed')
        return { ok: false, reason: 'closed' };
    const comment = (0, text_1.stripBidi)(rawComment ?? '').replace(/\s+/g, ' ').trim();
    if (choice === 'remark' && !comment)
        return { ok: false, reason: 'comment-missing' };
    if (comment.length > exports.MAX_COMMENT_CHARS)
        return { ok: false, reason: 'comment-too-long' };
    const previous = approval.votes[voter.memberId];
    const next = {
        choice,
        ...(choice === 'remark' ? { comment } : {}),
        name: voter.name,
        organization: voter.organization,
        userId: voter.userId,
        at: now.toISOString(),
    };
    if (previous && previous.choice === next.choice && previous.comment === next.comment && previous.userId === next.userId) {
        return { ok: true, approval, changed: false };
    }
    return { ok: true, approval: { ...approval, votes: { ...approval.votes, [voter.memberId]: next } }, changed: true };
}
/** The decision in the minutes' wording. */
function decisionText(kind, remarks) {
    const head = kind === 'approve-notice' ? 'Innkallingen ble godkjent' : 'Referatet ble godkjent';
    if (remarks.length === 0)
        return head;
    const list = remarks.map((r) => `${r.name} (${r.organization}): ${r.comment ?? ''}`.trim());
    return `${head} med merknader: ${list.join('; ')}`;
}
/** Closes the approval and fixes its decision; closing a closed one changes nothing. */
function closeApproval(approval, closedBy, now) {
    if (approval.state === 'closed')
        return { ok: true, approval, changed: false };
    const decision = decisionText(approval.kind, remarksOf(approval));
    return { ok: true, approval: { ...approval, state: 'closed', closedAt: now.toISOString(), closedBy, decision }, changed: true };
}
/** The Teams users whose card view refreshes automatically: the latest voters, at most 60. */
function refreshUserIds(approval, alsoInclude = []) {
    const ids = Object.values(approval.votes)
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((v) => v.userId);
    return [...new Set([...alsoInclude.filter(Boolean), ...ids])].slice(0, exports.MAX_REFRESH_USERS);
}
//# sourceMappingURL=approval.js.map