import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { click, meetingOf, MEMBERS, setUpGroupWithMeeting, STRANGER, type Bot } from '../helpers/meeting-run-setup';

const CHAT = { id: '19:attendance-group@thread.v2', type: 'groupChat' as const };

describe('attendance: til stede / forfall, corrections by the secretariat, the roll-call card', () => {
  let bot: Bot;
  let meetingId: string;
  const entries = async () => Object.values((await meetingOf(bot, meetingId)).attendance);
  const entryOf = async (name: string) => (await entries()).find((e) => e.name === name);

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ meetingId } = await setUpGroupWithMeeting(bot, CHAT));
  });
  afterAll(async () => bot.close());

  it('a member marks themselves present, then apologies, mapped through the roster to person and organization', async () => {
    const [present] = await bot.say(CHAT, MEMBERS.anne, 'til stede');
    expect(present.text).toBe('Anne Huse (Kongsvingerregionen) er ført som til stede.');
    expect(await entryOf('Anne Huse')).toEqual({ name: 'Anne Huse', organization: 'Kongsvingerregionen', status: 'present', secretariat: false });
    const [apologies] = await bot.say(CHAT, MEMBERS.anne, 'Forfall');
    expect(apologies.text).toContain('er ført med forfall');
    const [again] = await bot.say(CHAT, MEMBERS.anne, 'apologies');
    expect(again.text).toContain('er ført med forfall');
    expect((await entries()).filter((e) => e.name === 'Anne Huse')).toEqual([{ name: 'Anne Huse', organization: 'Kongsvingerregionen', status: 'apologies', secretariat: false }]);
  });

  it('someone not on the roster is told why, and nothing is stored', async () => {
    const [reply] = await bot.say(CHAT, STRANGER, 'til stede');
    expect(reply.text).toContain('Du står ikke på deltakerlisten');
    expect(await entryOf('Ola Nordmann')).toBeUndefined();
  });

  it('a member cannot mark someone else; the secretariat can, by name', async () => {
    const [refused] = await bot.say(CHAT, MEMBERS.anne, 'til stede Dag Aanensen');
    expect(refused.text).toContain('Bare sekretariatet kan føre frammøte for andre');
    expect(await entryOf('Dag Aanensen')).toBeUndefined();
    const [marked] = await bot.say(CHAT, CHAIR, 'forfall dag aanensen');
    expect(marked.text).toBe('Dag Aanensen (Drammensregionen) er ført med forfall.');
    const [corrected] = await bot.say(CHAT, CHAIR, 'present Dag Aanensen');
    expect(corrected.text).toContain('til stede');
    expect((await entryOf('Dag Aanensen'))?.status).toBe('present');
    const [many] = await bot.say(CHAT, CHAIR, 'til stede Eli');
    expect(many.text).toContain('«Eli» passer på flere');
    const [none] = await bot.say(CHAT, CHAIR, 'til stede Ola Nordmann');
    expect(none.text).toContain('Fant ingen på deltakerlisten som heter «Ola Nordmann»');
  });

  it('secretariat staff are kept apart ("Fra sekretariatet møtte")', async () => {
    await bot.say(CHAT, CHAIR, 'til stede');
    expect(await entryOf('Øyvind Såtvedt')).toEqual({ name: 'Øyvind Såtvedt', organization: 'Oslo kommune - Byrådsavdelingene', status: 'present', secretariat: true });
  });

  it('the roll-call buttons mark the clicker only, whatever the card data says', async () => {
    const answer = await click(bot, CHAT, MEMBERS.camilla, 'attendance.present', { meetingId, memberId: 'm-dag-aanensen', name: 'Dag Aanensen' });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const shown = cardText(answer.value);
    expect(shown).toContain('2 til stede, 1 fra sekretariatet, 1 forfall');
    expect(shown).toContain('Camilla Håltøm (Lørenskog kommune)');
    expect(shown).toContain('Fra sekretariatet møtte: Øyvind Såtvedt');
    expect((await entryOf('Camilla Håltøm'))?.status).toBe('present');
    expect((await entryOf('Dag Aanensen'))?.status).toBe('present');
    const sorry = await click(bot, CHAT, MEMBERS.karl, 'attendance.apologies', { meetingId });
    expect(cardText(sorry.value)).toContain('Forfall: Anne Huse (Kongsvingerregionen), Karl Jørgen Tofte (Horten kommune)');
    const stranger = await click(bot, CHAT, STRANGER, 'attendance.present', { meetingId });
    expect(String(stranger.value)).toContain('Du står ikke på deltakerlisten');
    expect(JSON.stringify(answer.value)).toContain('"verb":"attendance.apologies"');
  });

  it('in personal chat the member is told where to report', async () => {
    const [reply] = await bot.say({ id: 'a:personal-anne', type: 'personal' }, MEMBERS.anne, 'til stede');
    expect(reply.text).toContain('i gruppens chat eller i møtechatten');
  });
});
