"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AttendanceUseCases = void 0;
exports.rollCallCard = rollCallCard;
exports.isSecretariatPerson = isSecretariatPerson;
const attendance_1 = require("../domain/attendance");
const norwegian_time_1 = require("../domain/norwegian-time");
const roster_import_1 = require("../domain/roster-import");
const group_context_1 = require("./group-context");
const run_shared_1 = require("./run-shared");
const texts_1 = require("./texts");
const texts_run_1 = require("./texts-run");
const card_text_1 = require("./card-text");
/** The roll-call card: who has reported, and a button for each status (each person reports for themselves). */
function rollCallCard(meeting, roster, l) {
    const people = (0, attendance_1.summarizeAttendance)(meeting.attendance, roster);
    const line = (e) => (0, card_text_1.cardText)(`${e.name} (${e.organization})`);
    return {
        template: 'roll-call',
        data: {
            labels: (0, texts_run_1.runLabels)(l),
            counts: (0, texts_run_1.attendanceLine)(l, { present: people.present.length, secretariat: people.secretariat.length, apologies: people.apologies.length }),
            present: (0, card_text_1.cardText)(people.present.map(line).join(', ')),
            hasPresent: people.present.length > 0,
            apologies: (0, card_text_1.cardText)(people.apologies.map(line).join(', ')),
            hasApologies: people.apologies.length > 0,
            secretariat: (0, card_text_1.cardText)(people.secretariat.map((e) => e.name).join(', ')),
            hasSecretariat: people.secretariat.length > 0,
            meetingId: meeting.meetingId,
        },
    };
}
/** Whether a person holds the secretariat role in the group (stored roles, never message text). */
function isSecretariatPerson(group, member, aadObjectId) {
    const keys = [member ? `member:${member.id}` : '', member?.aadObjectId ? `aad:${member.aadObjectId}` : '', aadObjectId ? `aad:${aadObjectId}` : ''].filter(Boolean);
    return keys.some((k) => group.roles[k]?.roles.includes('secretariat'));
}
class AttendanceUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    /** til stede / forfall [navn]: the sender's own status, or (secretariat only) a named person's. */
    async markTyped(actor, ctx, conversation, status, nameArg) {
        const l = actor.locale;
        let person;
        if (nameArg.trim()) {
            if (!ctx.roles.includes('secretariat'))
                return (0, run_shared_1.answer)(texts_run_1.runTexts.onlySecretariatForOthers(l));
            const match = (0, attendance_1.matchName)(ctx.roster, nameArg);
            if (match.kind === 'none')
                return (0, run_shared_1.answer)(texts_run_1.runTexts.nameNoMatch(l, nameArg.trim()));
            if (match.kind === 'many')
                return (0, run_shared_1.answer)(texts_run_1.runTexts.nameAmbiguous(l, nameArg.trim(), match.members.slice(0, 8).map(roster_import_1.fullName)));
            const member = match.member;
            person = { member, aadObjectId: member.aadObjectId, name: (0, roster_import_1.fullName)(member), secretariat: isSecretariatPerson(ctx.group.value, member, member.aadObjectId) };
        }
        else {
            const self = this.self(actor, ctx);
            if (!self)
                return (0, run_shared_1.answer)(texts_run_1.runTexts.notOnRoster(l));
            person = self;
        }
        const found = await (0, run_shared_1.findMeeting)(this.repos, ctx.group.value.groupId, conversation, 'upcoming', this.now());
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingForAttendance(l));
        return this.apply(found.value.meetingId, person, status, ctx, l);
    }
    /** A roll-call button: always the clicker's own status; the meeting comes from the card, the person from the activity. */
    async click(actor, status, data) {
        const l = actor.locale;
        const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
        const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
        if (!found)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingForAttendance(l));
        const ctx = await (0, group_context_1.loadGroupContext)(this.repos, found.value.groupId, actor);
        if (!ctx)
            return (0, run_shared_1.answer)(texts_1.texts.noGroupHere(l));
        const self = this.self(actor, ctx);
        if (!self)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.notOnRoster(l));
        return this.apply(meetingId, self, status, ctx, l);
    }
    /**
     * Teams meeting participants who joined: marked present when the roster knows them (AAD id, else
     * name), or when they hold the secretariat role. Others are left out. One write for the batch.
     */
    async participantsJoined(groupId, conversation, participants) {
        const group = await this.repos.groups.get(groupId);
        const roster = (await this.repos.rosters.get(groupId))?.value ?? [];
        if (!group)
            return 0;
        const people = [];
        for (const p of participants) {
            const member = (0, attendance_1.matchParticipant)(roster, p);
            const secretariat = isSecretariatPerson(group.value, member, p.aadObjectId);
            if (!member && !secretariat)
                continue;
            people.push({ member, aadObjectId: p.aadObjectId, name: member ? (0, roster_import_1.fullName)(member) : (p.name ?? '').trim() || '?', secretariat });
        }
        if (people.length === 0)
            return 0;
        const found = await this.meetingToday(groupId, conversation);
        if (!found)
            return 0;
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, found.value.meetingId, (m) => {
            let attendance = m.attendance;
            let count = 0;
            for (const person of people) {
                // Someone who sent apologies and then joins is present after all.
                const change = (0, attendance_1.setAttendance)(attendance, person, 'present');
                if (change.changed)
                    count++;
                attendance = change.attendance;
            }
            return { next: count ? { ...m, attendance } : undefined, result: count };
        });
        return done?.result ?? 0;
    }
    /** A Teams meeting happens today: the chat's meeting when it is today's (also just ended), else the running one, else today's. */
    async meetingToday(groupId, conversation) {
        const today = (0, norwegian_time_1.osloDateOf)(this.now());
        const hinted = conversation?.meetingId ? await this.repos.meetings.get(conversation.meetingId) : undefined;
        if (hinted && hinted.value.groupId === groupId && hinted.value.date === today && hinted.value.state !== 'locked')
            return hinted;
        const found = await (0, run_shared_1.findMeeting)(this.repos, groupId, conversation, 'upcoming', this.now());
        return found && (found.value.state === 'in-progress' || found.value.date === today) ? found : undefined;
    }
    self(actor, ctx) {
        const secretariat = ctx.roles.includes('secretariat');
        if (!ctx.member && !secretariat)
            return undefined;
        return { member: ctx.member, aadObjectId: actor.aadObjectId, name: ctx.member ? (0, roster_import_1.fullName)(ctx.member) : actor.name, secretariat };
    }
    /** Attendance does not bump the meeting's version: the current-item card does not show it, so its buttons stay valid. */
    async apply(meetingId, person, status, ctx, l) {
        const done = await (0, run_shared_1.mutateMeeting)(this.repos, meetingId, (m) => {
            const change = (0, attendance_1.setAttendance)(m.attendance, person, status);
            return { next: change.changed ? { ...m, attendance: change.attendance } : undefined, result: change.attendance };
        });
        if (!done)
            return (0, run_shared_1.answer)(texts_run_1.runTexts.noMeetingForAttendance(l));
        const entry = Object.values(done.result).find((e) => e.name === (person.member ? (0, roster_import_1.fullName)(person.member) : person.name.trim()));
        const who = entry?.name ?? person.name;
        const org = entry?.organization ?? '';
        const text = status === 'present' ? texts_run_1.runTexts.markedPresent(l, who, org) : texts_run_1.runTexts.markedApologies(l, who, org);
        return (0, run_shared_1.answer)(text, { invokeCard: rollCallCard(done.meeting, ctx.roster, l), meetingId });
    }
}
exports.AttendanceUseCases = AttendanceUseCases;
//# sourceMappingURL=attendance.js.map