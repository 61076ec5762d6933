import { ConfigError } from '../src/config';
import { startReferent } from './server';

/** `npm start`: the bot with its configuration from the environment. */
async function main(): Promise<void> {
  const running = await startReferent(process.env);
  process.stdout.write(`Referent is listening on ${running.url}\n`);
  const stop = async (signal: string) => {
    running.log.info({ signal }, 'stopping');
    await running.close(); // the local store writes its snapshot here
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
