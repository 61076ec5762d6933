"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PrivacyUseCases = void 0;
exports.withDraftRetention = withDraftRetention;
const personal_data_1 = require("../domain/personal-data");
const roster_import_1 = require("../domain/roster-import");
const actor_1 = require("./actor");
const group_context_1 = require("./group-context");
const people_1 = require("./people");
const ports_1 = require("./ports");
const meeting_writes_1 = require("./meeting-writes");
const retry_1 = require("./retry");
const texts_privacy_1 = require("./texts-privacy");
/*
 * Personal data (issue #8): `mine data` shows what is stored about the sender, `slett mine data`
 * erases it after a confirmation card. Who it is about is always the activity's Teams user (its
 * aad: people record and the rosters that record links), never card data. Not a hot path: one
 * query per group (its meetings), then point reads.
 */
/**
 * The people repository with the draft retention rule: a draft older than `days` is dropped when
 * the record is read (and the record without it written back), so nothing needs a timer.
 */
function withDraftRetention(people, days, now) {
    const expire = async (found) => {
        const draft = found?.value.draft;
        if (!found || !draft || !(0, personal_data_1.draftExpired)(draft, now(), days))
            return found;
        const { draft: _expired, ...kept } = found.value;
        try {
            return await people.replace(kept, found.etag);
        }
        catch (err) {
            if (!(err instanceof ports_1.ConflictError))
                throw err;
            return { value: kept, etag: found.etag }; // changed meanwhile: the writer's next replace reads it again
        }
    };
    return {
        get: async (key) => expire(await people.get(key)),
        getWithWindows: async (key) => {
            const { person, windows } = await people.getWithWindows(key);
            return { person: await expire(person), windows };
        },
        create: (person) => people.create(person),
        replace: (person, etag) => people.replace(person, etag),
        delete: (key) => people.delete(key),
    };
}
class PrivacyUseCases {
    repos;
    now;
    draftRetentionDays;
    constructor(repos, now, draftRetentionDays) {
        this.repos = repos;
        this.now = now;
        this.draftRetentionDays = draftRetentionDays;
    }
    /** The person's record and, per group it links, the roster members, roles and meetings. */
    async find(actor) {
        if (!actor.aadObjectId)
            return undefined;
        const aad = actor.aadObjectId;
        const person = await this.repos.people.get((0, people_1.aadKey)(aad));
        if (!person)
            return undefined;
        const groupIds = [...new Set(person.value.memberships.map((m) => m.groupId))];
        const groups = await Promise.all(groupIds.map(async (groupId) => {
            const [group, roster, meetings] = await Promise.all([this.repos.groups.get(groupId), this.repos.rosters.get(groupId), this.repos.meetings.listByGroup(groupId)]);
            if (!group)
                return undefined;
            const ids = new Set(person.value.memberships.filter((m) => m.groupId === groupId).map((m) => m.memberId));
            const members = (roster?.value ?? []).filter((m) => m.aadObjectId === aad || (ids.has(m.id) && !m.aadObjectId));
            return { groupId, name: group.value.name, members, roles: (0, group_context_1.rolesOf)(group.value, actor, members), meetings };
        }));
        return { person, groups: groups.filter((g) => g !== undefined) };
    }
    /** For each meeting of a group, the person's own input (point reads by organization). */
    async contributionsOf(g, meeting, aad) {
        const found = [];
        for (const member of g.members) {
            const c = await this.repos.contributions.get(meeting.meetingId, member.organization);
            if (c && (0, personal_data_1.isOwnContribution)(c.value, { memberId: member.id, aadObjectId: aad }))
                found.push({ c, member });
        }
        return found;
    }
    /** `mine data` / `my data`. */
    async myData(actor) {
        const l = actor.locale;
        const days = this.draftRetentionDays;
        if (actor.conversationType !== 'personal')
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.personalOnly(l));
        if (!actor.aadObjectId)
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.noTeamsUser(l));
        const found = await this.find(actor);
        if (!found)
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.nothingStored(l, days));
        const aad = actor.aadObjectId;
        const report = {
            aadObjectId: aad,
            rosters: found.groups.flatMap((g) => g.members.map((m) => ({ group: g.name, name: (0, roster_import_1.fullName)(m), organization: m.organization, email: m.email }))),
            roles: found.groups.filter((g) => g.roles.length).map((g) => ({ group: g.name, roles: g.roles })),
            groups: found.groups.length,
            hasChat: Boolean(found.person.value.chat),
            draftCreatedAt: found.person.value.draft?.createdAt,
            inputs: [],
            votes: [],
            attendance: [],
        };
        for (const g of found.groups) {
            for (const meeting of g.meetings) {
                for (const { c } of await this.contributionsOf(g, meeting, aad)) {
                    report.inputs.push({ group: g.name, date: meeting.date, organization: c.value.organization, received: c.value.received, locked: (0, personal_data_1.isLocked)(meeting), restricted: c.value.restricted, text: c.value.text });
                }
                for (const item of personal_data_1.APPROVAL_ITEMS) {
                    const approval = (await this.repos.approvals.get(meeting.meetingId, item))?.value;
                    for (const m of g.members) {
                        const vote = approval?.votes[m.id];
                        if (vote)
                            report.votes.push({ group: g.name, date: meeting.date, item, choice: vote.choice, comment: vote.comment });
                    }
                }
                for (const m of g.members)
                    for (const e of (0, personal_data_1.attendanceOf)(meeting, { memberId: m.id, aadObjectId: aad }))
                        report.attendance.push({ group: g.name, date: meeting.date, status: e.status });
            }
        }
        return (0, actor_1.say)(texts_privacy_1.privacyTexts.report(l, report, days));
    }
    /** `slett mine data` / `erase my data`: the confirmation card. */
    ask(actor) {
        const l = actor.locale;
        if (actor.conversationType !== 'personal')
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.personalOnly(l));
        return { card: { template: 'privacy-erase', data: { ask: true, title: texts_privacy_1.privacyTexts.askTitle(l), text: texts_privacy_1.privacyTexts.askText(l), labels: texts_privacy_1.privacyTexts.labels(l) } } };
    }
    cancel(actor) {
        return { card: { template: 'privacy-erase', data: { ask: false, title: texts_privacy_1.privacyTexts.cancelledTitle(actor.locale), text: texts_privacy_1.privacyTexts.cancelled(actor.locale), labels: texts_privacy_1.privacyTexts.labels(actor.locale) } } };
    }
    /** «Slett» on the card: erases what the person may erase; input in locked minutes is restricted. Repeatable. */
    async erase(actor) {
        const l = actor.locale;
        if (actor.conversationType !== 'personal')
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.personalOnly(l));
        if (!actor.aadObjectId)
            return (0, actor_1.say)(texts_privacy_1.privacyTexts.noTeamsUser(l));
        const aad = actor.aadObjectId;
        const found = await this.find(actor);
        const result = { erased: [], restricted: [] };
        for (const g of found?.groups ?? []) {
            for (const meeting of g.meetings)
                await this.eraseInMeeting(l, g, meeting, aad, result);
            if (await this.unlinkRoster(g.groupId, aad))
                result.erased.push(texts_privacy_1.privacyTexts.itemRosterLink(l, g.name));
        }
        if (found) {
            const indexKeys = new Set((found.groups ?? []).flatMap((g) => g.members.flatMap((m) => [(0, people_1.nameKey)((0, roster_import_1.fullName)(m)), ...(m.email ? [(0, people_1.emailKey)(m.email)] : [])])));
            if (actor.name)
                indexKeys.add((0, people_1.nameKey)(actor.name));
            let unlinked = false;
            for (const key of indexKeys)
                unlinked = (await this.unlinkIndex(key, aad)) || unlinked;
            if (unlinked)
                result.erased.push(texts_privacy_1.privacyTexts.itemIndexLink(l));
        }
        if (await this.repos.people.delete((0, people_1.aadKey)(aad)))
            result.erased.unshift(texts_privacy_1.privacyTexts.itemPerson(l));
        // The stored conversation references of the personal chat carry the user's name and ids.
        const chats = await Promise.all([this.repos.conversations.deleteUserChat(aad), this.repos.conversations.delete(actor.conversationId)]);
        if (chats.some(Boolean))
            result.erased.push(texts_privacy_1.privacyTexts.itemChatReference(l));
        const rosterGroups = (found?.groups ?? []).filter((g) => g.members.length).map((g) => g.name);
        return { card: { template: 'privacy-erase', data: { ask: false, title: texts_privacy_1.privacyTexts.doneTitle(l), text: texts_privacy_1.privacyTexts.done(l, result, rosterGroups), labels: texts_privacy_1.privacyTexts.labels(l) } } };
    }
    async eraseInMeeting(l, g, meeting, aad, result) {
        const locked = (0, personal_data_1.isLocked)(meeting);
        for (const { c } of await this.contributionsOf(g, meeting, aad)) {
            const what = texts_privacy_1.privacyTexts.itemInput(l, g.name, meeting.date, c.value.organization);
            if (!locked) {
                if (await this.repos.contributions.delete(meeting.meetingId, c.value.organization))
                    result.erased.push(what);
            }
            else if (!c.value.restricted) {
                const now = this.now();
                await (0, retry_1.retryOnConflict)(async () => {
                    const current = (await this.repos.contributions.get(meeting.meetingId, c.value.organization)) ?? c;
                    if (!current.value.restricted)
                        await this.repos.contributions.put((0, personal_data_1.restricted)(current.value, now), current.etag);
                });
                result.restricted.push(what);
            }
        }
        // Attendance and votes in locked minutes are part of the archived record and stay.
        if (locked)
            return;
        const subjects = g.members.map((m) => ({ memberId: m.id, aadObjectId: aad }));
        const attended = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.meetings.get(meeting.meetingId);
            if (!current || (0, personal_data_1.isLocked)(current.value))
                return false;
            let next;
            for (const s of subjects)
                next = (0, personal_data_1.withoutAttendance)(next ?? current.value, s) ?? next;
            if (!next)
                return false;
            await (0, meeting_writes_1.replaceMeeting)(this.repos, current.value, next, current.etag, this.now());
            return true;
        });
        if (attended)
            result.erased.push(texts_privacy_1.privacyTexts.itemAttendance(l, g.name, meeting.date));
        for (const item of personal_data_1.APPROVAL_ITEMS) {
            const voted = await (0, retry_1.retryOnConflict)(async () => {
                const current = await this.repos.approvals.get(meeting.meetingId, item);
                if (!current)
                    return false;
                let next = current.value;
                for (const s of subjects)
                    next = (0, personal_data_1.withoutVote)(next, s) ?? next;
                if (next === current.value)
                    return false;
                await this.repos.approvals.replace(next, current.etag);
                return true;
            });
            if (voted)
                result.erased.push(texts_privacy_1.privacyTexts.itemVote(l, g.name, meeting.date, item));
        }
    }
    /** The roster keeps the entry (the secretariat's) but no longer the Teams user. */
    unlinkRoster(groupId, aad) {
        return (0, retry_1.retryOnConflict)(async () => {
            const roster = await this.repos.rosters.get(groupId);
            if (!roster || !roster.value.some((m) => m.aadObjectId === aad))
                return false;
            const members = roster.value.map((m) => (m.aadObjectId === aad ? (({ aadObjectId: _a, ...rest }) => rest)(m) : m));
            await this.repos.rosters.put(groupId, members, roster.etag);
            return true;
        });
    }
    unlinkIndex(key, aad) {
        return (0, retry_1.retryOnConflict)(async () => {
            const record = await this.repos.people.get(key);
            if (!record?.value.linkedAad?.includes(aad))
                return false;
            await this.repos.people.replace({ ...record.value, linkedAad: record.value.linkedAad.filter((x) => x !== aad) }, record.etag);
            return true;
        });
    }
}
exports.PrivacyUseCases = PrivacyUseCases;
//# sourceMappingURL=privacy.js.map