import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click, meetingOf, MEMBERS, sayTwice, setUpGroupWithMeeting, sleep, type Bot } from '../helpers/meeting-run-setup';

const CHAT = { id: '19:round-group@thread.v2', type: 'groupChat' as const };

describe('the round table: organizations in order, 3-minute time-box, written input shown', () => {
  let bot: Bot;
  let meetingId: string;
  const round = async () => (await meetingOf(bot, meetingId)).run?.round;

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'start', 3);
    for (const m of [MEMBERS.karl, MEMBERS.camilla, MEMBERS.asbjorn, MEMBERS.anne]) await bot.say(CHAT, m, 'til stede');
    await bot.say(CHAT, MEMBERS.dag, 'forfall');
    await bot.say(CHAT, CHAIR, 'til stede');
    const now = new Date().toISOString();
    await bot.running.repositories.inputs.put({
      meetingId,
      organization: 'Asker kommune',
      text: 'Innspill fra Asker',
      authorName: 'Arnbjørn Fosse',
      enteredBySecretariat: false,
      received: 'before',
      updatedAt: now,
    });
  });
  afterAll(async () => bot.close());

  it('a member cannot start the round', async () => {
    const [reply] = await bot.say(CHAT, MEMBERS.anne, 'runde');
    expect(reply.text).toContain('Bare møteleder eller sekretariatet');
    expect(await round()).toBeUndefined();
  });

  it('runde calls those present first in roster order, shows the speaker, start time and 3 min, and who sent input', async () => {
    const sent = await bot.say(CHAT, CHAIR, 'runde', 3);
    expect(sent.find((a) => a.text)?.text).toContain('Runden rundt bordet er startet');
    const r = (await round())!;
    expect(r.order.slice(0, 4)).toEqual(['Kongsvingerregionen', 'Asker kommune', 'Lørenskog kommune', 'Horten kommune']);
    expect(r.order).not.toContain('Drammensregionen');
    expect(r.order).toContain('Oslo kommune - Byrådsavdelingene'); // the secretariat's presence does not count for it
    const card = bot.connector.captured
      .map((c) => c.activity)
      .filter((a) => attachments(a).length)
      .map((a) => cardText(attachments(a)[0].content))
      .find((t) => t.includes('Har ordet'))!;
    expect(card).toContain('Har ordet: Kongsvingerregionen');
    expect(card).toContain('Aud Hetle');
    expect(card).toMatch(/fra kl\. \d\d\.\d\d – 3 min \(til kl\. \d\d\.\d\d\)/);
    expect(card).toMatch(/Asker kommune\n.*\n✉ skriftlig innspill mottatt/);
    const m = await meetingOf(bot, meetingId);
    expect(m.currentItem).toBe(4); // the current-item card moved to the round-table item
    expect(m.run?.roundCardActivityId).toMatch(/^sent-/);
  });

  it('round.next gives the word on and updates the round card in place; a stale or member click moves nothing', async () => {
    const r = (await round())!;
    const roundCardId = (await meetingOf(bot, meetingId)).run?.roundCardActivityId;
    const member = await click(bot, CHAT, MEMBERS.anne, 'round.next', { meetingId, step: r.step });
    expect(String(member.value)).toContain('Bare møteleder');
    const before = bot.connector.captured.length;
    const moved = await click(bot, CHAT, CHAIR, 'round.next', { meetingId, step: r.step });
    expect(cardText(moved.value)).toContain('Har ordet: Asker kommune');
    const updates = bot.connector.captured.slice(before);
    expect(updates).toHaveLength(1);
    expect(updates[0].method).toBe('PUT');
    expect(updates[0].path).toContain(`/activities/${roundCardId}`);
    const stale = await click(bot, CHAT, CHAIR, 'round.next', { meetingId, step: r.step });
    expect(cardText(stale.value)).toContain('Har ordet: Asker kommune');
    const after = (await round())!;
    expect(after.index).toBe(1);
    expect(after.outcome[0]).toBe('spoken');
    const skipped = await click(bot, CHAT, CHAIR, 'round.skip', { meetingId, step: after.step });
    expect(cardText(skipped.value)).toContain('⏭ hoppet over');
    expect((await round())!.outcome.slice(0, 3)).toEqual(['spoken', 'skipped', 'waiting']);
  });

  it('two chairs pressing "ferdig" at once move the round one speaker', async () => {
    const r = (await round())!;
    await Promise.all([click(bot, CHAT, CHAIR, 'round.next', { meetingId, step: r.step }), click(bot, CHAT, CHAIR, 'round.next', { meetingId, step: r.step })]);
    const after = (await round())!;
    expect(after.index).toBe(r.index + 1);
    expect(after.step).toBe(r.step + 1);
  });

  it('runde again shows the running round instead of restarting it', async () => {
    const r = (await round())!;
    const sent = await bot.say(CHAT, CHAIR, 'round', 2);
    expect(sent.find((a) => a.text)?.text).toContain('allerede i gang');
    expect((await round())!.index).toBe(r.index);
  });

  it('a re-sent runde posts no second round card', async () => {
    const count = bot.connector.captured.length;
    await sayTwice(bot, CHAT, CHAIR, 'runde');
    await sleep(100);
    const cards = bot.connector.captured.slice(count).filter((c) => attachments(c.activity).length > 0);
    expect(cards).toHaveLength(1);
  });
});
