import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
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

/** Typed point operations on one container: partition key on every read, If-Match on every replace. */
export class Documents {
  constructor(private readonly container: Container) {}

  async read<T extends Doc>(id: string, partitionKey: string): Promise<Versioned<T> | undefined> {
    try {
      const { resource, etag } = await this.container.item(id, partitionKey).read<T>();
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
      const { resource, etag } = await this.container.items.create<T>(doc);
      return { value: resource as T, etag: etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 409) return false;
      return translate(err, doc.id);
    }
  }

  async replace<T extends Doc>(doc: T, partitionKey: string, etag: string): Promise<Versioned<T>> {
    try {
      const { resource, etag: next } = await this.container
        .item(doc.id, partitionKey)
        .replace<T>(doc, { accessCondition: { type: 'IfMatch', condition: etag } });
      return { value: resource as T, etag: next ?? '' };
    } catch (err) {
      if (statusOf(err) === 404) throw new ConflictError(doc.id);
      return translate(err, doc.id);
    }
  }

  async upsert<T extends Doc>(doc: T): Promise<Versioned<T>> {
    try {
      const { resource, etag } = await this.container.items.upsert<T>(doc);
      return { value: resource as T, etag: etag ?? '' };
    } catch (err) {
      return translate(err, doc.id);
    }
  }

  async delete(id: string, partitionKey: string): Promise<boolean> {
    try {
      await this.container.item(id, partitionKey).delete();
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      return translate(err, id);
    }
  }

  async query<T>(spec: SqlQuerySpec): Promise<T[]> {
    try {
      const { resources } = await this.container.items.query<T & Doc>(spec).fetchAll();
      return resources.map((r) => strip<T>(r));
    } catch (err) {
      return translate(err, 'query');
    }
  }
}
