import {
  BulkOperationType,
  type Container,
  type ItemDefinition,
  type OperationInput,
  type OperationResponse,
  type PatchOperation,
  type SqlQuerySpec,
} from '@azure/cosmos';
import { ConflictError, StoreUnavailableError, type Versioned } from '../../app/ports';

/** Cosmos system properties, stripped before a document goes back to the domain. */
const SYSTEM = ['_rid', '_self', '_etag', '_attachments', '_ts'];

type Doc = ItemDefinition & { id: string };

/** The most operations one bulk request may carry per partition range (@azure/cosmos). */
const MAX_BULK = 100;

function statusOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/** The request never reached the store (nothing can have been written). */
function neverSent(err: unknown): boolean {
  const codes = [err, (err as { cause?: unknown }).cause].map((e) => (e as { code?: unknown } | undefined)?.code);
  return codes.some((c) => c === 'ECONNREFUSED' || c === 'ENOTFOUND' || c === 'EAI_AGAIN');
}

/**
 * Network failures and server errors become StoreUnavailableError so callers never confirm a lost write.
 * A write that was sent but never answered (the deadline passed, the connection dropped) may have gone
 * through: it is marked unconfirmed, so the member is not told it was lost (#14 item 5).
 */
function translate(err: unknown, what: string, write = false): never {
  const status = statusOf(err);
  if (status === 412) throw new ConflictError(what);
  if (status === undefined || status >= 500 || status === 408 || status === 429) {
    // 408 is also the SDK's own client-side request timeout (5 s): the write was sent, its answer never came.
    throw new StoreUnavailableError(err, write && (status === undefined || status === 408) && !neverSent(err));
  }
  throw err;
}

export function strip<T>(doc: Doc): T {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of SYSTEM) delete copy[key];
  return copy as T;
}

/** The document a bulk read answered (200), with its etag; undefined for 404. */
function readOf<T>(r: OperationResponse): Versioned<T> | undefined {
  const body = r.statusCode === 200 ? (r.resourceBody as T | undefined) : undefined;
  return body ? { value: body, etag: r.eTag ?? (body as { _etag?: string })._etag ?? '' } : undefined;
}

/**
 * Every operation, the SDK's retries included, ends within this. The SDK's own retries cannot all be
 * cut through the connection policy: a reset connection is retried 10 × 1 s, and with endpoint
 * discovery (Azure) a network error 120 × 1 s and a read timeout up to 120 × requestTimeout. Past the
 * deadline the operation is aborted and the caller gets StoreUnavailableError, inside Teams' 15 s.
 */
export const OPERATION_DEADLINE_MS = 6_000;

/** Typed point operations on one container: partition key on every read, If-Match on every replace. */
export class Documents {
  constructor(
    private readonly container: Container,
    private readonly deadlineMs: number = OPERATION_DEADLINE_MS,
  ) {}

  /**
   * Runs one SDK call under the deadline: its requests and retries are aborted then (so nothing is
   * written after the caller was told it was not), and the caller is answered then even when the SDK
   * is still busy with metadata it reads without the signal (the partition key definition of a cold client).
   */
  private within<R>(call: (options: { abortSignal: AbortSignal }) => Promise<R>): Promise<R> {
    // A controller and a timer cleared on completion (AbortSignal.timeout cannot be cancelled: each
    // one would fire 6 s later and build an abort error for nothing, thousands a minute under load).
    const controller = new AbortController();
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`store operation took more than ${this.deadlineMs} ms`));
      }, this.deadlineMs);
      timer.unref(); // a deadline never keeps the process alive by itself (as AbortSignal.timeout did not)
      call({ abortSignal: controller.signal })
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  }

  async read<T extends Doc>(id: string, partitionKey: string): Promise<Versioned<T> | undefined> {
    try {
      const { resource, etag } = await this.within((o) => this.container.item(id, partitionKey).read<T>(o));
      if (!resource) return undefined;
      return { value: resource, etag: etag ?? (resource as { _etag?: string })._etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      return translate(err, id);
    }
  }

  /** Creates the document; false when one with this id already exists (409). */
  async create<T extends Doc>(doc: T): Promise<Versioned<T> | false> {
    try {
      const { resource, etag } = await this.within((o) => this.container.items.create<T>(doc, o));
      return { value: resource as T, etag: etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 409) return false;
      return translate(err, doc.id, true);
    }
  }

  /**
   * One bulk request (bulk(), not executeBulkOperations, whose streamer batches on a timer): one
   * request per partition range, executed in order, continuing after a failed operation. Each
   * answer must have one of the `expected` statuses; anything else is a store failure.
   */
  private async bulk(operations: OperationInput[], what: string, expected: number[]): Promise<OperationResponse[]> {
    let results: OperationResponse[];
    try {
      results = await this.within((o) => this.container.items.bulk(operations, { continueOnError: true }, o));
    } catch (err) {
      return translate(
        err,
        what,
        operations.some((op) => op.operationType !== BulkOperationType.Read),
      );
    }
    const failed = operations.findIndex((_, i) => !results[i] || !expected.includes(results[i].statusCode));
    if (failed >= 0)
      translate(Object.assign(new Error(`bulk request for ${what} answered ${results[failed]?.statusCode}`), { code: results[failed]?.statusCode }), what);
    return results;
  }

  /**
   * Point reads of several documents in ONE request (a small container has one partition range); more
   * than 100 (the SDK refuses a bulk request of more per partition range) go in parallel requests of 100.
   */
  async readMany<T extends Doc>(refs: { id: string; partitionKey: string }[]): Promise<(Versioned<T> | undefined)[]> {
    const chunks: { id: string; partitionKey: string }[][] = [];
    for (let i = 0; i < refs.length; i += MAX_BULK) chunks.push(refs.slice(i, i + MAX_BULK));
    const answered = await Promise.all(
      chunks.map((chunk) =>
        this.bulk(
          chunk.map((r) => ({ operationType: BulkOperationType.Read, id: r.id, partitionKey: r.partitionKey })),
          chunk.map((r) => r.id).join(','),
          [200, 404],
        ),
      ),
    );
    return answered.flat().map((r) => readOf<T>(r));
  }

  /**
   * Creates the document, or else returns the one that exists, in ONE request: [create, read] on one
   * partition, continuing after a 409. So a second input of an organization costs what a first does
   * (create → 409 → read would be two round trips).
   */
  async createOrRead<T extends Doc>(doc: T, partitionKey: string): Promise<{ created: boolean; found?: Versioned<T> }> {
    const [create, read] = await this.bulk(
      [
        { operationType: BulkOperationType.Create, partitionKey, resourceBody: doc },
        { operationType: BulkOperationType.Read, partitionKey, id: doc.id },
      ],
      doc.id,
      [200, 201, 404, 409],
    );
    return { created: create.statusCode === 201, found: readOf<T>(read) };
  }

  /**
   * Patches the document whatever its version (each writer of a register part owns its own path, so
   * no read is needed first); false when there is no such document.
   */
  async patch(id: string, partitionKey: string, operations: PatchOperation[]): Promise<boolean> {
    try {
      await this.within((o) => this.container.item(id, partitionKey).patch(operations, o));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      return translate(err, id, true);
    }
  }

  /** Patches the document if it still has this etag; undefined when it changed, is gone or the patch does not apply. */
  async patchIfMatch<T extends Doc>(id: string, partitionKey: string, etag: string, operations: PatchOperation[]): Promise<Versioned<T> | undefined> {
    try {
      const { resource, etag: next } = await this.within((o) =>
        this.container.item(id, partitionKey).patch<T>(operations, { accessCondition: { type: 'IfMatch', condition: etag }, ...o }),
      );
      return resource ? { value: resource, etag: next ?? '' } : undefined;
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 404 || status === 400) return undefined;
      return translate(err, id, true);
    }
  }

  async replace<T extends Doc>(doc: T, partitionKey: string, etag: string): Promise<Versioned<T>> {
    try {
      const { resource, etag: next } = await this.within((o) =>
        this.container.item(doc.id, partitionKey).replace<T>(doc, { accessCondition: { type: 'IfMatch', condition: etag }, ...o }),
      );
      return { value: resource as T, etag: next ?? '' };
    } catch (err) {
      if (statusOf(err) === 404) throw new ConflictError(doc.id);
      return translate(err, doc.id, true);
    }
  }

  async upsert<T extends Doc>(doc: T): Promise<Versioned<T>> {
    try {
      const { resource, etag } = await this.within((o) => this.container.items.upsert<T>(doc, o));
      return { value: resource as T, etag: etag ?? '' };
    } catch (err) {
      return translate(err, doc.id, true);
    }
  }

  async delete(id: string, partitionKey: string): Promise<boolean> {
    try {
      await this.within((o) => this.container.item(id, partitionKey).delete(o));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      return translate(err, id, true);
    }
  }

  /** A query; with a partition key, in that partition only (Azure: a single-partition query). */
  async query<T>(spec: SqlQuerySpec, partitionKey?: string): Promise<T[]> {
    try {
      const { resources } = await this.within((o) =>
        this.container.items.query<T & Doc>(spec, partitionKey === undefined ? o : { ...o, partitionKey }).fetchAll(),
      );
      return resources.map((r) => strip<T>(r));
    } catch (err) {
      return translate(err, 'query');
    }
  }

  /** A query whose documents come back with their etags (to replace one If-Match without reading it again). */
  async queryVersioned<T>(spec: SqlQuerySpec, partitionKey: string): Promise<Versioned<T>[]> {
    try {
      const { resources } = await this.within((o) => this.container.items.query<T & Doc>(spec, { ...o, partitionKey }).fetchAll());
      return resources.map((r) => ({ value: strip<T>(r), etag: (r as { _etag?: string })._etag ?? '' }));
    } catch (err) {
      return translate(err, 'query');
    }
  }
}

/** The `who:` document of a Teams user in a group's partition (groups container; an id may not hold / \\ ? #). */
export const whoDocId = (aadObjectId: string) => `who:${encodeURIComponent(aadObjectId)}`;
