"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withBackoff = withBackoff;
exports.remind = remind;
const botbuilder_1 = require("botbuilder");
const input_status_1 = require("../../src/app/input-status");
const contribution_1 = require("../../src/domain/contribution");
const actor_1 = require("../../src/app/actor");
const texts_1 = require("../../src/app/texts");
const texts_input_1 = require("../../src/app/texts-input");
/**
 * `påminnelse`: a proactive message in each missing member's personal chat, through the stored
 * conversation reference (adapter.continueConversationAsync). 429/412/502/504 are retried with
 * exponential backoff and jitter inside ~10 s; every reminder goes to its own conversation, and at
 * most REMIND_PARALLEL are in flight, far inside 7 messages/s per conversation.
 */
const RETRYABLE = new Set([412, 429, 502, 504]);
const REMIND_PARALLEL = 4;
async function withBackoff(send, budgetMs = 10_000, baseMs = 200) {
    const started = Date.now();
    for (let attempt = 0;; attempt++) {
        try {
            return await send();
        }
        catch (err) {
            const e = err;
            const status = typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
            const pause = baseMs * 2 ** attempt * (0.5 + Math.random());
            if (status === undefined || !RETRYABLE.has(status) || Date.now() - started + pause > budgetMs)
                throw err;
            await new Promise((r) => setTimeout(r, pause));
        }
    }
}
async function remind(context, actor, group, services) {
    const l = actor.locale;
    if (!group)
        return (0, actor_1.say)(texts_input_1.inputTexts.secretariatInGroupChat(l));
    if (!group.roles.includes('secretariat'))
        return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
    const now = services.now();
    const { tally, recipients } = await (0, input_status_1.reminderRecipients)(services.repos, group, now);
    if (!tally)
        return (0, actor_1.say)(texts_input_1.inputTexts.noMeeting(l));
    if (tally.missing.length === 0)
        return (0, actor_1.say)(texts_input_1.inputTexts.remindNoneMissing(l));
    const adapter = context.adapter;
    const appId = services.config.bot.appId ?? '';
    const deadline = (0, contribution_1.deadlineOf)(tally.window);
    const unreachable = [];
    let sent = 0;
    const queue = [...recipients];
    const worker = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
            const label = `${r.name} (${r.organization})`;
            if (!r.reference) {
                unreachable.push(label);
                continue;
            }
            const reference = r.reference;
            const text = texts_input_1.inputTexts.reminder(localeOfReference(reference), group.group.value.name, r.organization, tally.window, deadline);
            try {
                await withBackoff(() => adapter.continueConversationAsync(appId, reference, async (proactive) => void (await proactive.sendActivity(botbuilder_1.MessageFactory.text(text)))));
                sent++;
            }
            catch (err) {
                services.log.warn({ err: err.message, organization: r.organization }, 'reminder could not be delivered');
                unreachable.push(label);
            }
        }
    };
    await Promise.all(Array.from({ length: REMIND_PARALLEL }, worker));
    return (0, actor_1.say)(texts_input_1.inputTexts.remindDone(l, sent, unreachable.sort((a, b) => a.localeCompare(b, 'nb'))));
}
function localeOfReference(reference) {
    return reference.locale && /^en\b/i.test(reference.locale) ? 'en' : 'nb';
}
//# sourceMappingURL=input-remind.js.map