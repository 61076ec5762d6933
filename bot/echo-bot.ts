import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ActivityTypes } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';

/**
 * The benchmark's baseline: an echo bot on the same server and adapter stack as Referent (restify,
 * TeamsAdapter, teams-ai Application with the same options), without any store. Referent's figures
 * are read against it, so the difference is Referent's own work.
 */
export async function startEchoBot(port = 0, host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  const adapter = new TeamsAdapter({});
  const app = new Application<TurnState>({ adapter, botAppId: '', removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  });
  app.adaptiveCards.actionExecute(/.*/, async () => 'ok');
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 2 * 1024 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
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

if (require.main === module) {
  startEchoBot(Number(process.env.PORT ?? 0)).then(({ port }) => process.stdout.write(`echo bot listening on ${port}\n`));
  // Exit normally on SIGTERM, so a --cpu-prof profile of the baseline is written too.
  process.once('SIGTERM', () => process.exit(0));
}
