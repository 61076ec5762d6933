/**
 * `npm run dev`: Referent in local mode (anonymous, embedded store with its snapshot) plus Microsoft 365
 * Agents Playground pointed at it, so the bot can be used in a browser without Teams or Azure.
 *
 *   PORT             the bot's port (default 3978)
 *   PLAYGROUND_PORT  the Playground's port (default 56150)
 *
 * Ctrl+C stops the Playground, then the bot (which writes the store's snapshot).
 */
import { startReferent, type RunningReferent } from '../bot/server';
import { isPortTaken } from '../tools/free-port';
import { defaultConfigPath, startPlayground, type Playground } from '../tools/playground/playground';

class DevError extends Error {}

function portFrom(name: 'PORT' | 'PLAYGROUND_PORT', fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DevError(`${name}=${raw} is not a port number (1-65535).`);
  return port;
}

async function requireFree(name: 'PORT' | 'PLAYGROUND_PORT', port: number): Promise<void> {
  if (await isPortTaken(port)) {
    throw new DevError(`Port ${port} is taken. Set ${name} to a free port, for example: ${name}=${port + 1} npm run dev`);
  }
}

async function main(): Promise<void> {
  const botPort = portFrom('PORT', 3978);
  const playgroundPort = portFrom('PLAYGROUND_PORT', 56150);
  if (botPort === playgroundPort) throw new DevError(`PORT and PLAYGROUND_PORT are both ${botPort}: set one of them to another port.`);
  await requireFree('PORT', botPort);
  await requireFree('PLAYGROUND_PORT', playgroundPort);

  const configPath = defaultConfigPath();
  const starting: { bot?: Promise<RunningReferent>; playground?: Promise<Playground> } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the Playground, then Referent (the store writes its snapshot) …\n`);
    // Also when the signal comes while they are still starting: wait for them, then close them.
    await (await starting.playground?.catch(() => undefined))?.close();
    await (await starting.bot?.catch(() => undefined))?.close();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  starting.bot = startReferent({ REFERENT_LOCALE: 'nb', ...process.env, PORT: String(botPort) });
  const bot = await starting.bot;
  if (stopping) return;
  // startPlayground checks it really got PLAYGROUND_PORT (the CLI would silently take another one).
  // It runs in the current folder, where it writes ./devTools/ (its log).
  starting.playground = startPlayground({ botEndpoint: bot.url, port: playgroundPort, configPath, cwd: process.cwd(), collectMessages: false });
  const playground = await starting.playground.catch(async (error: Error) => {
    await bot.close();
    throw new DevError(`Agents Playground did not start on PLAYGROUND_PORT=${playgroundPort}: ${error.message}`);
  });
  if (stopping) return;

  const group = playground.conversations.group;
  const chat = (await playground.config()).config.groupChats.find((g) => g.id === group)?.name ?? 'gruppechatten';
  process.stdout.write(
    [
      '',
      `Referent (lokal modus) svarer på ${bot.url}`,
      `Data: ${bot.config.dataDir}`,
      '',
      `Åpne Agents Playground: http://localhost:${playground.port}`,
      `  Nettsiden skriver som ${playground.currentUser.name}; brukere og chatter står i ${configPath}.`,
      `  Skriv @Referent hjelp i gruppechatten «${chat}», eller bare hjelp i den personlige chatten.`,
      '  Kom i gang: @Referent ny gruppe <navn>. Svaret har et skjema: lim inn Inviterte-lista der (nettsiden fjerner linjeskift i vanlige meldinger).',
      '',
      'Ctrl+C stopper Playground og Referent.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run dev: ${error instanceof DevError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
