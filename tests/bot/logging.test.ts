import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startReferent, type RunningReferent } from '../../bot/server';
import { startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { activityFactory, CHAIR, post } from '../helpers/bot-client';
import { startConnector } from '../../tools/teams/connector';

/**
 * Logs are JSON lines (pino) that carry ids — activity, conversation, meeting — and never what people
 * wrote: no message text or card input at info level or above, also when a turn fails.
 */
interface Line {
  level: number;
  time: string;
  service: string;
  msg: string;
  [key: string]: unknown;
}

describe('structured logs', () => {
  let store: LocalStore;
  let running: RunningReferent;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let make: ReturnType<typeof activityFactory>;
  const raw: string[] = [];
  const lines = () => raw.map((l) => JSON.parse(l) as Line);
  const GROUP = { id: '19:logging@thread.v2', type: 'groupChat' as const };
  const settle = () => new Promise((r) => setTimeout(r, 400));

  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-logging-'));
    store = await startLocalStore({ dataDir });
    connector = await startConnector();
    make = activityFactory(connector.serviceUrl);
    const logStream = new Writable({ write: (chunk, _enc, done) => (raw.push(...String(chunk).split('\n').filter(Boolean)), done()) });
    running = await startReferent(
      { PORT: '0', LOG_LEVEL: 'debug', REFERENT_DATA_DIR: dataDir, COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, ALLOWED_TENANTS: 'tenant-1' },
      { logStream },
    );

    // What people write, in every shape the bot receives it; each carries a marker the logs must not.
    await post(running.url, make(GROUP, CHAIR, 'ny gruppe HEMMELIG-gruppenavn'));
    await post(running.url, make(GROUP, CHAIR, 'HEMMELIG-ukjent-kommando med tekst'));
    await post(running.url, make({ id: 'a:logging-personal', type: 'personal' }, CHAIR, 'HEMMELIG-innspill fra Ås kommune'));
    const foreign = make({ id: '19:logging-foreign@thread.v2', type: 'groupChat' }, CHAIR, 'ny gruppe HEMMELIG-fremmed');
    await post(running.url, { ...foreign, conversation: { ...foreign.conversation, tenantId: 'tenant-x' }, channelData: { tenant: { id: 'tenant-x' } } });
    const card = make(GROUP, CHAIR, '');
    await post(running.url, {
      ...card,
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'ukjent.verb', data: { note: 'HEMMELIG-kortinndata' } } },
    });
    const inMeeting = make({ id: '19:meeting_logging@thread.v2', type: 'groupChat' }, CHAIR, 'hjelp HEMMELIG-i-møtet');
    await post(running.url, { ...inMeeting, channelData: { tenant: { id: 'tenant-1' }, meeting: { id: 'MCMxOTptZWV0aW5nX2xvZ2dpbmc=' } } });
    await settle();
    // A turn that fails: the store is gone.
    await store.close();
    await post(running.url, make(GROUP, CHAIR, 'nytt møte 01.02.2031 09:00-10:00 HEMMELIG-sted'));
    await connector.waitForCount(connector.captured.length + 1, 15_000).catch(() => undefined);
    await settle();
  });
  afterAll(async () => {
    await running.close();
    await connector.close();
  });

  it('writes JSON lines with level, time and service', () => {
    expect(raw.length).toBeGreaterThan(5);
    for (const line of lines())
      expect(line).toMatchObject({ level: expect.any(Number), time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), service: 'referent', msg: expect.any(String) });
  });

  it('never writes what people wrote at info level or above', () => {
    const loud = raw.filter((l) => (JSON.parse(l) as Line).level >= 30);
    expect(loud.length).toBeGreaterThan(0);
    for (const line of loud) {
      expect(line).not.toMatch(/HEMMELIG/);
      expect(line).not.toContain('Ås kommune');
    }
  });

  it('logs a failed turn with its ids and the error, not the text', () => {
    const failed = lines().find((l) => l.msg === 'turn failed');
    expect(failed).toMatchObject({
      level: 50,
      conversationId: GROUP.id,
      activityId: expect.any(String),
      type: 'message',
      err: { name: 'StoreUnavailableError' },
    });
    expect(JSON.stringify(failed)).not.toMatch(/HEMMELIG|nytt møte/);
  });

  it('logs a refused tenant with the ids', () => {
    expect(lines().find((l) => l.tenant === 'tenant-x')).toMatchObject({
      level: 40,
      conversationId: '19:logging-foreign@thread.v2',
      activityId: expect.any(String),
    });
  });

  it('carries the meeting id on every line of a turn in a meeting', () => {
    const inMeeting = lines().filter((l) => l.conversationId === '19:meeting_logging@thread.v2');
    expect(inMeeting.length).toBeGreaterThan(0);
    for (const line of inMeeting) expect(line.meetingId).toBe('MCMxOTptZWV0aW5nX2xvZ2dpbmc=');
  });
});
