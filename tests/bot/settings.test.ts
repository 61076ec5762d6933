import { groupIdFor } from '../../src/app/groups';
import { CHAIR, post, startBotForTest } from '../helpers/bot-client';

/** `innstilling` / `setting`: how the group writes its documents (#17 §1.1, §1.10). */
const GROUP_CHAT = { id: '19:settings@thread.v2', type: 'groupChat' as const };
const MEMBER = { id: '29:settings-member', aadObjectId: '00000000-0000-4000-a000-5e771e000001', name: 'Tove Lindqvist' };

describe('group settings', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const group = async () => (await bot.running.repositories.groups.get(groupIdFor(GROUP_CHAT.id)))!;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for innstillinger');
  });
  afterAll(async () => bot.close());

  it('lists the settings with their defaults (off: the group’s own layout)', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling');
    expect(reply.text).toContain('- vedtaksetikett: av – «Vedtak:» foran vedtakene i referatet');
    expect(reply.text).toContain('- markører: av');
  });

  it('turns one on once; a repeat changes nothing', async () => {
    const [on] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling vedtaksetikett på');
    expect(on.text).toContain('vedtaksetikett er nå på');
    const after = await group();
    expect(after.value.settings).toEqual({ decisionLabel: true });
    const [again] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling  Vedtaksetikett   PÅ');
    expect(again.text).toContain('var allerede på');
    expect((await group()).etag).toBe(after.etag);
  });

  it('bad names and values get the reason, and nothing changes', async () => {
    const before = await group();
    const [value] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling vedtaksetikett kanskje');
    expect(value.text).toContain('«kanskje» er verken «på» eller «av»');
    const [name] = await bot.say(GROUP_CHAT, CHAIR, 'innstilling farge blå');
    expect(name.text).toContain('Jeg kjenner ikke innstillingen «farge blå»');
    const [member] = await bot.say(GROUP_CHAT, MEMBER, 'innstilling vedtaksetikett av');
    expect(member.text).not.toContain('er nå av');
    expect((await group()).etag).toBe(before.etag);
  });

  it('answers in English for en locales', async () => {
    const before = bot.connector.captured.length;
    await post(bot.running.url, { ...bot.make(GROUP_CHAT, CHAIR, 'setting markers on'), locale: 'en-US' });
    const [reply] = (await bot.connector.waitForCount(before + 1)).slice(before);
    expect(reply.activity.text).toContain('markers is now on');
    expect((await group()).value.settings).toEqual({ decisionLabel: true, keepMarkers: true });
  });
});
