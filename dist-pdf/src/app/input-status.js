"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.organizationsOf = organizationsOf;
exports.tally = tally;
exports.inputStatus = inputStatus;
exports.reminderRecipients = reminderRecipients;
exports.enterForOrganization = enterForOrganization;
const keys_1 = require("../domain/keys");
const contribution_1 = require("../domain/contribution");
const roster_import_1 = require("../domain/roster-import");
const actor_1 = require("./actor");
const contributions_1 = require("./contributions");
const input_windows_1 = require("./input-windows");
const people_1 = require("./people");
const retry_1 = require("./retry");
const texts_1 = require("./texts");
const texts_input_1 = require("./texts-input");
/** The secretariat's side of round-table input: status, reminders, input entered for an organization. */
/** The meeting the secretariat means: the latest one that takes input, else the latest published one. */
function currentWindow(windows, now) {
    const open = windows.filter((w) => (0, contribution_1.inputWindow)(w, now).open);
    return (open.length ? open : windows).at(-1);
}
/** The roster's organizations, each once (loosely compared), in roster order. */
function organizationsOf(ctx) {
    const orgs = [];
    for (const m of ctx.roster)
        if (!orgs.some((o) => (0, keys_1.sameOrganization)(o, m.organization)))
            orgs.push(m.organization);
    return orgs;
}
async function tally(repos, ctx, now) {
    const window = currentWindow(await (0, input_windows_1.windowsOfGroup)(repos, ctx.group.value.groupId, now), now);
    if (!window)
        return undefined;
    const organizations = organizationsOf(ctx);
    const all = await repos.contributions.listByMeeting(window.meetingId);
    const received = organizations.flatMap((o) => all.filter((c) => (0, keys_1.sameOrganization)(c.organization, o)).slice(0, 1));
    const missing = organizations.filter((o) => !received.some((c) => (0, keys_1.sameOrganization)(c.organization, o)));
    return { window, organizations, received, missing };
}
/** `status`: "X av Y organisasjoner har sendt innspill" and who is missing. */
async function inputStatus(repos, actor, ctx, now) {
    const l = actor.locale;
    if (!ctx.roles.includes('secretariat'))
        return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
    const result = await tally(repos, ctx, now);
    if (!result)
        return (0, actor_1.say)(texts_input_1.inputTexts.noMeeting(l));
    const { window, organizations, received, missing } = result;
    const summary = texts_input_1.inputTexts.statusSummary(l, received.length, organizations.length);
    const data = {
        title: texts_input_1.inputTexts.statusTitle(l, window),
        summary,
        receivedLabel: texts_input_1.inputTexts.statusReceived(l),
        received: received.map((c) => ({ org: c.organization, label: texts_input_1.inputTexts.received(l, c.received) + (c.enteredBySecretariat ? (l === 'en' ? ' (secretariat)' : ' (sekretariatet)') : '') })),
        missingLabel: texts_input_1.inputTexts.statusMissing(l),
        missingText: missing.length ? missing.map((o) => `- ${o}`).join('\n') : texts_input_1.inputTexts.none(l),
        showRemind: missing.length > 0 && (0, contribution_1.inputWindow)(window, now).open,
        remindLabel: l === 'en' ? 'Send reminder' : 'Send påminnelse',
    };
    return { text: summary, card: { template: 'input-status', data } };
}
/** `påminnelse`: every roster member of a missing organization, with the address the bot has for them. */
async function reminderRecipients(repos, ctx, now) {
    const result = await tally(repos, ctx, now);
    if (!result)
        return { recipients: [] };
    const members = ctx.roster.filter((m) => result.missing.some((o) => (0, keys_1.sameOrganization)(o, m.organization)));
    const recipients = await Promise.all(members.map(async (m) => {
        const base = { name: (0, roster_import_1.fullName)(m), organization: m.organization, aadObjectId: m.aadObjectId };
        if (!m.aadObjectId)
            return base;
        const person = await repos.people.get((0, people_1.aadKey)(m.aadObjectId));
        const reference = person?.value.chat?.reference ?? (await repos.conversations.getUserChat(m.aadObjectId))?.reference;
        return reference ? { ...base, reference } : base;
    }));
    return { tally: result, recipients };
}
/** `innspill for <organisasjon>: <tekst>`: the secretariat enters (or replaces) an organization's input. */
async function enterForOrganization(repos, actor, ctx, args, receipt, now) {
    const l = actor.locale;
    if (!ctx.roles.includes('secretariat'))
        return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
    const match = /^for\s+([^:\n]+?)\s*:\s*([\s\S]*)$/i.exec(args.trim());
    if (!match)
        return (0, actor_1.say)(texts_input_1.inputTexts.forUsage(l));
    const wanted = (0, keys_1.orgKey)(match[1]);
    const orgs = organizationsOf(ctx);
    const exact = orgs.filter((o) => (0, keys_1.orgKey)(o) === wanted);
    const candidates = exact.length ? exact : orgs.filter((o) => (0, keys_1.orgKey)(o).includes(wanted));
    if (candidates.length === 0)
        return (0, actor_1.say)(texts_input_1.inputTexts.orgUnknown(l, match[1]));
    if (candidates.length > 1)
        return (0, actor_1.say)(texts_input_1.inputTexts.orgAmbiguous(l, match[1], candidates.slice(0, 8)));
    const organization = candidates[0];
    const check = (0, contribution_1.checkInputText)(match[2]);
    if (!check.ok)
        return (0, actor_1.say)(check.reason === 'empty' ? texts_input_1.inputTexts.empty(l) : texts_input_1.inputTexts.tooLong(l, check.length));
    const windows = await (0, input_windows_1.windowsOfGroup)(repos, ctx.group.value.groupId, now);
    const window = currentWindow(windows, now);
    if (!window)
        return (0, actor_1.say)(texts_input_1.inputTexts.noMeeting(l));
    const decision = (0, contribution_1.inputWindow)(window, now);
    if (!decision.open)
        return (0, contributions_1.refusal)(l, { kind: 'closed', window, decision });
    const member = ctx.roster.find((m) => (0, keys_1.sameOrganization)(m.organization, organization));
    const target = { groupId: ctx.group.value.groupId, memberId: member?.id ?? '', organization, window, received: decision.received, deadline: (0, contribution_1.deadlineOf)(window) };
    const outcome = await (0, contributions_1.storeNew)(repos, target, check.text, actor, receipt, now, true);
    let replaced = false;
    if (outcome.kind === 'exists') {
        replaced = true;
        await (0, retry_1.retryOnConflict)(async () => {
            const existing = await repos.contributions.get(window.meetingId, organization);
            if (!existing)
                return (0, contributions_1.storeNew)(repos, target, check.text, actor, receipt, now, true);
            if (existing.value.receipts?.includes(receipt))
                return;
            const next = { ...existing.value, text: check.text, authorName: actor.name, authorAadObjectId: actor.aadObjectId, enteredBySecretariat: true, updatedAt: now.toISOString(), receipts: (0, contribution_1.withReceipt)(existing.value.receipts, receipt) };
            await repos.contributions.put(next, existing.etag);
        });
    }
    return (0, contributions_1.previewCard)(l, { mode: 'done', target, text: check.text, note: texts_input_1.inputTexts.enteredForOrg(l, organization, replaced) });
}
//# sourceMappingURL=input-status.js.map