import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { parseRosterLines } from '../../src/domain/roster-import';
import { LOCAL_KEY, startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText, invoke } from '../helpers/invoke';
import { INVITED } from '../helpers/meeting-run-setup';
import { fixtureDocument, INNKALLING_2024_11_07 } from '../../tools/fixtures/documents';

const NOTICE = fixtureDocument(INNKALLING_2024_11_07);
const GROUP_CHAT = { id: '19:approvals-group@thread.v2', type: 'groupChat' as const };
const OTHER_GROUP_CHAT = { id: '19:approvals-other@thread.v2', type: 'groupChat' as const };
const GROUP_ID = groupIdFor(GROUP_CHAT.id);
const MEETING_ID = meetingIdFor(GROUP_ID, '2030-11-07');

/** The 45 invited of the 7.11.2024 notice as Teams users (not linked yet: found by name). The chair is Ørjan Sålvik. */
const PEOPLE: TestUser[] = parseRosterLines(INVITED).members.map((m, i) => ({
  id: `29:user-${i}`,
  aadObjectId: `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`,
  name: `${m.firstName} ${m.lastName}`,
}));
const byName = (name: string) => PEOPLE.find((p) => p.name === name)!;
// The chair holds a role: he links by the e-mail Teams gives for him, never by name (#15 §1).
const DIDRIK = { ...byName('Didrik Aasland'), email: 'didrik.aasland@drammen.example' };
const AUD = byName('Aud Hetle');
const OUTSIDER: TestUser = { id: '29:outsider', aadObjectId: '00000000-0000-0000-0000-00000000dead', name: 'Ola Utenfor' };

describe('approval cards through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const act = (from: TestUser, verb: string, data: Record<string, unknown> = { meetingId: MEETING_ID, item: 1 }, conversation = GROUP_CHAT) =>
    invoke(bot.running.url, bot.connector.serviceUrl, conversation, from, verb, data);
  const approval = async (item = 1) => (await bot.running.repositories.approvals.get(MEETING_ID, item))!.value;

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${INVITED}`);
    await bot.say(GROUP_CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    await bot.say(GROUP_CHAT, DIDRIK, 'hjelp'); // his first message: linked by e-mail
    await bot.say(GROUP_CHAT, CHAIR, 'nytt møte 07.11.2030 12:00-13:00 Oslo rådhus');
    await bot.say(GROUP_CHAT, CHAIR, `sakskart\n${NOTICE}`);
    await bot.say(GROUP_CHAT, CHAIR, 'innkalling', 4);
    await bot.say(OTHER_GROUP_CHAT, OUTSIDER, 'ny gruppe En annen gruppe');
  });
  afterAll(async () => bot.close());

  it('a vote answers with the voter’s own view and updates the card for everyone', async () => {
    bot.connector.clear();
    const answer = await act(AUD, 'approval.approve');
    expect(answer).toMatchObject({ httpStatus: 200, statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const shown = cardText(answer.value);
    expect(shown).toContain('1 godkjent · 0 merknader');
    expect(shown).toContain('Din stemme: godkjent');
    expect(shown).not.toContain('Lukk (møteleder)'); // a member's view has no close button
    const card = answer.value as { refresh: { action: { verb: string; data: unknown }; userIds: string[] } };
    expect(card.refresh.action).toMatchObject({ verb: 'approval.refresh', data: { meetingId: MEETING_ID, item: 1 } });
    expect(card.refresh.userIds).toEqual([AUD.id]);
    const [update] = await bot.connector.waitForCount(1);
    expect(update.method).toBe('PUT');
    expect(update.path).toContain('/activities/card-1');
    expect(cardText(update.activity.attachments[0].content)).toContain('1 godkjent · 0 merknader');
    expect(cardText(update.activity.attachments[0].content)).not.toContain('Din stemme');
    expect((await approval()).votes['m-aud-hetle']).toMatchObject({ choice: 'approve', userId: AUD.id, organization: 'Kongsvingerregionen' });
  });

  it('a remark needs its text; the vote can be changed until closed; the refresh shows the own vote', async () => {
    const empty = await act(AUD, 'approval.remark', { meetingId: MEETING_ID, item: 1, comment: '  ' });
    expect(empty.type).toBe('application/vnd.microsoft.activity.message');
    expect(empty.value).toContain('Skriv merknaden');
    const remark = await act(AUD, 'approval.remark', { meetingId: MEETING_ID, item: 1, comment: 'Sak 3 bør komme før sak 2.' });
    expect(cardText(remark.value)).toContain('0 godkjent · 1 merknad');
    expect(cardText(remark.value)).toContain('Aud Hetle (Kongsvingerregionen): Sak 3 bør komme før sak 2.');
    const refresh = await act(AUD, 'approval.refresh');
    expect(cardText(refresh.value)).toContain('Din stemme: merknad');
    const other = await act(DIDRIK, 'approval.refresh');
    expect(cardText(other.value)).toContain('Du har ikke stemt ennå');
    expect(cardText(other.value)).toContain('Lukk (møteleder)'); // Didrik is the chair
  });

  it('who voted is the sender, never the card data', async () => {
    const answer = await act(DIDRIK, 'approval.approve', { meetingId: MEETING_ID, item: 1, memberId: 'm-aud-hetle', voter: 'm-aud-hetle', userId: AUD.id });
    expect(cardText(answer.value)).toContain('1 godkjent · 1 merknad');
    const a = await approval();
    expect(a.votes['m-aud-hetle'].choice).toBe('remark');
    expect(a.votes['m-didrik-aasland']).toMatchObject({ choice: 'approve', userId: DIDRIK.id });
  });

  it('refuses someone not on the roster, a member closing, bad card data and another group’s card; nothing changes', async () => {
    const before = await bot.running.repositories.approvals.get(MEETING_ID, 1);
    const outsider = await act(OUTSIDER, 'approval.approve');
    expect(outsider.value).toContain('Du står ikke på deltakerlisten');
    const close = await act(AUD, 'approval.close');
    expect(close.value).toContain('Bare møteleder eller sekretariatet kan lukke');
    const bad = await act(AUD, 'approval.approve', { item: 'x' });
    expect(bad.value).toContain('mangler opplysninger');
    // A card of this group's meeting clicked in another group's conversation.
    const foreign = await act(OUTSIDER, 'approval.approve', { meetingId: MEETING_ID, item: 1 }, OTHER_GROUP_CHAT);
    expect(foreign.value).toContain('hører ikke til gruppen i denne samtalen');
    expect((await bot.running.repositories.approvals.get(MEETING_ID, 1))?.etag).toBe(before?.etag);
  });

  it('answers English for en locales', async () => {
    const answer = await invoke(
      bot.running.url,
      bot.connector.serviceUrl,
      GROUP_CHAT,
      OUTSIDER,
      'approval.approve',
      { meetingId: MEETING_ID, item: 1 },
      { locale: 'en-US' },
    );
    expect(answer.value).toContain("You are not on the group's roster");
  });

  it('40 parallel votes on one card are all counted exactly once', async () => {
    const voters = PEOPLE.filter((p) => p.name !== 'Aud Hetle' && p.name !== 'Didrik Aasland').slice(0, 40);
    expect(voters).toHaveLength(40);
    bot.connector.clear();
    const started = Date.now();
    const answers = await Promise.all(
      voters.map((v, i) =>
        i % 10 === 0
          ? act(v, 'approval.remark', { meetingId: MEETING_ID, item: 2, comment: `Merknad fra ${v.name}` })
          : act(v, 'approval.approve', { meetingId: MEETING_ID, item: 2 }),
      ),
    );
    const elapsed = Date.now() - started;
    console.log(`40 parallel votes on one approval card: ${elapsed} ms`);
    expect(answers.every((a) => a.httpStatus === 200 && a.type === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    const a = await approval(2);
    expect(Object.keys(a.votes)).toHaveLength(40);
    expect(Object.values(a.votes).filter((v) => v.choice === 'remark')).toHaveLength(4);
    const view = await act(voters[1], 'approval.refresh', { meetingId: MEETING_ID, item: 2 });
    expect(cardText(view.value)).toContain('36 godkjent · 4 merknader');
    expect(JSON.stringify(view.value).length).toBeLessThan(30_000);
    // The shared card: updated one at a time with the newest state only, ending with the final tally.
    const updates = bot.connector.captured.filter((c) => c.method === 'PUT');
    console.log(`40 parallel votes sent ${updates.length} updates of the shared card`);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThan(40);
    expect(cardText(updates[updates.length - 1].activity.attachments[0].content)).toContain('36 godkjent · 4 merknader');
  });

  it('the chair closes: the decision is stored on the item in the seeds’ wording and the card shows it closed', async () => {
    const closed = await act(DIDRIK, 'approval.close');
    const shown = cardText(closed.value);
    expect(shown).toContain('Lukket');
    // The closed card no longer offers to change the vote (#16 §4).
    expect(shown).not.toContain('Du kan endre den');
    expect(shown).not.toContain('You can change it');
    expect(shown).toContain('Vedtak: Innkallingen ble godkjent med merknader: Aud Hetle (Kongsvingerregionen): Sak 3 bør komme før sak 2.');
    expect(JSON.stringify(closed.value)).not.toContain('approval.approve');
    const meeting = (await bot.running.repositories.meetings.get(MEETING_ID))!.value;
    expect(meeting.records['1'].decision).toBe('Innkallingen ble godkjent med merknader: Aud Hetle (Kongsvingerregionen): Sak 3 bør komme før sak 2.');
    const late = await act(AUD, 'approval.approve');
    expect(late.value).toContain('Godkjenningen er lukket');
    expect((await approval()).votes['m-aud-hetle'].choice).toBe('remark');
  });

  it('the secretariat closes item 2 without remarks wording when there are none', async () => {
    // Item 2 has four remarks from the parallel run; the wording lists them.
    const closed = await act(CHAIR, 'approval.close', { meetingId: MEETING_ID, item: 2 });
    expect(cardText(closed.value)).toContain('Vedtak: Referatet ble godkjent med merknader:');
    const meeting = (await bot.running.repositories.meetings.get(MEETING_ID))!.value;
    expect(meeting.records['2'].decision).toMatch(/^Referatet ble godkjent med merknader: .+ \(.+\): Merknad fra /);
  });
});

describe('two bot instances on one store (Cosmos If-Match across processes)', () => {
  const CHAT = { id: '19:approvals-two-instances@thread.v2', type: 'groupChat' as const };
  const MEETING = meetingIdFor(groupIdFor(CHAT.id), '2030-11-07');
  let local: LocalStore;
  let a: Awaited<ReturnType<typeof startBotForTest>>;
  let b: Awaited<ReturnType<typeof startBotForTest>>;
  beforeAll(async () => {
    local = await startLocalStore({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'referent-two-')) });
    const env = { COSMOS_ENDPOINT: local.endpoint, COSMOS_KEY: LOCAL_KEY };
    [a, b] = await Promise.all([startBotForTest(env), startBotForTest(env)]);
    await a.say(CHAT, CHAIR, 'ny gruppe To instanser');
    await a.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    await a.say(CHAT, CHAIR, 'nytt møte 07.11.2030 12:00-13:00');
    await a.say(CHAT, CHAIR, `sakskart\n${NOTICE}`);
    await a.say(CHAT, CHAIR, 'innkalling', 4);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await local?.close();
  });

  it('40 votes split over two instances are all counted exactly once', async () => {
    const voters = PEOPLE.filter((p) => p.name !== 'Ørjan Sålvik').slice(0, 40);
    const started = Date.now();
    const answers = await Promise.all(
      voters.map((v, i) => {
        const bot = i % 2 === 0 ? a : b;
        return invoke(bot.running.url, bot.connector.serviceUrl, CHAT, v, 'approval.approve', { meetingId: MEETING, item: 1 });
      }),
    );
    console.log(`40 parallel votes over two instances: ${Date.now() - started} ms`);
    expect(answers.every((x) => x.type === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    const stored = (await a.running.repositories.approvals.get(MEETING, 1))!.value;
    expect(Object.keys(stored.votes)).toHaveLength(40);
  });
});
