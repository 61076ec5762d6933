import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { CONTAINERS } from '../cosmos/client';
import type { Journal } from './journal';

/**
 * Sits in front of the Cosmos server's request handler. Other clients are answered 503 until the
 * data is restored and again once the store is stopping (nothing new is taken on then). A document
 * write (create, upsert, replace, patch, delete, batch) that succeeds is answered only after a
 * journal line with its result is on disk: the server's answer is held back, its body (the document
 * as stored) becomes the line. The store's own requests carry `internal` and pass untouched.
 */
export interface WriteGate {
  /** Other clients are served (after the restore). */
  open(): void;
  /** Other clients get 503 from now on; resolves once their requests in flight are answered. */
  stop(): Promise<void>;
}

export interface WriteGateOptions {
  database: string;
  /** Header name and value the store's own client sends. */
  internal: { header: string; value: string };
  /** When set, writes are journaled before they are answered. */
  journal?: () => Journal | undefined;
  onRequest?: (req: IncomingMessage) => void;
  /** After a write was journaled (schedules compaction). */
  onJournaled?: () => void;
  onError?: (err: unknown) => void;
}

type Target = { c: string; id?: string; batch: boolean };

export function installWriteGate(server: Server, options: WriteGateOptions): WriteGate {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  let serving = false;
  let stopping = false;
  let inFlight = 0;
  const idle: (() => void)[] = [];

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers[options.internal.header] === options.internal.value) return handlers.forEach((h) => h(req, res));
    if (!serving || stopping) {
      res.writeHead(503, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ code: 'ServiceUnavailable', message: stopping ? 'the local store is stopping' : 'the local store is starting' }));
      return;
    }
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) idle.splice(0).forEach((r) => r());
    });
    options.onRequest?.(req);
    const journal = options.journal?.();
    const target = journal ? targetOf(req, options.database) : undefined;
    if (journal && target) holdAnswer(req, res, target, journal, options);
    handlers.forEach((h) => h(req, res));
  });

  return {
    open: () => void (serving = true),
    stop() {
      stopping = true;
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => idle.push(r));
    },
  };
}

const truthy = (v: string | string[] | undefined) => [v ?? []].flat().some((x) => x.toLowerCase() === 'true');

/** The container (and id) of a document write, or undefined for reads, queries and everything else. */
function targetOf(req: IncomingMessage, database: string): Target | undefined {
  if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH' && req.method !== 'DELETE') return undefined;
  if (truthy(req.headers['x-ms-documentdb-isquery']) || req.headers['content-type'] === 'application/query+json') return undefined;
  const m = /^\/+dbs\/([^/?]+)\/colls\/([^/?]+)\/docs(?:\/([^/?]+))?\/*(?:\?.*)?$/.exec(req.url ?? '');
  if (!m || decodeURIComponent(m[1]) !== database) return undefined;
  const c = decodeURIComponent(m[2]);
  if (!(c in CONTAINERS)) return undefined;
  return { c, id: m[3] === undefined ? undefined : decodeURIComponent(m[3]), batch: truthy(req.headers['x-ms-cosmos-is-batch-request']) };
}

/** '["g-1"]', ["g-1"], 'g-1' → 'g-1'; none → null. */
export function partitionValue(pk: unknown): unknown {
  let v = pk;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return v;
    }
  }
  if (Array.isArray(v)) v = v[0];
  return v === undefined || (v !== null && typeof v === 'object') ? null : v;
}

function holdAnswer(req: IncomingMessage, res: ServerResponse, target: Target, journal: Journal, options: WriteGateOptions): void {
  // A batch's delete names its document only in the request: keep the request body for it.
  const requestChunks: Buffer[] = [];
  if (target.batch) req.on('data', (c: Buffer) => requestChunks.push(c));
  const end = res.end.bind(res) as (body?: string) => ServerResponse;
  res.end = ((body?: unknown) => {
    // A delete's 204 has no body (undefined); every other success has the stored document.
    if (res.statusCode < 200 || res.statusCode >= 300) return end(body as string);
    let lines: string[];
    try {
      lines = linesOf(req, target, body, requestChunks);
    } catch (err) {
      options.onError?.(err);
      return failed(res, end);
    }
    if (lines.length === 0) return end(body as string);
    journal.append(lines).then(
      () => {
        options.onJournaled?.();
        end(body as string);
      },
      (err: unknown) => {
        options.onError?.(err);
        failed(res, end);
      },
    );
    return res;
  }) as typeof res.end;
}

/** Applied in memory but not on disk: the caller must not take it as stored (and may retry). */
function failed(res: ServerResponse, end: (body?: string) => ServerResponse): ServerResponse {
  res.statusCode = 500;
  res.removeHeader('etag');
  return end(JSON.stringify({ code: 'InternalServerError', message: 'the local store could not write its journal' }));
}

/** The journal lines of a successful write: each document's state after it, or its deletion. */
function linesOf(req: IncomingMessage, target: Target, body: unknown, requestChunks: Buffer[]): string[] {
  const c = JSON.stringify(target.c);
  if (req.method === 'DELETE') {
    if (!target.id) throw new Error(`a delete without a document id: ${req.url}`);
    return [JSON.stringify({ c: target.c, op: 'delete', id: target.id, pk: partitionValue(req.headers['x-ms-documentdb-partitionkey']) })];
  }
  if (!target.batch) {
    // The server's own JSON of the stored document, as it is: no parse and re-stringify per write.
    if (typeof body !== 'string' || !body.startsWith('{')) throw new Error(`a write answered without a document: ${String(body).slice(0, 100)}`);
    return [`{"c":${c},"op":"upsert","doc":${body}}`];
  }
  const ops = JSON.parse(Buffer.concat(requestChunks).toString('utf8')) as { operationType?: string; id?: string; partitionKey?: unknown }[];
  const results = JSON.parse(String(body)) as { statusCode: number; resourceBody?: Record<string, unknown> }[];
  const lines: string[] = [];
  results.forEach((r, i) => {
    const op = ops[i] ?? {};
    if (r.statusCode < 200 || r.statusCode >= 300 || op.operationType === 'Read') return;
    if (op.operationType === 'Delete') lines.push(JSON.stringify({ c: target.c, op: 'delete', id: op.id, pk: partitionValue(op.partitionKey) }));
    else if (r.resourceBody) lines.push(JSON.stringify({ c: target.c, op: 'upsert', doc: r.resourceBody }));
    else throw new Error(`batch operation ${i} (${op.operationType}) succeeded without a document`);
  });
  return lines;
}
