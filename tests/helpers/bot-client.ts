import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startReferent, type RunningReferent } from '../../bot/server';
import { message, nextId, type Conversation } from '../../scripts/bench/activities';
import { startConnector } from '../../tools/teams/connector';

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  /** What Teams' member information says (the simulator answers TeamsInfo.getMember with it). */
  email?: string;
  userPrincipalName?: string;
}

export const CHAIR: TestUser = { id: '29:chair', aadObjectId: '00000000-0000-0000-0000-0000000000c1', name: 'Ørjan Sålvik' };

/** Builds Teams-shaped message activities (tenant-1, nb-NO) to post to the bot's real HTTP endpoint. */
export function activityFactory(serviceUrl: string) {
  return (conversation: Conversation, from: TestUser, text: string, extra: Record<string, unknown> = {}) => ({
    ...message(serviceUrl, conversation, from, text, nextId('act'), { tenant: 'tenant-1' }),
    ...extra,
  });
}

export async function post(url: string, activity: unknown): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: res.status, body: await res.text() };
}

/** Starts Referent on a free port with a fresh data folder, and a capture connector. */
export async function startBotForTest(env: Record<string, string> = {}, options: Parameters<typeof startReferent>[1] = {}) {
  const dataDir = env.REFERENT_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'referent-test-')));
  const connector = await startConnector();
  // The scheduler's own interval is off: tests that want due jobs run them with running.scheduler.tick(now) on a fixed clock.
  const running: RunningReferent = await startReferent(
    { PORT: '0', LOG_LEVEL: 'silent', REFERENT_DATA_DIR: dataDir, SCHEDULE_TICK_SECONDS: '0', ...env },
    options,
  );
  const factory = activityFactory(connector.serviceUrl);
  // A user with an e-mail or UPN is known to the simulator's member information from their first activity on.
  const make: typeof factory = (conversation, from, text, extra) => {
    if (from.email || from.userPrincipalName)
      connector.directory.set(from.id, { name: from.name, aadObjectId: from.aadObjectId, email: from.email, userPrincipalName: from.userPrincipalName });
    return factory(conversation, from, text, extra);
  };
  return {
    running,
    connector,
    dataDir,
    make,
    /** Sends a message and waits for the bot's answers to it. */
    async say(conversation: Parameters<typeof make>[0], from: TestUser, text: string, expectReplies = 1) {
      const before = connector.captured.length;
      const res = await post(running.url, make(conversation, from, text));
      if (res.status >= 300) throw new Error(`bot answered HTTP ${res.status}: ${res.body}`);
      if (expectReplies === 0) return [];
      // Typing indicators are kept apart by the connector (tools/teams/connector.ts): captured holds answers only.
      const all = await connector.waitForCount(before + expectReplies);
      return all.slice(before).map((c) => c.activity);
    },
    async close() {
      await running.close();
      await connector.close();
    },
  };
}
