import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Teams connector (the activities' serviceUrl). It answers like the
 * channel, counts what the bots send and keeps the last text (and answer) per conversation for the setup steps.
 */
export async function startSinkConnector() {
  let sent = 0;
  let next = 0;
  const last = new Map<string, string>();
  const lastActivity = new Map<string, unknown>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      sent++;
      const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
      try {
        const activity = JSON.parse(body || '{}') as { text?: string };
        if (conversation && activity.text) {
          last.set(conversation, activity.text);
          lastActivity.set(conversation, activity);
        }
      } catch {
        /* ignore */
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sink-${++next}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get sent() {
      return sent;
    },
    lastText: (conversationId: string) => last.get(conversationId) ?? '',
    /** The last answer with text in the conversation, whole (cards included). */
    lastActivity: (conversationId: string) => lastActivity.get(conversationId),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
