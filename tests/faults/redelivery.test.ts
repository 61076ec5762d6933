import { CHAIR, post, startBotForTest } from '../helpers/bot-client';
import { makeMembers, openMeetingViaCommands } from '../helpers/open-meeting';

/** Teams re-sends an activity when the answer is slow: three deliveries store one input, once. */
jest.setTimeout(60_000);

test('the same activity delivered three times (together and one after another) is stored once', async () => {
  const bot = await startBotForTest();
  try {
    const chat = { id: '19:redelivery@thread.v2', type: 'groupChat' as const };
    const [m1, m2] = makeMembers(2, 'Igjen');
    const meeting = await openMeetingViaCommands((t) => bot.say(chat, CHAIR, t), bot.running.repositories, chat.id, [m1, m2]);

    const together = bot.make({ id: 'a:re-1', type: 'personal' }, m1, 'innspill Første versjon');
    const statuses = await Promise.all([1, 2, 3].map(() => post(bot.running.url, together).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200]);
    const inOrder = bot.make({ id: 'a:re-2', type: 'personal' }, m2, 'innspill Andre medlem\n- punkt');
    for (let i = 0; i < 3; i++) expect((await post(bot.running.url, inOrder)).status).toBe(200);

    const stored = await bot.running.repositories.inputs.listByMeeting(meeting.meetingId);
    expect(stored.map((c) => [c.organization, c.text]).sort()).toEqual([
      [m1.organization, 'Første versjon'],
      [m2.organization, 'Andre medlem\n- punkt'],
    ]);
    // A re-send must not turn into "replace or add?" for the member: no question was asked.
    const asked = bot.connector.captured.filter((c) => JSON.stringify(c.activity).includes('Erstatt'));
    expect(asked).toEqual([]);
  } finally {
    await bot.close();
  }
});
