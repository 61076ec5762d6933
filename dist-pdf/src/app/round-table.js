"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RoundTableUseCases = void 0;
exports.roundCard = roundCard;
const keys_1 = require("../domain/keys");
const meeting_1 = require("../domain/meeting");
const meeting_flow_1 = require("../domain/meeting-flow");
const norwegian_time_1 = require("../domain/norwegian-time");
const round_order_1 = require("../domain/round-order");
const group_context_1 = require("./group-context");
const meeting_run_1 = require("./meeting-run");
const run_shared_1 = require("./run-shared");
const texts_1 = require("./texts");
const texts_run_1 = require("./texts-run");
const card_text_1 = require("./card-text");
/** The round-table card: who has the word (and since when, 3 min), everyone's status, who has sent written input. */
function roundCard(meeting, round, contributions, l) {
    const labels = (0, texts_run_1.runLabels)(l);
    const speaker = (0, round_order_1.currentSpeaker)(round);
    const end = (0, round_order_1.timeBoxEnd)(round);
    const clock = (iso) => (0, norwegian_time_1.formatClock)((0, norwegian_time_1.osloTimeOf)(iso), l);
    const present = Object.values(meeting.attendance).filter((e) => e.status === 'present' && !e.secretariat);
    const spoken = round.outcome.filter((o) => o === 'spoken').length;
    const skipped = round.outcome.filter((o) => o === 'skipped').length;
    return {
        template: 'round-table',
        data: {
            labels,
            speaker: (0, card_text_1.cardText)(speaker ?? ''),
            hasSpeaker: speaker !== undefined,
            speakerNames: (0, card_text_1.cardText)(speaker ? present.filter((e) => (0, keys_1.sameOrganization)(e.organization, speaker)).map((e) => e.name).join(', ') : ''),
            timeBox: round.speakerSince && end ? `${labels.since} ${clock(new Date(round.speakerSince))} – ${round_order_1.SPEAKING_MINUTES} ${labels.timeBox} (${labels.until} ${clock(end)})` : '',
            over: (0, round_order_1.roundOver)(round),
            overText: l === 'en' ? `The round is over: ${spoken} spoke, ${skipped} skipped.` : `Runden er ferdig: ${spoken} har talt, ${skipped} hoppet over.`,
            rows: round.order.map((org, i) => ({
                org: (0, card_text_1.cardText)(org),
                status: (0, texts_run_1.roundStatus)(l, i === round.index ? 'speaking' : round.outcome[i]),
                input: contributions.some((c) => (0, keys_1.sameOrganization)(c.organization, org)) ? `✉ ${labels.writtenInput}` : '',
            })),
            meetingId: meeting.meetingId,
            step: round.step,
        },
    };
}
class RoundTableUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    /** runde (typed or the current-item card's button): starts the round, or shows the running one again. */
    async start(actor, ctx, conversation, activityId) {
        const l = actor.locale;
        if (!(0, run_shared_1.canChair)(ctx))
            return (0, run_shared_1.answer)(texts_1.texts.onlyChair(l));
        const found = await (0, run_shared_1.findMeeting)(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
        if (!found || found.value.state !== 'in-progress')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, found.value.meetingId, (m) => {
            if (m.state !== 'in-progress')
                return { result: 'not-started' };
            // A re-sent runde (Teams retried the activity): the card is posted already.
            if ((0, meeting_flow_1.hasReceipt)(m, activityId))
                return { result: 'repeated' };
            const existing = (0, meeting_flow_1.runOf)(m).round;
            if (existing && !(0, round_order_1.roundOver)(existing))
                return { next: activityId ? (0, meeting_flow_1.withReceipt)(m, activityId) : undefined, result: 'again' };
            const order = (0, round_order_1.roundOrder)(ctx.roster, m.attendance);
            if (order.length === 0)
                return { result: 'empty' };
            const round = (0, round_order_1.startRound)(order, this.now());
            // The round belongs to its agenda item: the current-item card moves there too.
            const item = (0, meeting_1.roundTableItem)(m.agenda);
            const next = item && m.currentItem !== item.number ? (0, meeting_flow_1.bump)(m, { currentItem: item.number }) : m;
            return { next: (0, meeting_flow_1.withReceipt)({ ...next, run: { ...(0, meeting_flow_1.runOf)(next), round } }, activityId), result: 'started' };
        });
        if (!done || done.result === 'not-started')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        if (done.result === 'empty')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.roundNoOrganizations(l));
        if (done.result === 'repeated')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.roundAgain(l), { meetingId: done.meeting.meetingId });
        const { meeting } = done;
        const round = (0, meeting_flow_1.runOf)(meeting).round;
        const contributions = await this.repos.contributions.listByMeeting(meeting.meetingId);
        const live = [{ slot: 'round', card: roundCard(meeting, round, contributions, l) }];
        const itemId = (0, run_shared_1.liveId)(meeting, 'item', actor.conversationId);
        if (done.written && itemId && found.value.currentItem !== meeting.currentItem)
            live.push({ slot: 'item', card: (0, meeting_run_1.itemCard)(meeting, ctx.group.value.name, l), activityId: itemId });
        const text = done.result === 'started' ? texts_run_1.runTexts.roundStarted(l, round.order.length) : texts_run_1.runTexts.roundAgain(l);
        return { text, live, posts: [], meetingId: meeting.meetingId };
    }
    /** The current-item card's "Runde rundt bordet" button. */
    async startFromCard(actor, data, activityId) {
        const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
        const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(actor.locale));
        const ctx = await (0, group_context_1.loadGroupContext)(this.repos, found.value.groupId, actor);
        if (!ctx)
            return (0, run_shared_1.answer)(texts_1.texts.noGroupHere(actor.locale));
        return this.start(actor, ctx, { key: actor.conversationId, reference: {}, meetingId, updatedAt: '' }, activityId);
    }
    /** round.next / round.skip: the speaker is done (or skipped); a click from an older step moves nothing. */
    async click(actor, how, data) {
        const l = actor.locale;
        const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
        const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notStarted(l));
        const ctx = await (0, group_context_1.loadGroupContext)(this.repos, found.value.groupId, actor);
        if (!ctx)
            return (0, run_shared_1.answer)(texts_1.texts.noGroupHere(l));
        if (!(0, run_shared_1.canChair)(ctx))
            return (0, run_shared_1.answer)(texts_1.texts.onlyChair(l));
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, meetingId, (m) => {
            const round = (0, meeting_flow_1.runOf)(m).round;
            if (!round)
                return { result: 'none' };
            if (m.state !== 'in-progress')
                return { result: 'ended' };
            if (data.step !== round.step)
                return { result: 'stale' };
            if ((0, round_order_1.roundOver)(round))
                return { result: 'over' };
            return { next: { ...m, run: { ...(0, meeting_flow_1.runOf)(m), round: (0, round_order_1.advanceRound)(round, how, this.now()) } }, result: 'moved' };
        });
        if (!done || done.result === 'none')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noRound(l));
        if (done.result === 'ended')
            return (0, run_shared_1.answer)(texts_run_1.runTexts.ended(l));
        const { meeting } = done;
        const round = (0, meeting_flow_1.runOf)(meeting).round;
        const card = roundCard(meeting, round, await this.repos.contributions.listByMeeting(meetingId), l);
        if (done.result !== 'moved')
            return { text: done.result === 'stale' ? texts_run_1.runTexts.roundStale(l) : undefined, live: [], posts: [], invokeCard: card, meetingId };
        const activityId = (0, run_shared_1.liveId)(meeting, 'round', actor.conversationId);
        return { live: activityId ? [{ slot: 'round', card, activityId }] : [], posts: [], invokeCard: card, meetingId };
    }
}
exports.RoundTableUseCases = RoundTableUseCases;
//# sourceMappingURL=round-table.js.map