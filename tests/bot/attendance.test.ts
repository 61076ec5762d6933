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
    expect(present.text).toBe('Aud Hetle (Kongsvingerregionen) er ført som til stede.');
    expect(await entryOf('Aud Hetle')).toEqual({ name: 'Aud Hetle', organization: 'Kongsvingerregionen', status: 'present', secretariat: false });
    const [apologies] = await bot.say(CHAT, MEMBERS.anne, 'Forfall');
    expect(apologies.text).toContain('er ført med forfall');
    const [again] = await bot.say(CHAT, MEMBERS.anne, 'apologies');
    expect(again.text).toContain('er ført med forfall');
    expect((await entries()).filter((e) => e.name === 'Aud Hetle')).toEqual([
      { name: 'Aud Hetle', organization: 'Kongsvingerregionen', status: 'apologies', secretariat: false },
    ]);
  });

  it('someone not on the roster is told why, and nothing is stored', async () => {
    const [reply] = await bot.say(CHAT, STRANGER, 'til stede');
    expect(reply.text).toContain('Du står ikke på deltakerlisten');
    expect(await entryOf('Ola Nordmann')).toBeUndefined();
  });

  it('a member cannot mark someone else; the secretariat can, by name', async () => {
    const [refused] = await bot.say(CHAT, MEMBERS.anne, 'til stede Didrik Aasland');
    expect(refused.text).toContain('Bare sekretariatet kan føre frammøte for andre');
    expect(await entryOf('Didrik Aasland')).toBeUndefined();
    const [marked] = await bot.say(CHAT, CHAIR, 'forfall didrik aasland');
    expect(marked.text).toBe('Didrik Aasland (Drammensregionen) er ført med forfall.');
    const [corrected] = await bot.say(CHAT, CHAIR, 'present Didrik Aasland');
    expect(corrected.text).toContain('til stede');
    expect((await entryOf('Didrik Aasland'))?.status).toBe('present');
    const [many] = await bot.say(CHAT, CHAIR, 'til stede Eir');
    expect(many.text).toContain('«Eir» passer på flere');
    const [none] = await bot.say(CHAT, CHAIR, 'til stede Ola Nordmann');
    expect(none.text).toContain('Fant ingen på deltakerlisten som heter «Ola Nordmann»');
  });

  it('secretariat staff are kept apart ("Fra sekretariatet møtte")', async () => {
    await bot.say(CHAT, CHAIR, 'til stede');
    expect(await entryOf('Ørjan Sålvik')).toEqual({
      name: 'Ørjan Sålvik',
      organization: 'Oslo kommune - Byrådsavdelingene',
      status: 'present',
      secretariat: true,
    });
  });

  it('the roll-call buttons mark the clicker only, whatever the card data says', async () => {
    const answer = await click(bot, CHAT, MEMBERS.camilla, 'attendance.present', { meetingId, memberId: 'm-didrik-aasland', name: 'Didrik Aasland' });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const shown = cardText(answer.value);
    expect(shown).toContain('2 til stede, 1 fra sekretariatet, 1 forfall');
    expect(shown).toContain('Cecilie Hårstøl (Lørenskog kommune)');
    expect(shown).toContain('Fra sekretariatet møtte: Ørjan Sålvik');
    expect((await entryOf('Cecilie Hårstøl'))?.status).toBe('present');
    expect((await entryOf('Didrik Aasland'))?.status).toBe('present');
    const sorry = await click(bot, CHAT, MEMBERS.karl, 'attendance.apologies', { meetingId });
    expect(cardText(sorry.value)).toContain('Forfall: Aud Hetle (Kongsvingerregionen), Kjell Jøran Tveter (Horten kommune)');
    const stranger = await click(bot, CHAT, STRANGER, 'attendance.present', { meetingId });
    expect(String(stranger.value)).toContain('Du står ikke på deltakerlisten');
    expect(JSON.stringify(answer.value)).toContain('"verb":"attendance.apologies"');
  });

  it('in personal chat the member is told where to report', async () => {
    const [reply] = await bot.say({ id: 'a:personal-anne', type: 'personal' }, MEMBERS.anne, 'til stede');
    expect(reply.text).toContain('i gruppens chat eller i møtechatten');
  });

  it('fravær <grunn>: apologies with the reason on the entry, shown to the member in «mine data»; til stede drops it', async () => {
    const personal = { id: 'a:personal-asbjorn', type: 'personal' as const };
    const [sorry] = await bot.say(CHAT, MEMBERS.asbjorn, 'fravær  Sykdom i\nfamilien');
    expect(sorry.text).toBe('Arnbjørn Fosse (Asker kommune) er ført med forfall.');
    expect(await entryOf('Arnbjørn Fosse')).toEqual({
      name: 'Arnbjørn Fosse',
      organization: 'Asker kommune',
      status: 'apologies',
      secretariat: false,
      reason: 'Sykdom i familien',
    });
    await bot.say(personal, MEMBERS.asbjorn, 'mine innspill'); // first contact links the Teams user to the roster
    const [mine] = await bot.say(personal, MEMBERS.asbjorn, 'mine data');
    expect(mine.text).toContain('forfall (Sykdom i familien)');
    await bot.say(CHAT, MEMBERS.asbjorn, 'til stede');
    expect(await entryOf('Arnbjørn Fosse')).toEqual({ name: 'Arnbjørn Fosse', organization: 'Asker kommune', status: 'present', secretariat: false });
    const [stranger] = await bot.say(CHAT, STRANGER, 'fravær Ferie');
    expect(stranger.text).toContain('Du står ikke på deltakerlisten');
  });
});
