import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import type { MeetingData } from '../../src/domain/meeting-types';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { INVITED, MEMBERS, SAKSKART, meetingOf, sleep, type Bot } from '../helpers/meeting-run-setup';

/*
 * #15 §2: "held" means started. A meeting created for a later date, started and ended today, is the running
 * meeting of its chat while it runs (typed attendance, Teams join events) and the one `referat` exports after.
 */
const HOME = { id: '19:held-early@thread.v2', type: 'groupChat' as const };
const MEETING_CHAT = { id: '19:meeting_aGVsZC1lYXJseQ@thread.v2', type: 'groupChat' as const };
const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX2FHVnNaQzFsWVhKc2VR';
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const linkIn = (text: string) => /(http:\/\/\S+\/files\/\S+)/.exec(text)?.[1];

function joinEvent(bot: Bot, users: TestUser[]) {
  const { text: _text, ...base } = bot.make(MEETING_CHAT, { id: '29:teams', aadObjectId: '', name: '' }, '');
  const members = users.map((u) => ({ user: { id: u.id, name: u.name, aadObjectId: u.aadObjectId }, meeting: { inMeeting: true, role: 'Attendee' } }));
  return { ...base, type: 'event', name: 'application/vnd.microsoft.meetingParticipantsJoin', value: { members }, channelData: { tenant: { id: 'tenant-1' }, meeting: { id: TEAMS_MEETING_ID } } };
}

/** An earlier meeting of the group, ended long ago: `referat` without a date must not pick it after today's. */
function earlier(groupId: string): MeetingData {
  return {
    meetingId: 'mt-earlier', groupId, date: '2024-11-07', start: '12:00', end: '13:00', place: 'Teams', state: 'ended',
    agenda: [{ number: 1, title: 'Godkjenning av innkalling og dagsorden', subPoints: [], kind: 'approve-notice' }],
    records: {}, attendance: {}, endedAt: '2024-11-07T13:00:00.000Z',
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

  it('start in the Teams meeting chat starts the meeting dated in 14 days', async () => {
    const sent = await bot.say(MEETING_CHAT, CHAIR, 'start', 3);
    expect(sent[0].text).toContain('er startet');
    expect((await meetingOf(bot, meetingId)).state).toBe('in-progress');
  });

  it('typed attendance and Teams join events during it belong to it', async () => {
    const [typed] = await bot.say(MEETING_CHAT, MEMBERS.dag, 'til stede');
    expect(typed.text).toContain('Didrik Aasland');
    expect((await post(bot.running.url, joinEvent(bot, [MEMBERS.anne, MEMBERS.karl]))).status).toBeLessThan(300);
    await sleep(100);
    const present = Object.values((await meetingOf(bot, meetingId)).attendance).filter((e) => e.status === 'present').map((e) => e.name).sort();
    expect(present).toEqual(['Aud Hetle', 'Didrik Aasland', 'Kjell Jøran Tveter']);
  });

  it('input sent during it belongs to it, marked as sent during the meeting', async () => {
    const [stored] = await bot.say({ id: 'a:held-early-dag', type: 'personal' }, MEMBERS.dag, 'innspill Ny næringsplan vedtatt i regionrådet.');
    expect(String(stored.text ?? '')).not.toContain('Ingen');
    const input = await bot.running.repositories.contributions.listByMeeting(meetingId);
    expect(input.map((c) => [c.organization, c.received])).toEqual([['Drammensregionen', 'during']]);
  });

  it('after avslutt, referat without a date exports that meeting, with its attendance', async () => {
    const sent = await bot.say(MEETING_CHAT, CHAIR, 'avslutt', 2);
    expect(sent.map((a) => String(a.text ?? '')).join(' ')).not.toContain('Bare møteleder');
    expect((await meetingOf(bot, meetingId)).state).toBe('ended');
    const [reply] = await bot.say(HOME, CHAIR, 'referat md');
    expect(reply.text).toContain(`Referatet for møtet ${dmy(later)} (md) er klart`);
    const body = await (await fetch(linkIn(String(reply.text))!)).text();
    expect(body).toContain('Aud Hetle');
    expect(body).toContain('Kjell Jøran Tveter');
    const [dated] = await bot.say(HOME, CHAIR, 'referat md 07.11.2024');
    expect(dated.text).toContain('Referatet for møtet 07.11.2024 (md) er klart');
  });

  it('a join event after the meeting ended marks nobody in it', async () => {
    const before = (await meetingOf(bot, meetingId)).attendance;
    expect((await post(bot.running.url, joinEvent(bot, [MEMBERS.camilla]))).status).toBeLessThan(300);
    await sleep(100);
    expect((await meetingOf(bot, meetingId)).attendance).toEqual(before);
  });
});
