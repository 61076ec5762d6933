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
  const typing: Captured[] = [];
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
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url ?? '')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `conv-${next++}`, activityId: `a-${next++}` }));
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
    /** Typing indicators the bot sent (not counted as answers). */
    typing,
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
