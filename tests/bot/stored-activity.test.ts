import { CHAIR, post, startBotForTest } from '../helpers/bot-client';

/**
 * Only what the product needs is stored from an activity, each field capped (#14 item 6). Before, the
 * whole `conversation` / `from` objects were kept: a 1.9 MB junk field became a 1.9 MB document.
 */
describe('what is stored from an activity', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  beforeAll(async () => {
    bot = await startBotForTest();
  });
  afterAll(async () => bot.close());

  it('a junk field in conversation and from is not stored; the reference keeps what a proactive message needs', async () => {
    const chat = { id: '19:junk@thread.v2', type: 'groupChat' as const };
    const activity: Record<string, unknown> & { conversation: object; from: object; serviceUrl: string; channelId: string } = bot.make(chat, CHAIR, 'hjelp');
    const junk = 'x'.repeat(600_000); // three of them: just under the 2 MB body limit
    activity.conversation = { ...activity.conversation, junk, tenantId: 'tenant-1' };
    activity.from = { ...activity.from, junk };
    activity.channelData = { junk };
    const res = await post(bot.running.url, activity);
    expect(res.status).toBe(200);
    const record = await bot.running.repositories.conversations.get(chat.id);
    expect(record).toBeDefined();
    const size = JSON.stringify(record).length;
    console.log(`stored conversation record: ${size} bytes from a ${JSON.stringify(activity).length}-byte activity`);
    expect(size).toBeLessThan(2_000);
    expect(record!.reference).toMatchObject({
      serviceUrl: activity.serviceUrl,
      channelId: activity.channelId,
      conversation: { id: chat.id, conversationType: 'groupChat', tenantId: 'tenant-1' },
      user: { id: CHAIR.id, name: CHAIR.name, aadObjectId: CHAIR.aadObjectId },
    });
  });

  it('ids and names far longer than Teams sends are refused with 400 and a reason, nothing stored', async () => {
    const longId = { id: `19:${'a'.repeat(2_000)}@thread.v2`, type: 'groupChat' as const };
    const res = await post(bot.running.url, bot.make(longId, CHAIR, 'hjelp'));
    expect(res.status).toBe(400);
    expect(res.body).toContain('at most 1024');
    expect(await bot.running.repositories.conversations.get(longId.id)).toBeUndefined();
    const longName = await post(bot.running.url, bot.make({ id: '19:long-name@thread.v2', type: 'groupChat' }, { ...CHAIR, name: 'N'.repeat(300) }, 'hjelp'));
    expect(longName.status).toBe(400);
    expect(longName.body).toContain('from.name');
  });
});
