import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click, meetingOf, MEMBERS, setUpGroupWithMeeting, type Bot } from '../helpers/meeting-run-setup';

/*
 * #16 §4: the roll-call card («Hvem er til stede?») is one card, redrawn in place (PUT on its activity id)
 * after every attendance change, however it came: typed in the meeting chat or in the group's chat,
 * a Teams join event, a click.
 */

const HOME = { id: '19:roll-call-home@thread.v2', type: 'groupChat' as const };
const MEETING_CHAT = { id: '19:meeting_cm9sbGNhbGw@thread.v2', type: 'groupChat' as const };

function joinEvent(bot: Bot, who: TestUser) {
  const { text: _text, ...rest } = bot.make(MEETING_CHAT, { id: '29:teams', aadObjectId: '', name: '' }, '');
  return {
    ...rest,
    type: 'event',
    name: 'application/vnd.microsoft.meetingParticipantsJoin',
    value: { members: [{ user: { id: who.id, name: who.name, aadObjectId: who.aadObjectId }, meeting: { inMeeting: true, role: 'Attendee' } }] },
    channelData: { tenant: { id: 'tenant-1' }, meeting: { id: 'MCMxOTptZWV0aW5nX2NtOXNiR05oYkd3' } },
  };
}

describe('the roll-call card stays true (#16 §4)', () => {
  let bot: Bot;
  let meetingId: string;
  let rollCallId: string;
  /** The roll-call updates captured since `from`: PUTs on the roll-call's activity id, as the card text. */
  const updatesSince = (from: number) =>
    bot.connector.captured
      .slice(from)
      .filter((c) => c.method === 'PUT' && c.path.includes(`/activities/${rollCallId}`))
      .map((c) => ({ conversationId: c.conversationId, text: cardText(attachments(c.activity)[0].content) }));

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, HOME));
  });
  afterAll(async () => bot.close());

  it('start posts the roll-call once and remembers its id on the meeting’s run, next to the current-item card', async () => {
    const sent = await bot.say(MEETING_CHAT, CHAIR, 'start', 3);
    expect(cardText(attachments(sent[2])[0].content)).toContain('Hvem er til stede?');
    expect(cardText(attachments(sent[2])[0].content)).toContain('0 til stede');
    const run = (await meetingOf(bot, meetingId)).run;
    expect(run?.conversationId).toBe(MEETING_CHAT.id);
    expect(run?.cardActivityId).toMatch(/^sent-/);
    expect(run?.rollCallActivityId).toMatch(/^sent-/);
    expect(run?.rollCallActivityId).not.toBe(run?.cardActivityId);
    rollCallId = run!.rollCallActivityId!;
  });

  it('four registrations – typed here, typed for someone else in the group’s chat, a join event, a click – each redraw the same card', async () => {
    const from = bot.connector.captured.length;
    // 1. Typed in the meeting chat by a member.
    const [typed] = await bot.say(MEETING_CHAT, MEMBERS.anne, 'til stede', 2);
    expect(typed.text).toBe('Aud Hetle (Kongsvingerregionen) er ført som til stede.');
    // 2. Typed by the secretariat for someone else, in the group's own chat: the card in the meeting chat follows.
    await bot.say(HOME, CHAIR, 'til stede Didrik Aasland', 2);
    // 3. Teams says a member joined.
    expect((await post(bot.running.url, joinEvent(bot, MEMBERS.camilla))).status).toBeLessThan(300);
    // 4. A click on the roll-call.
    const answer = await click(bot, MEETING_CHAT, MEMBERS.karl, 'attendance.present', { meetingId }, rollCallId);
    expect(cardText(answer.value)).toContain('4 til stede');
    await bot.connector.waitForCount(from + 6);
    const updates = updatesSince(from);
    expect(updates.map((u) => u.text.match(/\d+ til stede/)?.[0])).toEqual(['1 til stede', '2 til stede', '3 til stede', '4 til stede']);
    expect(updates.every((u) => u.conversationId === MEETING_CHAT.id)).toBe(true);
    for (const who of [
      'Aud Hetle (Kongsvingerregionen)',
      'Didrik Aasland (Drammensregionen)',
      'Cecilie Hårstøl (Lørenskog kommune)',
      'Kjell Jøran Tveter (Horten kommune)',
    ])
      expect(updates[3].text).toContain(who);
    // Nothing new was posted for it: one roll-call in the chat.
    const posts = bot.connector.captured.slice(from).filter((c) => c.method === 'POST' && attachments(c.activity).length > 0);
    expect(posts).toHaveLength(0);
    expect(Object.values((await meetingOf(bot, meetingId)).attendance).filter((e) => e.status === 'present')).toHaveLength(4);
  });

  it('forfall redraws it too; a roll-call that can no longer be edited fails no turn and posts nothing new', async () => {
    const from = bot.connector.captured.length;
    const [sorry] = await bot.say(MEETING_CHAT, MEMBERS.anne, 'forfall', 2);
    expect(sorry.text).toContain('er ført med forfall');
    expect(updatesSince(from).map((u) => u.text.match(/\d+ til stede, .*forfall/)?.[0])).toEqual(['3 til stede, 0 fra sekretariatet, 1 forfall']);
    // The roll-call was deleted in Teams: its update is refused (404); the answer still comes, nothing new is posted.
    bot.connector.refuseUpdates(rollCallId);
    const before = bot.connector.captured.length;
    const [again] = await bot.say(MEETING_CHAT, MEMBERS.anne, 'til stede');
    expect(again.text).toBe('Aud Hetle (Kongsvingerregionen) er ført som til stede.');
    const answer = await click(bot, MEETING_CHAT, MEMBERS.asbjorn, 'attendance.present', { meetingId }, rollCallId);
    expect(cardText(answer.value)).toContain('5 til stede');
    expect(bot.connector.captured.slice(before).filter((c) => attachments(c.activity).length > 0)).toHaveLength(0);
    expect((await meetingOf(bot, meetingId)).run?.rollCallActivityId).toBe(rollCallId);
  });
});
