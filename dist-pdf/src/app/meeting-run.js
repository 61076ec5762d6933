"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeetingRunUseCases = void 0;
exports.itemCard = itemCard;
exports.flowText = flowText;
const meeting_1 = require("../domain/meeting");
const meeting_flow_1 = require("../domain/meeting-flow");
const norwegian_time_1 = require("../domain/norwegian-time");
const actor_1 = require("./actor");
const group_context_1 = require("./group-context");
const run_shared_1 = require("./run-shared");
const attendance_1 = require("./attendance");
const run_summary_1 = require("./run-summary");
const texts_1 = require("./texts");
const texts_run_1 = require("./texts-run");
const card_text_1 = require("./card-text");
/** The current-item card, drawn from the meeting at its version. */
function itemCard(meeting, groupName, l) {
    const item = (0, meeting_flow_1.currentItem)(meeting);
    const index = meeting.agenda.findIndex((i) => i.number === meeting.currentItem);
    const record = item ? (0, meeting_flow_1.recordOf)(meeting, item.number) : { notes: [] };
    const running = meeting.state === 'in-progress';
    const labels = (0, texts_run_1.runLabels)(l);
    return {
        template: 'current-item',
        data: {
            labels,
            header: (0, card_text_1.cardText)(`${groupName} – ${(0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l)}`),
            title: item ? (0, card_text_1.cardText)(`${labels.item} ${item.number} ${labels.of} ${meeting.agenda.length}: ${item.title}`) : labels.ended,
            subText: (0, card_text_1.cardText)((item?.subPoints ?? []).map((p) => `• ${p}`).join('\n\n')),
            hasSub: (item?.subPoints.length ?? 0) > 0,
            decision: (0, card_text_1.sharedCardText)(record.decision ?? labels.noDecision),
            notes: record.notes.map((text) => ({ text: (0, card_text_1.sharedCardText)(`• ${text}`) })),
            hasNotes: record.notes.length > 0,
            running,
            ended: !running,
            hasPrev: running && index > 0,
            hasNext: running && index < meeting.agenda.length - 1,
            meetingId: meeting.meetingId,
            version: meeting.run?.version ?? 0,
            item: item?.number ?? 0,
        },
    };
}
function flowText(l, reason, meeting, n) {
    switch (reason) {
        case 'not-started': return texts_run_1.runTexts.notStarted(l);
        case 'ended': return texts_run_1.runTexts.ended(l);
        case 'no-agenda': return texts_run_1.runTexts.noAgenda(l);
        case 'first-item': return texts_run_1.runTexts.firstItem(l);
        case 'last-item': return texts_run_1.runTexts.lastItem(l);
        case 'no-such-item': return texts_run_1.runTexts.noSuchItem(l, n ?? '?', meeting.agenda.length);
        case 'stale': return texts_run_1.runTexts.stale(l);
        case 'empty-text': return texts_run_1.runTexts.emptyNote(l);
        case 'too-long': return texts_run_1.runTexts.tooLong(l);
    }
}
class MeetingRunUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    /** The group a `start` in a chat without a group is for: the one group where the actor chairs or is secretariat. */
    async groupForStart(actor) {
        const chaired = (await (0, group_context_1.groupsOfActor)(this.repos, actor)).filter((c) => (0, run_shared_1.canChair)(c));
        if (chaired.length === 1)
            return chaired[0];
        if (chaired.length === 0)
            return (0, actor_1.say)(texts_run_1.runTexts.noGroupForStart(actor.locale));
        return (0, actor_1.say)(texts_run_1.runTexts.manyGroupsForStart(actor.locale, chaired.map((c) => c.group.value.name)));
    }
    /** start: the meeting in progress, else today's or the next; links this conversation to it. */
    async start(actor, ctx, conversation, teamsMeetingId, activityId) {
        const l = actor.locale;
        if (!(0, run_shared_1.canChair)(ctx))
            return (0, run_shared_1.answer)(texts_1.texts.onlyChair(l));
        const groupId = ctx.group.value.groupId;
        const found = await (0, run_shared_1.findMeeting)(this.repos, groupId, conversation, 'upcoming', this.now());
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingToStart(l));
        let repeated = false;
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, found.value.meetingId, (m) => {
            repeated = (0, meeting_flow_1.hasReceipt)(m, activityId);
            if (repeated)
                return { result: { ok: true, meeting: m, changed: false } };
            const flow = (0, meeting_flow_1.startMeeting)(m, this.now());
            if (!flow.ok)
                return { result: flow };
            const run = flow.meeting.run ?? { version: 0 };
            const here = { ...run, conversationId: actor.conversationId, ...(teamsMeetingId ? { teamsMeetingId } : {}) };
            return { next: (0, meeting_flow_1.withReceipt)({ ...flow.meeting, run: here }, activityId), result: flow };
        }, this.now());
        if (!done)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingToStart(l));
        const { meeting, result } = done;
        if (!result.ok)
            return (0, run_shared_1.answer)(flowText(l, result.reason, meeting));
        // A re-sent start (Teams retried the activity): the card is posted already.
        if (repeated)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.alreadyRunning(l), { meetingId: meeting.meetingId });
        await (0, run_shared_1.linkConversation)(this.repos, actor.conversationId, groupId, meeting.meetingId, this.now());
        const when = (0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l);
        // A repeated start brings the live card to the bottom of the chat: a new card, remembered instead of the old.
        return {
            text: result.changed ? texts_run_1.runTexts.started(l, when) : texts_run_1.runTexts.alreadyRunning(l),
            live: [{ slot: 'item', card: itemCard(meeting, ctx.group.value.name, l) }],
            posts: result.changed ? [(0, attendance_1.rollCallCard)(meeting, ctx.roster, l)] : [],
            meetingId: meeting.meetingId,
        };
    }
    /** neste / sak <n> / forrige, typed in the meeting's conversation. */
    async moveTyped(actor, ctx, conversation, move, activityId) {
        const moved = (m) => {
            const item = (0, meeting_flow_1.currentItem)(m);
            return item ? texts_run_1.runTexts.movedTo(actor.locale, item.number, item.title) : undefined;
        };
        return this.onRunning(actor, ctx, conversation, { kind: 'typed', activityId }, (m) => this.decideMove(m, move), moved, move.to === 'item' ? String(move.n) : undefined);
    }
    /** vedtak: / notat: typed: on the current item. */
    async recordTyped(actor, ctx, conversation, kind, text, activityId) {
        if (!text.trim())
            return (0, run_shared_1.answer)(kind === 'decision' ? texts_run_1.runTexts.emptyDecision(actor.locale) : texts_run_1.runTexts.emptyNote(actor.locale));
        const saved = (m) => (kind === 'decision' ? texts_run_1.runTexts.decisionSaved : texts_run_1.runTexts.noteSaved)(actor.locale, m.currentItem ?? 0);
        return this.onRunning(actor, ctx, conversation, { kind: 'typed', activityId }, (m) => this.decideRecord(m, kind, m.currentItem ?? 0, text), saved);
    }
    /** A click on the current-item card: the meeting and group come from the stored meeting, the roles from the group. */
    async click(actor, verb, data, activityId) {
        const l = actor.locale;
        const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
        const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingToStart(l));
        const ctx = await (0, group_context_1.loadGroupContext)(this.repos, found.value.groupId, actor);
        if (!ctx)
            return (0, run_shared_1.answer)(texts_1.texts.noGroupHere(l));
        const record = verb === 'decision' || verb === 'note';
        const source = { kind: 'card', version: data.version, item: data.item, record, activityId };
        const text = typeof data.text === 'string' ? data.text : '';
        if (record && !text.trim())
            return (0, run_shared_1.answer)(verb === 'decision' ? texts_run_1.runTexts.emptyDecision(l) : texts_run_1.runTexts.emptyNote(l));
        const decide = verb === 'prev' || verb === 'next' ? (m) => this.decideMove(m, { to: verb }) : (m) => this.decideRecord(m, verb, Number(data.item), text);
        return this.onRunning(actor, ctx, { key: actor.conversationId, reference: {}, meetingId, updatedAt: '' }, source, decide, () => undefined);
    }
    /** avslutt: ends the meeting; the summary card follows. */
    async end(actor, ctx, conversation) {
        const l = actor.locale;
        if (!(0, run_shared_1.canChair)(ctx))
            return (0, run_shared_1.answer)(texts_1.texts.onlyChair(l));
        const found = await (0, run_shared_1.findMeeting)(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, found.value.meetingId, (m) => {
            const flow = (0, meeting_flow_1.endMeeting)(m, this.now(), (0, meeting_1.defaultInputDeadline)(m));
            return { next: flow.ok && flow.changed ? flow.meeting : undefined, result: flow };
        }, this.now());
        if (!done)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        if (!done.result.ok)
            return (0, run_shared_1.answer)(flowText(l, done.result.reason, done.meeting));
        const meeting = done.meeting;
        const contributions = await this.repos.contributions.listByMeeting(meeting.meetingId);
        const card = itemCard(meeting, ctx.group.value.name, l);
        const activityId = (0, run_shared_1.liveId)(meeting, 'item', actor.conversationId);
        return {
            text: texts_run_1.runTexts.endedNow(l),
            live: activityId ? [{ slot: 'item', card, activityId }] : [],
            posts: [(0, run_summary_1.summaryCard)(meeting, ctx, contributions, l)],
            meetingId: meeting.meetingId,
        };
    }
    decideMove(m, move) {
        return move.to === 'item' ? (0, meeting_flow_1.goTo)(m, move.n) : (0, meeting_flow_1.step)(m, move.to === 'next' ? 1 : -1);
    }
    decideRecord(m, kind, item, text) {
        return kind === 'decision' ? (0, meeting_flow_1.setDecision)(m, item, text) : (0, meeting_flow_1.addNote)(m, item, text);
    }
    /**
     * The common path of every change to a running meeting: role check, read → (re-sent? stale?) →
     * decide → replace with If-Match, then the live card redrawn. A click on a card drawn from an
     * older version moves nothing; a decision or note typed on a card still counts when its item is
     * the current one.
     */
    async onRunning(actor, ctx, conversation, source, decide, okText, itemArg) {
        const l = actor.locale;
        const name = ctx.group.value.name;
        if (!(0, run_shared_1.canChair)(ctx))
            return (0, run_shared_1.answer)(texts_1.texts.onlyChair(l));
        const found = await (0, run_shared_1.findMeeting)(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
        if (!found || found.value.state !== 'in-progress')
            return (0, run_shared_1.answer)(found && found.value.state !== 'in-progress' ? flowText(l, found.value.state === 'ended' || found.value.state === 'locked' ? 'ended' : 'not-started', found.value) : texts_run_1.runTexts.notStarted(l));
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, found.value.meetingId, (m) => {
            // A re-sent activity (Teams retries after 15 s) was applied already: answer as if it were new, change nothing.
            if ((0, meeting_flow_1.hasReceipt)(m, source.activityId))
                return { result: { kind: 'ok' } };
            if (source.kind === 'card' && (0, meeting_flow_1.isStale)(m, source.version)) {
                // A decision or note typed on the card still belongs to the item the card shows, when it is still the current one.
                const sameItem = Number(source.item) === m.currentItem;
                if (!(source.record && sameItem && m.state === 'in-progress'))
                    return { result: { kind: 'stale' } };
            }
            const flow = decide(m);
            if (!flow.ok)
                return { result: { kind: 'refused', reason: flow.reason } };
            if (!flow.changed)
                return { result: { kind: 'ok' } };
            return { next: (0, meeting_flow_1.withReceipt)(flow.meeting, source.activityId), result: { kind: 'ok' } };
        }, this.now());
        if (!done)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        const { meeting, result } = done;
        const card = itemCard(meeting, name, l);
        if (result.kind === 'stale')
            return { text: texts_run_1.runTexts.stale(l), live: [], posts: [], invokeCard: card, meetingId: meeting.meetingId };
        if (result.kind === 'refused')
            return (0, run_shared_1.answer)(flowText(l, result.reason, meeting, itemArg), { meetingId: meeting.meetingId });
        const activityId = (0, run_shared_1.liveId)(meeting, 'item', actor.conversationId);
        const live = done.written || !activityId ? [{ slot: 'item', card, activityId }] : [];
        return { text: okText(meeting), live, posts: [], invokeCard: card, meetingId: meeting.meetingId };
    }
}
exports.MeetingRunUseCases = MeetingRunUseCases;
//# sourceMappingURL=meeting-run.js.map