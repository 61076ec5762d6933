import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startConnector } from './connector';

export interface Failure {
  status: number;
  headers?: Record<string, string>;
}

/**
 * The capture connector behind a front that fails the next activity POSTs on demand (429, 412,
 * 502, 504 …) before letting them through. Every attempt is recorded, failed or not, so a test can
 * count retries and measure the waits between them. Use `serviceUrl` of this, not of the inner one.
 */
export async function startFlakyConnector() {
  const inner = await startConnector();
  const target = new URL(inner.serviceUrl);
  const script: Failure[] = [];
  /** Fail every activity POST with this status until cleared (a storm). */
  let storm: Failure | undefined;
  const attempts: { at: number; path: string; status: number }[] = [];

  const server = http.createServer((req, res) => {
    const isActivity = req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '');
    const failure = isActivity ? (script.shift() ?? storm) : undefined;
    if (failure) {
      req.resume();
      req.on('end', () => {
        attempts.push({ at: Date.now(), path: req.url ?? '', status: failure.status });
        res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: `scripted ${failure.status}` } }));
      });
      return;
    }
    const forward = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      if (isActivity) attempts.push({ at: Date.now(), path: req.url ?? '', status: answer.statusCode ?? 0 });
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;

  return {
    ...inner,
    serviceUrl: `http://127.0.0.1:${port}/`,
    attempts,
    /** The next activity POSTs fail with these answers, in order. */
    failNext(...failures: Failure[]) {
      script.push(...failures);
    },
    /** Every activity POST fails with this answer until `storm(undefined)`. */
    storm(failure: Failure | undefined) {
      storm = failure;
    },
    reset() {
      script.splice(0);
      storm = undefined;
      attempts.splice(0);
      inner.clear();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await inner.close();
    },
  };
}
