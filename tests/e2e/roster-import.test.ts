/**
 * Roster import end to end: Referent (local mode, embedded store in a temp folder) behind the Agents
 * Playground. A group is created in a conversation, then the 7.11.2024 notice's "Inviterte" table is pasted as it
 * is after `@Referent deltakere`; the answer and the stored roster are checked.
 *
 * The Playground sends every activity with locale "en-US", so Referent answers in English here;
 * the assertions accept both languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferent, type RunningReferent } from '../../bot/server';
import { startPlayground, type Playground, type StreamEvent } from '../../tools/playground/playground';
import { fixtureDocument, INNKALLING_2024_11_07, invitedList } from '../../tools/fixtures/documents';

jest.setTimeout(60_000);

const INVITED = invitedList(fixtureDocument(INNKALLING_2024_11_07).replace(/\r\n/g, '\n')).trimEnd();

let dataDir: string;
let referent: RunningReferent;
let playground: Playground;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'referent-roster-e2e-'));
  referent = await startReferent({ PORT: '0', REFERENT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  playground = await startPlayground({ botEndpoint: referent.url });
}, 50_000);

afterAll(async () => {
  await playground?.close();
  await referent?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Sends, then waits for the bot's answer in that conversation that matches `expected`. */
async function ask(conversationId: string, userId: string, text: string, expected: RegExp): Promise<{ answer: StreamEvent; all: string }> {
  const since = playground.messages.mark();
  const sent = await playground.send(conversationId, userId, text);
  const where = sent.postConversationId ?? conversationId;
  const answer = await playground.messages.waitFor((m) => m.conversationId === where && expected.test(m.text), 20_000, since);
  await new Promise((r) => setTimeout(r, 300)); // answers split over several messages arrive together
  const all = playground.messages.events
    .slice(since)
    .filter((e) => e.fromBot && e.conversationId === where)
    .map((e) => e.text)
    .join('\n');
  return { answer, all };
}

async function storedRoster(conversationId: string) {
  const home = await referent.repositories.conversations.get(conversationId);
  expect(home?.groupId).toBeDefined();
  const roster = await referent.repositories.rosters.get(home!.groupId!);
  return roster?.value ?? [];
}

test('the seed’s invited list has 45 people (and a header and a blank line)', () => {
  const people = INVITED.split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  expect(people).toHaveLength(45);
});

test('a member creates the group in the group chat and pastes the invited list: 45 added and stored', async () => {
  const dag = playground.users.find((u) => u.name === 'Didrik Aasland')!;
  const group = playground.conversations.group;

  await ask(group, dag.id, 'ny gruppe Faggruppe for næringssamarbeid', /Faggruppe for næringssamarbeid/);
  const { answer } = await ask(group, dag.id, `deltakere\n${INVITED}`, /(lagt til|added)/i);
  expect(answer.text).toMatch(/\b45 (lagt til|added)\b/);
  expect(answer.text).toMatch(/\b0 (avvist|refused)\b/);

  const roster = await storedRoster(group);
  expect(roster).toHaveLength(45);
  expect(roster.every((m) => m.organization.trim() !== '')).toBe(true);
  expect(roster).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ firstName: 'Ørjan', lastName: 'Sålvik', organization: 'Oslo kommune - Byrådsavdelingene' }),
      expect.objectContaining({ firstName: 'Kjell Jøran', lastName: 'Tveter', organization: 'Horten kommune' }),
      expect.objectContaining({ firstName: 'Aud Kirsten', lastName: 'Fjeldberg', organization: 'Bærum kommune' }),
    ]),
  );
});

test('in a channel thread, a malformed line in the paste is refused with its reason while the 45 others import', async () => {
  const chair = playground.currentUser;
  const channel = playground.conversations.channel!;
  const lines = INVITED.split('\n');
  const withBadLine = [...lines.slice(0, 10), 'bare ett ord', ...lines.slice(10)].join('\n');

  // The Playground lets only currentUser start a channel thread; the group's home is that thread.
  const since = playground.messages.mark();
  const started = await playground.send(channel, chair.id, 'ny gruppe Faggruppe for næringssamarbeid');
  const thread = started.postConversationId!;
  await playground.messages.waitFor((m) => m.conversationId === thread && /Faggruppe for næringssamarbeid/.test(m.text), 20_000, since);

  const { answer, all } = await ask(thread, chair.id, `deltakere\n${withBadLine}`, /(lagt til|added)/i);
  expect(answer.text).toMatch(/\b45 (lagt til|added)\b/);
  expect(answer.text).toMatch(/\b1 (avvist|refused)\b/);
  expect(all).toMatch(/(Linje|Line) 11 «bare ett ord»: (fant bare én kolonne|found only one column)/);

  const roster = await storedRoster(thread);
  expect(roster).toHaveLength(45);
  expect(roster.some((m) => `${m.firstName} ${m.lastName}`.includes('bare'))).toBe(false);
});
