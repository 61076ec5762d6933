/**
 * The Agents Playground harness against a tiny echo bot (no product code): messages from two
 * configured users in personal chat, group chat and a channel thread reach the bot with the right
 * sender and @mention, the echoes come back over the WebSocket, and a card action round-trips.
 */
import { startEchoBot, type EchoBot, CARD } from '../../tools/echo/card-echo-bot';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfigPath, startPlayground, type Playground } from '../../tools/playground/playground';
import { freePort, isPortTaken } from '../../tools/free-port';

jest.setTimeout(50_000);

let bot: EchoBot;
let playground: Playground;
const startedIn: Record<string, number> = {};

beforeAll(async () => {
  bot = await startEchoBot(await freePort());
  const t0 = Date.now();
  playground = await startPlayground({ botEndpoint: bot.url, startTimeoutMs: 25_000 });
  startedIn.playground = Date.now() - t0;
  console.log(`Agents Playground answered on port ${playground.port} after ${startedIn.playground} ms`);
});

afterAll(async () => {
  await playground?.close();
  await bot?.close();
});

test('serves the committed config: the chair as currentUser and five members', async () => {
  const { config } = await playground.config();
  expect(config.bot.name).toBe('Referent');
  expect(config.currentUser.name).toBe('Ørjan Sålvik');
  expect(config.users).toHaveLength(5);
  expect(playground.users.map((u) => u.name)).toContain('Cecilie Hårstøl');
  expect(config.groupChats[0]?.name).toBe('Faggruppe næringssamarbeid');
  expect(playground.conversations.channel).toBeDefined();
});

test('personal chat as the current user, group chat as another member: echoes arrive on the WebSocket', async () => {
  const chair = playground.currentUser;
  const member = playground.users.find((u) => u.name === 'Didrik Aasland')!;
  const { personal, group } = playground.conversations;

  const sentPersonal = await playground.send(personal, chair.id, 'hjelp');
  expect(sentPersonal).toMatchObject({ delivered: true, via: 'messages' });
  const sentGroup = await playground.send(group, member.id, 'hjelp i gruppa');
  expect(sentGroup).toMatchObject({ delivered: true, via: 'customActivities' });

  const inPersonal = await playground.messages.waitFor((m) => m.text.startsWith('echo: hjelp |'), 10_000);
  expect(inPersonal.conversationId).toBe(personal);
  expect(inPersonal.text).toContain(`from=${chair.id} | aad=${chair.aadObjectId}`);
  expect(inPersonal.text).toContain('type=personal | mention=no');

  const inGroup = await playground.messages.waitFor((m) => m.text.startsWith('echo: hjelp i gruppa'), 10_000);
  expect(inGroup.conversationId).toBe(group);
  expect(inGroup.text).toContain(`from=${member.id} | aad=${member.aadObjectId}`);
  expect(inGroup.text).toContain('type=groupChat | mention=yes');

  // What the bot received: Teams' shape of an @mention in a group chat.
  const activity = bot.received.find((a) => a.id === sentGroup.messageId)!;
  expect(activity.text).toBe('<at>Referent</at> hjelp i gruppa');
  expect(activity.entities).toEqual(
    expect.arrayContaining([{ type: 'mention', mentioned: { id: playground.bot.id, name: 'Referent' }, text: '<at>Referent</at>' }]),
  );
});

test('the chair in the group chat goes through the Playground’s own message route, with the mention', async () => {
  const since = playground.messages.mark();
  await playground.send(playground.conversations.group, playground.currentUser.id, 'fra møteleder');
  const echo = await playground.messages.waitFor((m) => m.text.startsWith('echo: fra møteleder'), 10_000, since);
  expect(echo.text).toContain(`from=${playground.currentUser.id}`);
  expect(echo.text).toContain('mention=yes');
});

test('a group chat message without @mention does not reach the bot (as in Teams)', async () => {
  const before = bot.received.length;
  const chair = await playground.send(playground.conversations.group, playground.currentUser.id, 'ikke til boten', { mentionBot: false });
  const member = await playground.send(playground.conversations.group, playground.users[2].id, 'heller ikke', { mentionBot: false });
  expect([chair.delivered, member.delivered]).toEqual([false, false]);
  await new Promise((r) => setTimeout(r, 500));
  expect(bot.received.length).toBe(before);
});

test('a channel thread: the chair starts it, a member answers in it', async () => {
  const channel = playground.conversations.channel!;
  const member = playground.users.find((u) => u.name === 'Lene-Marit Lyngstad')!;
  const started = await playground.send(channel, playground.currentUser.id, 'ny tråd');
  expect(started.postConversationId).toBe(`${channel};messageid=${started.messageId}`);
  await playground.send(started.postConversationId!, member.id, 'svar i tråden');
  const echo = await playground.messages.waitFor((m) => m.text.startsWith('echo: svar i tråden'), 10_000);
  expect(echo.conversationId).toBe(started.postConversationId);
  expect(echo.rootConversationId).toBe(channel);
  expect(echo.text).toContain(`from=${member.id}`);
  expect(echo.text).toContain('type=channel | mention=yes');
  await expect(playground.send(channel, member.id, 'ny tråd fra medlem')).rejects.toThrow(/postConversationId/);
});

test('a card action (adaptiveCard/action invoke) answers with the updated card, acting as any member', async () => {
  const { group } = playground.conversations;
  const since = playground.messages.mark();
  await playground.send(group, playground.currentUser.id, 'kort');
  const card = await playground.messages.waitFor((m) => m.conversationId === group && (m.message?.attachments?.length ?? 0) > 0, 10_000, since);
  expect(card.message!.attachments![0].contentType).toBe(CARD);

  const member = playground.users.find((u) => u.name === 'Cecilie Hårstøl')!;
  const t0 = Date.now();
  const answer = await playground.invoke(group, member.id, 'tell', { sak: 1 }, card.message!.messageId);
  console.log(`invoke round-trip through the Playground: ${Date.now() - t0} ms`);
  expect(answer.type).toBe(CARD);
  expect(JSON.stringify(answer.value)).toContain(`tell fra ${member.id}: {\\"sak\\":1}`);
  // Without replyToId the harness acts on the last card in that conversation.
  const again = await playground.invoke(group, playground.currentUser.id, 'again', { sak: 2 });
  expect(JSON.stringify(again.value)).toContain(`again fra ${playground.currentUser.id}`);
});

test('refuses what the Playground cannot do, with a clear reason', async () => {
  await expect(playground.send(playground.conversations.personal, playground.users[1].id, 'hei')).rejects.toThrow(/one personal chat/);
  await expect(playground.send('19:ukjent@thread.v2', playground.currentUser.id, 'hei')).rejects.toThrow(/not in the Playground config/);
  await expect(playground.messages.waitFor((m) => m.text === 'kommer aldri', 300)).rejects.toThrow(/echo: hjelp \|/);
});

test('a taken port is an error, not a silent move to another port', async () => {
  expect(await isPortTaken(playground.port)).toBe(true);
  await expect(startPlayground({ botEndpoint: bot.url, port: playground.port })).rejects.toThrow(/already taken/);
});

test('a config the Playground refuses fails the start with its reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referent-bad-config-'));
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, readFileSync(defaultConfigPath(), 'utf8').replace(/^ {4}email: didrik\.aasland@.*\n/m, ''));
  try {
    await expect(startPlayground({ botEndpoint: bot.url, configPath: bad })).rejects.toThrow(/users\/0.*must have required property 'email'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
