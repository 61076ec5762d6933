import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { downloadLink } from '../../tools/teams/download-link';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { ddmmyyyy } from '../helpers/open-meeting';

/** `forbered <saksnr> <tekst>|av` over the bot's HTTP endpoint: a preparation text on any item (#17 §1.9). */
const CHAT = { id: '19:prepare-chat@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:prepare-member', aadObjectId: '00000000-0000-4000-a000-9e9a9e000001', name: 'Vibeke Strand' };
const AGENDA = ['1. Godkjenning av innkalling og dagsorden', '2. Forslag til møteplan 2027', '3. Runde rundt bordet', '4. Eventuelt'].join('\n');

describe('preparation texts per item', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const date = ddmmyyyy(20);
  const meetingId = () => meetingIdFor(groupIdFor(CHAT.id), date.split('.').reverse().join('-'));
  const stored = async () => (await bot.running.repositories.meetings.get(meetingId()))!;
  const innkalling = async () => {
    const [reply] = await bot.say(CHAT, CHAIR, 'innkalling md');
    return (await fetch(downloadLink(reply)!)).text();
  };
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for forberedelser');
    await bot.say(CHAT, CHAIR, 'deltakere\nVibeke\tStrand\tLenkeby kommune');
    await bot.say(CHAT, CHAIR, `nytt møte ${date} 12:00-13:00 Teams`);
    await bot.say(CHAT, CHAIR, `sakskart\n${AGENDA}`);
  });
  afterAll(async () => bot.close());

  it('lists the item’s text in the innkalling, in item order, beside the round table’s standing request', async () => {
    const [set] = await bot.say(CHAT, CHAIR, 'forbered 2 Les utkastet til møteplan og ta med innspill fra din kommune.');
    expect(set.text).toBe(`Sak 2 i møtet ${date} har fått en forberedelse. Den står i innkallingen under «Vi ber deltakere i møtet forberede følgende».`);
    expect((await stored()).value.agenda.find((i) => i.number === 2)?.prepare).toBe('Les utkastet til møteplan og ta med innspill fra din kommune.');
    const md = await innkalling();
    const block = md.slice(md.indexOf('**Vi ber deltakere i møtet forberede følgende:**'), md.indexOf('Med vennlig hilsen'));
    expect(block).toMatch(/\*\*Sak 2\.\*\* Les utkastet til møteplan og ta med innspill fra din kommune\.[\s\S]*\*\*Sak 3\.\*\* Forberede kort innlegg/);
  });

  it('the round table can get its own text; «av» brings the standing request back; a repeat changes nothing', async () => {
    await bot.say(CHAT, CHAIR, 'forbered sak 3: Ta med ett tall fra kommunen.');
    expect(await innkalling()).not.toContain('Forberede kort innlegg');
    const before = await stored();
    const [again] = await bot.say(CHAT, CHAIR, 'forbered 3 Ta med ett tall fra kommunen.');
    expect(again.text).toContain('hadde allerede denne teksten');
    expect((await stored()).etag).toBe(before.etag);
    const [off] = await bot.say(CHAT, CHAIR, 'forbered 3 av');
    expect(off.text).toContain('er fjernet');
    expect(await innkalling()).toContain('Forberede kort innlegg');
  });

  it('refuses an unknown item, a missing text, an overlong one and a member, and changes nothing', async () => {
    const before = await stored();
    const [noItem] = await bot.say(CHAT, CHAIR, 'forbered 9 Noe');
    expect(noItem.text).toContain(`Møtet ${date} har ingen sak 9`);
    const [usage] = await bot.say(CHAT, CHAIR, 'forbered');
    expect(usage.text).toContain('Skriv saksnummeret');
    const [long] = await bot.say(CHAT, CHAIR, `forbered 2 ${'x'.repeat(2001)}`);
    expect(long.text).toContain('høyst 2000 tegn');
    const [member] = await bot.say(CHAT, MEMBER, 'forbered 2 Noe annet');
    expect(member.text).not.toContain('har fått en forberedelse');
    expect((await stored()).etag).toBe(before.etag);
  });
});
