import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BulkOperationType, CosmosClient, type Container } from '@azure/cosmos';
import { startStoreProcess } from './store-client';

/**
 * `node dist/scripts/bench/request-cost.js`: what one store request costs the CALLING process in
 * CPU on this machine (the store runs in its own process), against a plain HTTP request: the floor
 * under every Referent turn, which makes 3 of them where the echo bot makes none.
 */
const N = 3000;
const CONCURRENCY = 20;

async function cpuPerOp(name: string, op: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 300; i++) await op();
  const before = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (n++ < N) await op(); }));
  const used = process.cpuUsage(before);
  process.stdout.write(`${name.padEnd(26)} ${((used.user + used.system) / 1000 / N).toFixed(3)} ms CPU per call, ${(N / ((performance.now() - t0) / 1000)).toFixed(0)} calls/s\n`);
}

async function main(): Promise<void> {
  const store = await startStoreProcess(mkdtempSync(path.join(os.tmpdir(), 'referent-request-cost-')));
  const client = new CosmosClient({ endpoint: store.endpoint, key: store.key, connectionPolicy: { enableEndpointDiscovery: false } });
  try {
    const { database } = await client.databases.createIfNotExists({ id: 'request-cost' });
    const { container }: { container: Container } = await database.containers.createIfNotExists({ id: 'c', partitionKey: { paths: ['/key'] } });
    await container.items.upsert({ id: 'a', key: 'a', text: 'x'.repeat(500) });
    await container.items.upsert({ id: 'b', key: 'b', text: 'y'.repeat(500) });
    await cpuPerOp('SDK point read', () => container.item('a', 'a').read());
    await cpuPerOp('SDK bulk of 2 reads', () => container.items.bulk([{ operationType: BulkOperationType.Read, id: 'a', partitionKey: 'a' }, { operationType: BulkOperationType.Read, id: 'b', partitionKey: 'b' }]));
    await cpuPerOp('plain HTTP GET (fetch)', () => fetch(store.endpoint).then((r) => r.text()).catch(() => ''));
  } finally {
    client.dispose();
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`request-cost failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
