import { groupIdFor } from '../../src/app/groups';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { fixtureDocument, INNKALLING_2024_11_07, invitedList } from '../../tools/fixtures/documents';

const NOTICE = fixtureDocument(INNKALLING_2024_11_07);
const INVITED = invitedList(NOTICE);
const GROUP_CHAT = { id: '19:groupchat-1@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:dag', aadObjectId: '00000000-0000-0000-0000-0000000000d1', name: 'Didrik Aasland' };

describe('group commands through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  beforeAll(async () => {
    bot = await startBotForTest();
  });
  afterAll(async () => bot.close());

  it('answers help before any group exists', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, '<at>Referent</at> hjelp');
    expect(reply.text).toContain('ny gruppe');
    expect(reply.text).not.toContain('deltakere +');
  });

  it('creates a group once, with the sender as secretariat', async () => {
    const [created] = await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    expect(created.text).toContain('«Faggruppe for næringssamarbeid» er opprettet');
    const [again] = await bot.say(GROUP_CHAT, CHAIR, 'NY GRUPPE Noe annet');
    expect(again.text).toContain('allerede hjemmet til gruppen «Faggruppe for næringssamarbeid»');
    const group = await bot.running.repositories.groups.get(groupIdFor(GROUP_CHAT.id));
    expect(group?.value.name).toBe('Faggruppe for næringssamarbeid');
    expect(group?.value.roles[`aad:${CHAIR.aadObjectId}`].roles).toEqual(['secretariat']);
  });

  it('refuses a group in personal chat', async () => {
    const [reply] = await bot.say({ id: 'a:personal-1', type: 'personal' }, CHAIR, 'ny gruppe Test');
    expect(reply.text).toContain('gruppechat eller kanal');
  });

  it('a long list of refused roster lines is capped: the first 10 with their reasons, then «… og N til»; nothing stored (#16 §2)', async () => {
    const bad = Array.from({ length: 12 }, (_, i) => `Enkeltord${i + 1}`);
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${bad.join('\n')}`);
    expect(reply.text).toContain('0 lagt til, 0 oppdatert, 0 uendret, 12 avvist');
    expect(String(reply.text).match(/^Linje \d+ «Enkeltord\d+»: fant bare én kolonne/gm)).toHaveLength(10);
    expect(reply.text).toContain('«Enkeltord10»: fant bare én kolonne');
    expect(reply.text).not.toContain('Enkeltord11');
    expect(String(reply.text).endsWith('… og 2 til')).toBe(true);
    expect((await bot.running.repositories.rosters.get(groupIdFor(GROUP_CHAT.id)))?.value ?? []).toHaveLength(0);
  });

  it('imports the invited list of the 7.11.2024 notice: 45 added, a malformed line refused, a repeat changes nothing', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${INVITED}\nbare ett ord`);
    expect(reply.text).toContain('45 lagt til, 0 oppdatert, 0 uendret, 1 avvist');
    expect(reply.text).toMatch(/Linje \d+ «bare ett ord»: fant bare én kolonne/);
    const roster = await bot.running.repositories.rosters.get(groupIdFor(GROUP_CHAT.id));
    expect(roster?.value).toHaveLength(45);
    expect(roster?.value.find((m) => m.lastName === 'Sålvik')?.organization).toBe('Oslo kommune - Byrådsavdelingene');
    const etag = roster?.etag;
    const [repeat] = await bot.say(GROUP_CHAT, CHAIR, `members\n${INVITED}`);
    expect(repeat.text).toContain('0 lagt til, 0 oppdatert, 45 uendret');
    expect((await bot.running.repositories.rosters.get(groupIdFor(GROUP_CHAT.id)))?.etag).toBe(etag);
  });

  it('refuses roster import and roles from a member, and changes nothing', async () => {
    const [reply] = await bot.say(GROUP_CHAT, MEMBER, 'deltakere\nNy\tPerson\tAsker kommune');
    expect(reply.text).toContain('Bare sekretariatet');
    const [role] = await bot.say(GROUP_CHAT, MEMBER, 'rolle Didrik Aasland møteleder');
    expect(role.text).toContain('Bare sekretariatet');
    expect((await bot.running.repositories.rosters.get(groupIdFor(GROUP_CHAT.id)))?.value).toHaveLength(45);
  });

  it('grants a role by name from the roster', async () => {
    const [granted] = await bot.say(GROUP_CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    expect(granted.text).toBe('Didrik Aasland har nå rollen møteleder.');
    const [again] = await bot.say(GROUP_CHAT, CHAIR, 'role didrik aasland chair');
    expect(again.text).toContain('har allerede den rollen');
    const [unknown] = await bot.say(GROUP_CHAT, CHAIR, 'rolle Ola Nordmann møteleder');
    expect(unknown.text).toContain('Fant ingen på deltakerlisten');
    const [help] = await bot.say(GROUP_CHAT, MEMBER, 'hjelp');
    expect(help.text).toContain('neste');
    expect(help.text).not.toContain('deltakere +');
  });

  it('answers English for en locales and unknown commands clearly', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'fnord');
    expect(reply.text).toContain('Jeg kjenner ikke kommandoen «fnord»');
  });
});
