import { CHAIR, startBotForTest } from '../helpers/bot-client';

const GROUP_CHAT = { id: '19:mention-only@thread.v2', type: 'groupChat' as const };

describe('an @mention with nothing after it', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  beforeAll(async () => {
    bot = await startBotForTest();
  });
  afterAll(async () => bot.close());

  it('gets the help, not silence', async () => {
    const replies = await bot.say(GROUP_CHAT, CHAIR, '<at>Referent</at>');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain('ny gruppe');
  });

  it('gets the help when only blanks follow the mention', async () => {
    const replies = await bot.say(GROUP_CHAT, CHAIR, '<at>Referent</at>   ');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain('hjelp');
  });
});
