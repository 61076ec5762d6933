"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roundOver = exports.SPEAKING_MINUTES = void 0;
exports.roundOrder = roundOrder;
exports.startRound = startRound;
exports.currentSpeaker = currentSpeaker;
exports.advanceRound = advanceRound;
exports.timeBoxEnd = timeBoxEnd;
const keys_1 = require("./keys");
/**
 * The round table ("runde rundt bordet"), pure: which organizations are called and in which order,
 * who has the word, who has spoken. Each speaker gets a 3-minute time-box (shown, not enforced:
 * Teams cards cannot tick).
 */
exports.SPEAKING_MINUTES = 3;
/**
 * The calling order: organizations with a member present first, in roster order (then present
 * guests' organizations), then those nobody has answered for; organizations that only sent
 * apologies are not called. Secretariat staff do not make their organization present.
 */
function roundOrder(roster, attendance) {
    const entries = Object.values(attendance).filter((e) => !e.secretariat);
    const present = new Set(entries.filter((e) => e.status === 'present').map((e) => (0, keys_1.orgKey)(e.organization)));
    const answered = new Set(entries.map((e) => (0, keys_1.orgKey)(e.organization)));
    const seen = new Set();
    const orgs = [];
    for (const org of [...roster.map((m) => m.organization), ...entries.filter((e) => e.status === 'present').map((e) => e.organization)]) {
        const key = (0, keys_1.orgKey)(org);
        if (!key || seen.has(key))
            continue;
        seen.add(key);
        orgs.push(org.trim());
    }
    const first = orgs.filter((o) => present.has((0, keys_1.orgKey)(o)));
    const rest = orgs.filter((o) => !present.has((0, keys_1.orgKey)(o)) && !answered.has((0, keys_1.orgKey)(o)));
    return [...first, ...rest];
}
function startRound(order, now) {
    return {
        order,
        outcome: order.map(() => 'waiting'),
        index: 0,
        ...(order.length ? { speakerSince: now.toISOString() } : {}),
        startedAt: now.toISOString(),
        step: 1,
    };
}
const roundOver = (round) => round.index >= round.order.length;
exports.roundOver = roundOver;
function currentSpeaker(round) {
    return round.order[round.index];
}
/** The current speaker has spoken (or is skipped); the word goes to the next one still waiting. */
function advanceRound(round, how, now) {
    if ((0, exports.roundOver)(round))
        return round;
    const outcome = [...round.outcome];
    outcome[round.index] = how;
    let index = round.index + 1;
    while (index < round.order.length && outcome[index] !== 'waiting')
        index++;
    const { speakerSince: _old, ...rest } = round;
    return { ...rest, outcome, index, ...(index < round.order.length ? { speakerSince: now.toISOString() } : {}), step: round.step + 1 };
}
/** The time-box of the current speaker: from speakerSince, SPEAKING_MINUTES long. */
function timeBoxEnd(round) {
    return round.speakerSince ? new Date(Date.parse(round.speakerSince) + exports.SPEAKING_MINUTES * 60_000) : undefined;
}
//# sourceMappingURL=round-order.js.map