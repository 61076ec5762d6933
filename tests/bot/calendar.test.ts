import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf, osloInstant } from '../../src/domain/norwegian-time';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { one, parseIcs, resolve, text, type Component } from '../helpers/ics-reader';
import { attachments, click, INVITED, MEMBERS, SAKSKART, STRANGER, meetingOf, type Bot } from '../helpers/meeting-run-setup';
import { downloadLink } from '../../tools/teams/download-link';

/*
 * #18 §4: `innkalling ics` is the meeting as a calendar invitation, delivered as the personal download card
 * («Legg i kalender»). The UID is the meeting's for good: after `flytt møte` the next file has a higher
 * SEQUENCE and the new time, after `avlys møte` it cancels the same event. Read back by a strict reader.
 */
const CHAT = { id: '19:calendar@thread.v2', type: 'groupChat' as const };
const ahead = (days: number) => osloDateOf(new Date(Date.now() + days * 86_400_000));
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const TEAMS = 'https://teams.example/l/meetup-join/19%3Ameeting_abc%40thread.v2/0?context=%7B%7D';

describe('innkalling ics over the real HTTP endpoint', () => {
  let bot: Bot;
  const groupId = groupIdFor(CHAT.id);
  const [d14, d21] = [ahead(14), ahead(21)];
  const meetingId = meetingIdFor(groupId, d14);
  const exports = async () => (await bot.running.repositories.exports.list(meetingId)).length;

  /** Asks for the .ics, checks the card and the HTTP answer, and reads the calendar back. */
  async function download(command: string): Promise<{ cal: Component; event: Component; reply: string }> {
    const replies = await bot.say(CHAT, CHAIR, command);
    const card = replies.flatMap((r) => attachments(r)).find((a) => cardText(a.content).includes('Legg i kalender'));
    expect(card).toBeDefined();
    expect(cardText(card!.content)).toContain('Kalenderinvitasjon (ics)');
    expect((card!.content as { actions: unknown[] }).actions).toHaveLength(1);
    const link = downloadLink(replies);
    expect(link).toMatch(/\/innkalling-\d{4}-\d{2}-\d{2}\.ics$/);
    const res = await fetch(link!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(await res.text());
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(1);
    return { cal, event: events[0], reply: replies.map((r) => String(r.text ?? '')).join('\n') };
  }

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(d14)} 10:00-12:00 Oslo rådhus, sal 3`);
    await bot.say(CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    const posted = await bot.say(CHAT, CHAIR, 'innkalling', 4);
    noticeCard = posted.flatMap((a) => attachments(a)).find((a) => JSON.stringify(a.content).includes('notice.calendar'))?.content;
    await bot.say(CHAT, CHAIR, `lenke teams ${TEAMS}`);
    expect((await meetingOf(bot, meetingId)).links?.teams).toBe(TEAMS);
  }, 60_000);
  afterAll(async () => bot?.close());

  let uid = '';
  let noticeCard: unknown;

  it('the first file: the meeting in Oslo time, place, agenda, Teams link, SEQUENCE 0', async () => {
    const { cal, event, reply } = await download('innkalling ics');
    expect(reply).toContain(`Kalenderinvitasjonen for møtet ${dmy(d14)} (ics) er klar.`);
    expect(one(cal, 'METHOD').value).toBe('PUBLISH');
    uid = one(event, 'UID').value;
    expect(uid).toBe(`${meetingId}@referent.meetings`);
    expect(one(event, 'SEQUENCE').value).toBe('0');
    expect(resolve(cal, one(event, 'DTSTART')).toISOString()).toBe(osloInstant(d14, '10:00').toISOString());
    expect(resolve(cal, one(event, 'DTEND')).toISOString()).toBe(osloInstant(d14, '12:00').toISOString());
    expect(text(event, 'SUMMARY')).toBe('Møte i Faggruppe for næringssamarbeid');
    expect(text(event, 'LOCATION')).toBe('Oslo rådhus, sal 3');
    expect(text(event, 'DESCRIPTION')).toContain('Sak 1: Godkjenning av innkalling og dagsorden');
    expect(text(event, 'DESCRIPTION')).toContain(`Lenke til møtet i Teams: ${TEAMS}`);
    expect(one(event, 'URL').value).toBe(TEAMS);
    expect(one(event, 'STATUS').value).toBe('CONFIRMED');
  });

  it('the notice card has «Legg i kalender»: a member clicking it gets the same event in personal chat, the group hears nothing', async () => {
    expect(cardText(noticeCard)).toContain('Legg i kalender');
    expect(JSON.stringify(noticeCard)).toContain(`"data":{"meetingId":"${meetingId}"}`);
    const before = bot.connector.captured.length;
    const exported = await exports();
    const answer = await click(bot, CHAT, MEMBERS.dag, 'notice.calendar', { meetingId });
    expect(answer.httpStatus).toBe(200);
    expect(answer.value).toBe('Jeg har sendt lenken til deg privat, i chatten din med Referent.');
    const sent = bot.connector.captured.slice(before);
    expect(sent.filter((c) => c.conversationId === CHAT.id)).toEqual([]);
    const link = downloadLink(sent.map((c) => c.activity));
    expect(link).toMatch(/\/innkalling-\d{4}-\d{2}-\d{2}\.ics$/);
    const res = await fetch(link!);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(await res.text());
    const event = cal.children.find((c) => c.name === 'VEVENT')!;
    expect(one(event, 'UID').value).toBe(uid);
    expect(one(event, 'SEQUENCE').value).toBe('0');
    expect(one(event, 'URL').value).toBe(TEAMS);
    expect(await exports()).toBe(exported + 1);
  });

  it('the innkalling export carries the invitation: «Legg i kalender» beside «Last ned innkalling (md)» on the same card', async () => {
    const replies = await bot.say(CHAT, CHAIR, 'innkalling md');
    const card = replies.flatMap((r) => attachments(r)).find((a) => cardText(a.content).includes('Innkalling (md)'))!.content as {
      actions: { type: string; title: string; url: string }[];
    };
    expect(card.actions.map((a) => [a.type, a.title])).toEqual([
      ['Action.OpenUrl', 'Last ned innkalling (md)'],
      ['Action.OpenUrl', 'Legg i kalender'],
    ]);
    expect(card.actions[0].url).toMatch(/\/innkalling-\d{4}-\d{2}-\d{2}\.md$/);
    expect(card.actions[1].url).toMatch(/\/innkalling-\d{4}-\d{2}-\d{2}\.ics$/);
    const res = await fetch(card.actions[1].url);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const event = parseIcs(await res.text()).children.find((c) => c.name === 'VEVENT')!;
    expect(one(event, 'UID').value).toBe(uid);
    expect(text(event, 'SUMMARY')).toBe('Møte i Faggruppe for næringssamarbeid');
  });

  it('a stranger, a forged meeting id or junk card data get a clear answer and nothing', async () => {
    const before = bot.connector.captured.length;
    const exported = await exports();
    const stranger = await click(bot, CHAT, STRANGER, 'notice.calendar', { meetingId });
    expect(stranger.value).toBe(
      'Du står ikke på deltakerlisten til gruppen, så jeg sender deg ikke kalenderinvitasjonen. Be sekretariatet legge deg til. Ingenting ble sendt.',
    );
    for (const data of [{ meetingId: 'm-forged' }, { meetingId: 42 }, { meetingId: 'x'.repeat(5000) }, {}]) {
      const forged = await click(bot, CHAT, MEMBERS.dag, 'notice.calendar', data as Record<string, unknown>);
      expect(forged.value).toBe('Jeg finner ikke møtet på dette kortet. Ingenting ble sendt.');
    }
    expect(downloadLink(bot.connector.captured.slice(before).map((c) => c.activity))).toBeUndefined();
    expect(await exports()).toBe(exported);
  });

  it('after flytt møte: the same UID, a higher SEQUENCE, the new time', async () => {
    await bot.say(CHAT, CHAIR, `flytt møte ${dmy(d21)} 13:00-15:30`);
    const { cal, event } = await download('innkalling ics');
    expect(one(event, 'UID').value).toBe(uid);
    expect(one(event, 'SEQUENCE').value).toBe('1');
    expect(resolve(cal, one(event, 'DTSTART')).toISOString()).toBe(osloInstant(d21, '13:00').toISOString());
    expect(resolve(cal, one(event, 'DTEND')).toISOString()).toBe(osloInstant(d21, '15:30').toISOString());
    expect(text(event, 'LOCATION')).toBe('Oslo rådhus, sal 3');
  });

  it('after avlys møte: METHOD:CANCEL, STATUS:CANCELLED, the same UID, a higher SEQUENCE', async () => {
    await bot.say(CHAT, CHAIR, 'avlys møte');
    await click(bot, CHAT, CHAIR, 'meeting.cancel', { meetingId });
    expect((await meetingOf(bot, meetingId)).state).toBe('cancelled');
    const { cal, event, reply } = await download(`innkalling ics ${dmy(d21)}`);
    expect(reply).toContain(`Møtet ${dmy(d21)} er avlyst. Kalenderfilen (ics) avlyser avtalen`);
    expect(one(cal, 'METHOD').value).toBe('CANCEL');
    expect(one(event, 'UID').value).toBe(uid);
    expect(one(event, 'SEQUENCE').value).toBe('2');
    expect(one(event, 'STATUS').value).toBe('CANCELLED');
    expect(resolve(cal, one(event, 'DTSTART')).toISOString()).toBe(osloInstant(d21, '13:00').toISOString());
  });

  it('referat ics and a member asking are refused; nothing is stored', async () => {
    const before = await exports();
    const [referat] = await bot.say(CHAT, CHAIR, 'referat ics');
    expect(referat.text).toBe('En kalenderinvitasjon (ics) finnes bare for innkallingen. Skriv «innkalling ics».');
    const [member] = await bot.say(CHAT, MEMBERS.dag, 'innkalling ics');
    expect(member.text).toContain('Bare sekretariatet');
    expect(downloadLink([referat, member])).toBeUndefined();
    expect(await exports()).toBe(before);
  });
});
