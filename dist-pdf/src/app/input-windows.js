"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DERIVED_TTL_MS = exports.WINDOW_KEEP_DAYS = void 0;
exports.windowOf = windowOf;
exports.syncInputWindow = syncInputWindow;
exports.windowsOfGroup = windowsOfGroup;
exports.resolveTargets = resolveTargets;
const keys_1 = require("../domain/keys");
const contribution_1 = require("../domain/contribution");
const retry_1 = require("./retry");
/*
 * Which meetings take input: each group has an entry {meetingId, date, start, end, state,
 * inputDeadline} per published meeting in one 'windows' document kept beside the people records,
 * so a turn in personal chat reads the person and every group's windows in one request
 * (PeopleRepository.getWithWindows); elsewhere a group's entry is one point read.
 *
 * Who maintains it: the meeting's one write path (meeting-writes.ts) calls syncInputWindow after
 * every write that changes a meeting's state, time or deadline. Until it does so for a group, its entry is derived lazily
 * from a query over the group's meetings (at most once per DERIVED_TTL_MS per group, and before
 * refusing input for want of an open window), so input works either way.
 */
/** Closed windows are kept this long after their deadline, to tell a late sender when it closed. */
exports.WINDOW_KEEP_DAYS = 60;
exports.DERIVED_TTL_MS = 10 * 60_000;
function windowOf(m) {
    return { meetingId: m.meetingId, date: m.date, start: m.start, end: m.end, state: m.state, ...(m.inputDeadline ? { inputDeadline: m.inputDeadline } : {}) };
}
function prune(list, now) {
    const cutoff = now.getTime() - exports.WINDOW_KEEP_DAYS * 24 * 3600_000;
    return list
        .filter((w) => w.state !== 'draft' && (0, contribution_1.deadlineOf)(w).getTime() > cutoff)
        .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** For the meetings code: call after a meeting's state, time or deadline changed (notice, start, end, lock). */
async function syncInputWindow(repos, meeting, now = new Date()) {
    await (0, retry_1.retryOnConflict)(async () => {
        const current = await repos.inputWindows.get(meeting.groupId);
        const others = (current?.value.meetings ?? []).filter((w) => w.meetingId !== meeting.meetingId);
        const meetings = prune([...others, windowOf(meeting)], now);
        if (current?.value.explicit && same(current.value.meetings, meetings))
            return;
        await repos.inputWindows.put({ groupId: meeting.groupId, meetings, explicit: true, refreshedAt: now.toISOString() }, current?.etag);
    });
}
/** Rebuilds the list from the group's meetings (a query: only when missing, stale or before a refusal). */
async function derive(repos, groupId, now) {
    const meetings = prune((await repos.meetings.listByGroup(groupId)).map(windowOf), now);
    try {
        await (0, retry_1.retryOnConflict)(async () => {
            const current = await repos.inputWindows.get(groupId);
            await repos.inputWindows.put({ groupId, meetings, explicit: current?.value.explicit ?? false, refreshedAt: now.toISOString() }, current?.etag);
        }, 3);
    }
    catch {
        // Someone else refreshed it at the same moment: our answer is still right for this turn.
    }
    return meetings;
}
/**
 * The group's windows: from what the turn already read with the person (`preloaded`), else one point
 * read; a query only when there is no list yet, or it is a stale derived one.
 */
async function windowsOfGroup(repos, groupId, now, refresh = false, preloaded) {
    const current = preloaded && !refresh ? preloaded[groupId] : await repos.inputWindows.get(groupId);
    const stale = !current || refresh || (!current.value.explicit && now.getTime() - Date.parse(current.value.refreshedAt) > exports.DERIVED_TTL_MS);
    return stale ? derive(repos, groupId, now) : current.value.meetings;
}
/**
 * Where this person's input can go now: the open windows of the groups whose roster holds them,
 * times the organizations they represent there. `only` narrows it (a card's meeting/organization,
 * always checked against the person's own memberships, never trusted).
 */
async function resolveTargets(repos, person, now, only, preloaded) {
    const memberships = person?.memberships ?? [];
    if (memberships.length === 0)
        return { kind: 'not-on-roster' };
    const groupIds = [...new Set(memberships.map((m) => m.groupId))];
    const evaluate = (lists) => collect(memberships, groupIds, lists, now, only);
    const lists = await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, false, preloaded)));
    let result = evaluate(lists);
    // Nothing open: make sure the lists are not merely out of date before refusing.
    if (result.kind !== 'targets')
        return evaluate(await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, true))));
    // After the meeting the minutes may be locked by code that does not report it: one point read makes sure.
    const ended = [...new Set(result.targets.filter((x) => x.window.state === 'ended').map((x) => x.window.meetingId))];
    for (const meetingId of ended) {
        const meeting = (await repos.meetings.get(meetingId))?.value;
        if (!meeting || meeting.state === 'ended')
            continue;
        await syncInputWindow(repos, meeting, now);
        result = evaluate(lists.map((list) => list.map((w) => (w.meetingId === meetingId ? windowOf(meeting) : w))));
    }
    return result.kind === 'targets' ? result : evaluate(await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, true))));
}
function collect(memberships, groupIds, lists, now, only) {
    const targets = [];
    let closed;
    groupIds.forEach((groupId, i) => {
        for (const window of lists[i]) {
            if (only?.meetingId && window.meetingId !== only.meetingId)
                continue;
            const decision = (0, contribution_1.inputWindow)(window, now);
            if (!decision.open) {
                if (decision.reason !== 'not-published' && (!closed || window.date >= closed.window.date))
                    closed = { kind: 'closed', window, decision };
                continue;
            }
            for (const m of memberships.filter((x) => x.groupId === groupId)) {
                if (only?.organization && !(0, keys_1.sameOrganization)(m.organization, only.organization))
                    continue;
                if (targets.some((t) => t.window.meetingId === window.meetingId && (0, keys_1.sameOrganization)(t.organization, m.organization)))
                    continue;
                targets.push({ groupId, memberId: m.memberId, organization: m.organization, window, received: decision.received, deadline: decision.deadline });
            }
        }
    });
    const when = (x) => `${x.window.date} ${x.window.start} ${x.organization}`;
    if (targets.length)
        return { kind: 'targets', targets: targets.sort((a, b) => when(a).localeCompare(when(b), 'nb')) };
    return closed ?? { kind: 'no-window' };
}
//# sourceMappingURL=input-windows.js.map