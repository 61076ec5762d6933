"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_MATTERS = void 0;
exports.assembleReferat = assembleReferat;
exports.assembleInnkalling = assembleInnkalling;
exports.cleanText = cleanText;
exports.textBlocks = textBlocks;
exports.oneLine = oneLine;
exports.entryMarkers = entryMarkers;
exports.decisionLabel = decisionLabel;
exports.followUpSuffix = followUpSuffix;
const norwegian_time_1 = require("./norwegian-time");
const keys_1 = require("./keys");
/**
 * Builds the display models of the minutes and the notice from stored data. The writers in
 * src/exports only lay out what this produces, so every rule about "what goes where" lives here.
 */
/** Decision given to an empty Eventuelt; writers print it without the "Vedtak:" label. */
exports.NO_MATTERS = 'Ingen saker.';
/** Spaces tidied, for display and for a spelling compared as written. */
const tidy = (s) => s.trim().replace(/\s+/g, ' ');
const collator = new Intl.Collator('nb-NO', { sensitivity: 'base', numeric: true });
/** Rank of whatever is not on the list (finite, so rank differences never become NaN). */
const UNRANKED = Number.MAX_SAFE_INTEGER;
function assembleReferat(input) {
    const { group, meeting, roster } = input;
    const secretariatNames = input.secretariatNames ?? Object.values(group.roles).filter((r) => r.roles.includes('secretariat')).map((r) => r.name);
    // Position in that list: the secretariat is listed in the order the caller gives it.
    const secretariatRank = new Map(secretariatNames.map((n, i) => [(0, keys_1.personKey)(n), i]));
    const isSecretariat = (e) => e.secretariat || secretariatRank.has((0, keys_1.personKey)(e.name));
    const bySecretariatList = (a, b) => (secretariatRank.get((0, keys_1.personKey)(a.name)) ?? UNRANKED) - (secretariatRank.get((0, keys_1.personKey)(b.name)) ?? UNRANKED);
    const entries = uniqueEntries(Object.values(meeting.attendance));
    const byRoster = rosterOrder(roster);
    const person = (e) => ({ name: tidy(e.name), organization: tidy(e.organization) });
    const attendees = byRoster(entries.filter((e) => e.status === 'present' && !isSecretariat(e))).map(person);
    const secretariat = byRoster(entries.filter((e) => e.status === 'present' && isSecretariat(e)))
        .sort(bySecretariatList) // stable: roster order, then name, among those not in the list
        .map((e) => tidy(e.name));
    const apologies = byRoster(entries.filter((e) => e.status === 'apologies')).map(person);
    const agenda = [...meeting.agenda].sort((a, b) => a.number - b.number);
    const items = agenda.map((item) => baseItem(item, meeting));
    placeRoundTable(items, input.contributions, meeting.meetingId, roster);
    for (const item of items) {
        if (item.kind === 'other-business' && item.notes.length === 0 && !item.decision && !item.roundTable && item.followUps.length === 0) {
            item.decision = exports.NO_MATTERS;
        }
    }
    return {
        groupName: group.name,
        date: meeting.date,
        start: meeting.start,
        end: meeting.end,
        place: meeting.place,
        attendees,
        secretariat,
        apologies,
        items,
    };
}
function baseItem(item, meeting) {
    const record = meeting.records[String(item.number)];
    const decision = record?.decision?.trim();
    return {
        number: item.number,
        title: item.title,
        kind: item.kind,
        subPoints: [...item.subPoints],
        notes: (record?.notes ?? []).filter((n) => n.trim() !== ''),
        ...(decision ? { decision } : {}),
        followUps: (record?.followUps ?? []).map((f) => ({ ...f })),
    };
}
/** One person once, even if they registered from two Teams accounts. */
function uniqueEntries(entries) {
    const seen = new Map();
    for (const e of entries) {
        if (e.name.trim() === '')
            continue;
        const key = `${(0, keys_1.personKey)(e.name)}|${(0, keys_1.orgKey)(e.organization)}`;
        const prior = seen.get(key);
        // "present" wins over "apologies": someone who sent apologies and came anyway attended.
        if (!prior || (prior.status === 'apologies' && e.status === 'present'))
            seen.set(key, e);
    }
    return [...seen.values()];
}
/** Sorts people as on the roster (the order the secretariat keeps), unknown people after, by name. */
function rosterOrder(roster) {
    const index = new Map();
    roster.forEach((m, i) => {
        const key = (0, keys_1.personKey)(`${m.firstName} ${m.lastName}`);
        if (!index.has(key))
            index.set(key, i);
    });
    const rank = (e) => index.get((0, keys_1.personKey)(e.name)) ?? UNRANKED;
    return (entries) => [...entries].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name));
}
/**
 * Written input goes to the first round-table item. Choice for a meeting without one: the input is
 * placed on the last item before Eventuelt (or on an added "Runde rundt bordet" item when the agenda
 * is empty), because minutes that silently drop a member's input are worse than a slightly odd
 * placement. Chair notes that start with a known organization ("Drammen kommune: …") become that
 * organization's entries on every round-table item they were recorded on.
 */
function placeRoundTable(items, contributions, meetingId, roster) {
    const written = contributions.filter((c) => c.meetingId === meetingId && !c.restricted && c.text.trim() !== '');
    const orgs = organizationIndex(roster, written);
    let target = items.find((i) => i.kind === 'round-table');
    if (!target && written.length > 0) {
        const eventuelt = items.findIndex((i) => i.kind === 'other-business');
        const candidates = eventuelt >= 0 ? items.slice(0, eventuelt) : items;
        target = candidates[candidates.length - 1];
        if (!target) {
            const number = items.length === 0 ? 1 : Math.max(...items.map((i) => i.number)) + 1;
            target = { number, title: 'Runde rundt bordet', kind: 'round-table', subPoints: [], notes: [], followUps: [] };
            items.push(target);
        }
    }
    for (const item of items) {
        const sections = new Map();
        const section = (org) => {
            const key = (0, keys_1.orgKey)(org);
            let s = sections.get(key);
            if (!s) {
                s = { organization: orgs.display.get(key) ?? org.trim(), entries: [], rank: orgs.rank.get(key) ?? UNRANKED };
                // A spelling the roster holds as written keeps its own name and place ("Asker/Bærum" and "Asker/ Bærum").
                const exact = orgs.exact.get(tidy(org));
                if (exact !== undefined)
                    Object.assign(s, { organization: tidy(org), rank: exact });
                sections.set(key, s);
            }
            return s;
        };
        if (item === target) {
            const sorted = [...written].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
            for (const c of sorted) {
                section(c.organization).entries.push({
                    text: c.text,
                    source: 'written',
                    receivedAfterMeeting: c.received === 'after',
                    enteredBySecretariat: c.enteredBySecretariat,
                });
            }
        }
        if (item.kind === 'round-table') {
            item.notes = item.notes.filter((note) => {
                const hit = orgs.matchPrefix(note);
                if (!hit)
                    return true;
                section(hit.organization).entries.push({ text: hit.rest, source: 'note', receivedAfterMeeting: false, enteredBySecretariat: false });
                return false;
            });
        }
        if (sections.size > 0) {
            item.roundTable = [...sections.entries()]
                .sort(([a, sa], [b, sb]) => sa.rank - sb.rank || collator.compare(a, b))
                .map(([, { rank: _rank, ...s }]) => s);
        }
    }
}
function organizationIndex(roster, written) {
    const rank = new Map();
    const display = new Map();
    const exact = new Map();
    roster.forEach((m, i) => {
        if (!exact.has(tidy(m.organization)))
            exact.set(tidy(m.organization), i);
        const key = (0, keys_1.orgKey)(m.organization);
        if (key === '' || rank.has(key))
            return;
        rank.set(key, i);
        display.set(key, m.organization.trim());
    });
    for (const c of written) {
        const key = (0, keys_1.orgKey)(c.organization);
        if (!display.has(key))
            display.set(key, c.organization.trim());
    }
    // Chairs write the short name ("Drammen:") as often as the full one ("Drammen kommune:").
    const aliases = new Map();
    for (const key of display.keys()) {
        aliases.set(key, key);
        const short = key.replace(/\s+kommune$/, '');
        if (short !== key && !aliases.has(short))
            aliases.set(short, key);
    }
    return {
        rank,
        display,
        exact,
        matchPrefix(note) {
            const m = /^\s*([^:\n]{1,120}):\s*([\s\S]*)$/.exec(note);
            const key = m ? aliases.get((0, keys_1.orgKey)(m[1])) : undefined;
            if (!m || !key || m[2].trim() === '')
                return undefined;
            return { organization: exact.has(tidy(m[1])) ? tidy(m[1]) : (display.get(key) ?? m[1].trim()), rest: m[2].trim() };
        },
    };
}
function assembleInnkalling(input) {
    const { group, meeting, secretariat } = input;
    const agenda = [...meeting.agenda].sort((a, b) => a.number - b.number);
    return {
        groupName: group.name,
        noticeDate: input.noticeDate ?? (0, norwegian_time_1.osloDateOf)(input.now ?? new Date()),
        deresRef: input.deresRef ?? '',
        varRef: input.varRef ?? '',
        saksbehandler: { name: secretariat.name, ...(secretariat.phone ? { phone: secretariat.phone } : {}) },
        to: input.to ?? `Til ${group.name}`,
        date: meeting.date,
        start: meeting.start,
        end: meeting.end,
        place: meeting.place,
        prepare: input.prepare ?? defaultPrepare(agenda, meeting.inputDeadline),
        agenda: agenda.map((i) => ({ number: i.number, title: i.title, subPoints: [...i.subPoints] })),
        signature: { name: secretariat.name, organization: secretariat.organization },
        invited: input.roster.map((m) => ({ firstName: m.firstName, lastName: m.lastName, organization: m.organization })),
    };
}
function defaultPrepare(agenda, inputDeadline) {
    const round = agenda.find((i) => i.kind === 'round-table');
    if (!round)
        return [];
    const deadline = inputDeadline && !Number.isNaN(Date.parse(inputDeadline)) ? (0, norwegian_time_1.formatLongDate)((0, norwegian_time_1.osloDateOf)(new Date(inputDeadline))) : undefined;
    const when = deadline ? `i forkant eller senest ${deadline}` : 'i forkant eller senest en uke etter møtet';
    return [
        {
            itemNumber: round.number,
            text: 'Forberede kort innlegg (maks 2-3 min) om aktuelle saker i din kommune/delregion. ' +
                `Vi ber om at innlegget sendes skriftlig til sekretariatet ${when}, som underlag til referat. ` +
                'Innlegget kan også sendes til Referent i Teams med «innspill <tekst>».',
        },
    ];
}
// ---- Shared by the three writers (src/exports), so Markdown, HTML and DOCX say the same thing. ----
// Anything that may need removing; most texts contain none of it, so one test usually decides.
// Direction controls (text.ts) too: text stored before they were stripped on the way in.
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Removes what no format can carry: control characters that are invalid in XML 1.0 (DOCX would be
 * unreadable), lone surrogates, U+FFFE/U+FFFF and direction controls; line ends become \n. Tabs and newlines stay.
 */
function cleanText(s) {
    return SUSPECT.test(s) ? s.replace(/\r\n?/g, '\n').replace(INVALID, '') : s;
}
const BULLET_CHARS = new Set(['-', '*', '•', '–', '+', '▪', '◦', '·']);
/**
 * Splits text into blocks. `escape`, when given, is applied to the whole text first: one pass
 * instead of one per line matters with 1,000 inputs of 8,000 characters. It must leave newlines,
 * whitespace and the bullet characters alone (true for HTML and XML escaping, not for Markdown).
 */
function textBlocks(text, escape) {
    const blocks = [];
    let current;
    const clean = cleanText(text);
    for (const raw of (escape ? escape(clean) : clean).split('\n')) {
        const line = raw.trim();
        if (line === '') {
            current = undefined;
            continue;
        }
        // A bullet is a bullet character followed by a space or tab, like "- tekst" (not "-5 %").
        if (BULLET_CHARS.has(line[0]) && (line[1] === ' ' || line[1] === '\t') && line.slice(2).trim() !== '') {
            const indent = raw.length - raw.trimStart().length;
            const level = indent >= 2 || raw.startsWith('\t') ? 1 : 0;
            if (current?.kind !== 'list')
                blocks.push((current = { kind: 'list', items: [] }));
            current.items.push({ text: line.slice(2).trim(), level });
        }
        else {
            if (current?.kind !== 'paragraph')
                blocks.push((current = { kind: 'paragraph', lines: [] }));
            current.lines.push(line);
        }
    }
    return blocks;
}
/** One line of text for places that cannot hold line breaks (table cells, headings). */
function oneLine(s) {
    return cleanText(s).replace(/\s+/g, ' ').trim();
}
function entryMarkers(entry) {
    const markers = [];
    if (entry.receivedAfterMeeting)
        markers.push('(mottatt etter møtet)');
    if (entry.enteredBySecretariat)
        markers.push('(skrevet inn av sekretariatet)');
    return markers;
}
/** "Vedtak: " before a decision; none before the empty Eventuelt's "Ingen saker.". */
function decisionLabel(item) {
    return item.kind === 'other-business' && item.decision === exports.NO_MATTERS ? '' : 'Vedtak: ';
}
/** " — ansvarlig: Eir, frist: 01.02.2023" after a follow-up's text. */
function followUpSuffix(f) {
    const parts = [];
    if (f.owner?.trim())
        parts.push(`ansvarlig: ${oneLine(f.owner)}`);
    if (f.due?.trim())
        parts.push(`frist: ${dueText(oneLine(f.due))}`);
    return parts.length > 0 ? ` — ${parts.join(', ')}` : '';
}
/** Due dates are free text ("neste møte") unless they are a real yyyy-mm-dd. */
function dueText(due) {
    try {
        return (0, norwegian_time_1.formatDate)(due);
    }
    catch {
        return due;
    }
}
//# sourceMappingURL=referat-assembly.js.map