import { loadStoreConfig } from '../../config';
import { createLogger } from '../../logger';
import { startLocalStore } from './local-store';

/** `npm run store`: the embedded store as its own process, so bots can be pointed at it by endpoint. */
async function main(): Promise<void> {
  const config = loadStoreConfig(process.env);
  const log = createLogger(config.logLevel);
  const store = await startLocalStore({
    dataDir: config.dataDir,
    port: config.storePort,
    onError: (err) => log.error({ err }, 'local store journal or snapshot failed'),
  });
  log.info({ endpoint: store.endpoint }, 'local store ready');
  process.stdout.write(`Referent local store: COSMOS_ENDPOINT=${store.endpoint} COSMOS_KEY=${store.key}\n`);
  // SIGTERM/SIGINT: new requests get 503, the ones in flight are answered, the snapshot is written.
  const stop = async () => {
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
