import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { ddmmyyyy } from '../helpers/open-meeting';

/**
 * Download links are personal (#16 §3): asked for in a group chat, the link goes to the requester's
 * personal chat with the bot and the group chat only hears that it was sent. Before, the link was
 * posted in the group chat, where anyone could open it for 24 hours.
 */
const GROUP_CHAT = { id: '19:private-links@thread.v2', type: 'groupChat' as const };
const CHAIR_CHAT = { id: 'a:private-links-chair', type: 'personal' as const };
// A secretariat member links by the e-mail/UPN Teams gives for him, never by name alone (#15 §1).
const SECOND = {
  id: '29:private-second',
  aadObjectId: '00000000-0000-4000-a000-5ec0d0000001',
  name: 'Vegard Lund',
  userPrincipalName: 'vegard.lund@hole.example',
};
const LINK = /http:\/\/\S+\/files\/\S+/;

describe('personal download links', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  /** Everything the bot sent during one group-chat command, by conversation. */
  async function ask(from: typeof CHAIR, text: string) {
    const before = bot.connector.captured.length;
    await bot.say(GROUP_CHAT, from, text);
    return bot.connector.captured.slice(before);
  }
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for lenker');
    await bot.say(GROUP_CHAT, CHAIR, `nytt møte ${ddmmyyyy(20)} 12:00-14:00 Teams`);
    await bot.say(CHAIR_CHAT, CHAIR, 'hjelp'); // the chair's personal chat is known from now on
  });
  afterAll(async () => bot.close());

  it('goes to the personal chat the bot knows; the group chat gets no link', async () => {
    const sent = await ask(CHAIR, 'innkalling md');
    const inGroup = sent.filter((c) => c.conversationId === GROUP_CHAT.id);
    expect(inGroup.map((c) => c.activity.text)).toEqual(['Jeg har sendt lenken til deg privat, i chatten din med Referent.']);
    expect(JSON.stringify(inGroup)).not.toMatch(LINK);
    const personal = sent.filter((c) => c.conversationId === CHAIR_CHAT.id);
    expect(personal).toHaveLength(1);
    const link = downloadLink(personal[0].activity)!;
    expect((await fetch(link)).status).toBe(200);
  });

  it('creates a personal chat when none is known, and still shows no link in the group', async () => {
    await bot.say(GROUP_CHAT, CHAIR, 'deltakere\nVegard\tLund\tHole kommune\tvegard.lund@hole.example');
    await bot.say(GROUP_CHAT, CHAIR, 'rolle Vegard Lund sekretariat');
    await bot.say(GROUP_CHAT, SECOND, 'hjelp'); // links the Teams user to the roster member (first contact in the group, by his UPN)
    const sent = await ask(SECOND, 'innkalling md');
    const inGroup = sent.filter((c) => c.conversationId === GROUP_CHAT.id);
    expect(inGroup.map((c) => c.activity.text)).toEqual(['Jeg har sendt lenken til deg privat, i chatten din med Referent.']);
    const created = sent.filter((c) => c.conversationId.startsWith('conv-'));
    expect(created).toHaveLength(1);
    expect(downloadLink(created[0].activity)).toMatch(LINK);
  });
});
