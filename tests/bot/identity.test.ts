import { groupIdFor } from '../../src/app/groups';
import { aadKey, askKey, linkKey } from '../../src/app/people';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText, invoke } from '../helpers/invoke';
import { linkCardFor } from '../helpers/link-card';

/*
 * #15 §1 over the real HTTP endpoint: who is this Teams user? Display names in the shapes Norwegian
 * tenants use link to the right roster member; what the rules may not decide (a partial name, several
 * candidates, a role holder found by name) goes to the secretariat's card «Hvem er …?», and one click
 * links. The KARI.NORDMANN probe: a name alone never carries a role. All names are invented.
 */
const HOME = { id: '19:identity-home@thread.v2', type: 'groupChat' as const };
const OTHER = { id: '19:identity-other@thread.v2', type: 'groupChat' as const };
const GROUP = groupIdFor(HOME.id);
const OTHER_GROUP = groupIdFor(OTHER.id);

let n = 0;
const user = (name: string, extra: Partial<TestUser> = {}): TestUser => {
  n++;
  return { id: `29:id-${n}`, aadObjectId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`, name, ...extra };
};
const personal = (u: TestUser) => ({ id: `a:identity-${u.id}`, type: 'personal' as const });

const ROSTER = [
  'Fornavn\tEtternavn\tOrganisasjon\tE-post',
  'Kari\tNordmann (møteleder)\tHamarregionen utvikling\tkari.nordmann@hamar.example',
  'Per Olav\tHansen\tAsker kommune',
  'Ingrid\tBerg\tHamar kommune',
  'Lars\tDahl\tGrue kommune',
  'Siv\tMoe\tNes kommune',
  'Tone\tEng\tVåler kommune',
  'Trond\tLie\tElverum kommune',
  'Håkon\tÅsen\tLøten kommune',
  'Bjørn\tSæther\tStange kommune',
  'René\tStrøm\tRingsaker kommune',
  'Marte Louise\tVik\tÅmot kommune',
  'Eva Marie\tLund\tTrysil kommune',
  'Eva Sofie\tLund\tEngerdal kommune',
  'Nils\tBerge\tTolga kommune',
].join('\n');

/** Display-name shapes that link by name alone (members without a role, one exact candidate). */
const SHAPES: [TestUser, string][] = [
  [user('Hansen, Per Olav'), 'm-per-olav-hansen'],
  [user('Ingrid Berg (Hamar kommune)'), 'm-ingrid-berg'],
  [user('Lars Dahl (Gjest)'), 'm-lars-dahl'],
  [user('Siv Moe (Guest)'), 'm-siv-moe'],
  [user('Tone Eng (Ekstern)'), 'm-tone-eng'],
  [user('LIE, TROND (External)'), 'm-trond-lie'],
  [user('Haakon Aasen'), 'm-håkon-åsen'],
  [user('Bjoern Säther'), 'm-bjørn-sæther'],
  [user('rene.stroem'), 'm-rené-strøm'],
];
const MARTE = user('Marte Vik'); // partial: the roster has a middle name
const EVA = user('Lund, Eva'); // partial, two candidates
const IMPOSTOR = user('KARI.NORDMANN'); // the probe: a name match on a chair
const KARI = user('Nordmann, Kari', { email: 'Kari.Nordmann@hamar.example' });
const NILS = user('Nils Berge'); // the same full name on two groups' rosters

describe('who is this Teams user (display names, e-mail, the secretariat’s card)', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const repos = () => bot.running.repositories;
  const linkOf = async (groupId: string, memberId: string) => (await repos().people.get(linkKey(groupId, memberId)))?.value.link;
  const texts = (activities: { text?: string }[]) => activities.map((a) => String(a.text ?? '')).join('\n');

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(HOME, CHAIR, 'ny gruppe Hedmark næringsråd');
    await bot.say(HOME, CHAIR, `deltakere\n${ROSTER}`);
    await bot.say(OTHER, CHAIR, 'ny gruppe Fjellregionen');
    await bot.say(OTHER, CHAIR, 'deltakere\nNils\tBerge\tOs kommune');
  });
  afterAll(async () => bot.close());

  it.each(SHAPES.map(([who, memberId]) => [who.name, who, memberId] as const))('«%s» links by name to the right member', async (_name, who, memberId) => {
    const [reply] = await bot.say(personal(who), who, 'mine innspill');
    expect(reply.text).not.toMatch(/finner deg ikke|ikke sikker på hvem du er/);
    expect(await linkOf(GROUP, memberId)).toMatchObject({ aadObjectId: who.aadObjectId, by: 'name' });
    const person = (await repos().people.get(aadKey(who.aadObjectId)))?.value;
    expect(person?.memberships.map((m) => m.memberId)).toEqual([memberId]);
  });

  it('the links are the members’ own documents: the roster document is not rewritten by first contacts', async () => {
    const roster = (await repos().rosters.get(GROUP))!.value;
    expect(roster.filter((m) => m.aadObjectId)).toEqual([]);
  });

  it('a partial name waits for the secretariat; one click links, and the user is told in personal chat', async () => {
    const replies = await bot.say(personal(MARTE), MARTE, 'mine innspill', 2);
    expect(texts(replies)).toContain('Jeg er ikke sikker på hvem du er på deltakerlisten til Hedmark næringsråd');
    expect(await linkOf(GROUP, 'm-marte-louise-vik')).toBeUndefined();
    const card = linkCardFor(bot.connector.captured, 'Marte Vik')!;
    expect(card.conversationId).toBe(HOME.id);
    expect(card.text).toContain('ligner på Marte Louise Vik (Åmot kommune)');
    expect(card.actions.map((a) => a.title)).toEqual(['Marte Louise Vik (Åmot kommune)', 'Ikke på listen']);
    // Writing again asks no second time.
    const again = await bot.say(personal(MARTE), MARTE, 'mine innspill');
    expect(texts(again)).toContain('ikke sikker på hvem du er');

    const before = bot.connector.captured.length;
    const answer = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, CHAIR, 'identity.link', card.actions[0].data);
    expect(cardText(answer.value)).toContain('«Marte Vik» er koblet til Marte Louise Vik (Åmot kommune)');
    expect(await linkOf(GROUP, 'm-marte-louise-vik')).toMatchObject({ aadObjectId: MARTE.aadObjectId, by: 'secretariat' });
    const told = bot.connector.captured.slice(before).filter((c) => c.conversationId === personal(MARTE).id);
    expect(told.map((c) => c.activity.text)).toEqual([expect.stringContaining('Sekretariatet har koblet deg til Marte Louise Vik (Åmot kommune)')]);
    const [mine] = await bot.say(personal(MARTE), MARTE, 'mine data');
    expect(mine.text).toContain('Marte Louise Vik, Åmot kommune');
  });

  it('several candidates: the card lists them; a forged click by a member changes nothing; the secretariat decides once', async () => {
    await bot.say(personal(EVA), EVA, 'innspill Trysil har fått ny næringssjef.', 2);
    const card = linkCardFor(bot.connector.captured, 'Lund, Eva')!;
    expect(card.actions.map((a) => a.title)).toEqual(['Eva Marie Lund (Trysil kommune)', 'Eva Sofie Lund (Engerdal kommune)', 'Ikke på listen']);
    const [perOlav] = SHAPES[0];
    const askBefore = await repos().people.get(askKey(GROUP, EVA.aadObjectId));
    const forged = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, perOlav, 'identity.link', card.actions[1].data);
    expect(String(forged.value ? cardText(forged.value) : '')).toContain('Bare sekretariatet');
    expect((await repos().people.get(askKey(GROUP, EVA.aadObjectId)))?.etag).toBe(askBefore?.etag);
    expect(await linkOf(GROUP, 'm-eva-sofie-lund')).toBeUndefined();
    // A choice that was not on the card is refused too.
    const other = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, CHAIR, 'identity.link', { ...card.actions[1].data, memberId: 'm-siv-moe' });
    expect(cardText(other.value)).toContain('ikke et av valgene');

    const chosen = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, CHAIR, 'identity.link', card.actions[1].data);
    expect(cardText(chosen.value)).toContain('er koblet til Eva Sofie Lund (Engerdal kommune)');
    const twice = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, CHAIR, 'identity.link', card.actions[0].data);
    expect(cardText(twice.value)).toContain('allerede avgjort');
    expect(await linkOf(GROUP, 'm-eva-marie-lund')).toBeUndefined();
    expect(await linkOf(GROUP, 'm-eva-sofie-lund')).toMatchObject({ aadObjectId: EVA.aadObjectId });
    const [saved] = await bot.say(personal(EVA), EVA, 'mine innspill');
    expect(saved.text).not.toContain('ikke sikker på hvem du er');
  });

  it('KARI.NORDMANN: a name match on the chair links nothing and carries no role; the real Kari links by e-mail', async () => {
    const replies = await bot.say(HOME, IMPOSTOR, 'start', 3);
    expect(texts(replies)).toContain('ikke sikker på hvem du er');
    expect(texts(replies)).toContain('Bare møteleder eller sekretariatet');
    const card = linkCardFor(bot.connector.captured, 'KARI.NORDMANN')!;
    expect(card.text).toContain('Er «KARI.NORDMANN» den samme som Kari Nordmann (Hamarregionen utvikling, møteleder)?');
    expect(await linkOf(GROUP, 'm-kari-nordmann')).toBeUndefined();
    expect((await repos().people.get(aadKey(IMPOSTOR.aadObjectId)))?.value.memberships ?? []).toEqual([]);
    // Nor can the impostor send input for her organization from personal chat: the answer is that the link waits.
    const [input] = await bot.say(personal(IMPOSTOR), IMPOSTOR, 'innspill Hamarregionen har vedtatt ny strategi.');
    expect(input.text).toContain('ikke sikker på hvem du er');
    expect((await repos().people.get(aadKey(IMPOSTOR.aadObjectId)))?.value.draft).toBeUndefined();

    const [help] = await bot.say(HOME, KARI, 'hjelp');
    expect(help.text).toContain('Kommandoer du kan bruke her');
    expect(await linkOf(GROUP, 'm-kari-nordmann')).toMatchObject({ aadObjectId: KARI.aadObjectId, by: 'email' });
    const [start] = await bot.say(HOME, KARI, 'start');
    expect(start.text).not.toContain('Bare møteleder');

    // «Ikke på listen»: decided, nothing linked; the impostor stays outside.
    const none = card.actions.at(-1)!;
    expect(none.title).toBe('Ikke på listen');
    const dismissed = await invoke(bot.running.url, bot.connector.serviceUrl, HOME, CHAIR, 'identity.link', none.data);
    expect(cardText(dismissed.value)).toContain('«KARI.NORDMANN» er ikke på deltakerlisten');
    const [still] = await bot.say(HOME, IMPOSTOR, 'neste');
    expect(still.text).toContain('Bare møteleder');
    expect(await linkOf(GROUP, 'm-kari-nordmann')).toMatchObject({ aadObjectId: KARI.aadObjectId });
  });

  it('the same full name in two groups: the conversation’s group decides', async () => {
    await bot.say(OTHER, NILS, 'hjelp');
    expect(await linkOf(OTHER_GROUP, 'm-nils-berge')).toMatchObject({ aadObjectId: NILS.aadObjectId });
    expect(await linkOf(GROUP, 'm-nils-berge')).toBeUndefined();
    expect((await repos().people.get(aadKey(NILS.aadObjectId)))?.value.memberships.map((m) => m.groupId)).toEqual([OTHER_GROUP]);
  });

  it('slett mine data takes the link documents and the open question with it', async () => {
    const [perOlav] = SHAPES[0];
    await invoke(bot.running.url, bot.connector.serviceUrl, personal(perOlav), perOlav, 'privacy.erase.confirm', {});
    expect(await linkOf(GROUP, 'm-per-olav-hansen')).toBeUndefined();
    expect(await repos().people.get(aadKey(perOlav.aadObjectId))).toBeUndefined();
    const impostorAsk = await repos().people.get(askKey(GROUP, IMPOSTOR.aadObjectId));
    expect(impostorAsk?.value.ask?.resolved?.memberId).toBeNull();
    await invoke(bot.running.url, bot.connector.serviceUrl, personal(IMPOSTOR), IMPOSTOR, 'privacy.erase.confirm', {});
    expect(await repos().people.get(askKey(GROUP, IMPOSTOR.aadObjectId))).toBeUndefined();
  });
});
