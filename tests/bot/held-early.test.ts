import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import type { MeetingData } from '../../src/domain/meeting-types';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { cardText } from '../helpers/invoke';
import { attachments, click, endAnyway, INVITED, MEMBERS, SAKSKART, meetingOf, sleep, type Bot } from '../helpers/meeting-run-setup';

/*
 * #15 §2: "held" means started. A meeting created for a later date, started and ended today, is the running
 * meeting of its chat while it runs (typed attendance, Teams join events) and the one `referat` exports after.
 */
const HOME = { id: '19:held-early@thread.v2', type: 'groupChat' as const };
const MEETING_CHAT = { id: '19:meeting_aGVsZC1lYXJseQ@thread.v2', type: 'groupChat' as const };
const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX2FHVnNaQzFsWVhKc2VR';
const dmy = (iso: string) => iso.split('-').reverse().join('.');

function joinEvent(bot: Bot, users: TestUser[]) {
  const { text: _text, ...base } = bot.make(MEETING_CHAT, { id: '29:teams', aadObjectId: '', name: '' }, '');
  const members = users.map((u) => ({ user: { id: u.id, name: u.name, aadObjectId: u.aadObjectId }, meeting: { inMeeting: true, role: 'Attendee' } }));
  return {
    ...base,
    type: 'event',
    name: 'application/vnd.microsoft.meetingParticipantsJoin',
    value: { members },
    channelData: { tenant: { id: 'tenant-1' }, meeting: { id: TEAMS_MEETING_ID } },
  };
}

/** An earlier meeting of the group, ended long ago: `referat` without a date must not pick it after today's. */
function earlier(groupId: string): MeetingData {
  return {
    meetingId: 'mt-earlier',
    groupId,
    date: '2024-11-07',
    start: '12:00',
    end: '13:00',
    place: 'Teams',
    state: 'ended',
    agenda: [{ number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' }],
    records: {},
    attendance: {},
    endedAt: '2024-11-07T13:00:00.000Z',
  };
}

describe('a meeting held on another day than it was created for', () => {
  let bot: Bot;
  const groupId = groupIdFor(HOME.id);
  const later = osloDateOf(new Date(Date.now() + 14 * 86_400_000));
  const meetingId = meetingIdFor(groupId, later);

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(HOME, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(HOME, CHAIR, `deltakere\n${INVITED}`);
    await bot.running.repositories.meetings.create(earlier(groupId));
    const [created] = await bot.say(HOME, CHAIR, `nytt møte ${dmy(later)} 10:00-12:00 Oslo rådhus`);
    expect(created.text).toContain('opprettet');
    await bot.say(HOME, CHAIR, `sakskart\n${SAKSKART}`);
  });
  afterAll(async () => bot.close());

  it('start on the meeting dated in 14 days asks on a card first; «Avbryt» starts nothing', async () => {
    const [card] = await bot.say(MEETING_CHAT, CHAIR, 'start');
    const text = cardText(attachments(card)[0].content);
    expect(text).toContain(`Møtet står oppført ${dmy(later)}. Starte det nå?`);
    expect(text).toContain('Start nå');
    expect(text).toContain('Avbryt');
    expect((await meetingOf(bot, meetingId)).state).toBe('draft');
    const cancelled = await click(bot, MEETING_CHAT, CHAIR, 'meeting.start.cancel', { meetingId });
    expect(cardText(cancelled.value)).toContain('Møtet ble ikke startet.');
    expect((await meetingOf(bot, meetingId)).state).toBe('draft');
  });

  it('a member clicking «Start nå» is refused; the chair clicking it twice starts the meeting once', async () => {
    const refused = await click(bot, MEETING_CHAT, MEMBERS.dag, 'meeting.start', { meetingId });
    expect(String(refused.value)).toContain('Bare møteleder');
    expect((await meetingOf(bot, meetingId)).state).toBe('draft');
    const before = bot.connector.captured.length;
    const [first, second] = await Promise.all([
      click(bot, MEETING_CHAT, CHAIR, 'meeting.start', { meetingId }),
      click(bot, MEETING_CHAT, CHAIR, 'meeting.start', { meetingId }),
    ]);
    await sleep(200);
    const outcomes = [cardText(first.value), cardText(second.value)];
    expect(outcomes.filter((t) => t.includes('er startet'))).toHaveLength(1);
    expect(outcomes.filter((t) => t.includes('allerede i gang'))).toHaveLength(1);
    const posted = bot.connector.captured.slice(before).map((c) => cardText(attachments(c.activity).map((a) => a.content)));
    expect(posted.filter((t) => t.includes('Hvem er til stede?'))).toHaveLength(1);
    expect(posted.filter((t) => t.includes('Sak 1 av'))).toHaveLength(1);
    const m = await meetingOf(bot, meetingId);
    expect(m).toMatchObject({ state: 'in-progress', currentItem: 1, date: later });
    expect(m.run?.conversationId).toBe(MEETING_CHAT.id);
  });

  it('typed attendance and Teams join events during it belong to it', async () => {
    const [typed] = await bot.say(MEETING_CHAT, MEMBERS.dag, 'til stede');
    expect(typed.text).toContain('Didrik Aasland');
    expect((await post(bot.running.url, joinEvent(bot, [MEMBERS.anne, MEMBERS.karl]))).status).toBeLessThan(300);
    await sleep(100);
    const present = Object.values((await meetingOf(bot, meetingId)).attendance)
      .filter((e) => e.status === 'present')
      .map((e) => e.name)
      .sort();
    expect(present).toEqual(['Aud Hetle', 'Didrik Aasland', 'Kjell Jøran Tveter']);
  });

  it('input sent during it belongs to it, marked as sent during the meeting', async () => {
    const [stored] = await bot.say({ id: 'a:held-early-dag', type: 'personal' }, MEMBERS.dag, 'innspill Ny næringsplan vedtatt i regionrådet.');
    expect(String(stored.text ?? '')).not.toContain('Ingen');
    const input = await bot.running.repositories.inputs.listByMeeting(meetingId);
    expect(input.map((c) => [c.organization, c.received])).toEqual([['Drammensregionen', 'during']]);
  });

  it('after avslutt, referat without a date exports that meeting, with its attendance', async () => {
    const { answer } = await endAnyway(bot, MEETING_CHAT, CHAIR);
    expect(cardText(answer.value)).toContain('Møtet er avsluttet');
    expect((await meetingOf(bot, meetingId)).state).toBe('ended');
    const [reply] = await bot.say(HOME, CHAIR, 'referat md');
    expect(reply.text).toContain(`Referatet for møtet ${dmy(later)} (md) er klart`);
    const body = await (await fetch(downloadLink(reply)!)).text();
    expect(body).toContain('Aud Hetle');
    expect(body).toContain('Kjell Jøran Tveter');
    const [dated] = await bot.say(HOME, CHAIR, 'referat md 07.11.2024');
    expect(dated.text).toContain('Referatet for møtet 07.11.2024 (md) er klart');
  });

  it('referat and innkalling without a date follow the meeting that just ended, not the latest date', async () => {
    // A meeting dated later but ended long before (held early once), and a draft for a later date still.
    const farther = osloDateOf(new Date(Date.now() + 40 * 86_400_000));
    const draftDate = osloDateOf(new Date(Date.now() + 70 * 86_400_000));
    await bot.running.repositories.meetings.create({
      ...earlier(groupId),
      meetingId: meetingIdFor(groupId, farther),
      date: farther,
      endedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    });
    await bot.running.repositories.meetings.create({ ...earlier(groupId), meetingId: meetingIdFor(groupId, draftDate), date: draftDate, state: 'draft' });
    const [referat] = await bot.say(HOME, CHAIR, 'referat md');
    expect(referat.text).toContain(`Referatet for møtet ${dmy(later)} (md) er klart`);
    const [notice] = await bot.say(HOME, CHAIR, 'innkalling md');
    expect(notice.text).toContain(`Innkallingen for møtet ${dmy(later)} (md) er klart`);
    const [dated] = await bot.say(HOME, CHAIR, `innkalling md ${dmy(draftDate)}`);
    expect(dated.text).toContain(`Innkallingen for møtet ${dmy(draftDate)} (md) er klart`);
  });

  it('a join event after the meeting ended marks nobody in it', async () => {
    const before = (await meetingOf(bot, meetingId)).attendance;
    expect((await post(bot.running.url, joinEvent(bot, [MEMBERS.camilla]))).status).toBeLessThan(300);
    await sleep(100);
    expect((await meetingOf(bot, meetingId)).attendance).toEqual(before);
  });
});
