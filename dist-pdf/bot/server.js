"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startReferent = startReferent;
const restify_1 = __importDefault(require("restify"));
const teams_ai_1 = require("@microsoft/teams-ai");
const botbuilder_1 = require("botbuilder");
const botframework_connector_1 = require("botframework-connector");
const config_1 = require("../src/config");
const logger_1 = require("../src/logger");
const client_1 = require("../src/persistence/cosmos/client");
const migrate_1 = require("../src/persistence/cosmos/migrate");
const repositories_1 = require("../src/persistence/cosmos/repositories");
const local_store_1 = require("../src/persistence/local-store/local-store");
const app_1 = require("./app");
const http_1 = require("./http");
const services_1 = require("./services");
/**
 * Token validation overrides (ToBotFromChannelOpenIdMetadataUrl / ToBotFromChannelTokenIssuer). Once
 * any of these "parameterized" settings is given, botbuilder takes ALL of them as given: the others
 * get the public cloud's values here, so only the channel's signing keys and issuer change.
 */
function channelAuthOverrides(config) {
    const { openIdMetadataUrl, tokenIssuer } = config.bot;
    if (!openIdMetadataUrl && !tokenIssuer)
        return {};
    return {
        ValidateAuthority: true,
        ToChannelFromBotLoginUrl: botframework_connector_1.AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: botframework_connector_1.AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: tokenIssuer ?? botframework_connector_1.AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl ?? botframework_connector_1.AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: botframework_connector_1.AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        OAuthUrl: botframework_connector_1.AuthenticationConstants.OAuthUrl,
        CallerId: botbuilder_1.CallerIdConstants.PublicAzureChannel,
    };
}
/**
 * botbuilder answers 500 when jsonwebtoken itself rejects a token (bad signature, alg none, not yet
 * valid): every failure to authenticate a request is a 401 here, and the turn never runs. With a bot
 * identity, a token without `exp` (which jsonwebtoken accepts, valid forever) is refused too.
 */
class ReferentAdapter extends teams_ai_1.TeamsAdapter {
    constructor(log, requireExp, ...args) {
        super(...args);
        const auth = this.botFrameworkAuthentication;
        const authenticate = auth.authenticateRequest.bind(auth);
        auth.authenticateRequest = (activity, authHeader) => authenticate(activity, authHeader)
            .then((result) => {
            const exp = result.claimsIdentity.claims.find((c) => c.type === 'exp')?.value;
            if (requireExp && !(typeof exp === 'number' && Number.isFinite(exp))) {
                throw new botframework_connector_1.AuthenticationError('Unauthorized: the token has no exp claim (a token must expire).', botbuilder_1.StatusCodes.UNAUTHORIZED);
            }
            return result;
        })
            .catch((err) => {
            const refused = err instanceof botframework_connector_1.AuthenticationError ? err : new botframework_connector_1.AuthenticationError(`Unauthorized: ${err.message}`, botbuilder_1.StatusCodes.UNAUTHORIZED);
            log.warn({ activityId: activity.id, conversationId: activity.conversation?.id, type: activity.type, reason: refused.message }, 'request refused: no valid Bot Framework token (401)');
            throw refused;
        });
    }
}
/** The composition root: config → store → repositories → use cases → teams-ai app → restify. */
async function startReferent(env = process.env, options = {}) {
    const config = (0, config_1.loadConfig)(env);
    const log = (0, logger_1.createLogger)(config.logLevel, options.logStream);
    let local;
    let store;
    if (config.cosmos.endpoint) {
        const isLoopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?/.test(config.cosmos.endpoint);
        store = await (0, client_1.openCosmosStore)({ ...config.cosmos, endpoint: config.cosmos.endpoint, local: isLoopback });
        if (isLoopback)
            await (0, client_1.ensureSchema)(store);
    }
    else {
        local = await (0, local_store_1.startLocalStore)({ dataDir: config.dataDir, database: config.cosmos.database, onError: (err) => log.error({ err }, 'local store snapshot failed') });
        store = await (0, client_1.openCosmosStore)({ endpoint: local.endpoint, key: local.key, database: config.cosmos.database, local: true });
        log.info({ dataDir: config.dataDir }, 'using the embedded local store (snapshot in the data folder)');
    }
    // The data migrations, for the local store and Azure alike (Azure has no other start-up hook):
    // idempotent, so every start runs them. A store that cannot answer now is not fatal: the
    // old ids stay readable (listByMeeting, grouped by orgKey) and the next start moves them.
    await (0, migrate_1.migrateContributionIds)(store).then((report) => (report.moved || report.merged || report.keptApart) && log.info(report, 'contribution ids migrated to orgKey'), (err) => log.warn({ err }, 'contribution id migration did not finish; the next start retries'));
    const repositories = (0, repositories_1.cosmosRepositories)(store);
    let listeningUrl = '';
    const services = (0, services_1.createServices)(config, log, repositories, () => new Date(), () => config.publicUrl ?? listeningUrl);
    const adapter = new ReferentAdapter(log, !config.localMode, {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword,
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId,
        ...channelAuthOverrides(config),
    });
    const app = (0, app_1.createApp)(adapter, services);
    if (config.localMode)
        log.warn({ host: config.host }, 'no bot identity configured: local mode, anonymous, bound to loopback only');
    else if (config.allowedTenants.length === 0)
        log.warn('ALLOWED_TENANTS is not set: activities from every tenant are accepted');
    // Download tokens are ~250 characters; the router's default limit for a path parameter is 100.
    const server = restify_1.default.createServer({ name: 'referent', handleUncaughtExceptions: false, maxParamLength: 1000 });
    // No body parser: bot/http.ts reads /api/messages bodies itself (identity JSON only, bounded).
    (0, http_1.registerRoutes)(server, {
        log,
        adapter,
        run: (context) => app.run(context),
        services,
        storeReady: async () => {
            await store.database.read({ abortSignal: AbortSignal.timeout(3_000) }); // a probe answers fast, store or not
        },
    });
    let listening = false;
    await new Promise((resolve, reject) => {
        // Kept for the server's life: a later 'error' is logged, never left without a listener.
        server.on('error', (err) => {
            if (listening)
                return log.error({ err: err.message }, 'HTTP server error');
            reject(err.code === 'EADDRINUSE' ? new Error(`Port ${config.port} is taken: set PORT to a free port (or 0 for any).`) : err);
        });
        server.listen(config.port, config.host, () => {
            listening = true;
            resolve();
        });
    });
    const port = server.address().port;
    listeningUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    log.info({ port, host: config.host }, 'Referent listening on /api/messages');
    let closed = false;
    return {
        port,
        url: `http://127.0.0.1:${port}/api/messages`,
        config,
        repositories,
        log,
        async close() {
            if (closed)
                return;
            closed = true;
            await new Promise((resolve) => server.close(() => resolve()));
            if (local)
                await local.close();
            else
                store.client.dispose();
        },
    };
}
//# sourceMappingURL=server.js.map