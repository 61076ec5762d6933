import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, post, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click, MEMBERS, SAKSKART, meetingOf, setUpGroupWithMeeting, type Bot } from '../helpers/meeting-run-setup';

/*
 * #15 §2: `avslutt` while organizations of the roster have neither spoken nor sent input asks once on a
 * card; `gjenåpne møte` reopens the latest ended meeting at the item where it ended, never locked minutes.
 */
const CHAT = { id: '19:end-reopen@thread.v2', type: 'groupChat' as const };
const SMALL = { id: '19:end-reopen-small@thread.v2', type: 'groupChat' as const };
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const texts = (bot: Bot, from: number) =>
  bot.connector.captured.slice(from).map((c) => `${c.activity.text ?? ''} ${cardText(attachments(c.activity).map((a) => a.content))}`);

describe('avslutt asks when organizations were not heard; gjenåpne møte', () => {
  let bot: Bot;
  let meetingId = '';
  const today = dmy(osloDateOf(new Date()));

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    await bot.say(CHAT, CHAIR, 'innkalling', 4);
    await bot.say({ id: 'a:end-reopen-anne', type: 'personal' }, MEMBERS.anne, 'innspill Kongsvingerregionen har ny næringssjef.');
    await bot.say(CHAT, MEMBERS.dag, 'start', 2);
    await bot.say(CHAT, MEMBERS.dag, 'sak 3');
  }, 60_000);
  afterAll(async () => bot?.close());

  it('avslutt names the organizations missing on a card and ends nothing', async () => {
    const [asked] = await bot.say(CHAT, MEMBERS.dag, 'avslutt');
    const text = cardText(attachments(asked)[0].content);
    expect(text).toMatch(/^\d+ organisasjoner mangler: Fredrikstad kommune, .*, Drammensregionen og \d+ til\. Avslutte likevel\?/);
    expect(text).not.toContain('Kongsvingerregionen'); // it sent input
    expect(text).toContain('Avslutt likevel');
    expect(text).toContain('Avbryt');
    expect((await meetingOf(bot, meetingId)).state).toBe('in-progress');
  });

  it('a member clicking «Avslutt likevel» (forged) is refused; «Avbryt» keeps the meeting running', async () => {
    const before = (await bot.running.repositories.meetings.get(meetingId))!.etag;
    const forged = await click(bot, CHAT, MEMBERS.anne, 'meeting.end', { meetingId });
    expect(String(forged.value)).toContain('Bare møteleder eller sekretariatet');
    const cancelled = await click(bot, CHAT, MEMBERS.dag, 'meeting.end.cancel', { meetingId });
    expect(cardText(cancelled.value)).toContain('Møtet fortsetter.');
    expect((await bot.running.repositories.meetings.get(meetingId))!.etag).toBe(before);
  });

  it('two clicks on «Avslutt likevel» end the meeting once, with one summary', async () => {
    const from = bot.connector.captured.length;
    const [a, b] = await Promise.all([click(bot, CHAT, MEMBERS.dag, 'meeting.end', { meetingId }), click(bot, CHAT, CHAIR, 'meeting.end', { meetingId })]);
    const outcomes = [cardText(a.value), cardText(b.value)];
    expect(outcomes.filter((t) => t.includes('Møtet er avsluttet. Oppsummeringen følger.'))).toHaveLength(1);
    expect(outcomes.filter((t) => t.includes('Møtet er allerede avsluttet'))).toHaveLength(1);
    expect(texts(bot, from).filter((t) => t.includes('Møtet er avsluttet – Faggruppe'))).toHaveLength(1);
    expect((await meetingOf(bot, meetingId)).state).toBe('ended');
  });

  it('gjenåpne møte: a member is refused; the chair reopens it at item 3 with a fresh card', async () => {
    const [member] = await bot.say(CHAT, MEMBERS.anne, 'gjenåpne møte');
    expect(member.text).toContain('Bare møteleder');
    expect((await meetingOf(bot, meetingId)).state).toBe('ended');
    const sent = await bot.say(CHAT, MEMBERS.dag, 'gjenåpne møte', 2);
    expect(sent[0].text).toBe(`Møtet ${today} er gjenåpnet, på sak 3. Avslutt det igjen med «avslutt».`);
    expect(cardText(attachments(sent[1])[0].content)).toContain('Sak 3 av 5');
    const m = await meetingOf(bot, meetingId);
    expect(m).toMatchObject({ state: 'in-progress', currentItem: 3 });
    expect(m.endedAt).toBeUndefined();
    const [next] = await bot.say(CHAT, MEMBERS.dag, 'neste');
    expect(next.text).toContain('Sak 4');
  });

  it('reopen meeting while it runs is refused; locked minutes are never reopened', async () => {
    const [running] = await bot.say(CHAT, CHAIR, 'reopen meeting');
    expect(running.text).toContain('er i gang');
    const from = bot.connector.captured.length;
    await post(bot.running.url, { ...bot.make(CHAT, CHAIR, 'reopen meeting'), locale: 'en-US' });
    expect((await bot.connector.waitForCount(from + 1))[from].activity.text).toBe(
      `The meeting on ${today} is running. End it before you reopen another. Nothing was changed.`,
    );
    await bot.say(CHAT, MEMBERS.dag, 'avslutt');
    await click(bot, CHAT, MEMBERS.dag, 'meeting.end', { meetingId });
    await bot.say(CHAT, CHAIR, 'lås referat');
    const before = (await bot.running.repositories.meetings.get(meetingId))!.etag;
    const [locked] = await bot.say(CHAT, MEMBERS.dag, 'gjenåpne møte');
    expect(locked.text).toBe(`Referatet fra møtet ${today} er godkjent og låst, så møtet kan ikke gjenåpnes. Ingenting ble endret.`);
    expect((await bot.running.repositories.meetings.get(meetingId))!.etag).toBe(before);
  });

  it('when every organization has spoken or sent input, avslutt ends at once', async () => {
    await bot.say(SMALL, CHAIR, 'ny gruppe Liten gruppe');
    await bot.say(SMALL, CHAIR, 'deltakere\nAud\tHetle\tKongsvingerregionen\nDidrik\tAasland\tDrammensregionen');
    await bot.say(SMALL, CHAIR, `nytt møte ${today} 00:00-23:59 Gjøvik`);
    await bot.say(SMALL, CHAIR, `sakskart\n${SAKSKART}`);
    const [none] = await bot.say(SMALL, CHAIR, 'gjenåpne møte');
    expect(none.text).toContain('ikke noe avsluttet møte');
    await bot.say(SMALL, CHAIR, 'start', 2);
    await bot.say(SMALL, CHAIR, 'runde', 2);
    const id = meetingIdFor(groupIdFor(SMALL.id), osloDateOf(new Date()));
    const step = (await meetingOf(bot, id)).run?.round?.step;
    await click(bot, SMALL, CHAIR, 'round.next', { meetingId: id, step });
    const sent = await bot.say(SMALL, CHAIR, 'avslutt', 2);
    expect(sent[0].text).toBe('Møtet er avsluttet. Oppsummeringen følger.');
    expect((await meetingOf(bot, id)).state).toBe('ended');
  });
});
