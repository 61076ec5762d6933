import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ActivityTypes } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { ensureSchema, openCosmosStore } from '../../src/persistence/cosmos/client';
import { Documents } from '../../src/persistence/cosmos/documents';
import { readJsonBody, refuseBody } from '../../bot/http';

/**
 * The benchmark's baseline: an echo bot on the same server and adapter stack as Referent (restify,
 * TeamsAdapter, teams-ai Application with the same options), without any store. Referent's figures
 * are read against it, so the difference is Referent's own work.
 *
 * With `beforeReply` it is the benchmark's FLOOR instead: the echo bot plus exactly the store round
 * trips of Referent's input turn (see storeRoundTrips), and nothing else of Referent. What it reaches
 * is the best any implementation making those round trips could reach on the machine.
 */
export async function startEchoBot(port = 0, host = '127.0.0.1', beforeReply?: () => Promise<void>): Promise<{ port: number; close(): Promise<void> }> {
  const adapter = new TeamsAdapter({});
  const app = new Application<TurnState>({ adapter, botAppId: '', removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
  app.activity(ActivityTypes.Message, async (context) => {
    if (beforeReply) await beforeReply();
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
  app.adaptiveCards.actionExecute(/.*/, async () => 'ok');
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.post('/api/messages', async (req, res) => {
    const read = await readJsonBody(req); // the same body reader as Referent's
    if (!read.ok) return refuseBody(res, read);
    (req as { body?: unknown }).body = read.body;
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  return { port: (server.address() as unknown as AddressInfo).port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * The two store round trips of a Referent input turn, through the same client and Documents code:
 * one bulk read of two documents (Referent: the person and the input windows), then one
 * create-or-read of a document that exists (Referent: the organization's input).
 */
export async function storeRoundTrips(endpoint: string, key: string): Promise<() => Promise<void>> {
  const store = await openCosmosStore({ endpoint, key, database: 'echo-floor', local: true });
  await ensureSchema(store);
  const docs = new Documents(store.containers.people);
  const text = 'x'.repeat(400);
  await docs.upsert({ id: 'person', key: 'person', text });
  await docs.upsert({ id: 'windows', key: 'windows', text });
  await docs.upsert({ id: 'input', key: 'meeting', text });
  return async () => {
    await docs.readMany([
      { id: 'person', partitionKey: 'person' },
      { id: 'windows', partitionKey: 'windows' },
    ]);
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
    .catch((err: unknown) => {
      process.stderr.write(`echo bot failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
  // Exit normally on SIGTERM, so a --cpu-prof profile of the baseline is written too.
  process.once('SIGTERM', () => process.exit(0));
}
