"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withChannelRetry = withChannelRetry;
exports.sendAll = sendAll;
exports.postToConversation = postToConversation;
const teams_retry_1 = require("./teams-retry");
function withChannelRetry(send, options = {}) {
    return (0, teams_retry_1.withTeamsRetry)(send, { budgetMs: options.budgetMs ?? 10_000, baseDelayMs: options.baseMs ?? 250, maxAttempts: 8, sleep: options.sleep });
}
/** Sends activities one after the other in this turn's conversation, each retried. Returns their ids. */
async function sendAll(context, activities) {
    const ids = [];
    for (const activity of activities)
        ids.push((await withChannelRetry(() => context.sendActivity(activity)))?.id);
    return ids;
}
/**
 * Posts activities to another conversation (the group's home) through its stored reference, with
 * adapter.continueConversationAsync; each send is retried on its own so a retry never duplicates
 * what already went through.
 */
async function postToConversation(context, appId, reference, activities) {
    const adapter = context.adapter;
    let ids = [];
    await adapter.continueConversationAsync(appId, reference, async (proactive) => {
        ids = await sendAll(proactive, activities);
    });
    return ids;
}
//# sourceMappingURL=proactive.js.map