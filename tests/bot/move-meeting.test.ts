import { groupIdFor } from '../../src/app/groups';
import { defaultInputDeadline, meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { click, endAnyway, INVITED, MEMBERS, SAKSKART, meetingOf, type Bot } from '../helpers/meeting-run-setup';

/* #15 §2: `flytt møte` moves a meeting that has not ended; its input deadline and window move with it. */
const CHAT = { id: '19:move-meeting@thread.v2', type: 'groupChat' as const };
const ahead = (days: number) => osloDateOf(new Date(Date.now() + days * 86_400_000));
const dmy = (iso: string) => iso.split('-').reverse().join('.');

describe('flytt møte through the real HTTP endpoint', () => {
  let bot: Bot;
  const groupId = groupIdFor(CHAT.id);
  const [d14, d21, d35] = [ahead(14), ahead(21), ahead(35)];
  const meetingId = meetingIdFor(groupId, d14);
  const etag = async () => (await bot.running.repositories.meetings.get(meetingId))?.etag;
  const window = async () => (await bot.running.repositories.inputWindows.get(groupId))?.value.meetings.find((w) => w.meetingId === meetingId);

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d14)} 10:00-12:00 Oslo rådhus`);
    await bot.say(CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    await bot.say(CHAT, CHAIR, 'innkalling', 4);
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d35)} 10:00-12:00 Teams`);
    expect((await meetingOf(bot, meetingId)).state).toBe('notice-published');
  });
  afterAll(async () => bot.close());

  it('a member is refused and nothing changes', async () => {
    const before = await etag();
    const [reply] = await bot.say(CHAT, MEMBERS.dag, `flytt møte ${dmy(d21)} 13:00-15:00`);
    expect(reply.text).toContain('Bare sekretariatet');
    expect(await etag()).toBe(before);
  });

  it('refuses a date in the past and a date with another meeting of the group, with the reason; nothing changes', async () => {
    const before = await etag();
    const [past] = await bot.say(CHAT, CHAIR, 'flytt møte 01.02.2024 13:00-15:00');
    expect(past.text).toContain('Datoen 01.02.2024 har vært');
    expect(past.text).not.toContain('nytt møte');
    const [clash] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d35)} 13:00-15:00`);
    expect(clash.text).toBe(`Gruppen har allerede et møte ${dmy(d35)}. Ingenting ble endret. Velg en annen dato.`);
    expect(await etag()).toBe(before);
  });

  it('moves the next meeting a week: time, place kept, the deadline and the input window move with it; the answer gives the new time', async () => {
    const old = await meetingOf(bot, meetingId);
    expect(old.inputDeadline).toBe(defaultInputDeadline(old));
    const [reply] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d21)} 13:00-15:00`);
    expect(reply.text).toContain(`Møtet er flyttet fra`);
    expect(reply.text).toContain(`${dmy(d21)}`);
    expect(reply.text).toContain('Innkallingen er allerede sendt ut med den gamle tiden');
    const moved = await meetingOf(bot, meetingId);
    expect(moved).toMatchObject({ meetingId, date: d21, start: '13:00', end: '15:00', place: 'Oslo rådhus', state: 'notice-published' });
    expect(moved.inputDeadline).toBe(defaultInputDeadline(moved));
    expect(Date.parse(moved.inputDeadline!) - Date.parse(old.inputDeadline!)).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(await window()).toMatchObject({ date: d21, start: '13:00', end: '15:00', inputDeadline: moved.inputDeadline });
    for (const item of [1, 2]) expect((await bot.running.repositories.approvals.get(meetingId, item))?.value.meetingDate).toBe(d21);
    const [notice] = await bot.say(CHAT, CHAIR, 'innkalling md');
    const body = await (await fetch(downloadLink(notice)!)).text();
    expect(body).toContain(`**Tid:** ${dmy(d21)}, kl 13:00-15:00`);
    expect(body).not.toContain('10:00-12:00');
  });

  it('typed in personal chat, the group is found and its home chat gets the new time', async () => {
    bot.connector.clear();
    const personal = { id: 'a:move-meeting-chair', type: 'personal' as const };
    await bot.say(personal, CHAIR, `flytt møte ${dmy(d21)} 13:30-15:00`, 1);
    const all = await bot.connector.waitForCount(2);
    const home = all.filter((c) => c.conversationId === CHAT.id).map((c) => String(c.activity.text));
    expect(home).toHaveLength(1);
    expect(home[0]).toContain(`Møtet i Faggruppe for næringssamarbeid er flyttet til`);
    expect(home[0]).toContain('kl. 13.30 – 15.00, Oslo rådhus. Frist for innspill:');
    expect(all.find((c) => c.conversationId === personal.id)?.activity.text).toContain(
      'Beskjeden om ny tid er postet i chatten til «Faggruppe for næringssamarbeid»',
    );
    await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d21)} 13:00-15:00`);
  });

  it('the same move again changes nothing; a place given replaces the place', async () => {
    const before = await etag();
    const [again] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d21)} 13:00-15:00`);
    expect(again.text).toContain('Møtet står allerede');
    expect(await etag()).toBe(before);
    await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d21)} 13:00-15:00 Drammen bibliotek`);
    expect((await meetingOf(bot, meetingId)).place).toBe('Drammen bibliotek');
  });

  it('nytt møte: the moved-to date is taken, the date it left is free again', async () => {
    const [taken] = await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d21)} 09:00-10:00`);
    expect(taken.text).toContain(`allerede et møte ${dmy(d21)}`);
    const [free] = await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d14)} 09:00-10:00`);
    expect(free.text).toContain('opprettet');
    const dates = (await bot.running.repositories.meetings.listByGroup(groupId)).map((m) => m.date).sort();
    expect(dates).toEqual([d14, d21, d35]);
  });

  it('an ended meeting is refused; a running one too', async () => {
    // The meeting of d14 (just created) is next: start and end it, then name it by its date.
    await bot.say(CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    await bot.say(CHAT, CHAIR, 'start'); // dated in 14 days: asks on a card
    const id14 = (await bot.running.repositories.meetings.listByGroup(groupId)).find((m) => m.date === d14)!.meetingId;
    expect(id14).toBe(`${meetingId}-2`);
    await click(bot, CHAT, CHAIR, 'meeting.start', { meetingId: id14 });
    const [running] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(ahead(40))} 09:00-10:00`);
    expect(running.text).toContain('er i gang og kan ikke flyttes');
    await endAnyway(bot, CHAT, CHAIR);
    const [ended] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d14)} til ${dmy(ahead(40))} 09:00-10:00`);
    expect(ended.text).toBe(`Møtet ${dmy(d14)} er avsluttet og kan ikke flyttes. Ingenting ble endret. Opprett et nytt møte med «nytt møte».`);
  });

  it('the alias move meeting with a source date: a past target is refused, the d35 meeting stays', async () => {
    const id35 = meetingIdFor(groupId, d35);
    const before = (await bot.running.repositories.meetings.get(id35))?.etag;
    const [reply] = await bot.say(CHAT, CHAIR, `move meeting ${dmy(d35)} to 01.01.2020 09:00-10:00`);
    expect(reply.text).toContain('Datoen 01.01.2020 har vært');
    expect((await bot.running.repositories.meetings.get(id35))?.etag).toBe(before);
  });
});
