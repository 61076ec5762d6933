import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot sent to the channel: replies, updates and proactive messages. */
export interface Captured {
  method: string;
  path: string;
  conversationId: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bot's activities, read loosely by tests
  activity: Record<string, any>;
}

/**
 * A loopback stand-in for the Bot Framework connector (the activity's serviceUrl): records every
 * activity the bot sends and answers like the channel does.
 */
export async function startConnector() {
  const captured: Captured[] = [];
  /** Teams' member information by channel user id (TeamsInfo.getMember): what a test registered. */
  const directory = new Map<string, { email?: string; userPrincipalName?: string; name?: string; aadObjectId?: string }>();
  const typing: Captured[] = [];
  /** Activity ids whose update (PUT) is refused as Teams refuses a deleted message: 404, nothing captured. */
  const gone = new Set<string>();
  const waiters: (() => void)[] = [];
  let next = 1;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const conversationId = match ? decodeURIComponent(match[1]) : '';
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
      let activity: Record<string, any> = {};
      try {
        activity = body ? JSON.parse(body) : {};
      } catch {
        /* not JSON */
      }
      // Member information (GET …/conversations/{id}/members/{userId}): the registered user, else 404 as Teams answers.
      const member = req.method === 'GET' ? /\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(req.url ?? '') : null;
      if (member) {
        const id = decodeURIComponent(member[1]);
        const info = directory.get(id);
        res.writeHead(info ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(info ? { id, ...info } : { error: { code: 'MemberNotFoundInConversation', message: 'member not found' } }));
        return;
      }
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url ?? '')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `conv-${next++}`, activityId: `a-${next++}` }));
        return;
      }
      const updated = req.method === 'PUT' ? /\/activities\/([^/?]+)/.exec(req.url ?? '') : null;
      if (updated && gone.has(decodeURIComponent(updated[1]))) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound', message: 'activity not found' } }));
        return;
      }
      // Typing indicators are not answers: teams-ai sends one when a turn runs long (a busy machine),
      // and counting it made tests read the indicator as the reply. They are kept apart.
      const entry = { method: req.method ?? '', path: req.url ?? '', conversationId, activity };
      if (activity.type === 'typing') typing.push(entry);
      else captured.push(entry);
      waiters.splice(0).forEach((w) => w());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${next++}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    captured,
    /** Register what Teams' member information says about a user (e-mail, UPN), by channel user id. */
    directory,
    /** Typing indicators the bot sent (not counted as answers). */
    typing,
    /** From now on, updates of this activity are refused with 404 (a message deleted in Teams). */
    refuseUpdates: (activityId: string) => gone.add(activityId),
    /** Waits until `count` activities (in total) were captured since the start or the last clear. */
    async waitForCount(count: number, timeoutMs = 5000): Promise<Captured[]> {
      const deadline = Date.now() + timeoutMs;
      while (captured.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} bot activities, got ${captured.length}: ${JSON.stringify(captured.map((c) => c.activity.text))}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
      return captured;
    },
    clear: () => captured.splice(0),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
