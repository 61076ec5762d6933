import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startReferent, type RunningReferent } from '../../bot/server';
import { groupIdFor } from '../../src/app/groups';
import { startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { activityFactory, CHAIR, post } from '../helpers/bot-client';
import { startConnector } from '../../tools/teams/connector';

/**
 * ALLOWED_TENANTS: activities from other tenants are ignored and logged, before anything touches
 * the store. The bot's store here is a separately started local store, so a test can take it away.
 */
const STRANGER = { id: '29:stranger', aadObjectId: '00000000-0000-0000-0000-0000000000e1', name: 'Eve Utenfor' };

describe('activities from tenants that are not allowed', () => {
  let store: LocalStore;
  let running: RunningReferent;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let make: ReturnType<typeof activityFactory>;
  const logs: Record<string, unknown>[] = [];
  let seq = 0;

  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-tenants-'));
    store = await startLocalStore({ dataDir });
    connector = await startConnector();
    make = activityFactory(connector.serviceUrl);
    const logStream = new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) });
    running = await startReferent(
      {
        PORT: '0',
        LOG_LEVEL: 'info',
        REFERENT_DATA_DIR: dataDir,
        COSMOS_ENDPOINT: store.endpoint,
        COSMOS_KEY: store.key,
        ALLOWED_TENANTS: 'tenant-1, tenant-2',
      },
      { logStream },
    );
  });
  afterAll(async () => {
    await running.close();
    await connector.close();
    await store.close();
  });

  /** A message from another tenant, in a conversation of its own. */
  function foreign(text: string, tenant: string | undefined = 'tenant-evil') {
    const conversation = { id: `19:foreign-${++seq}@thread.v2`, type: 'groupChat' as const };
    const a = make(conversation, STRANGER, text);
    return { ...a, conversation: { ...a.conversation, tenantId: tenant }, channelData: tenant ? { tenant: { id: tenant } } : {} };
  }
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('answers an allowed tenant (control)', async () => {
    const conversation = { id: '19:allowed@thread.v2', type: 'groupChat' as const };
    const res = await post(running.url, make(conversation, CHAIR, 'ny gruppe Tillatt'));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForCount(1);
    expect(reply.activity.text).toContain('«Tillatt» er opprettet');
    connector.clear();
  });

  it('ignores a command from another tenant: no reply, nothing stored, a warning with ids and no text', async () => {
    const activity = foreign('ny gruppe Inntrenger');
    const res = await post(running.url, activity);
    expect(res.status).toBe(200);
    await settle();
    expect(connector.captured).toHaveLength(0);
    expect(await running.repositories.conversations.get(activity.conversation.id)).toBeUndefined();
    expect(await running.repositories.groups.get(groupIdFor(activity.conversation.id))).toBeUndefined();
    const warning = logs.find((l) => l.activityId === activity.id && l.level === 40);
    expect(warning).toMatchObject({ tenant: 'tenant-evil', conversationId: activity.conversation.id, msg: expect.stringContaining('not allowed') });
    expect(JSON.stringify(logs)).not.toContain('Inntrenger');
  });

  it('ignores an activity that names no tenant at all', async () => {
    const activity = foreign('ny gruppe Uten leietaker', undefined);
    expect((await post(running.url, activity)).status).toBe(200);
    await settle();
    expect(connector.captured).toHaveLength(0);
    expect(await running.repositories.conversations.get(activity.conversation.id)).toBeUndefined();
  });

  it('accepts a tenant given only in channelData (as Teams sends it in some events)', async () => {
    const activity = foreign('hjelp', 'tenant-2');
    const noConversationTenant = { ...activity, conversation: { ...activity.conversation, tenantId: undefined } };
    expect((await post(running.url, noConversationTenant)).status).toBe(200);
    const [reply] = await connector.waitForCount(1);
    expect(reply.activity.text).toContain('ny gruppe');
    connector.clear();
  });

  it('refuses a card action from another tenant with 403 and leaves the card as it is', async () => {
    const activity = {
      ...foreign(''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', verb: 'approval.approve', data: { meetingId: 'm-1', item: 1 } } },
    };
    const res = await post(running.url, activity);
    expect(res.status).toBe(403);
    await settle();
    expect(connector.captured).toHaveLength(0); // no updateActivity, no message
    expect(await running.repositories.conversations.get(activity.conversation.id)).toBeUndefined();
  });

  it('ignores other tenants before any store access: with the store down there is no store error either', async () => {
    await store.close();
    try {
      const activity = foreign('ny gruppe Mens lageret er nede');
      expect((await post(running.url, activity)).status).toBe(200);
      await settle();
      expect(connector.captured).toHaveLength(0);
      // Control: an allowed tenant does reach the store now, and is told it is down.
      const allowed = make({ id: '19:allowed-2@thread.v2', type: 'groupChat' }, CHAIR, 'ny gruppe Nede');
      await post(running.url, allowed);
      const [reply] = await connector.waitForCount(1, 15_000);
      expect(reply.activity.text).toContain('IKKE lagret');
      expect(logs.filter((l) => l.msg === 'turn failed').every((l) => l.conversationId === '19:allowed-2@thread.v2')).toBe(true);
    } finally {
      store = await startLocalStore({ dataDir: running.config.dataDir, port: store.port });
    }
  });
});
