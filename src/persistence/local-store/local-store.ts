import { createHttpServer } from '@vercel/cosmosdb-server';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTAINERS, ensureSchema, openCosmosStore, type ContainerName, type CosmosStore } from '../cosmos/client';

/**
 * The embedded default store: the open-source Cosmos DB server in-process on loopback over plain HTTP.
 * It keeps everything in memory, so we keep a snapshot file in the data folder: restored at start,
 * rewritten shortly after every change and once more on close. The snapshot is read and written
 * through the real SDK, so it relies on nothing inside the server.
 */
export const LOCAL_KEY = Buffer.from('referent-local-store-key').toString('base64');
const SNAPSHOT_FILE = 'store-snapshot.json';
const SNAPSHOT_DELAY_MS = 300;
/** Marks the snapshot's own reads, so they neither count as changes nor reach onRequest. */
const SNAPSHOT_HEADER = 'x-referent-snapshot';

export interface LocalStoreOptions {
  dataDir: string;
  port?: number;
  host?: string;
  database?: string;
  /** Restore the snapshot but never write it (a second process reading a running bot's data). */
  readOnly?: boolean;
  /** Sees every request the store receives (the benchmark counts store operations with it). */
  onRequest?: (req: IncomingMessage) => void;
  /** Called with errors that happen while snapshotting in the background. */
  onError?: (err: unknown) => void;
}

export interface LocalStore {
  endpoint: string;
  key: string;
  port: number;
  /** Writes the snapshot now if anything changed since the last one. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

type Snapshot = { version: 1; savedAt: string; containers: Partial<Record<ContainerName, Record<string, unknown>[]>> };

export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const host = options.host ?? '127.0.0.1';
  // keepAlive: the server otherwise answers every request with 'connection: close', so each SDK call opened a new connection.
  const server = createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://${host}:${port}`;
  const store = await openCosmosStore({ endpoint, key: LOCAL_KEY, database: options.database ?? 'referent', local: true });
  const file = path.join(options.dataDir, SNAPSHOT_FILE);
  const shutdown = async () => {
    store.client.dispose();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  try {
    await ensureSchema(store);
    await restore(store, file);
  } catch (err) {
    // A store that cannot start (a corrupt snapshot, say) leaves no server listening behind it.
    await shutdown();
    throw err;
  }

  // Restoring went through the server as writes: nothing has changed since the snapshot yet.
  let dirty = false;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return writing;
    dirty = false;
    writing = writing.then(() => save(store, file)).catch((err) => {
      dirty = true;
      options.onError?.(err);
    });
    return writing;
  };
  // Any request that is not a read or a query changes data: schedule a snapshot.
  server.on('request', (req: IncomingMessage) => {
    if (req.headers[SNAPSHOT_HEADER]) return;
    options.onRequest?.(req);
    const isQuery = req.headers['x-ms-documentdb-isquery'] !== undefined;
    if (options.readOnly || req.method === 'GET' || req.method === 'HEAD' || isQuery) return;
    dirty = true;
    if (!timer && !closing) timer = setTimeout(() => void flush(), SNAPSHOT_DELAY_MS);
  });

  return {
    endpoint,
    key: LOCAL_KEY,
    port,
    flush,
    async close() {
      closing = true;
      await flush();
      if (timer) clearTimeout(timer);
      await shutdown();
    },
  };
}

async function restore(store: CosmosStore, file: string): Promise<void> {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(`Could not read the local store snapshot ${file}: ${(err as Error).message}. Move it away to start empty.`);
  }
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    for (const item of snapshot.containers[name] ?? []) await store.containers[name].items.upsert(item);
  }
}

async function save(store: CosmosStore, file: string): Promise<void> {
  const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), containers: {} };
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    const { resources } = await store.containers[name].items.readAll({ initialHeaders: { [SNAPSHOT_HEADER]: '1' } }).fetchAll();
    snapshot.containers[name] = resources.map(({ _rid, _self, _etag, _attachments, _ts, ...item }) => item);
  }
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, so a crash mid-write never leaves a half snapshot.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(snapshot));
  await rename(tmp, file);
}
