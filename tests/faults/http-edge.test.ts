import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { activityFactory, CHAIR } from '../helpers/bot-client';
import { startConnector } from '../../tools/teams/connector';

/**
 * The HTTP edge of the real bot process (dist/bot/main.js, local mode, embedded store): every kind of
 * broken, compressed, truncated, oversized or non-JSON body gets a 4xx without being inflated, the
 * process never dies (an uncaught exception kills it, and that fails this test), its peak memory stays
 * bounded, and it still answers a normal activity afterwards.
 */
jest.setTimeout(120_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

/** Peak and current resident memory of a process, from /proc (Linux), in MB. */
function memoryMb(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/** A raw request: any method, headers and body bytes; resolves with the status (0 if the connection broke). */
function send(port: number, method: string, headers: Record<string, string | number>, body?: Buffer | string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer (413, 415) and close before the whole body is written: the status still counts.
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', () => {
      if (!answered) resolve({ status: 0, body: '' });
    });
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** This environment without a bot identity or Cosmos endpoint: local mode, embedded store. */
const localEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(MicrosoftApp|COSMOS_|HOST$)/.test(k)));

/** ~1 MB of gzip that inflates to 1 GiB of zeros, compressed as a stream (never 1 GiB in this process). */
async function gzipBomb(): Promise<Buffer> {
  const gz = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < 1024; i++) {
    if (!gz.write(zeros)) await new Promise((r) => gz.once('drain', r));
  }
  gz.end();
  await done;
  return Buffer.concat(out);
}

test('broken, compressed, non-JSON and oversized bodies: 4xx, the process stays up with bounded memory', async () => {
  const connector = await startConnector();
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-edge-'));
  let stderr = '';
  // npm test builds dist/ first (scripts/test.sh).
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, '../../dist/bot/main.js')], {
    env: { ...localEnv(), PORT: String(port), LOG_LEVEL: 'silent', REFERENT_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  try {
    const deadline = Date.now() + 60_000; // a cold start under a loaded 2-core CI machine took 22 s
    while (
      !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the bot process did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const make = activityFactory(connector.serviceUrl);
    const chat = { id: '19:edge@thread.v2', type: 'groupChat' as const };
    const activity = JSON.stringify(make(chat, CHAIR, 'hjelp'));
    const json = { 'content-type': 'application/json' };
    const gzipped = zlib.gzipSync(activity);
    const bomb = await gzipBomb();
    const cases: { name: string; method?: string; headers: Record<string, string | number>; body?: Buffer | string; status: number }[] = [
      {
        name: 'gzip header, body not gzip (39 bytes)',
        headers: { ...json, 'content-encoding': 'gzip' },
        body: '{"type":"message","text":"not gzipped"}',
        status: 415,
      },
      { name: 'truncated gzip', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipped.subarray(0, gzipped.length >> 1), status: 415 },
      { name: 'valid gzip', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipped, status: 415 },
      { name: `gzip bomb (${(bomb.length / 1e6).toFixed(1)} MB → 1 GiB)`, headers: { ...json, 'content-encoding': 'gzip' }, body: bomb, status: 415 },
      { name: 'deflate', headers: { ...json, 'content-encoding': 'deflate' }, body: zlib.deflateSync(activity), status: 415 },
      { name: 'br', headers: { ...json, 'content-encoding': 'br' }, body: zlib.brotliCompressSync(activity), status: 415 },
      { name: 'unknown encoding', headers: { ...json, 'content-encoding': 'x-nonsense' }, body: activity, status: 415 },
      {
        name: 'form-urlencoded',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'type=message&serviceUrl=http://127.0.0.1:1&channelId=msteams&conversation[id]=x&from[id]=y&text=ny+gruppe+X',
        status: 415,
      },
      { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: activity, status: 415 },
      {
        name: 'multipart',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
        body: `--b\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--b--\r\n`,
        status: 415,
      },
      { name: 'no content type', headers: {}, body: activity, status: 415 },
      { name: 'application/jsonx', headers: { 'content-type': 'application/jsonx' }, body: activity, status: 415 },
      {
        name: 'oversized JSON (3 MB, with length)',
        headers: json,
        body: JSON.stringify({ ...JSON.parse(activity), pad: 'x'.repeat(3 * 1024 * 1024) }),
        status: 413,
      },
      {
        name: 'oversized JSON (3 MB, chunked)',
        headers: { ...json, 'transfer-encoding': 'chunked' },
        body: JSON.stringify({ ...JSON.parse(activity), pad: 'x'.repeat(3 * 1024 * 1024) }),
        status: 413,
      },
      { name: 'invalid JSON', headers: json, body: '{"type": "message", ', status: 400 },
      { name: 'JSON array', headers: json, body: '[1,2,3]', status: 400 },
      { name: 'empty body', headers: { ...json, 'content-length': 0 }, body: '', status: 400 },
      { name: 'identity encoding', headers: { ...json, 'content-encoding': 'identity' }, body: activity, status: 200 },
      { name: 'charset parameter', headers: { 'content-type': 'Application/JSON; charset=utf-8' }, body: activity, status: 200 },
      { name: 'GET', method: 'GET', headers: {}, status: 405 },
      { name: 'PUT', method: 'PUT', headers: json, body: activity, status: 405 },
      { name: 'DELETE', method: 'DELETE', headers: {}, status: 405 },
    ];
    const seen: string[] = [];
    for (const c of cases) {
      const r = await send(port, c.method ?? 'POST', c.headers, c.body);
      seen.push(`${c.name}: ${r.status}`);
      expect({ name: c.name, status: r.status, alive: child.exitCode === null }).toEqual({ name: c.name, status: c.status, alive: true });
    }
    const mem = memoryMb(child.pid!);
    process.stdout.write(`http-edge: ${seen.join('; ')}; RSS peak ${mem.peak.toFixed(0)} MB, now ${mem.now.toFixed(0)} MB\n`);
    expect(mem.peak).toBeLessThan(400);

    // Still serving: a normal activity gets its answer.
    const before = connector.captured.length;
    const ok = await send(port, 'POST', json, JSON.stringify(make(chat, CHAIR, 'hjelp')));
    expect(ok.status).toBe(200);
    await connector.waitForCount(before + 1);
    expect(child.exitCode).toBeNull();
    expect(stderr).not.toMatch(/uncaught|Unhandled|Error:/i);
  } finally {
    child.kill('SIGKILL');
    await connector.close();
  }
});
