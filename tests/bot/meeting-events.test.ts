import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { endAnyway, meetingOf, MEMBERS, setUpGroupWithMeeting, sleep, STRANGER, type Bot } from '../helpers/meeting-run-setup';

const HOME = { id: '19:events-home@thread.v2', type: 'groupChat' as const };
const MEETING_CHAT = { id: '19:meeting_OTk5ZjE0@thread.v2', type: 'groupChat' as const };
const UNLINKED_CHAT = { id: '19:meeting_unlinked@thread.v2', type: 'groupChat' as const };
const TEAMS_MEETING_ID = 'MCMxOTptZWV0aW5nX09UazVaakUw';

/** A Teams meeting event as the channel sends it (names as teams-ai's Meetings routes them). */
function meetingEvent(bot: Bot, chat: typeof MEETING_CHAT, name: string, value: unknown) {
  const base = bot.make(chat, { id: '29:teams', aadObjectId: '', name: '' }, '');
  const { text: _text, ...rest } = base;
  return {
    ...rest,
    type: 'event',
    name: `application/vnd.microsoft.${name}`,
    value,
    channelData: { tenant: { id: 'tenant-1' }, meeting: { id: TEAMS_MEETING_ID } },
  };
}
const participant = (u: TestUser, withAad = true) => ({
  user: { id: u.id, name: u.name, ...(withAad ? { aadObjectId: u.aadObjectId } : {}) },
  meeting: { inMeeting: true, role: 'Attendee' },
});

describe('Teams meeting events and the meeting chat', () => {
  let bot: Bot;
  let meetingId: string;
  const entries = async () => Object.values((await meetingOf(bot, meetingId)).attendance);

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, HOME));
  });
  afterAll(async () => bot.close());

  it('events in a chat of no group are ignored', async () => {
    const before = bot.connector.captured.length;
    const res = await post(bot.running.url, meetingEvent(bot, UNLINKED_CHAT, 'meetingParticipantsJoin', { members: [participant(MEMBERS.anne)] }));
    expect(res.status).toBeLessThan(300);
    await sleep(100);
    expect(bot.connector.captured.length).toBe(before);
    expect(await entries()).toEqual([]);
  });

  it('start in the Teams meeting chat finds the chair’s group and links the chat to the meeting', async () => {
    const sent = await bot.say(MEETING_CHAT, CHAIR, 'start', 3);
    expect(sent[0].text).toContain('er startet');
    const record = await bot.running.repositories.conversations.get(MEETING_CHAT.id);
    expect(record).toMatchObject({ groupId: (await meetingOf(bot, meetingId)).groupId, meetingId });
    const m = await meetingOf(bot, meetingId);
    expect(m.run?.conversationId).toBe(MEETING_CHAT.id);
    const [next] = await bot.say(MEETING_CHAT, CHAIR, 'neste', 2);
    expect(next.text ?? '').toContain('Sak 2');
  });

  it('a member who is not chair cannot start a meeting from an unlinked chat', async () => {
    const [reply] = await bot.say(UNLINKED_CHAT, MEMBERS.dag, 'start');
    expect(reply.text).toContain('fant ingen gruppe der du er møteleder');
  });

  it('meetingStart links; participants who join are marked present through the roster (AAD id, else name); strangers are left out', async () => {
    expect(
      (await post(bot.running.url, meetingEvent(bot, MEETING_CHAT, 'meetingStart', { Id: TEAMS_MEETING_ID, Title: 'Faggruppemøte', MeetingType: 'Scheduled' })))
        .status,
    ).toBeLessThan(300);
    const join = meetingEvent(bot, MEETING_CHAT, 'meetingParticipantsJoin', {
      members: [participant(MEMBERS.anne), participant(MEMBERS.karl, false), participant(STRANGER), participant(CHAIR)],
    });
    expect((await post(bot.running.url, join)).status).toBeLessThan(300);
    const byName = Object.fromEntries((await entries()).map((e) => [e.name, e]));
    expect(byName['Aud Hetle']).toEqual({ name: 'Aud Hetle', organization: 'Kongsvingerregionen', status: 'present', secretariat: false });
    expect(byName['Kjell Jøran Tveter']?.status).toBe('present');
    expect(byName['Ørjan Sålvik']?.secretariat).toBe(true);
    expect(byName['Ola Nordmann']).toBeUndefined();
    // The same event again changes nothing.
    const etag = (await bot.running.repositories.meetings.get(meetingId))!.etag;
    await post(bot.running.url, join);
    expect((await bot.running.repositories.meetings.get(meetingId))!.etag).toBe(etag);
    await post(bot.running.url, meetingEvent(bot, MEETING_CHAT, 'meetingParticipantsLeave', { members: [participant(MEMBERS.anne)] }));
    expect((await entries()).find((e) => e.name === 'Aud Hetle')?.status).toBe('present');
  });

  it('meetingEnd while the meeting still runs reminds the chair to end it', async () => {
    const before = bot.connector.captured.length;
    await post(bot.running.url, meetingEvent(bot, MEETING_CHAT, 'meetingEnd', { Id: TEAMS_MEETING_ID, EndTime: new Date().toISOString() }));
    const after = await bot.connector.waitForCount(before + 1);
    expect(after[before].activity.text).toContain('Teams-møtet er avsluttet');
    expect((await meetingOf(bot, meetingId)).state).toBe('in-progress');
  });

  it('someone joining after the chair ended the meeting counts for today’s meeting, not a later one', async () => {
    await endAnyway(bot, MEETING_CHAT, CHAIR);
    await post(bot.running.url, meetingEvent(bot, MEETING_CHAT, 'meetingParticipantsJoin', { members: [participant(MEMBERS.camilla)] }));
    const m = await meetingOf(bot, meetingId);
    expect(m.state).toBe('ended');
    expect(Object.values(m.attendance).find((e) => e.name === 'Cecilie Hårstøl')?.status).toBe('present');
  });
});
