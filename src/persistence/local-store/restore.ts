import path from 'node:path';
import { CONTAINERS, type ContainerName, type CosmosStore } from '../cosmos/client';
import { JournalCorruptError, listJournals, readJournal } from './journal';
import { moveAside, readSnapshot, SNAPSHOT_FILE, SnapshotCorruptError, type Snapshot } from './snapshot';
import { partitionValue } from './write-gate';

/**
 * Start-up: the snapshot, then every journal file it does not hold, in order, folded into the last
 * state of each document; that state is written into the empty in-memory server through the SDK.
 *
 * A snapshot or journal line that cannot be parsed stops the start: the file is moved aside
 * (`<file>.corrupt-<time>`) and the error names it and the line and column. Starting anyway would
 * serve a store without those members' data as if nothing had happened; refusing makes someone
 * look, the file is kept for repair, and a second start goes on without it deliberately.
 */
const RESTORE_CONCURRENCY = 16;

type Doc = Record<string, unknown>;

export async function restore(store: CosmosStore, dir: string, readOnly: boolean): Promise<{ nextSeq: number; replayed: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const state = await readState(dir, readOnly);
      await upsertAll(store, state.docs);
      return { nextSeq: state.nextSeq, replayed: state.replayed };
    } catch (err) {
      // Read-only beside a running store: a journal file can be compacted away between listing and reading it.
      if (!(readOnly && (err as NodeJS.ErrnoException).code === 'ENOENT' && attempt < 5)) throw err;
    }
  }
}

async function readState(dir: string, readOnly: boolean): Promise<{ docs: Map<ContainerName, Map<string, Doc>>; nextSeq: number; replayed: number }> {
  const file = path.join(dir, SNAPSHOT_FILE);
  let snapshot: Snapshot | undefined;
  try {
    snapshot = await readSnapshot(file);
  } catch (err) {
    if (!(err instanceof SnapshotCorruptError)) throw new Error(`Could not read the local store snapshot ${file}: ${(err as Error).message}`);
    if (readOnly) throw new Error(`The local store snapshot ${err.message}. Stop the store and start it to have the file moved aside.`);
    const aside = await moveAside(file);
    throw new Error(
      `The local store snapshot ${err.message}. It was moved to ${aside} and the store did not start. Repair it and move it back to ${file}, or start again to go on without it (from the journal files store-journal-*.jsonl alone, which are kept).`,
    );
  }
  const docs = new Map<ContainerName, Map<string, Doc>>((Object.keys(CONTAINERS) as ContainerName[]).map((c) => [c, new Map()]));
  for (const c of Object.keys(CONTAINERS) as ContainerName[]) for (const doc of snapshot?.containers[c] ?? []) docs.get(c)!.set(keyOfDoc(c, doc), doc);

  const journals = await listJournals(dir);
  const covered = snapshot?.journal ?? -1;
  let replayed = 0;
  for (const j of journals.filter((x) => x.seq > covered)) {
    let entries;
    try {
      entries = await readJournal(j.file);
    } catch (err) {
      if (!(err instanceof JournalCorruptError)) throw err;
      if (readOnly) throw new Error(`The local store journal: ${err.message}.`);
      const aside = await moveAside(j.file);
      throw new Error(
        `The local store journal: ${err.message}. It was moved to ${aside} and the store did not start. Repair that line and move the file back to ${j.file}, or start again to go on without the writes it holds.`,
      );
    }
    for (const e of entries) {
      const container = docs.get(e.c as ContainerName);
      if (!container) continue;
      if (e.op === 'upsert') container.set(keyOfDoc(e.c as ContainerName, e.doc), e.doc);
      else container.delete(key(e.pk, e.id));
      replayed++;
    }
  }
  const last = Math.max(covered, ...journals.map((j) => j.seq));
  return { docs, nextSeq: last + 1, replayed };
}

/** Documents are the same document when container, partition key value and id are. */
const key = (pk: unknown, id: unknown) => JSON.stringify([pk, id]);
/** A document's own key value, normalised as the write gate normalises the partition-key header. */
const keyOfDoc = (c: ContainerName, doc: Doc) => key(partitionValue([doc[CONTAINERS[c].slice(1)]]), doc.id);

async function upsertAll(store: CosmosStore, docs: Map<ContainerName, Map<string, Doc>>): Promise<void> {
  const work: [ContainerName, Doc][] = [];
  for (const [c, byKey] of docs) for (const doc of byKey.values()) work.push([c, doc]);
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const [c, { _rid, _self, _etag, _attachments, _ts, ...doc }] = work[next++];
      await store.containers[c].items.upsert(doc);
    }
  };
  await Promise.all(Array.from({ length: RESTORE_CONCURRENCY }, worker));
}
