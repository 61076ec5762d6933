import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click, endAnyway, INVITED, MEMBERS, SAKSKART, meetingOf, type Bot } from '../helpers/meeting-run-setup';

/*
 * #15 §2: `avlys møte [dd.mm.åååå]` · `cancel meeting` (secretariat, confirmed on a card). The meeting is
 * cancelled, its input window closes, those who sent input are told in their personal chat that it is
 * kept; it is listed as cancelled in the input status; `flytt møte` brings it back. Ended, running and
 * cancelled meetings are refused with the reason; bad input and forged clicks change nothing.
 */
const CHAT = { id: '19:cancel-meeting@thread.v2', type: 'groupChat' as const };
const personal = (u: TestUser) => ({ id: `a:cancel-${u.id}`, type: 'personal' as const });
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const ahead = (days: number) => osloDateOf(new Date(Date.now() + days * 86_400_000));

describe('avlys møte', () => {
  let bot: Bot;
  const groupId = groupIdFor(CHAT.id);
  const [today, d14, d21] = [ahead(0), ahead(14), ahead(21)];
  const meetingId = meetingIdFor(groupId, d14);
  const etag = async () => (await bot.running.repositories.meetings.get(meetingId))?.etag;

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d14)} 10:00-12:00 Oslo rådhus`);
    await bot.say(CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    await bot.say(CHAT, CHAIR, 'innkalling', 4);
    for (const [who, text] of [
      [MEMBERS.anne, 'innspill Kongsvingerregionen har fått ny næringssjef.'],
      [MEMBERS.dag, 'innspill Drammensregionen starter et nytt prosjekt.'],
    ] as const) {
      await bot.say(personal(who), who, text);
    }
    if ((await bot.running.repositories.inputs.listByMeeting(meetingId)).length !== 2) throw new Error('fixture: the input was not stored');
  }, 60_000);
  afterAll(async () => bot?.close());

  it('bad dates, an unknown date and a member typing it are answered and change nothing', async () => {
    const before = await etag();
    const [bad] = await bot.say(CHAT, CHAIR, 'avlys møte 31.02.2027');
    expect(bad.text).toBe('«31.02.2027» er ikke en dato (dd.mm.åååå). Ingenting ble endret.');
    const [none] = await bot.say(CHAT, CHAIR, 'avlys møte 01.02.2030');
    expect(none.text).toBe('Gruppen har ikke noe møte 01.02.2030. Ingenting ble endret.');
    const from = bot.connector.captured.length;
    await post(bot.running.url, { ...bot.make(CHAT, CHAIR, 'cancel meeting 31.02.2027'), locale: 'en-US' });
    expect((await bot.connector.waitForCount(from + 1))[from].activity.text).toBe('"31.02.2027" is not a date (dd.mm.yyyy). Nothing was changed.');
    const [member] = await bot.say(CHAT, MEMBERS.anne, 'avlys møte');
    expect(member.text).toContain('Bare sekretariatet');
    expect(await etag()).toBe(before);
  });

  it('asks on a card; a forged click by a member and «Avbryt» change nothing', async () => {
    const before = await etag();
    const [asked] = await bot.say(CHAT, CHAIR, 'avlys møte');
    const text = cardText(attachments(asked)[0].content);
    expect(text).toContain(`Avlys møtet ${dmy(d14)}?`);
    expect(text).toContain('Avlys møtet');
    expect(text).toContain('Avbryt');
    const forged = await click(bot, CHAT, MEMBERS.anne, 'meeting.cancel', { meetingId });
    expect(cardText(forged.value)).toContain('Bare sekretariatet');
    const kept = await click(bot, CHAT, CHAIR, 'meeting.cancel.keep', { meetingId });
    expect(cardText(kept.value)).toContain('Møtet ble ikke avlyst.');
    expect(await etag()).toBe(before);
    expect((await meetingOf(bot, meetingId)).state).toBe('notice-published');
  });

  it('two clicks cancel once; the input window closes; each sender is told once that the input is kept', async () => {
    const from = bot.connector.captured.length;
    const [a, b] = await Promise.all([click(bot, CHAT, CHAIR, 'meeting.cancel', { meetingId }), click(bot, CHAT, CHAIR, 'meeting.cancel', { meetingId })]);
    const outcomes = [cardText(a.value), cardText(b.value)];
    expect(outcomes.filter((t) => t.includes(`Møtet ${dmy(d14)} er avlyst, og fristen for innspill er stengt. 2 personer`))).toHaveLength(1);
    expect(outcomes.filter((t) => t.includes('er allerede avlyst'))).toHaveLength(1);
    const m = await meetingOf(bot, meetingId);
    expect(m).toMatchObject({ state: 'cancelled', cancelledFrom: 'notice-published' });
    const windows = (await bot.running.repositories.inputWindows.get(groupId))?.value.meetings ?? [];
    expect(windows.find((w) => w.meetingId === meetingId)?.state).toBe('cancelled');
    for (const who of [MEMBERS.anne, MEMBERS.dag]) {
      const told = bot.connector.captured.slice(from).filter((c) => c.conversationId === personal(who).id);
      expect(told.map((c) => c.activity.text)).toEqual([
        `Møtet i Faggruppe for næringssamarbeid ${dmy(d14)} er avlyst. Innspillet ditt er tatt vare på og følger møtet hvis det settes opp igjen.`,
      ]);
    }
    expect((await bot.running.repositories.inputs.listByMeeting(meetingId)).map((c) => c.organization).sort()).toEqual([
      'Drammensregionen',
      'Kongsvingerregionen',
    ]);
  });

  it('a cancelled meeting takes no input, starts not, is shown as cancelled, and is not cancelled twice', async () => {
    const [input] = await bot.say(personal(MEMBERS.anne), MEMBERS.anne, 'innspill Et nytt innspill.');
    expect(input.text).toContain(`Møtet ${dmy(d14)} er avlyst, så det tar ikke imot innspill`);
    const [status] = await bot.say(CHAT, CHAIR, 'status');
    expect(cardText(attachments(status)[0].content)).toContain(`Innspill til møtet ${dmy(d14)} (avlyst)`);
    const sentBefore = bot.connector.captured.length;
    const [remind] = await bot.say(CHAT, CHAIR, 'påminnelse');
    expect(remind.text).toBe(`Møtet ${dmy(d14)} er avlyst, så jeg sender ingen påminnelse om innspill. Ingenting ble sendt.`);
    expect(bot.connector.captured.slice(sentBefore).filter((c) => c.conversationId !== CHAT.id)).toEqual([]);
    const [list] = await bot.say(personal(MEMBERS.anne), MEMBERS.anne, 'møter');
    expect(list.text).toMatch(
      new RegExp(`^Møtene i Faggruppe for næringssamarbeid:\\n- \\S+ ${dmy(d14).replace(/\./g, '\\.')} kl\\. 10\\.00 – 12\\.00, Oslo rådhus – AVLYST$`),
    );
    const [start] = await bot.say(CHAT, CHAIR, 'start');
    expect(start.text).toContain('ikke noe møte som kan startes');
    const before = await etag();
    const [again] = await bot.say(CHAT, CHAIR, `avlys møte ${dmy(d14)}`);
    expect(again.text).toBe(`Møtet ${dmy(d14)} er allerede avlyst. Ingenting ble endret. Sett det opp igjen med «flytt møte».`);
    const stale = await click(bot, CHAT, CHAIR, 'meeting.start', { meetingId });
    expect(cardText(stale.value)).toContain('Møtet er avlyst og kan ikke startes');
    // Closing item 2 of a cancelled meeting would approve (and lock) the previous minutes: refused.
    const approval = (await bot.running.repositories.approvals.get(meetingId, 2))?.etag;
    const close = await click(bot, CHAT, CHAIR, 'approval.close', { meetingId, item: 2 });
    expect(`${String(close.value)} ${cardText(close.value)}`).toContain('Møtet er avlyst, så godkjenningen kan ikke lukkes.');
    expect((await bot.running.repositories.approvals.get(meetingId, 2))?.etag).toBe(approval);
    expect(await etag()).toBe(before);
  });

  it('running and ended meetings are refused with the reason', async () => {
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(today)} 00:00-23:59 Gjøvik`);
    await bot.say(CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    await bot.say(CHAT, CHAIR, 'start', 2);
    const [running] = await bot.say(CHAT, CHAIR, `avlys møte ${dmy(today)}`);
    expect(running.text).toBe(`Møtet ${dmy(today)} er i gang og kan ikke avlyses. Avslutt det med «avslutt». Ingenting ble endret.`);
    await endAnyway(bot, CHAT, CHAIR);
    const [ended] = await bot.say(CHAT, CHAIR, `cancel meeting ${dmy(today)}`);
    expect(ended.text).toBe(`Møtet ${dmy(today)} er allerede holdt og avsluttet, så det kan ikke avlyses. Ingenting ble endret.`);
    expect((await meetingOf(bot, meetingIdFor(groupId, today))).state).toBe('ended');
  });

  it('flytt møte brings it back to life, with its input and its input window', async () => {
    const [moved] = await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d14)} til ${dmy(d21)} 10:00-12:00`);
    expect(moved.text).toContain('Møtet var avlyst og er satt opp igjen.');
    const revived = await meetingOf(bot, meetingId);
    expect(revived).toMatchObject({ state: 'notice-published', date: d21 });
    expect(revived.cancelledAt).toBeUndefined();
    const [list] = await bot.say(CHAT, MEMBERS.anne, 'meetings');
    expect(list.text).toContain(`${dmy(today)} kl. 00.00 – 23.59, Gjøvik – avsluttet`);
    expect(list.text).toContain(`${dmy(d21)} kl. 10.00 – 12.00, Oslo rådhus – innkalling sendt`);
    expect(list.text).not.toContain('AVLYST');
    // The window is open again: the status is the moved meeting's, with the input kept; new input may go to it.
    const [status] = await bot.say(CHAT, CHAIR, 'status');
    expect(status.text).toMatch(/^2 av \d+ organisasjoner har sendt innspill/);
    expect(cardText(attachments(status)[0].content)).toContain(`Innspill til møtet ${dmy(d21)}`);
    // Karl's first contact: the bot asks Teams who he is (member information, answered by the simulator, not an activity),
    // then answers with the choice of meeting.
    const sent = await bot.say(personal(MEMBERS.karl), MEMBERS.karl, 'innspill Horten kommune har nytt planverk.');
    const shown = sent.map((a) => `${a.text ?? ''} ${cardText(attachments(a).map((x) => x.content))}`).join(' ');
    expect(shown).toContain(dmy(d21));
    expect(shown).not.toContain('avlyst');
  });
});
