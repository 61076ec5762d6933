import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ensureSchema, openCosmosStore } from '../../src/persistence/cosmos/client';
import { Documents } from '../../src/persistence/cosmos/documents';
import { startStoreProcess } from './store-client';

/**
 * `node dist/scripts/bench/request-cost.js`: what one store request costs the CALLING process in
 * CPU on this machine (the store runs in its own process), through the product's own client
 * (openCosmosStore, ensureSchema, Documents), against plain HTTP requests: the floor under every
 * Referent input turn, which makes 2 of them where the echo bot makes none.
 */
const N = 3000;
const CONCURRENCY = 20;

async function cpuPerOp(name: string, op: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 300; i++) await op();
  const before = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (n++ < N) await op();
    }),
  );
  const used = process.cpuUsage(before);
  process.stdout.write(
    `${name.padEnd(30)} ${((used.user + used.system) / 1000 / N).toFixed(3)} ms CPU per call, ${(N / ((performance.now() - t0) / 1000)).toFixed(0)} calls/s\n`,
  );
}

/** GET with Node's http module on a keep-alive agent (what the SDK's HTTP client uses underneath). */
function httpGet(url: URL, agent: http.Agent): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request({ hostname: url.hostname, port: url.port, path: '/', agent }, (res) => res.resume().on('end', resolve));
    req.on('error', () => resolve());
    req.end();
  });
}

async function main(): Promise<void> {
  const server = await startStoreProcess(mkdtempSync(path.join(os.tmpdir(), 'referent-request-cost-')));
  const store = await openCosmosStore({ endpoint: server.endpoint, key: server.key, database: 'request-cost', local: true });
  const agent = new http.Agent({ keepAlive: true });
  try {
    await ensureSchema(store);
    const docs = new Documents(store.containers.people);
    await docs.upsert({ id: 'a', key: 'a', text: 'x'.repeat(500) });
    await docs.upsert({ id: 'b', key: 'b', text: 'y'.repeat(500) });
    await cpuPerOp('point read (Documents.read)', () => docs.read('a', 'a'));
    await cpuPerOp('bulk of 2 reads (readMany)', () =>
      docs.readMany([
        { id: 'a', partitionKey: 'a' },
        { id: 'b', partitionKey: 'b' },
      ]),
    );
    await cpuPerOp('plain HTTP GET (http.request)', () => httpGet(new URL(server.endpoint), agent));
    await cpuPerOp('plain HTTP GET (fetch)', () =>
      fetch(server.endpoint)
        .then((r) => r.text())
        .catch(() => ''),
    );
  } finally {
    agent.destroy();
    store.client.dispose();
    await server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`request-cost failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
