import { open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * The local store's append-only journal: one JSON line per document write, appended and fdatasync'ed
 * before the write is answered, so an answered write survives a SIGKILL (and a power cut) of the
 * store. Concurrent writes share one write + fdatasync (group commit). Files are
 * `store-journal-<seq>.jsonl`; compaction rotates to the next seq, writes the snapshot, then deletes
 * the older files (local-store.ts).
 */
export type JournalEntry = { c: string; op: 'upsert'; doc: Record<string, unknown> } | { c: string; op: 'delete'; id: string; pk: unknown };

const PREFIX = 'store-journal-';
const SUFFIX = '.jsonl';
export const journalFile = (dir: string, seq: number) => path.join(dir, `${PREFIX}${seq}${SUFFIX}`);

/** The journal files in `dir`, oldest first. */
export async function listJournals(dir: string): Promise<{ seq: number; file: string }[]> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : Promise.reject(err)));
  return names
    .map((name) => /^store-journal-(\d+)\.jsonl$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ seq: Number(m[1]), file: path.join(dir, m[0]) }))
    .sort((a, b) => a.seq - b.seq);
}

export class JournalCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line} of ${file} is not a journal entry (${detail})`);
  }
}

/**
 * The entries of one journal file. A last line without its newline is a write torn by a crash: it was
 * never answered (the answer waits for the whole line), so it is dropped. A complete line that does
 * not parse is corruption and throws JournalCorruptError with its line number.
 */
export async function readJournal(file: string): Promise<JournalEntry[]> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  lines.pop(); // '' after the last newline, or the torn tail
  const entries: JournalEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A crash can leave zeros where the file system had extended the file but not written it yet.
    if (/^\0*$/.test(lines[i]) && lines.slice(i).every((l) => /^\0*$/.test(l))) break;
    let entry: unknown;
    try {
      entry = JSON.parse(lines[i]);
    } catch (err) {
      throw new JournalCorruptError(file, i + 1, (err as Error).message);
    }
    const e = entry as Partial<Record<string, unknown>> | null;
    const ok =
      !!e && typeof e.c === 'string' && ((e.op === 'upsert' && !!e.doc && typeof e.doc === 'object') || (e.op === 'delete' && typeof e.id === 'string'));
    if (!ok) throw new JournalCorruptError(file, i + 1, 'not an upsert or a delete');
    entries.push(entry as JournalEntry);
  }
  return entries;
}

type Waiter = { data: string; resolve: () => void; reject: (err: unknown) => void };

export class Journal {
  private pending: Waiter[] = [];
  private running: Promise<void> | undefined;
  /** The write + sync in progress, so a rotation can wait for it before closing the old file. */
  private current: Promise<void> = Promise.resolve();
  /** Set when a failed write could not be undone: later lines would follow a partial one. */
  private broken: Error | undefined;

  private constructor(
    private fh: FileHandle,
    private size: number,
    public seq: number,
    private readonly dir: string,
  ) {}

  static async open(dir: string, seq: number): Promise<Journal> {
    const fh = await open(journalFile(dir, seq), 'a');
    await syncDir(dir); // the new file's name is durable too
    return new Journal(fh, (await fh.stat()).size, seq, dir);
  }

  /** Resolves once `lines` (each one JSON entry, no newline) are on disk. */
  append(lines: string[]): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ data: lines.map((l) => `${l}\n`).join(''), resolve, reject });
      this.running ??= this.drain().finally(() => (this.running = undefined));
    });
  }

  /** Everything appended so far is on disk. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Later lines go to a new file `seq`; resolves once the old file has no write in progress.
   * Lines appended before the call may still land in the new file: replaying them after the
   * snapshot is harmless, as each one holds a document's whole state.
   */
  async rotate(seq: number): Promise<void> {
    const next = await open(journalFile(this.dir, seq), 'a');
    await syncDir(this.dir);
    const old = this.fh;
    this.fh = next;
    this.size = 0;
    this.seq = seq;
    await this.current.catch(() => undefined);
    await old.close();
  }

  async close(): Promise<void> {
    await this.settled();
    await this.fh.close();
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      const fh = this.fh;
      this.current = this.commit(fh, Buffer.from(batch.map((w) => w.data).join(''), 'utf8'));
      try {
        await this.current;
        batch.forEach((w) => w.resolve());
      } catch (err) {
        batch.forEach((w) => w.reject(err));
      }
    }
  }

  private async commit(fh: FileHandle, buf: Buffer): Promise<void> {
    if (this.broken) throw this.broken;
    const start = fh === this.fh ? this.size : undefined;
    try {
      for (let done = 0; done < buf.length;) done += (await fh.write(buf, done, buf.length - done)).bytesWritten;
      await fh.datasync();
      if (fh === this.fh) this.size += buf.length;
    } catch (err) {
      // Undo a partial line (disk full), so that the next lines do not follow a broken one.
      if (start !== undefined) await fh.truncate(start).catch((e: Error) => (this.broken = e));
      throw err;
    }
  }
}

export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
