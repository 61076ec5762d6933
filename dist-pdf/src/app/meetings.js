"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeetingUseCases = void 0;
exports.formatDeadline = formatDeadline;
exports.agendaCard = agendaCard;
exports.noticeCard = noticeCard;
const agenda_parser_1 = require("../domain/agenda-parser");
const agenda_complete_1 = require("../domain/agenda-complete");
const approval_1 = require("../domain/approval");
const meeting_1 = require("../domain/meeting");
const meeting_args_1 = require("../domain/meeting-args");
const norwegian_time_1 = require("../domain/norwegian-time");
const actor_1 = require("./actor");
const approvals_1 = require("./approvals");
const group_context_1 = require("./group-context");
const meeting_writes_1 = require("./meeting-writes");
const retry_1 = require("./retry");
const texts_1 = require("./texts");
const texts_meetings_1 = require("./texts-meetings");
const card_text_1 = require("./card-text");
/** User text goes into card data: "${" would read as a template binding, so it is broken up. */
const isSecretariat = (ctx) => ctx.roles.includes('secretariat');
/** "torsdag 14.11.2024 kl. 13.00" (Oslo). */
function formatDeadline(iso, l) {
    const instant = new Date(iso);
    const date = (0, norwegian_time_1.osloDateOf)(instant);
    return `${(0, norwegian_time_1.weekdayName)(date, l)} ${(0, norwegian_time_1.formatDate)(date)} ${l === 'en' ? 'at' : 'kl.'} ${(0, norwegian_time_1.formatClock)((0, norwegian_time_1.osloTimeOf)(instant), l)}`;
}
function agendaRows(agenda) {
    return agenda.map((i) => ({
        heading: (0, card_text_1.cardText)(`${i.number}. ${i.title}`),
        subText: (0, card_text_1.cardText)(i.subPoints.map((p) => `• ${p}`).join('\n\n')),
        hasSub: i.subPoints.length > 0,
    }));
}
/** The agenda card (the secretariat checks it before publishing). */
function agendaCard(meeting, groupName, l) {
    return {
        template: 'agenda',
        data: {
            labels: (0, texts_meetings_1.cardLabels)(l),
            title: (0, card_text_1.cardText)(`${(0, texts_meetings_1.cardLabels)(l).agenda} – ${groupName}`),
            time: (0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l),
            place: (0, card_text_1.cardText)(meeting.place),
            items: agendaRows(meeting.agenda),
        },
    };
}
/** The notice card ("innkalling"), laid out like seeds 002/004. */
function noticeCard(meeting, groupName, l, signedBy = '') {
    const round = (0, meeting_1.roundTableItem)(meeting.agenda);
    const prepare = round ? [`${l === 'en' ? 'Item' : 'Sak'} ${round.number}. ${round.title}`, ...round.subPoints].join('\n\n') : '';
    return {
        template: 'notice',
        data: {
            labels: (0, texts_meetings_1.cardLabels)(l),
            title: (0, card_text_1.cardText)(l === 'en' ? `Notice of meeting – ${groupName}` : `Innkalling til møte i ${groupName}`),
            date: (0, norwegian_time_1.formatDate)(meeting.date),
            time: (0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l),
            place: (0, card_text_1.cardText)(meeting.place),
            hasPrepare: round !== undefined,
            prepare: (0, card_text_1.cardText)(prepare),
            agendaTitle: (0, card_text_1.cardText)(`${l === 'en' ? 'Agenda for the meeting of' : 'Sakskart til møte i'} ${groupName}, ${(0, norwegian_time_1.formatDate)(meeting.date)}`),
            items: agendaRows(meeting.agenda),
            deadline: meeting.inputDeadline ? formatDeadline(meeting.inputDeadline, l) : '',
            // As the seeds sign: "Med vennlig hilsen / <name> / Sekretariatet for …".
            signature: (0, card_text_1.cardText)([l === 'en' ? 'Kind regards' : 'Med vennlig hilsen', signedBy, `${l === 'en' ? 'The secretariat of' : 'Sekretariatet for'} ${groupName}`].filter(Boolean).join('\n\n')),
        },
    };
}
class MeetingUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    /**
     * A secretariat command in a chat that belongs to no group (personal chat): the one group, among
     * the person's roster memberships (people index: point reads), where they are secretariat.
     */
    async groupForSecretariat(actor) {
        const mine = (await (0, group_context_1.groupsOfActor)(this.repos, actor)).filter((c) => isSecretariat(c));
        if (mine.length === 1)
            return mine[0];
        if (mine.length === 0)
            return (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale));
        return (0, actor_1.say)(texts_meetings_1.meetingTexts.manyGroups(actor.locale, mine.map((c) => c.group.value.name)));
    }
    /** nytt møte <dd.mm.yyyy> <hh:mm>-<hh:mm> [sted] */
    async createMeeting(actor, ctx, args) {
        const l = actor.locale;
        if (!isSecretariat(ctx))
            return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
        const parsed = (0, meeting_args_1.parseMeetingArgs)(args, this.now());
        if (!parsed.ok)
            return (0, actor_1.say)(parsed.message[l]);
        const meeting = (0, meeting_1.newMeeting)(ctx.group.value.groupId, parsed);
        // The id is derived from group and date: a second meeting that day (or a repeat) is refused here.
        if (!(await (0, meeting_writes_1.createMeeting)(this.repos, meeting, this.now())))
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.meetingExists(l, (0, norwegian_time_1.formatDate)(parsed.date)));
        return (0, actor_1.say)(texts_meetings_1.meetingTexts.meetingCreated(l, (0, norwegian_time_1.formatMeetingTime)(meeting.date, meeting.start, meeting.end, l), meeting.place));
    }
    /** The group's meetings and the next one (a query; commands only, never card clicks). */
    async next(groupId) {
        const all = await this.repos.meetings.listByGroup(groupId);
        return { all, next: (0, meeting_1.nextMeeting)(all) };
    }
    /** sakskart + pasted text: parse, complete, store on the next meeting; answer with the agenda card. */
    async setAgenda(actor, ctx, text) {
        const l = actor.locale;
        if (!isSecretariat(ctx))
            return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
        const groupId = ctx.group.value.groupId;
        const { all, next } = await this.next(groupId);
        if (!next)
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.noNextMeeting(l));
        if (next.state === 'in-progress')
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.agendaLocked(l));
        const parsed = (0, agenda_parser_1.parseAgenda)(text);
        if (!parsed.ok)
            return (0, actor_1.say)((0, agenda_parser_1.agendaErrorMessage)(parsed.error, l));
        const agenda = (0, agenda_complete_1.completeAgenda)(parsed.items, { previousMeetingDate: (0, meeting_1.previousMeeting)(all, next.date)?.date });
        const saved = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.meetings.get(next.meetingId);
            if (!current)
                throw new Error(`meeting ${next.meetingId} vanished`);
            return (await (0, meeting_writes_1.replaceMeeting)(this.repos, current.value, { ...current.value, agenda }, current.etag, this.now())).value;
        });
        const lines = [texts_meetings_1.meetingTexts.agendaStored(l, (0, norwegian_time_1.formatDate)(saved.date), agenda.length)];
        if (saved.state === 'notice-published')
            lines.push(texts_meetings_1.meetingTexts.agendaChangedAfterNotice(l));
        return { text: lines.join('\n\n'), card: agendaCard(saved, ctx.group.value.name, l) };
    }
    /**
     * innkalling [frist dd.mm.yyyy]: validates, marks the next meeting notice-published with its input
     * deadline, opens the approvals of item 1 and 2, and returns the cards for the home conversation.
     */
    async publishNotice(actor, ctx, args) {
        const l = actor.locale;
        if (!isSecretariat(ctx))
            return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
        const frist = /^(?:frist|deadline)\s+(\S+)$/i.exec(args.trim());
        if (args.trim() && !frist)
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.noticeUsage(l));
        const fristDate = frist ? (0, meeting_1.parseNorwegianDate)(frist[1]) : undefined;
        if (frist && !fristDate)
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.noticeUsage(l));
        const { next } = await this.next(ctx.group.value.groupId);
        if (!next)
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.noNextMeeting(l));
        if (next.state === 'in-progress')
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.agendaLocked(l));
        if (next.agenda.length === 0)
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.agendaMissing(l));
        const deadline = fristDate ? (0, meeting_1.deadlineOnDate)(fristDate) : undefined;
        if (deadline && Date.parse(deadline) <= (0, meeting_1.meetingEnd)(next).getTime())
            return (0, actor_1.say)(texts_meetings_1.meetingTexts.deadlineBeforeMeeting(l));
        const now = this.now();
        const meeting = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.meetings.get(next.meetingId);
            if (!current)
                throw new Error(`meeting ${next.meetingId} vanished`);
            const m = current.value;
            const updated = {
                ...m,
                state: 'notice-published',
                noticePublishedAt: now.toISOString(),
                inputDeadline: deadline ?? (m.state === 'notice-published' && m.inputDeadline ? m.inputDeadline : (0, meeting_1.defaultInputDeadline)(m)),
            };
            // The round-table input window opens with this write (meeting-writes keeps the group's list in step).
            return (await (0, meeting_writes_1.replaceMeeting)(this.repos, m, updated, current.etag, now)).value;
        });
        const approvals = await Promise.all((0, meeting_1.approvalItems)(meeting.agenda).map((item) => this.openApproval(meeting, item, l, now, closersOf(ctx.group.value))));
        const groupName = ctx.group.value.name;
        return {
            meeting,
            deadline: formatDeadline(meeting.inputDeadline ?? (0, meeting_1.defaultInputDeadline)(meeting), l),
            posts: [{ card: noticeCard(meeting, groupName, l, actor.name) }, ...approvals.map((a) => ({ card: (0, approvals_1.approvalCard)(a) }))],
        };
    }
    /** Creates the approval of an item; an existing one (a repeated notice) keeps its votes. */
    async openApproval(meeting, item, l, now, closers) {
        const fresh = (0, approval_1.newApproval)({
            meetingId: meeting.meetingId,
            groupId: meeting.groupId,
            item: item.number,
            kind: item.kind,
            title: item.title,
            meetingDate: meeting.date,
            locale: l,
            createdAt: now.toISOString(),
            closers,
        });
        if (await this.repos.approvals.create(fresh))
            return fresh;
        // A repeated notice keeps the votes; an agenda changed since then renames the open approval.
        return (0, retry_1.retryOnConflict)(async () => {
            const existing = await this.repos.approvals.get(meeting.meetingId, item.number);
            if (!existing)
                return fresh;
            const a = existing.value;
            if (a.state !== 'open' || (a.title === fresh.title && a.kind === fresh.kind && JSON.stringify(a.closers) === JSON.stringify(closers)))
                return a;
            return (await this.repos.approvals.replace({ ...a, title: fresh.title, kind: fresh.kind, closers }, existing.etag)).value;
        });
    }
}
exports.MeetingUseCases = MeetingUseCases;
/** The role keys that may close an approval card, as the group has them now (sorted, for comparison). */
function closersOf(group) {
    return Object.entries(group.roles)
        .filter(([, r]) => r.roles.includes('chair') || r.roles.includes('secretariat'))
        .map(([key]) => key)
        .sort();
}
//# sourceMappingURL=meetings.js.map