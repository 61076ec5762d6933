"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MinutesUseCases = void 0;
const node_crypto_1 = require("node:crypto");
const meeting_1 = require("../domain/meeting");
const norwegian_time_1 = require("../domain/norwegian-time");
const referat_assembly_1 = require("../domain/referat-assembly");
const exports_1 = require("../exports");
const signed_links_1 = require("../exports/signed-links");
const actor_1 = require("./actor");
const meeting_writes_1 = require("./meeting-writes");
const retry_1 = require("./retry");
const texts_minutes_1 = require("./texts-minutes");
const HELD = ['in-progress', 'ended', 'locked'];
/**
 * Exports of the referat and the innkalling (kept as versions, delivered as signed links) and the
 * locking of approved minutes.
 */
class MinutesUseCases {
    repos;
    publicUrl;
    now;
    linkTtlSeconds;
    constructor(repos, publicUrl, now = () => new Date(), linkTtlSeconds = signed_links_1.DEFAULT_LINK_TTL_SECONDS) {
        this.repos = repos;
        this.publicUrl = publicUrl;
        this.now = now;
        this.linkTtlSeconds = linkTtlSeconds;
    }
    /** `referat [docx|md|html|pdf] [dd.mm.yyyy]` and `innkalling docx|md|html|pdf [dd.mm.yyyy]`. */
    async exportDocument(actor, ctx, kind, args) {
        const l = actor.locale;
        if (!ctx.roles.includes('secretariat'))
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.onlySecretariat(l));
        const words = args.toLowerCase().split(/\s+/).filter(Boolean);
        const formatWord = words.find((w) => !/^\d/.test(w)) ?? 'docx';
        const format = formatWord === 'markdown' ? 'md' : formatWord === 'word' ? 'docx' : formatWord;
        if (!(0, exports_1.isExportFormat)(format))
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.badFormat(l, formatWord));
        const dateWord = words.find((w) => /^\d/.test(w));
        const date = dateWord ? (0, meeting_1.parseNorwegianDate)(dateWord) : undefined;
        if (dateWord && !date)
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.badDate(l, dateWord));
        const meeting = await this.pickMeeting(ctx.group.value.groupId, kind, date);
        if (!meeting)
            return (0, actor_1.say)(date ? texts_minutes_1.minutesTexts.noMeetingOn(l, (0, norwegian_time_1.formatDate)(date)) : kind === 'referat' ? texts_minutes_1.minutesTexts.noHeldMeeting(l) : texts_minutes_1.minutesTexts.noNextMeeting(l));
        const version = await this.render(actor, ctx, meeting, kind, format);
        await this.repos.exports.create(version);
        const link = await this.linkFor(version, actor);
        return (0, actor_1.say)(texts_minutes_1.minutesTexts.linkReady(l, kind, (0, norwegian_time_1.formatDate)(meeting.date), format, link));
    }
    /** `lås referat [dd.mm.yyyy]`: the secretariat locks minutes by hand. */
    async lockByCommand(actor, ctx, args) {
        const l = actor.locale;
        if (!ctx.roles.includes('secretariat'))
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.onlySecretariat(l));
        const date = args.trim() ? (0, meeting_1.parseNorwegianDate)(args.trim()) : undefined;
        if (args.trim() && !date)
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.badDate(l, args.trim()));
        const meeting = await this.pickMeeting(ctx.group.value.groupId, 'referat', date);
        if (!meeting)
            return (0, actor_1.say)(date ? texts_minutes_1.minutesTexts.noMeetingOn(l, (0, norwegian_time_1.formatDate)(date)) : texts_minutes_1.minutesTexts.noHeldMeeting(l));
        if (meeting.state === 'locked')
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.alreadyLocked(l, (0, norwegian_time_1.formatDate)(meeting.date)));
        if (meeting.state !== 'ended')
            return (0, actor_1.say)(texts_minutes_1.minutesTexts.notEnded(l, (0, norwegian_time_1.formatDate)(meeting.date)));
        await this.lock(meeting.meetingId);
        return (0, actor_1.say)(texts_minutes_1.minutesTexts.locked(l, (0, norwegian_time_1.formatDate)(meeting.date)));
    }
    /**
     * Locks the minutes of a meeting: later input or decision changes are refused. Called by the
     * secretariat's command and when the next meeting approves these minutes (its item 2).
     */
    async lock(meetingId) {
        return (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.meetings.get(meetingId);
            if (!current || current.value.state === 'locked')
                return false;
            // The group's input-window list learns it with the write, so later input is refused without a meeting read.
            await (0, meeting_writes_1.replaceMeeting)(this.repos, current.value, { ...current.value, state: 'locked', lockedAt: this.now().toISOString() }, current.etag, this.now());
            return true;
        });
    }
    /** The next meeting approved the previous minutes (its item 2): lock them, if that meeting has ended. */
    async lockPrevious(meeting) {
        const previous = (0, meeting_1.previousMeeting)(await this.repos.meetings.listByGroup(meeting.groupId), meeting.date);
        if (previous?.state === 'ended')
            await this.lock(previous.meetingId);
    }
    /** The download route: a valid, unexpired link to an existing version, or 403/404/410. */
    async download(token) {
        const secret = await this.repos.secrets.getOrCreate('download-links');
        const check = (0, signed_links_1.verifyLink)(token, secret, this.now());
        if (!check.ok)
            return check.reason === 'expired' ? { status: 410, message: 'Lenken er utløpt. Be om en ny med «referat» i Teams.' } : { status: 403, message: 'Ugyldig lenke.' };
        const version = await this.repos.exports.get(check.claims.m, check.claims.v);
        if (!version)
            return { status: 404, message: 'Fant ikke dokumentet.' };
        // A referat made before one of its authors erased their data still holds that input: its links stop
        // working (#14); a new export leaves the restricted input out.
        if (version.kind === 'referat') {
            const contributions = await this.repos.contributions.listByMeeting(version.meetingId);
            if (contributions.some((c) => c.restricted && c.restricted > version.createdAt)) {
                return { status: 410, message: 'Dokumentet er trukket tilbake fordi en deltaker har fått slettet sine data etter at det ble laget. Be om et nytt med «referat» i Teams.' };
            }
        }
        return { status: 200, version };
    }
    async pickMeeting(groupId, kind, date) {
        const meetings = await this.repos.meetings.listByGroup(groupId);
        if (date)
            return meetings.find((m) => m.date === date);
        if (kind === 'innkalling')
            return (0, meeting_1.nextMeeting)(meetings) ?? meetings.at(-1);
        return meetings.filter((m) => HELD.includes(m.state)).at(-1);
    }
    async render(actor, ctx, meeting, kind, format) {
        const signer = { name: actor.name, organization: `Sekretariatet for ${ctx.group.value.name}` };
        const doc = await this.renderDocument(ctx.group.value, ctx.roster, meeting, kind, format, signer);
        const createdAt = this.now().toISOString();
        const sha256 = (0, node_crypto_1.createHash)('sha256').update(doc.body).digest('hex');
        return {
            meetingId: meeting.meetingId,
            exportId: `${kind}-${format}-${createdAt.replace(/[^0-9]/g, '')}-${sha256.slice(0, 8)}`,
            kind,
            format,
            fileName: (0, exports_1.exportFileName)(kind, meeting.date, format),
            contentType: doc.contentType,
            size: doc.body.length,
            sha256,
            createdAt,
            createdBy: (0, actor_1.actorKey)(actor),
            body: doc.body,
        };
    }
    /** Renders a document from stored data (also for `npm run referat`). */
    async renderDocument(group, roster, meeting, kind, format, signer) {
        if (kind === 'referat') {
            const contributions = await this.repos.contributions.listByMeeting(meeting.meetingId);
            return (0, exports_1.renderReferat)((0, referat_assembly_1.assembleReferat)({ group, meeting, roster, contributions }), format);
        }
        return (0, exports_1.renderInnkalling)((0, referat_assembly_1.assembleInnkalling)({ group, meeting, roster, now: this.now(), secretariat: signer }), format);
    }
    /** `npm run referat`: one meeting's document by id, without a chat. */
    async renderStored(meetingId, kind, format) {
        const meeting = (await this.repos.meetings.get(meetingId))?.value;
        if (!meeting)
            throw new Error(`No meeting with id ${meetingId}.`);
        const group = (await this.repos.groups.get(meeting.groupId))?.value;
        if (!group)
            throw new Error(`The group ${meeting.groupId} of meeting ${meetingId} is missing.`);
        const roster = (await this.repos.rosters.get(meeting.groupId))?.value ?? [];
        const secretariat = Object.values(group.roles).find((r) => r.roles.includes('secretariat'))?.name ?? '';
        const doc = await this.renderDocument(group, roster, meeting, kind, format, { name: secretariat, organization: `Sekretariatet for ${group.name}` });
        return { ...doc, fileName: (0, exports_1.exportFileName)(kind, meeting.date, format) };
    }
    async linkFor(version, actor) {
        const secret = await this.repos.secrets.getOrCreate('download-links');
        const token = (0, signed_links_1.signLink)({ m: version.meetingId, v: version.exportId, u: (0, actor_1.actorKey)(actor), x: Math.floor(this.now().getTime() / 1000) + this.linkTtlSeconds }, secret);
        return `${this.publicUrl()}/files/${token}/${version.fileName}`;
    }
}
exports.MinutesUseCases = MinutesUseCases;
//# sourceMappingURL=minutes.js.map