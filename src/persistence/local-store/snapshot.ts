import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { CONTAINERS, type ContainerName } from '../cosmos/client';
import { syncDir } from './journal';
import { jsonErrorOffset, lineColumn } from './json-position';

/**
 * The snapshot file (version 1, as before the journal). `journal` (new, optional) is the last journal
 * file whose every line the snapshot holds; a snapshot without it (older ones) is followed by every
 * journal file in the folder.
 */
export type Snapshot = { version: 1; savedAt: string; journal?: number; containers: Partial<Record<ContainerName, Record<string, unknown>[]>> };

export const SNAPSHOT_FILE = 'store-snapshot.json';

export class SnapshotCorruptError extends Error {}

/** "Expected ',' or '}' after property value at line 1, column 812": a corrupt file is reported by place. */
export function placeOf(text: string, err: Error): string {
  const offset = jsonErrorOffset(text);
  const { line, column } = lineColumn(text, offset < 0 ? text.length : offset);
  const what = err.message.replace(/ (in JSON )?at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
  return `${what} at line ${line}, column ${column}`;
}

/** Why `value` is not a version-1 snapshot, or undefined when it is one. */
function shapeProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it is not a JSON object';
  const s = value as Record<string, unknown>;
  if (!s.containers || typeof s.containers !== 'object' || Array.isArray(s.containers)) return 'it has no "containers" object';
  for (const name of Object.keys(CONTAINERS)) {
    const docs = (s.containers as Record<string, unknown>)[name];
    if (docs === undefined) continue;
    if (!Array.isArray(docs)) return `containers.${name} is not a list`;
    const bad = docs.findIndex((d) => !d || typeof d !== 'object' || typeof (d as { id?: unknown }).id !== 'string');
    if (bad >= 0) return `containers.${name}[${bad}] is not a document with an id`;
  }
  if (s.journal !== undefined && !Number.isInteger(s.journal)) return '"journal" is not a whole number';
  return undefined;
}

/**
 * Reads the snapshot (undefined when there is none). One that cannot be parsed throws
 * SnapshotCorruptError naming the file and the place; a version this code does not know throws a
 * plain Error (the file is fine, this code is too old for it).
 */
export async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SnapshotCorruptError(`${file} is not valid JSON: ${placeOf(text, err as Error)}`);
  }
  const problem = shapeProblem(value);
  if (problem) throw new SnapshotCorruptError(`${file} is not a store snapshot: ${problem}`);
  const version = (value as { version?: unknown }).version;
  if (version !== 1) throw new Error(`${file} has version ${JSON.stringify(version)}; this Referent reads version 1. Start the Referent that wrote it.`);
  return value as Snapshot;
}

/** Write, fdatasync, rename, sync the folder: a crash at any point leaves the old or the new snapshot whole. */
export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(JSON.stringify(snapshot));
    await fh.datasync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await syncDir(path.dirname(file));
}

/** `<file>.corrupt-2026-11-23T09-00-00-000Z`: kept beside it for repair, out of the way of the next start. */
export async function moveAside(file: string): Promise<string> {
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, aside);
  return aside;
}
