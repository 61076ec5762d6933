import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startReferent, type RunningReferent } from '../../bot/server';
import { withTeamsRetry } from '../../bot/teams-retry';
import { groupIdFor } from '../../src/app/groups';
import { StoreUnavailableError } from '../../src/app/ports';
import { openCosmosStore } from '../../src/persistence/cosmos/client';
import { Documents, OPERATION_DEADLINE_MS } from '../../src/persistence/cosmos/documents';
import { startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { activityFactory, CHAIR, post } from '../helpers/bot-client';
import { startFlakyConnector } from '../../tools/teams/flaky-connector';

const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { statusCode: status, response: { status, headers: { get: (n: string) => headers[n] } } });

describe('withTeamsRetry (virtual clock)', () => {
  function clock() {
    let t = 0;
    const waits: number[] = [];
    return { waits, now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)), advance: (ms: number) => (t += ms) };
  }

  it.each([429, 412, 502, 504])('retries %i with growing, jittered waits, then succeeds', async (status) => {
    const c = clock();
    let calls = 0;
    const result = await withTeamsRetry(async () => (++calls <= 3 ? Promise.reject(httpError(status)) : 'ok'), c);
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    // 250, 500, 1000 ms backoff, each between half and all of it.
    [250, 500, 1000].forEach((backoff, i) => {
      expect(c.waits[i]).toBeGreaterThanOrEqual(backoff / 2);
      expect(c.waits[i]).toBeLessThanOrEqual(backoff);
    });
  });

  it.each([400, 401, 403, 404, 500, 503])('does not retry %i', async (status) => {
    let calls = 0;
    await expect(withTeamsRetry(async () => Promise.reject(httpError(++calls && status)), clock())).rejects.toThrow(`HTTP ${status}`);
    expect(calls).toBe(1);
  });

  it('does not retry errors without an HTTP status (a bug is not a throttle)', async () => {
    let calls = 0;
    await expect(withTeamsRetry(async () => Promise.reject(new TypeError(`boom ${++calls}`)), clock())).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
  });

  it('waits as long as Retry-After asks when that fits the budget, and gives up at once when it does not', async () => {
    const c = clock();
    let calls = 0;
    await withTeamsRetry(async () => (++calls === 1 ? Promise.reject(httpError(429, { 'retry-after': '3' })) : 'ok'), c);
    expect(c.waits).toEqual([3000]);
    const d = clock();
    calls = 0;
    await expect(withTeamsRetry(async () => Promise.reject(httpError(429, { 'retry-after': `${++calls && 30}` })), d)).rejects.toThrow('HTTP 429');
    expect(calls).toBe(1);
    expect(d.waits).toEqual([]);
  });

  it('makes one attempt and no retry when the turn has no budget left', async () => {
    let calls = 0;
    await expect(withTeamsRetry(async () => (++calls, Promise.reject(httpError(429))), { ...clock(), budgetMs: 0 })).rejects.toThrow('HTTP 429');
    expect(calls).toBe(1);
  });

  it('stays inside the budget in a storm, counting how long attempts take', async () => {
    const c = clock();
    let calls = 0;
    // Each attempt takes 3 s (the connector's own retries of a 502): after the first, only one more fits 8 s,
    // whatever the jitter (3 + ≤0.25 + 3 = ≤6.25 s; a third would end at ≥9.5 s).
    await expect(withTeamsRetry(async () => (c.advance(3000), ++calls, Promise.reject(httpError(502))), c)).rejects.toThrow('HTTP 502');
    expect(calls).toBe(2);
    expect(c.now()).toBeLessThanOrEqual(8000);
    const fast = clock();
    calls = 0;
    await expect(withTeamsRetry(async () => (++calls, Promise.reject(httpError(429))), fast)).rejects.toThrow('HTTP 429');
    expect(calls).toBe(6); // maxAttempts
    expect(fast.now()).toBeLessThanOrEqual(8000);
  });
});

describe('sends to Teams through the real connector client', () => {
  let flaky: Awaited<ReturnType<typeof startFlakyConnector>>;
  let running: RunningReferent;
  let make: ReturnType<typeof activityFactory>;
  const logs: Record<string, unknown>[] = [];
  const conversation = { id: '19:flaky@thread.v2', type: 'groupChat' as const };

  beforeAll(async () => {
    flaky = await startFlakyConnector();
    make = activityFactory(flaky.serviceUrl);
    const logStream = new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) });
    running = await startReferent({ PORT: '0', LOG_LEVEL: 'warn', REFERENT_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'referent-flaky-')) }, { logStream });
  });
  afterAll(async () => {
    await running.close();
    await flaky.close();
  });
  beforeEach(() => flaky.reset());

  async function help() {
    const started = Date.now();
    const res = await post(running.url, make(conversation, CHAIR, 'hjelp'));
    return { status: res.status, ms: Date.now() - started };
  }

  it('answers 429 twice then 200: the reply goes out once, after backoff', async () => {
    flaky.failNext({ status: 429 }, { status: 429 });
    const { status } = await help();
    expect(status).toBe(200);
    expect(flaky.attempts.map((a) => a.status)).toEqual([429, 429, 200]);
    expect(flaky.captured).toHaveLength(1);
    expect(flaky.captured[0].activity.text).toContain('ny gruppe');
    const [a, b, c] = flaky.attempts.map((x) => x.at);
    expect(b - a).toBeGreaterThanOrEqual(120); // ≥ half of 250 ms
    expect(c - b).toBeGreaterThanOrEqual(240); // ≥ half of 500 ms
    expect(logs.filter((l) => l.msg === 'Teams refused a send for now: retrying' && l.conversationId === conversation.id)).toHaveLength(2);
  });

  it('answers 412 once then 200', async () => {
    flaky.failNext({ status: 412 });
    expect((await help()).status).toBe(200);
    expect(flaky.attempts.map((a) => a.status)).toEqual([412, 200]);
    expect(flaky.captured).toHaveLength(1);
  });

  it('answers 502 and 504 then 200 (the connector pipeline retries gateway errors itself)', async () => {
    flaky.failNext({ status: 502 }, { status: 504 });
    expect((await help()).status).toBe(200);
    expect(flaky.attempts.map((a) => a.status)).toEqual([502, 504, 200]);
    expect(flaky.captured).toHaveLength(1);
  });

  it('gives up on a 429 storm inside the budget, without an extra error message', async () => {
    flaky.storm({ status: 429 });
    const { status, ms } = await help();
    expect(status).toBe(200);
    expect(ms).toBeLessThan(9000);
    expect(flaky.attempts).toHaveLength(6);
    expect(flaky.captured).toHaveLength(0);
    expect(logs.find((l) => l.msg === 'turn failed' && (l.err as { status?: number }).status === 429)).toBeDefined();
  });

  it('gives up on a 502 storm well inside Teams 15 s', async () => {
    flaky.storm({ status: 502 });
    const { ms } = await help();
    expect(ms).toBeLessThan(10_000);
    expect(flaky.attempts.length).toBeLessThanOrEqual(4); // the pipeline's 1 + 3; no second round that would not fit
    expect(flaky.captured).toHaveLength(0);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('a store that goes down and comes back', () => {
  let store: LocalStore;
  let running: RunningReferent;
  let flaky: Awaited<ReturnType<typeof startFlakyConnector>>;
  let make: ReturnType<typeof activityFactory>;
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-down-'));
    port = await freePort();
    store = await startLocalStore({ dataDir, port });
    flaky = await startFlakyConnector();
    make = activityFactory(flaky.serviceUrl);
    running = await startReferent({ PORT: '0', LOG_LEVEL: 'silent', REFERENT_DATA_DIR: dataDir, COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key });
  });
  afterAll(async () => {
    await running.close();
    await flaky.close();
    await store.close();
  });

  const readyz = async () => (await fetch(`http://127.0.0.1:${running.port}/readyz`)).status;
  async function command(conversationId: string, text: string) {
    flaky.reset();
    const started = Date.now();
    const res = await post(running.url, make({ id: conversationId, type: 'groupChat' }, CHAIR, text));
    expect(res.status).toBe(200);
    const [reply] = await flaky.waitForCount(1, 15_000);
    return { text: String(reply.activity.text), ms: Date.now() - started };
  }

  it('works, says "not saved" while the store is down, and recovers by itself', async () => {
    expect(await readyz()).toBe(200);
    expect((await command('19:before@thread.v2', 'ny gruppe Før')).text).toContain('er opprettet');

    await store.close();
    expect(await readyz()).toBe(503);
    const down = await command('19:during@thread.v2', 'ny gruppe Under');
    expect(down.text).toContain('IKKE lagret');
    expect(down.text).not.toContain('opprettet');
    expect(down.ms).toBeLessThan(15_000);
    expect(flaky.captured).toHaveLength(1); // no false confirmation after the warning either

    store = await startLocalStore({ dataDir, port });
    expect(await readyz()).toBe(200);
    const after = await command('19:during@thread.v2', 'ny gruppe Under');
    expect(after.text).toContain('«Under» er opprettet');
    expect((await running.repositories.groups.get(groupIdFor('19:before@thread.v2')))?.value.name).toBe('Før'); // kept across the restart
  });
});

describe('Cosmos operations end within their deadline, retries included', () => {
  // A store that resets every connection (the SDK retries that 10 × 1 s) and one that never answers.
  const held = new Set<net.Socket>();
  const servers = { reset: net.createServer((socket) => socket.destroy()), hung: net.createServer((socket) => void held.add(socket)) };
  beforeAll(() => Promise.all(Object.values(servers).map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r())))));
  afterAll(async () => {
    held.forEach((socket) => socket.destroy());
    await Promise.all(Object.values(servers).map((s) => new Promise<void>((r) => s.close(() => r()))));
  });

  it('keeps the default deadline well inside Teams 15 s', () => {
    expect(OPERATION_DEADLINE_MS).toBeLessThanOrEqual(6_000);
  });

  it.each(['reset', 'hung'] as const)('a %s store: read and write give up at the deadline as StoreUnavailableError', async (kind) => {
    const port = (servers[kind].address() as net.AddressInfo).port;
    const store = await openCosmosStore({ endpoint: `http://127.0.0.1:${port}`, key: 'a2V5', database: 'referent', local: true });
    const docs = new Documents(store.containers.groups, 1_500);
    try {
      for (const op of [() => docs.read('g-1', 'g-1'), () => docs.create({ id: 'g-1', groupId: 'g-1' })]) {
        const started = Date.now();
        await expect(op()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(Date.now() - started).toBeLessThan(1_500 + 1_200); // + at most one SDK retry pause in flight
      }
    } finally {
      store.client.dispose();
    }
  });
});
