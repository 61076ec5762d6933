"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApprovalUseCases = void 0;
exports.approvalCard = approvalCard;
const approval_1 = require("../domain/approval");
const norwegian_time_1 = require("../domain/norwegian-time");
const actor_1 = require("./actor");
const group_context_1 = require("./group-context");
const groups_1 = require("./groups");
const people_1 = require("./people");
const meeting_writes_1 = require("./meeting-writes");
const retry_1 = require("./retry");
const texts_meetings_1 = require("./texts-meetings");
const card_text_1 = require("./card-text");
/** The approval card's data: everyone's view, or one voter's view (their vote, the close button only for the chair). */
function approvalCard(a, viewer) {
    const l = a.locale;
    const t = (0, approval_1.tally)(a);
    const mine = viewer?.memberId ? a.votes[viewer.memberId] : undefined;
    const open = a.state === 'open';
    const userIds = (0, approval_1.refreshUserIds)(a, viewer?.userId ? [viewer.userId] : []);
    return {
        template: 'approval',
        data: {
            labels: (0, texts_meetings_1.cardLabels)(l),
            meetingId: a.meetingId,
            item: a.item,
            title: (0, card_text_1.cardText)(`${l === 'en' ? 'Item' : 'Sak'} ${a.item}. ${a.title}`),
            subtitle: `${(0, texts_meetings_1.cardLabels)(l).meeting} ${(0, norwegian_time_1.formatDate)(a.meetingDate)}`,
            tally: texts_meetings_1.meetingTexts.tally(l, t.approved, t.remarks),
            remarks: (0, approval_1.remarksOf)(a).map((r) => ({ text: (0, card_text_1.sharedCardText)(`${r.name} (${r.organization}): ${r.comment ?? ''}`) })),
            hasRemarks: t.remarks > 0,
            open,
            closed: !open,
            decision: (0, card_text_1.cardText)(a.decision ?? ''),
            personal: viewer !== undefined,
            myVote: viewer ? texts_meetings_1.meetingTexts.myVote(l, mine?.choice) : '',
            myComment: (0, card_text_1.cardText)(mine?.comment ?? ''),
            showClose: open && (viewer === undefined || viewer.canClose),
            hasRefresh: userIds.length > 0,
            userIds,
        },
    };
}
class ApprovalUseCases {
    repos;
    now;
    onMinutesApproved;
    /** Votes waiting for the write in flight on the same approval (this process only). */
    queues = new Map();
    constructor(repos, now = () => new Date(), 
    /** Called when a meeting's item "approval of the previous minutes" is closed (locks those minutes). */
    onMinutesApproved = async () => undefined) {
        this.repos = repos;
        this.now = now;
        this.onMinutesApproved = onMinutesApproved;
    }
    /**
     * One card click. Who acts is the actor (the activity's user), never the card data; the card data
     * only names the meeting and item, and the meeting must belong to the group of the conversation
     * the click came from.
     *
     * Fast path (a vote of a member already linked to the roster, clicked in the group's home chat):
     * the person's `aad:` record (their membership in the approval's group: member id, name,
     * organization) and the approval, read in parallel, then one If-Match replace = 3 store
     * operations. The home chat is recognised without a read because a group's id derives from its
     * home conversation id. Everything else (close and refresh, which need the group's roles; a user
     * not linked yet; a click in another chat) takes the full path: conversation record, group,
     * roster and approval.
     */
    async act(actor, verb, data) {
        const l = actor.locale;
        const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
        const item = Number(data.item);
        if (!meetingId || !Number.isInteger(item) || item < 1)
            return { refusal: texts_meetings_1.meetingTexts.invalidCard(l) };
        const comment = typeof data.comment === 'string' ? data.comment : undefined;
        if ((verb === 'approve' || verb === 'remark') && actor.aadObjectId) {
            const [person, found] = await Promise.all([this.repos.people.get((0, people_1.aadKey)(actor.aadObjectId)), this.repos.approvals.get(meetingId, item)]);
            if (!found)
                return { refusal: texts_meetings_1.meetingTexts.approvalMissing(l) };
            const a = found.value;
            const membership = person?.value.memberships.find((m) => m.groupId === a.groupId);
            if (membership && a.closers && (0, groups_1.groupIdFor)(conversationRoot(actor.conversationId)) === a.groupId) {
                const keys = [(0, actor_1.actorKey)(actor), `user:${actor.userId}`, `member:${membership.memberId}`];
                const canClose = keys.some((k) => a.closers?.includes(k));
                const voter = { memberId: membership.memberId, name: membership.name, organization: membership.organization, userId: actor.userId };
                return this.answerVote(actor, verb, voter, canClose, meetingId, item, comment, found);
            }
        }
        const record = (await this.repos.conversations.get(actor.conversationId)) ?? (await this.rootRecord(actor.conversationId));
        if (!record?.groupId)
            return { refusal: texts_meetings_1.meetingTexts.cardNotInGroup(l) };
        const [ctx, found] = await Promise.all([(0, group_context_1.loadGroupContext)(this.repos, record.groupId, actor), this.repos.approvals.get(meetingId, item)]);
        if (!ctx || !found)
            return { refusal: texts_meetings_1.meetingTexts.approvalMissing(l) };
        if (found.value.groupId !== ctx.group.value.groupId)
            return { refusal: texts_meetings_1.meetingTexts.cardNotInGroup(l) };
        const canClose = ctx.roles.includes('chair') || ctx.roles.includes('secretariat');
        const view = (a) => approvalCard(a, { memberId: ctx.member?.id, canClose, userId: actor.userId });
        if (verb === 'refresh')
            return { card: view(found.value) };
        if (verb === 'close') {
            if (!canClose)
                return { refusal: texts_meetings_1.meetingTexts.onlyChairCloses(l) };
            return this.close(found, ctx, actor, view);
        }
        const member = ctx.member;
        if (!member)
            return { refusal: texts_meetings_1.meetingTexts.notOnRoster(l) };
        const voter = { memberId: member.id, name: `${member.firstName} ${member.lastName}`, organization: member.organization, userId: actor.userId };
        return this.answerVote(actor, verb, voter, canClose, meetingId, item, comment, found);
    }
    async answerVote(actor, verb, voter, canClose, meetingId, item, comment, known) {
        const l = actor.locale;
        const choice = verb === 'approve' ? 'approve' : 'remark';
        const outcome = await this.vote(meetingId, item, voter, choice, comment, known);
        if (!outcome.ok) {
            const refusal = outcome.reason === 'closed' ? texts_meetings_1.meetingTexts.approvalClosed(l)
                : outcome.reason === 'comment-missing' ? texts_meetings_1.meetingTexts.commentMissing(l)
                    : outcome.reason === 'comment-too-long' ? texts_meetings_1.meetingTexts.commentTooLong(l, approval_1.MAX_COMMENT_CHARS)
                        : texts_meetings_1.meetingTexts.approvalMissing(l);
            return { refusal };
        }
        const view = approvalCard(outcome.approval, { memberId: voter.memberId, canClose, userId: actor.userId });
        return { card: view, ...(outcome.changed ? { shared: approvalCard(outcome.approval) } : {}) };
    }
    /**
     * Group commit: parallel clicks on one card in this process join one queue; whoever finds the
     * queue idle writes for everyone waiting (read → apply all votes → one If-Match replace), then
     * takes the next batch. A lost race with another instance is retried with a fresh read. So 40
     * parallel votes cost a handful of writes instead of 40 colliding ones.
     */
    vote(meetingId, item, voter, choice, comment, known) {
        const key = `${meetingId}/${item}`;
        return new Promise((resolve, reject) => {
            const queue = this.queues.get(key);
            if (queue)
                return void queue.push({ voter, choice, comment, resolve, reject });
            const fresh = [{ voter, choice, comment, resolve, reject }];
            this.queues.set(key, fresh);
            void this.drain(key, meetingId, item, fresh, known);
        });
    }
    /** `known`: the approval the first voter just read; the first write uses it (a stale one costs a 412 and a fresh read). */
    async drain(key, meetingId, item, queue, known) {
        let first = known;
        while (queue.length > 0) {
            const batch = queue.splice(0);
            try {
                const results = await (0, retry_1.retryOnConflict)(async () => {
                    const current = first ?? (await this.repos.approvals.get(meetingId, item));
                    first = undefined;
                    if (!current)
                        return batch.map(() => ({ ok: false, reason: 'missing' }));
                    let approval = current.value;
                    let changed = false;
                    const now = this.now();
                    const outcomes = batch.map((p) => {
                        const r = (0, approval_1.castVote)(approval, p.voter, p.choice, p.comment, now);
                        if (r.ok)
                            [approval, changed] = [r.approval, changed || r.changed];
                        return r;
                    });
                    if (changed)
                        approval = (await this.repos.approvals.replace(approval, current.etag)).value;
                    return outcomes.map((r) => (r.ok ? { ...r, approval } : r));
                });
                batch.forEach((p, i) => p.resolve(results[i]));
            }
            catch (err) {
                batch.forEach((p) => p.reject(err));
            }
        }
        this.queues.delete(key);
    }
    async rootRecord(conversationId) {
        const root = conversationRoot(conversationId);
        return root !== conversationId ? this.repos.conversations.get(root) : undefined;
    }
    /** Closes the approval and records its decision on the meeting (repairs a decision a crash left unwritten). */
    async close(found, ctx, actor, view) {
        const by = ctx.member ? `${ctx.member.firstName} ${ctx.member.lastName}` : actor.name;
        let first = found;
        const { approval, changed } = await (0, retry_1.retryOnConflict)(async () => {
            const current = first ?? (await this.repos.approvals.get(found.value.meetingId, found.value.item));
            first = undefined;
            if (!current)
                throw new Error('approval vanished');
            const result = (0, approval_1.closeApproval)(current.value, by, this.now());
            if (!result.changed)
                return result;
            return { ...result, approval: (await this.repos.approvals.replace(result.approval, current.etag)).value };
        });
        await this.recordDecision(approval);
        if (!changed)
            return { refusal: texts_meetings_1.meetingTexts.approvalClosed(actor.locale) };
        return { card: view(approval), shared: approvalCard(approval) };
    }
    async recordDecision(approval) {
        const key = String(approval.item);
        const meeting = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.meetings.get(approval.meetingId);
            if (!current)
                throw new Error(`meeting ${approval.meetingId} vanished`);
            const record = current.value.records[key] ?? { notes: [] };
            if (record.decision === approval.decision)
                return current.value;
            const records = { ...current.value.records, [key]: { ...record, decision: approval.decision } };
            return (await (0, meeting_writes_1.replaceMeeting)(this.repos, current.value, { ...current.value, records }, current.etag, this.now())).value;
        });
        const item = meeting.agenda.find((i) => i.number === approval.item);
        if (item?.kind === 'approve-minutes')
            await this.onMinutesApproved(meeting);
    }
}
exports.ApprovalUseCases = ApprovalUseCases;
/** A channel thread's conversation id without its `;messageid=…` suffix. */
const conversationRoot = (conversationId) => conversationId.split(';')[0];
//# sourceMappingURL=approvals.js.map