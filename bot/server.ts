import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, StatusCodes } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import { loadConfig, type Config } from '../src/config';
import { createLogger, type Logger } from '../src/logger';
import type { Repositories } from '../src/app/ports';
import { ensureSchema, openCosmosStore, type CosmosStore } from '../src/persistence/cosmos/client';
import { migrateInputIds } from '../src/persistence/cosmos/migrate';
import { backfillSearchRegister } from '../src/persistence/cosmos/search-backfill';
import { loggedSearchRegister } from '../src/app/search-register';
import { cosmosRepositories } from '../src/persistence/cosmos/repositories';
import { startLocalStore, type LocalStore } from '../src/persistence/local-store/local-store';
import { createApp } from './app';
import { registerRoutes } from './http';
import { createServices } from './services';
import { startScheduler, teamsOutbox, type Scheduler } from './scheduler';
import { backfillReminders } from '../src/app/reminders';

export interface RunningReferent {
  port: number;
  /** http://127.0.0.1:<port>/api/messages */
  url: string;
  config: Config;
  repositories: Repositories;
  log: Logger;
  /** The start-up backfill of the search register again (tests that store data the way older versions did). */
  backfillSearchRegister(): Promise<{ written: number }>;
  /** The scheduler of due jobs of this instance (#18 §4): tests call tick(now) with a fixed clock. */
  scheduler: Scheduler;
  close(): Promise<void>;
}

/**
 * Token validation overrides (ToBotFromChannelOpenIdMetadataUrl / ToBotFromChannelTokenIssuer). Once
 * any of these "parameterized" settings is given, botbuilder takes ALL of them as given: the others
 * get the public cloud's values here, so only the channel's signing keys and issuer change.
 */
function channelAuthOverrides(config: Config): Record<string, string | boolean> {
  const { openIdMetadataUrl, tokenIssuer } = config.bot;
  if (!openIdMetadataUrl && !tokenIssuer) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * botbuilder answers 500 when jsonwebtoken itself rejects a token (bad signature, alg none, not yet
 * valid): every failure to authenticate a request is a 401 here, and the turn never runs. With a bot
 * identity, a token without `exp` (which jsonwebtoken accepts, valid forever) is refused too.
 */
class ReferentAdapter extends TeamsAdapter {
  constructor(log: Logger, requireExp: boolean, ...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = (activity, authHeader) =>
      authenticate(activity, authHeader)
        .then((result) => {
          const exp = result.claimsIdentity.claims.find((c) => c.type === 'exp')?.value as unknown;
          if (requireExp && !(typeof exp === 'number' && Number.isFinite(exp))) {
            throw new AuthenticationError('Unauthorized: the token has no exp claim (a token must expire).', StatusCodes.UNAUTHORIZED);
          }
          return result;
        })
        .catch((err: unknown) => {
          const refused =
            err instanceof AuthenticationError ? err : new AuthenticationError(`Unauthorized: ${(err as Error).message}`, StatusCodes.UNAUTHORIZED);
          log.warn(
            { activityId: activity.id, conversationId: activity.conversation?.id, type: activity.type, reason: refused.message },
            'request refused: no valid Bot Framework token (401)',
          );
          throw refused;
        });
  }
}

/** The composition root: config → store → repositories → use cases → teams-ai app → restify. */
export async function startReferent(env: NodeJS.ProcessEnv = process.env, options: { logStream?: DestinationStream } = {}): Promise<RunningReferent> {
  const config = loadConfig(env);
  const log = createLogger(config.logLevel, options.logStream);

  let local: LocalStore | undefined;
  let store: CosmosStore;
  if (config.cosmos.endpoint) {
    const isLoopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?/.test(config.cosmos.endpoint);
    store = await openCosmosStore({ ...config.cosmos, endpoint: config.cosmos.endpoint, local: isLoopback });
    if (isLoopback) await ensureSchema(store);
  } else {
    local = await startLocalStore({
      dataDir: config.dataDir,
      database: config.cosmos.database,
      onError: (err) => log.error({ err }, 'local store journal or snapshot failed'),
    });
    store = await openCosmosStore({ endpoint: local.endpoint, key: local.key, database: config.cosmos.database, local: true });
    log.info({ dataDir: config.dataDir }, 'using the embedded local store (snapshot in the data folder)');
  }
  // The data migrations, for the local store and Azure alike (Azure has no other start-up hook):
  // idempotent, so every start runs them. A store that cannot answer now is not fatal: the
  // old ids stay readable (listByMeeting, grouped by orgKey) and the next start moves them.
  await migrateInputIds(store).then(
    (report) => (report.moved || report.merged || report.keptApart) && log.info(report, 'input ids migrated to orgKey'),
    (err: unknown) => log.warn({ err }, 'input id migration did not finish; the next start retries'),
  );
  // The search register (#18 §3) for meetings stored before it existed: idempotent too, and a
  // search of a meeting without an entry just misses it until the next start writes it.
  await backfillSearchRegister(store).then(
    (report) => report.written && log.info(report, 'search register entries written'),
    (err: unknown) => log.warn({ err }, 'search register backfill did not finish; the next start retries'),
  );
  const stored = cosmosRepositories(store);
  // A failed search register write never fails the turn (the write it mirrors is the truth): logged here.
  const repositories = { ...stored, searchRegister: loggedSearchRegister(stored.searchRegister, log) };
  let listeningUrl = '';
  const services = createServices(
    config,
    log,
    repositories,
    () => new Date(),
    () => config.publicUrl ?? listeningUrl,
  );

  const adapter = new ReferentAdapter(log, !config.localMode, {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
    ...channelAuthOverrides(config),
  });
  const app = createApp(adapter, services);
  if (config.localMode) log.warn({ host: config.host }, 'no bot identity configured: local mode, anonymous, bound to loopback only');
  else if (config.allowedTenants.length === 0) log.warn('ALLOWED_TENANTS is not set: activities from every tenant are accepted');

  // Download tokens are ~250 characters; the router's default limit for a path parameter is 100.
  const server = restify.createServer({ name: 'referent', handleUncaughtExceptions: false, maxParamLength: 1000 } as restify.ServerOptions);
  // No body parser: bot/http.ts reads /api/messages bodies itself (identity JSON only, bounded).
  registerRoutes(server, {
    log,
    adapter,
    run: (context) => app.run(context),
    services,
    storeReady: async () => {
      await store.database.read({ abortSignal: AbortSignal.timeout(3_000) }); // a probe answers fast, store or not
    },
  });
  let listening = false;
  await new Promise<void>((resolve, reject) => {
    // Kept for the server's life: a later 'error' is logged, never left without a listener.
    server.on('error', (err: NodeJS.ErrnoException) => {
      if (listening) return log.error({ err: err.message }, 'HTTP server error');
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${config.port} is taken: set PORT to a free port (or 0 for any).`) : err);
    });
    server.listen(config.port, config.host, () => {
      listening = true;
      resolve();
    });
  });
  const port = (server.address() as unknown as AddressInfo).port;
  listeningUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  log.info({ port, host: config.host }, 'Referent listening on /api/messages');
  // Reminders of coming meetings stored before the scheduler existed (#18 §4): idempotent like the migrations above.
  await backfillReminders(repositories, services.now()).then(
    (report) => report.written && log.info(report, 'scheduled reminders written for coming meetings'),
    (err: unknown) => log.warn({ err }, 'scheduled reminder backfill did not finish; the next start retries'),
  );
  const scheduler = startScheduler({
    repos: repositories,
    outbox: teamsOutbox(adapter, config.bot.appId ?? ''),
    log,
    tickMs: config.scheduleTickMs,
    now: services.now,
  });

  let closed = false;
  return {
    port,
    url: `http://127.0.0.1:${port}/api/messages`,
    config,
    repositories,
    log,
    backfillSearchRegister: () => backfillSearchRegister(store),
    scheduler,
    async close() {
      if (closed) return;
      closed = true;
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (local) await local.close();
      else store.client.dispose();
    },
  };
}
