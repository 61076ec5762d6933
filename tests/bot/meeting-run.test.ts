import { CHAIR, post, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click, endAnyway, clickTwice, meetingOf, MEMBERS, sayTwice, setUpGroupWithMeeting, sleep, type Bot } from '../helpers/meeting-run-setup';

const CHAT = { id: '19:run-group@thread.v2', type: 'groupChat' as const };

/** The last card the bot sent (a reply or an update). */
const lastCard = (activities: Record<string, unknown>[]) => {
  const withCard = activities.filter((a) => attachments(a).length > 0).pop();
  return withCard ? cardText(attachments(withCard)[0].content) : '';
};

describe('running a meeting through the real HTTP endpoint', () => {
  let bot: Bot;
  let meetingId: string;
  const captured = () => bot.connector.captured;

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, CHAT));
  });
  afterAll(async () => bot.close());

  it('refuses a member who types start or neste, and nothing moves', async () => {
    const [start] = await bot.say(CHAT, MEMBERS.dag, 'start');
    expect(start.text).toContain('Bare møteleder eller sekretariatet');
    const [next] = await bot.say(CHAT, MEMBERS.dag, 'neste');
    expect(next.text).toContain('Bare møteleder eller sekretariatet');
    expect((await meetingOf(bot, meetingId)).state).toBe('draft');
  });

  it('refuses neste before the meeting has started', async () => {
    const [next] = await bot.say(CHAT, CHAIR, 'neste');
    expect(next.text).toContain('Møtet er ikke startet');
  });

  it('start: posts the current-item card and the roll-call, remembers the card id and links the chat', async () => {
    const sent = await bot.say(CHAT, CHAIR, '<at>Referent</at> start', 3);
    expect(sent[0].text).toContain('er startet');
    expect(sent[0].text).toMatch(/^Møtet (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d\d\.\d\d\.\d{4}/); // small inside the sentence (#16 §5)
    expect(cardText(attachments(sent[1])[0].content)).toContain('Sak 1 av 5: Godkjenning av innkalling og dagsorden');
    expect(cardText(attachments(sent[2])[0].content)).toContain('Hvem er til stede?');
    await sleep(50);
    const m = await meetingOf(bot, meetingId);
    expect(m).toMatchObject({ state: 'in-progress', currentItem: 1 });
    expect(m.run?.version).toBe(1);
    expect(m.run?.conversationId).toBe(CHAT.id);
    const cardPost = captured()
      .filter((c) => c.method === 'POST' && attachments(c.activity).length > 0)
      .slice(-2)[0];
    expect(cardPost).toBeDefined();
    expect(m.run?.cardActivityId).toMatch(/^sent-/);
    expect((await bot.running.repositories.conversations.get(CHAT.id))?.meetingId).toBe(meetingId);
  });

  it('a re-sent start posts no second card; a new start brings the card back as a new message', async () => {
    const before = await meetingOf(bot, meetingId);
    const count = captured().length;
    await sayTwice(bot, CHAT, CHAIR, 'start');
    await sleep(100);
    const sent = captured().slice(count);
    expect(sent.filter((c) => attachments(c.activity).length > 0)).toHaveLength(1);
    expect(sent.filter((c) => String(c.activity.text).includes('allerede i gang'))).toHaveLength(2);
    const after = await meetingOf(bot, meetingId);
    expect(after.run?.version).toBe(before.run?.version);
    expect(after.run?.cardActivityId).not.toBe(before.run?.cardActivityId);
  });

  it('neste updates the same card in place (PUT on its activity id), not a new card', async () => {
    const cardId = (await meetingOf(bot, meetingId)).run?.cardActivityId;
    const sent = await bot.say(CHAT, CHAIR, 'neste', 2);
    const last2 = captured().slice(-2);
    const update = last2.find((c) => c.method === 'PUT')!;
    expect(update.path).toContain(`/activities/${cardId}`);
    expect(cardText(attachments(update.activity)[0].content)).toContain('Sak 2 av 5: Godkjenning av referat fra møte 12. september 2024');
    expect(sent.some((a) => String(a.text).includes('Sak 2'))).toBe(true);
    expect(last2.filter((c) => c.method === 'POST' && attachments(c.activity).length > 0)).toHaveLength(0);
  });

  it('records decisions (replaceable) and several notes on the current item', async () => {
    await bot.say(CHAT, CHAIR, 'vedtak: Referatet godkjent', 2);
    await bot.say(CHAT, CHAIR, 'Vedtak: Referatet ble godkjent', 2);
    await bot.say(CHAT, CHAIR, 'notat: Ingen merknader', 2);
    const sent = await bot.say(CHAT, CHAIR, 'note: Sendt ut 1. november\nmed vedlegg', 2);
    expect(sent.find((a) => a.text)?.text).toContain('Notatet på sak 2 er lagret');
    const m = await meetingOf(bot, meetingId);
    expect(m.records['2']).toEqual({ decision: 'Referatet ble godkjent', notes: ['Ingen merknader', 'Sendt ut 1. november\nmed vedlegg'] });
    const [empty] = await bot.say(CHAT, CHAIR, 'vedtak:');
    expect(empty.text).toContain('Skriv vedtaket etter kolon');
  });

  it('a member pressing the chair’s buttons is refused and nothing moves', async () => {
    const before = await meetingOf(bot, meetingId);
    const answer = await click(bot, CHAT, MEMBERS.dag, 'meeting.next', { meetingId, version: before.run?.version, item: 2 });
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).toContain('Bare møteleder eller sekretariatet');
    const note = await click(bot, CHAT, MEMBERS.dag, 'meeting.decision', { meetingId, version: before.run?.version, item: 2, text: 'Forfalsket' });
    expect(String(note.value)).toContain('Bare møteleder');
    const after = await meetingOf(bot, meetingId);
    expect(after.currentItem).toBe(2);
    expect(after.run?.version).toBe(before.run?.version);
    expect(after.records['2'].decision).toBe('Referatet ble godkjent');
  });

  it('two chairs pressing next on the same card at once move the meeting one step', async () => {
    const before = await meetingOf(bot, meetingId);
    const data = { meetingId, version: before.run?.version, item: before.currentItem };
    const answers = await Promise.all([click(bot, CHAT, CHAIR, 'meeting.next', data), click(bot, CHAT, CHAIR, 'meeting.next', data)]);
    const after = await meetingOf(bot, meetingId);
    expect(after.currentItem).toBe(3);
    expect(after.run?.version).toBe((before.run?.version ?? 0) + 1);
    for (const a of answers) {
      expect(a.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(a.value)).toContain('Sak 3 av 5: Forslag til møteplan 2025');
    }
    // A third click from the same old card: answered with the current card, nothing moves.
    const stale = await click(bot, CHAT, CHAIR, 'meeting.next', data);
    expect(cardText(stale.value)).toContain('Sak 3 av 5');
    expect((await meetingOf(bot, meetingId)).run?.version).toBe(after.run?.version);
  });

  it('a click updates the live card once and answers with the redrawn card; the card carries decision and note inputs', async () => {
    const m = await meetingOf(bot, meetingId);
    const before = captured().length;
    const decided = await click(bot, CHAT, CHAIR, 'meeting.decision', { meetingId, version: m.run?.version, item: 3, text: 'Møteplanen ble vedtatt' });
    expect(cardText(decided.value)).toContain('Møteplanen ble vedtatt');
    const updates = captured().slice(before);
    expect(updates).toHaveLength(1);
    expect(updates[0].method).toBe('PUT');
    expect(updates[0].path).toContain(`/activities/${m.run?.cardActivityId}`);
    const card = JSON.stringify(decided.value);
    for (const verb of ['meeting.prev', 'meeting.next', 'meeting.decision', 'meeting.note', 'meeting.round']) expect(card).toContain(`"verb":"${verb}"`);
    expect(card).toContain('"type":"Input.Text"');
    // A note typed on a card drawn one version earlier still lands on its item (the current one).
    const noted = await click(bot, CHAT, CHAIR, 'meeting.note', { meetingId, version: m.run?.version, item: 3, text: 'Forslaget sendes ut' });
    expect(cardText(noted.value)).toContain('Forslaget sendes ut');
    expect((await meetingOf(bot, meetingId)).records['3'].notes).toEqual(['Forslaget sendes ut']);
  });

  it('a re-sent neste (same activity id) moves one step; sak <n> jumps; bad numbers are explained', async () => {
    await sayTwice(bot, CHAT, CHAIR, 'neste');
    await sleep(100);
    expect((await meetingOf(bot, meetingId)).currentItem).toBe(4);
    const [bad] = await bot.say(CHAT, CHAIR, 'sak 9');
    expect(bad.text).toContain('Sakskartet har ingen sak 9. Velg et nummer fra 1 til 5.');
    const [usage] = await bot.say(CHAT, CHAIR, 'sak x');
    expect(usage.text).toContain('«sak 3»');
    await bot.say(CHAT, CHAIR, 'sak 1', 2);
    expect((await meetingOf(bot, meetingId)).currentItem).toBe(1);
    await bot.say(CHAT, CHAIR, 'vedtak: Innkallingen ble godkjent', 2);
    await bot.say(CHAT, CHAIR, 'item 4', 2);
  });

  it('eight notes typed at the same moment are all kept (If-Match, retried); a note from a card of another item is refused', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => `Parallelt notat ${i + 1}`);
    await Promise.all(texts.map((t) => post(bot.running.url, bot.make(CHAT, CHAIR, `notat: ${t}`))));
    const notes = (await meetingOf(bot, meetingId)).records['4'].notes;
    expect([...notes].sort()).toEqual([...texts].sort());
    const m = await meetingOf(bot, meetingId);
    const stale = await click(bot, CHAT, CHAIR, 'meeting.note', { meetingId, version: (m.run?.version ?? 0) - 1, item: 3, text: 'For sent' });
    expect(cardText(stale.value)).toContain('Sak 4 av 5');
    expect((await meetingOf(bot, meetingId)).records['3'].notes).not.toContain('For sent');
  });

  it('a re-sent note click (same invoke activity) is stored once', async () => {
    const m = await meetingOf(bot, meetingId);
    const answers = await clickTwice(bot, CHAT, CHAIR, 'meeting.note', { meetingId, version: m.run?.version, item: 4, text: 'Bare én gang' });
    for (const a of answers) expect(a.status).toBe(200);
    expect((await meetingOf(bot, meetingId)).records['4'].notes.filter((n) => n === 'Bare én gang')).toHaveLength(1);
  });

  it('keeps the current item and the records across a bot restart in the middle of the meeting', async () => {
    const dataDir = bot.dataDir;
    const before = await meetingOf(bot, meetingId);
    await bot.close();
    bot = await startBotForTest({ REFERENT_DATA_DIR: dataDir });
    const after = await meetingOf(bot, meetingId);
    expect(after.currentItem).toBe(4);
    expect(after.records).toEqual(before.records);
    expect(after.run).toEqual(before.run);
    const sent = await bot.say(CHAT, CHAIR, 'neste', 2);
    expect(lastCard(sent.concat(bot.connector.captured.slice(-2).map((c) => c.activity)))).toContain('Sak 5 av 5: Eventuelt');
    const update = bot.connector.captured.find((c) => c.method === 'PUT');
    expect(update?.path).toContain(`/activities/${before.run?.cardActivityId}`);
    const [last] = await bot.say(CHAT, CHAIR, 'neste');
    expect(last.text).toContain('Dette er siste sak');
  });

  it('avslutt ends the meeting with a summary: decisions, items without one, attendance, missing input, deadline', async () => {
    const { asked, answer, posted: sent } = await endAnyway(bot, CHAT, CHAIR);
    expect(cardText(attachments(asked)[0].content)).toMatch(/\d+ organisasjoner mangler: .*Kongsvingerregionen.*Avslutte likevel\?/);
    expect(cardText(answer.value)).toContain('Møtet er avsluttet');
    const summary = cardText(attachments(sent.filter((a) => attachments(a).length).pop()!)[0].content);
    expect(summary).toContain('1. Godkjenning av innkalling og dagsorden');
    expect(summary).toContain('Innkallingen ble godkjent');
    expect(summary).toContain('Møteplanen ble vedtatt');
    expect(summary).toMatch(/Saker uten vedtak[\s\S]*4\. Runde rundt bordet[\s\S]*5\. Eventuelt/);
    expect(summary).toContain('til stede');
    expect(summary).toContain('Mangler skriftlig innspill fra');
    expect(summary).toContain('Kongsvingerregionen');
    expect(summary).toMatch(/Frist for innspill: \p{L}+ \d\d\.\d\d\.\d{4} kl\. 23\.59/u);
    const m = await meetingOf(bot, meetingId);
    expect(m.state).toBe('ended');
    expect(m.inputDeadline).toBeDefined();
    // After «avslutt» the meeting has ended; it did not fail to start (#16 §5).
    const [again] = await bot.say(CHAT, CHAIR, 'neste');
    expect(again.text).toContain('Møtet er avsluttet, så det er ingen sak å gå videre til');
    expect(again.text).not.toContain('ikke startet');
    const [round] = await bot.say(CHAT, CHAIR, 'runde');
    expect(round.text).toContain('Møtet er avsluttet');
  });
});
