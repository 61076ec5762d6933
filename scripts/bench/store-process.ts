import { startLocalStore } from '../../src/persistence/local-store/local-store';
import { StoreCounter } from './store-counter';

/**
 * The benchmark's store in a process of its own (forked by bench.ts): the embedded Cosmos server,
 * counting the requests it receives. Read-only (memory only: no journal, no snapshot) unless
 * BENCH_STORE_DURABLE=1, which is the product's store: every write journaled and fdatasync'ed before
 * its answer, compacted into the snapshot. IPC: 'reset' and 'stats'.
 */
async function main(): Promise<void> {
  const counter = new StoreCounter();
  const store = await startLocalStore({
    dataDir: process.env.REFERENT_DATA_DIR ?? '',
    onRequest: counter.observe,
    readOnly: process.env.BENCH_STORE_DURABLE !== '1',
  });
  process.on('message', (msg: unknown) => {
    if (msg === 'reset') counter.reset();
    if (msg === 'reset' || msg === 'stats') {
      process.send?.({ stats: { pointReads: counter.pointReads, writes: counter.writes, queries: counter.queries, metadata: counter.metadata } });
    }
    if (msg === 'stop') void store.close().then(() => process.exit(0));
  });
  process.send?.({ ready: { endpoint: store.endpoint, key: store.key } });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench store failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
