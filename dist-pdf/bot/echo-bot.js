"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startEchoBot = startEchoBot;
exports.storeRoundTrips = storeRoundTrips;
const restify_1 = __importDefault(require("restify"));
const botbuilder_1 = require("botbuilder");
const teams_ai_1 = require("@microsoft/teams-ai");
const client_1 = require("../src/persistence/cosmos/client");
const documents_1 = require("../src/persistence/cosmos/documents");
const http_1 = require("./http");
/**
 * The benchmark's baseline: an echo bot on the same server and adapter stack as Referent (restify,
 * TeamsAdapter, teams-ai Application with the same options), without any store. Referent's figures
 * are read against it, so the difference is Referent's own work.
 *
 * With `beforeReply` it is the benchmark's FLOOR instead: the echo bot plus exactly the store round
 * trips of Referent's input turn (see storeRoundTrips), and nothing else of Referent. What it reaches
 * is the best any implementation making those round trips could reach on the machine.
 */
async function startEchoBot(port = 0, host = '127.0.0.1', beforeReply) {
    const adapter = new teams_ai_1.TeamsAdapter({});
    const app = new teams_ai_1.Application({ adapter, botAppId: '', removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
    app.activity(botbuilder_1.ActivityTypes.Message, async (context) => {
        if (beforeReply)
            await beforeReply();
        await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    });
    app.adaptiveCards.actionExecute(/.*/, async () => 'ok');
    const server = restify_1.default.createServer({ name: 'echo', handleUncaughtExceptions: false });
    server.post('/api/messages', async (req, res) => {
        const read = await (0, http_1.readJsonBody)(req); // the same body reader as Referent's
        if (!read.ok)
            return (0, http_1.refuseBody)(res, read);
        req.body = read.body;
        await adapter.process(req, res, async (context) => {
            await app.run(context);
        });
    });
    server.get('/healthz', (_req, res, next) => {
        res.send(200, { status: 'ok' });
        return next();
    });
    await new Promise((resolve) => server.listen(port, host, () => resolve()));
    return { port: server.address().port, close: () => new Promise((r) => server.close(() => r())) };
}
/**
 * The two store round trips of a Referent input turn, through the same client and Documents code:
 * one bulk read of two documents (Referent: the person and the input windows), then one
 * create-or-read of a document that exists (Referent: the organization's input).
 */
async function storeRoundTrips(endpoint, key) {
    const store = await (0, client_1.openCosmosStore)({ endpoint, key, database: 'echo-floor', local: true });
    await (0, client_1.ensureSchema)(store);
    const docs = new documents_1.Documents(store.containers.people);
    const text = 'x'.repeat(400);
    await docs.upsert({ id: 'person', key: 'person', text });
    await docs.upsert({ id: 'windows', key: 'windows', text });
    await docs.upsert({ id: 'input', key: 'meeting', text });
    return async () => {
        await docs.readMany([{ id: 'person', partitionKey: 'person' }, { id: 'windows', partitionKey: 'windows' }]);
        await docs.createOrRead({ id: 'input', key: 'meeting', text }, 'meeting');
    };
}
if (require.main === module) {
    // ECHO_STORE_ENDPOINT + ECHO_STORE_KEY: the floor (echo + Referent's store round trips); else the plain echo bot.
    const { ECHO_STORE_ENDPOINT, ECHO_STORE_KEY } = process.env;
    const hook = ECHO_STORE_ENDPOINT && ECHO_STORE_KEY ? storeRoundTrips(ECHO_STORE_ENDPOINT, ECHO_STORE_KEY) : Promise.resolve(undefined);
    hook
        .then((beforeReply) => startEchoBot(Number(process.env.PORT ?? 0), '127.0.0.1', beforeReply))
        .then(({ port }) => process.stdout.write(`echo bot listening on ${port}\n`))
        .catch((err) => {
        process.stderr.write(`echo bot failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
        process.exit(1);
    });
    // Exit normally on SIGTERM, so a --cpu-prof profile of the baseline is written too.
    process.once('SIGTERM', () => process.exit(0));
}
//# sourceMappingURL=echo-bot.js.map