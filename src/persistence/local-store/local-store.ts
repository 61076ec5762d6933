import { createHttpServer } from '@vercel/cosmosdb-server';
import { randomUUID } from 'node:crypto';
import { mkdir, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTAINERS, ensureSchema, openCosmosStore, type ContainerName } from '../cosmos/client';
import { Journal, listJournals } from './journal';
import { restore } from './restore';
import { SNAPSHOT_FILE, writeSnapshot, type Snapshot } from './snapshot';
import { installWriteGate } from './write-gate';

/**
 * The embedded default store: the open-source Cosmos DB server in-process on loopback over plain HTTP.
 * It keeps everything in memory, so the data folder holds a snapshot and a journal:
 * - every document write is answered only after its result is appended to the journal and
 *   fdatasync'ed (write-gate.ts, journal.ts): an answered write survives a SIGKILL of the process;
 * - a second after writes, the journal is compacted: rotated to a new file, the snapshot written
 *   (write, fsync, rename), then the old journal files deleted;
 * - at start the snapshot is restored and the journal replayed (restore.ts); on close new requests
 *   get 503, the ones in flight are answered, then the snapshot is written.
 * Snapshot and replay go through the real SDK, so they rely on nothing inside the server.
 */
export const LOCAL_KEY = Buffer.from('referent-local-store-key').toString('base64');
const COMPACT_DELAY_MS = 1000;
const DRAIN_TIMEOUT_MS = 10_000;
/** Marks the store's own requests (restore, snapshot reads): served while others wait, never journaled or counted. */
const INTERNAL_HEADER = 'x-referent-internal';

export interface LocalStoreOptions {
  dataDir: string;
  port?: number;
  host?: string;
  database?: string;
  /** Restore the snapshot and journal but never write them (a second process reading a running bot's data). */
  readOnly?: boolean;
  /** Sees every request the store receives from others (the benchmark counts store operations with it). */
  onRequest?: (req: IncomingMessage) => void;
  /** Called with errors that happen while journaling or compacting. */
  onError?: (err: unknown) => void;
}

export interface LocalStore {
  endpoint: string;
  key: string;
  port: number;
  /** Compacts the journal into the snapshot now if anything was written since the last one. */
  flush(): Promise<void>;
  /** Takes no new requests, answers those in flight, writes the snapshot, stops. */
  close(): Promise<void>;
}

export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const host = options.host ?? '127.0.0.1';
  const database = options.database ?? 'referent';
  const dir = options.dataDir;
  const token = randomUUID();
  let journal: Journal | undefined;
  let dirty = false;
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  let compacting: Promise<void> = Promise.resolve();

  // keepAlive: the server otherwise answers every request with 'connection: close', so each SDK call opened a new connection.
  const server = createHttpServer({ keepAlive: true });
  const gate = installWriteGate(server, {
    database,
    internal: { header: INTERNAL_HEADER, value: token },
    journal: () => journal,
    onRequest: options.onRequest,
    onJournaled: () => {
      dirty = true;
      if (!timer && !closing) timer = setTimeout(() => void flush(), COMPACT_DELAY_MS);
    },
    onError: options.onError,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://${host}:${port}`;
  const store = await openCosmosStore({ endpoint, key: LOCAL_KEY, database, local: true, headers: { [INTERNAL_HEADER]: token } });

  /** Rotate, snapshot, delete the journal files the snapshot now holds. Crash-safe at every step. */
  const compact = async (): Promise<void> => {
    if (!journal) return;
    const covered = journal.seq;
    // Every line in files ≤ covered was applied before this point, so the reads below see it.
    await journal.rotate(covered + 1);
    const snapshot: Snapshot = { version: 1, savedAt: new Date().toISOString(), journal: covered, containers: {} };
    for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
      const { resources } = await store.containers[name].items.readAll().fetchAll();
      snapshot.containers[name] = resources.map(({ _rid, _self, _etag, _attachments, _ts, ...item }) => item);
    }
    await writeSnapshot(path.join(dir, SNAPSHOT_FILE), snapshot);
    for (const j of await listJournals(dir)) if (j.seq <= covered) await unlink(j.file);
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return compacting;
    dirty = false;
    compacting = compacting.then(compact).catch((err) => {
      dirty = true;
      options.onError?.(err);
    });
    return compacting;
  };
  const shutdown = async () => {
    store.client.dispose();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  try {
    await ensureSchema(store);
    const { nextSeq, replayed } = await restore(store, dir, !!options.readOnly);
    if (!options.readOnly) {
      await mkdir(dir, { recursive: true });
      journal = await Journal.open(dir, nextSeq);
      // What was replayed goes into the snapshot at once; a torn last line is dropped with its file.
      dirty = replayed > 0;
      await flush();
    }
  } catch (err) {
    // A store that cannot start (a corrupt snapshot, say) leaves no server listening behind it.
    await shutdown();
    throw err;
  }
  gate.open();

  let closed: Promise<void> | undefined;
  return {
    endpoint,
    key: LOCAL_KEY,
    port,
    flush,
    close() {
      closed ??= (async () => {
        closing = true;
        if (timer) clearTimeout(timer);
        // New requests get 503; the ones in flight are answered (their journal lines are on disk).
        await Promise.race([gate.stop(), new Promise((r) => setTimeout(r, DRAIN_TIMEOUT_MS).unref())]);
        await flush();
        await journal?.close();
        await shutdown();
      })();
      return closed;
    },
  };
}
