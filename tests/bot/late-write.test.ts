import http from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startReferent, type RunningReferent } from '../../bot/server';
import { startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { activityFactory, CHAIR, post } from '../helpers/bot-client';
import { startConnector } from '../../tools/teams/connector';
import { makeMembers, openMeetingViaCommands } from '../helpers/open-meeting';

/**
 * A store that writes but answers late (#14 item 5): the write goes through, its answer comes after the
 * 6 s operation deadline. Before, the member was told «IKKE lagret» although the input was stored.
 */
jest.setTimeout(60_000);

/** Forwards to the store; while `delayMs` is set, answers to requests carrying `heldText` are held back that long. */
async function slowAnswersProxy(target: string, heldText: string) {
  let delayMs = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      // Only the write that carries the input is answered late; the turn's other requests are not.
      const hold = body.toString().includes(heldText) ? delayMs : 0;
      const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
        setTimeout(() => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        }, hold);
      });
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hold: (ms: number) => void (delayMs = ms),
    close: () => (server.closeAllConnections(), new Promise<void>((r) => server.close(() => r()))),
  };
}

test('a write answered after the deadline: the member is told it was not confirmed (not that it was lost), and «mine innspill» shows it', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-late-'));
  const store: LocalStore = await startLocalStore({ dataDir });
  const proxy = await slowAnswersProxy(store.endpoint, 'Sen oppdatering');
  const connector = await startConnector();
  const running: RunningReferent = await startReferent({
    PORT: '0',
    LOG_LEVEL: 'silent',
    REFERENT_DATA_DIR: dataDir,
    COSMOS_ENDPOINT: proxy.endpoint,
    COSMOS_KEY: store.key,
  });
  try {
    const make = activityFactory(connector.serviceUrl);
    const chat = { id: '19:late-group@thread.v2', type: 'groupChat' as const };
    const [member] = makeMembers(1, 'Sen');
    const meeting = await openMeetingViaCommands((text) => post(running.url, make(chat, CHAIR, text)), running.repositories, chat.id, [member]);
    // The answer is the first message activity (the turn may also send other activities first).
    const firstMessage = async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = connector.captured.find((c) => c.activity.type === 'message');
        if (found) return found;
        if (Date.now() > deadline) throw new Error('no message from the bot');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const personal = { id: `a:late-${member.id}`, type: 'personal' as const };

    proxy.hold(7_500);
    connector.clear();
    expect((await post(running.url, make(personal, member, 'innspill Sen oppdatering æøå'))).status).toBe(200);
    const warning = await firstMessage(15_000);
    expect(warning.activity.text).toContain('Jeg fikk ikke bekreftet at det ble lagret');
    expect(warning.activity.text).toContain('mine innspill');
    expect(warning.activity.text).not.toContain('IKKE lagret');

    proxy.hold(0);
    await new Promise((r) => setTimeout(r, 2_000)); // the held answer arrives; the write was there all along
    expect((await running.repositories.inputs.get(meeting.meetingId, member.organization))?.value.text).toBe('Sen oppdatering æøå');
    connector.clear();
    await post(running.url, make(personal, member, 'mine innspill'));
    const mine = await firstMessage(10_000);
    expect(JSON.stringify(mine.activity)).toContain('Sen oppdatering æøå');
  } finally {
    await running.close();
    await connector.close();
    await proxy.close();
    await store.close();
  }
});
