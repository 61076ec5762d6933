"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECRETARIAT_ORGANIZATION = void 0;
exports.attendanceKey = attendanceKey;
exports.entryFor = entryFor;
exports.setAttendance = setAttendance;
exports.matchParticipant = matchParticipant;
exports.matchName = matchName;
exports.summarizeAttendance = summarizeAttendance;
const roster_import_1 = require("./roster-import");
const keys_1 = require("./keys");
/**
 * Attendance ("frammøtte"), pure: who is present or has sent apologies, by roster member.
 * Secretariat staff are kept apart (entry.secretariat → "Fra sekretariatet møtte").
 */
exports.SECRETARIAT_ORGANIZATION = 'Sekretariatet';
/** The key of a person's entry: the roster member id, else the linked Teams user, else the name. */
function attendanceKey(person) {
    if (person.member)
        return person.member.id;
    if (person.aadObjectId)
        return `aad:${person.aadObjectId}`;
    return `name:${(0, keys_1.personKey)(person.name)}`;
}
/** The entry for a person: roster name and organization; secretariat staff under the secretariat. */
function entryFor(person, status) {
    const name = person.member ? (0, roster_import_1.fullName)(person.member) : person.name.trim();
    const organization = person.member?.organization ?? exports.SECRETARIAT_ORGANIZATION;
    return { name, organization, status, secretariat: person.secretariat };
}
/** Sets one person's entry; unchanged when it already says the same. */
function setAttendance(attendance, person, status) {
    const key = attendanceKey(person);
    const entry = entryFor(person, status);
    const old = attendance[key];
    if (old && old.status === entry.status && old.name === entry.name && old.organization === entry.organization && old.secretariat === entry.secretariat) {
        return { attendance, changed: false };
    }
    return { attendance: { ...attendance, [key]: entry }, changed: true };
}
/**
 * A participant of a Teams meeting event on the roster: by linked AAD id first, then by a full
 * name that matches exactly one unlinked member.
 */
function matchParticipant(roster, who) {
    if (who.aadObjectId) {
        const linked = roster.find((m) => m.aadObjectId === who.aadObjectId);
        if (linked)
            return linked;
    }
    if (!who.name)
        return undefined;
    const wanted = (0, keys_1.personKey)(who.name);
    const byName = roster.filter((m) => !(who.aadObjectId && m.aadObjectId) && (0, keys_1.personKey)((0, roster_import_1.fullName)(m)) === wanted);
    return byName.length === 1 ? byName[0] : undefined;
}
/** A name typed by the secretariat ("til stede Didrik Aasland"): the full name, else a unique part of one. */
function matchName(roster, text) {
    const wanted = (0, keys_1.personKey)(text);
    if (!wanted)
        return { kind: 'none' };
    const exact = roster.filter((m) => (0, keys_1.personKey)((0, roster_import_1.fullName)(m)) === wanted);
    const candidates = exact.length ? exact : roster.filter((m) => (0, keys_1.personKey)((0, roster_import_1.fullName)(m)).includes(wanted));
    if (candidates.length === 1)
        return { kind: 'one', member: candidates[0] };
    return candidates.length === 0 ? { kind: 'none' } : { kind: 'many', members: candidates };
}
/** The entries grouped for cards and the summary, members in roster order, others after by name. */
function summarizeAttendance(attendance, roster) {
    const position = new Map(roster.map((m, i) => [(0, keys_1.personKey)((0, roster_import_1.fullName)(m)), i]));
    const rank = (e) => position.get((0, keys_1.personKey)(e.name)) ?? Number.MAX_SAFE_INTEGER;
    const sorted = Object.values(attendance).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb'));
    return {
        present: sorted.filter((e) => e.status === 'present' && !e.secretariat),
        apologies: sorted.filter((e) => e.status === 'apologies'),
        secretariat: sorted.filter((e) => e.status === 'present' && e.secretariat),
    };
}
//# sourceMappingURL=attendance.js.map