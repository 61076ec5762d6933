"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.memberId = memberId;
exports.parseRosterLines = parseRosterLines;
exports.mergeRoster = mergeRoster;
exports.fullName = fullName;
const keys_1 = require("./keys");
const text_1 = require("./text");
const HEADER = /^(fornavn\s+etternavn\s+organisasjon|navn\s+kommune\s*\/\s*region|first\s*name\s+last\s*name\s+organi[sz]ation|name\s+organi[sz]ation)\b/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_FIELD = 200;
/** The stable id of a person: the same name always maps to the same member. */
function memberId(firstName, lastName) {
    // personKey's words joined by '-': the ids stored so far, unchanged.
    return `m-${(0, keys_1.personKey)(`${firstName} ${lastName}`).replace(/ /g, '-')}`;
}
function splitColumns(line) {
    const parts = line.includes('\t') ? line.split('\t') : line.split(/ {2,}/);
    return parts.map((p) => p.trim()).filter((p, i, all) => p !== '' || (i > 0 && i < all.length - 1));
}
function parseRosterLines(text) {
    const members = [];
    const refused = [];
    const seen = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const lineNumber = index + 1;
        const line = (0, text_1.stripBidi)(raw).replace(/\u00a0/g, ' ').trimEnd();
        if (line.trim() === '' || HEADER.test(line.trim()))
            return;
        const refuse = (reason) => refused.push({ lineNumber, line: line.trim(), reason });
        const cols = splitColumns(line.trim());
        if (cols.some((c) => c === ''))
            return refuse({ code: 'empty-field' });
        if (cols.some((c) => c.length > MAX_FIELD))
            return refuse({ code: 'too-long' });
        let firstName, lastName, organization, email;
        if (cols.length === 1)
            return refuse({ code: 'one-column' });
        if (cols.length === 2) {
            const words = cols[0].split(/\s+/);
            if (words.length < 2)
                return refuse({ code: 'one-column' });
            lastName = words.pop();
            firstName = words.join(' ');
            organization = cols[1];
        }
        else if (cols.length === 3 || cols.length === 4) {
            [firstName, lastName, organization, email] = cols;
            if (email !== undefined && !EMAIL.test(email))
                return refuse({ code: 'bad-email', value: email });
        }
        else {
            return refuse({ code: 'too-many-columns', count: cols.length });
        }
        const id = memberId(firstName, lastName);
        const first = seen.get(id);
        if (first !== undefined)
            return refuse({ code: 'duplicate', firstLine: first });
        seen.set(id, lineNumber);
        members.push({ id, firstName, lastName, organization, ...(email ? { email: email.toLowerCase() } : {}) });
    });
    return { members, refused };
}
/** Adds new people and updates changed ones; people not in the paste stay (removal is explicit). */
function mergeRoster(existing, incoming) {
    const byId = new Map(existing.map((m) => [m.id, m]));
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const m of incoming) {
        const old = byId.get(m.id);
        if (!old) {
            byId.set(m.id, m);
            added++;
            continue;
        }
        const next = { ...old, firstName: m.firstName, lastName: m.lastName, organization: m.organization, email: m.email ?? old.email };
        if (next.organization === old.organization && next.email === old.email && next.firstName === old.firstName && next.lastName === old.lastName) {
            unchanged++;
        }
        else {
            byId.set(m.id, next);
            updated++;
        }
    }
    return { members: [...byId.values()], added, updated, unchanged };
}
function fullName(m) {
    return `${m.firstName} ${m.lastName}`;
}
//# sourceMappingURL=roster-import.js.map