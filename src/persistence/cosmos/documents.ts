import { BulkOperationType, type Container, type ItemDefinition, type OperationInput, type PatchOperation, type SqlQuerySpec } from '@azure/cosmos';
import { ConflictError, StoreUnavailableError, type Versioned } from '../../app/ports';

/** Cosmos system properties, stripped before a document goes back to the domain. */
const SYSTEM = ['_rid', '_self', '_etag', '_attachments', '_ts'];

type Doc = ItemDefinition & { id: string };

function statusOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

/** Network failures and server errors become StoreUnavailableError so callers never confirm a lost write. */
function translate(err: unknown, what: string): never {
  const status = statusOf(err);
  if (status === 412) throw new ConflictError(what);
  if (status === undefined || status >= 500 || status === 408 || status === 429) throw new StoreUnavailableError(err);
  throw err;
}

export function strip<T>(doc: Doc): T {
  const copy: Record<string, unknown> = { ...doc };
  for (const key of SYSTEM) delete copy[key];
  return copy as T;
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
      return translate(err, doc.id);
    }
  }

  /** Point reads of several documents in ONE request (a bulk of reads; per partition range, and a small container has one). */
  async readMany<T extends Doc>(refs: { id: string; partitionKey: string }[]): Promise<(Versioned<T> | undefined)[]> {
    const operations: OperationInput[] = refs.map((r) => ({ operationType: BulkOperationType.Read, id: r.id, partitionKey: r.partitionKey }));
    let results;
    try {
      results = await this.within((o) => this.container.items.bulk(operations, { continueOnError: true }, o));
    } catch (err) {
      return translate(err, refs.map((r) => r.id).join(','));
    }
    return refs.map((r, i) => {
      const res = results[i];
      if (!res || (res.statusCode !== 200 && res.statusCode !== 404)) translate(Object.assign(new Error(`bulk read of ${r.id} answered ${res?.statusCode}`), { code: res?.statusCode }), r.id);
      const body = res.statusCode === 200 ? (res.resourceBody as T | undefined) : undefined;
      return body ? { value: body, etag: res.eTag ?? (body as { _etag?: string })._etag ?? '' } : undefined;
    });
  }

  /**
   * Creates the document, or else returns the one that exists, in ONE request: a bulk request of
   * [create, read] on one partition, executed in order, continuing after a 409. So a second input of
   * an organization costs what a first does (create → 409 → read would be two round trips).
   */
  async createOrRead<T extends Doc>(doc: T, partitionKey: string): Promise<{ created: boolean; found?: Versioned<T> }> {
    const operations: OperationInput[] = [
      { operationType: BulkOperationType.Create, partitionKey, resourceBody: doc },
      { operationType: BulkOperationType.Read, partitionKey, id: doc.id },
    ];
    let results;
    try {
      // bulk() (not executeBulkOperations, whose streamer batches on a timer) sends one request per partition range.
      results = await this.within((o) => this.container.items.bulk(operations, { continueOnError: true }, o));
    } catch (err) {
      return translate(err, doc.id);
    }
    const [create, read] = results;
    const failed = [create, read].find((r) => !r || ![200, 201, 404, 409].includes(r.statusCode));
    if (failed || !create || !read) translate(Object.assign(new Error(`bulk create of ${doc.id} answered ${failed?.statusCode}`), { code: failed?.statusCode }), doc.id);
    const body = read.statusCode === 200 ? (read.resourceBody as T | undefined) : undefined;
    const found = body ? { value: body, etag: read.eTag ?? (body as { _etag?: string })._etag ?? '' } : undefined;
    return { created: create.statusCode === 201, found };
  }

  /** Patches the document if it still has this etag; undefined when it changed, is gone or the patch does not apply. */
  async patchIfMatch<T extends Doc>(id: string, partitionKey: string, etag: string, operations: PatchOperation[]): Promise<Versioned<T> | undefined> {
    try {
      const { resource, etag: next } = await this.within((o) => this.container.item(id, partitionKey).patch<T>(operations, { accessCondition: { type: 'IfMatch', condition: etag }, ...o }));
      return resource ? { value: resource, etag: next ?? '' } : undefined;
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 404 || status === 400) return undefined;
      return translate(err, id);
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
      return translate(err, doc.id);
    }
  }

  async upsert<T extends Doc>(doc: T): Promise<Versioned<T>> {
    try {
      const { resource, etag } = await this.within((o) => this.container.items.upsert<T>(doc, o));
      return { value: resource as T, etag: etag ?? '' };
    } catch (err) {
      return translate(err, doc.id);
    }
  }

  async delete(id: string, partitionKey: string): Promise<boolean> {
    try {
      await this.within((o) => this.container.item(id, partitionKey).delete(o));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      return translate(err, id);
    }
  }

  async query<T>(spec: SqlQuerySpec): Promise<T[]> {
    try {
      const { resources } = await this.within((o) => this.container.items.query<T & Doc>(spec, o).fetchAll());
      return resources.map((r) => strip<T>(r));
    } catch (err) {
      return translate(err, 'query');
    }
  }
}
