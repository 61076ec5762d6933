import type { IncomingMessage, ServerResponse } from 'node:http';
import type restify from 'restify';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../src/logger';
import { activityProblem } from './activity-guard';
import type { Services } from './services';
import { pick } from '../src/domain/language';
import { localeOf } from '../src/app/actor';
import { downloadTexts } from '../src/app/texts-minutes';

/** The most bytes of JSON read from one request: Teams activities are far smaller. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

/**
 * The one body reader of /api/messages (instead of restify's bodyParser, which inflated gzip without
 * a limit on the inflated bytes and threw an unhandled 'error' on a broken stream). Only identity
 * `application/json` is read; everything else is refused from the headers alone, before a byte of the
 * body is read. The limit counts the bytes parsed. Every stream error becomes an answer, never an
 * 'error' event without a listener.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    return Promise.resolve({ ok: false, status: 415, message: 'Content-Encoding is not supported: send the activity uncompressed.' });
  }
  const mediaType = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (mediaType !== 'application/json') {
    return Promise.resolve({ ok: false, status: 415, message: 'Only application/json is accepted.' });
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.resolve({ ok: false, status: 413, message: `The body is larger than ${limit} bytes.` });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.removeListener('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause(); // the answer closes the connection; nothing more is read
        finish({ ok: false, status: 413, message: `The body is larger than ${limit} bytes.` });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', () => finish({ ok: false, status: 400, message: 'The request body could not be read.' }));
    req.on('aborted', () => finish({ ok: false, status: 400, message: 'The request was aborted.' }));
    req.on('end', () => {
      if (size === 0) return finish({ ok: false, status: 400, message: 'The body is empty: send a JSON activity.' });
      try {
        finish({ ok: true, body: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) as unknown });
      } catch {
        finish({ ok: false, status: 400, message: 'The body is not valid JSON.' });
      }
    });
  });
}

/** Answers a refused body and closes the connection, so an unread body is never read afterwards. */
export function refuseBody(res: ServerResponse, result: Extract<BodyResult, { ok: false }>): void {
  const body = JSON.stringify({
    error: result.status === 415 ? 'Unsupported Media Type' : result.status === 413 ? 'Payload Too Large' : 'Bad Request',
    message: result.message,
  });
  res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

export interface HttpDeps {
  log: Logger;
  adapter: TeamsAdapter;
  run(context: TurnContext): Promise<unknown>;
  services: Services;
  /** Answers when the store does (the readiness probe). */
  storeReady(): Promise<void>;
}

/** The HTTP routes: /api/messages, the signed document downloads, and the health probes. */
export function registerRoutes(server: restify.Server, { log, adapter, run, services, storeReady }: HttpDeps): void {
  server.post('/api/messages', async (req, res) => {
    const read = await readJsonBody(req);
    if (!read.ok) {
      log.warn({ status: read.status, problem: read.message }, 'request body refused');
      refuseBody(res, read);
      return;
    }
    const problem = activityProblem(read.body);
    if (problem) {
      log.warn({ problem }, 'malformed activity refused');
      res.send(400, { error: 'Bad Request', message: `Not a valid activity: ${problem}.` });
      return;
    }
    (req as { body?: unknown }).body = read.body;
    await adapter.process(req, res, async (context) => {
      await run(context);
    });
  });
  // Exported documents: the signed token decides; a bad, tampered or expired link never reaches a file.
  server.get('/files/:token/:name', async (req, res) => {
    try {
      const result = await services.minutes.download(String(req.params.token ?? ''));
      if (result.status !== 200) {
        res.writeHead(result.status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(pick(localeOf(req.headers['accept-language']), result.message));
        return;
      }
      const v = result.version;
      log.info({ meetingId: v.meetingId, exportId: v.exportId }, 'export downloaded');
      res.writeHead(200, {
        'content-type': v.contentType,
        'content-length': v.body.length,
        'content-disposition': `attachment; filename="${v.fileName}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(v.body);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'download failed');
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(pick(localeOf(req.headers['accept-language']), downloadTexts.unavailable));
    }
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await storeReady();
      res.send(200, { status: 'ready', store: 'ok' });
    } catch {
      res.send(503, { status: 'not ready', store: 'unreachable' });
    }
  });
}
