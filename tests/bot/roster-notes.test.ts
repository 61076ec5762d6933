import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf } from '../../src/domain/norwegian-time';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { endAnyway } from '../helpers/meeting-run-setup';
import { cardText, invoke } from '../helpers/invoke';
import { linkCardFor } from '../helpers/link-card';

/*
 * #15 §1: role notes in a pasted roster ("(møteleder)", "(sekretær)", "(leder)") become group roles of the
 * roster member and leave the name; other notes ("(vara)", "(til 11.00)") stay notes. Both roster shapes.
 * All names are invented.
 */
const CHAT = { id: '19:roster-notes@thread.v2', type: 'groupChat' as const };
const user = (n: number, name: string): TestUser => ({ id: `29:rn${n}`, aadObjectId: `00000000-0000-0000-0000-0000000002${String(n).padStart(2, '0')}`, name });
// Role holders link only by their e-mail/UPN from Teams (or the secretariat's card), never by name (#15 §1).
const TIRIL = { ...user(1, 'Tiril Brekke'), email: 'tiril.brekke@hamar.example' }; // (møteleder) on the last-name column
const JON = { ...user(2, 'Lunde, Jon'), userPrincipalName: 'JON.LUNDE@viken.example' }; // (sekretær)
const MARI = user(3, 'Mari Skogen'); // (vara)
const HAVARD = user(4, 'Håvard Fjell'); // (leder), Navn⇥Kommune/Region shape

const INVITED = [
  'Fornavn\tEtternavn\tOrganisasjon\tE-post',
  'Tiril\tBrekke (møteleder)\tHamarregionen utvikling\ttiril.brekke@hamar.example',
  'Jon (sekretær)\tLunde\tViken fylkeskommune\tjon.lunde@viken.example',
  'Mari\tSkogen (vara)\tGrue kommune',
].join('\n');
const FRAMMOTTE = ['NAVN\tKOMMUNE/REGION', 'Håvard Fjell (leder)\tSolør kommune', 'Eva Lie (til 11.00)\tNes kommune'].join('\n');
const dmy = (iso: string) => iso.split('-').reverse().join('.');

describe('roster notes through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(CHAT.id);
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
  });
  afterAll(async () => bot.close());

  it('Fornavn⇥Etternavn⇥Organisasjon: role notes become roles of the roster member, the answer names them, names stay clean', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    expect(reply.text).toContain('3 lagt til, 0 oppdatert, 0 uendret, 0 avvist');
    expect(reply.text).toContain('Roller fra merknadene i listen: Tiril Brekke – møteleder; Jon Lunde – sekretariat.');
    expect(reply.text).toContain('Merknader (ikke en del av navnet): Mari Skogen (vara).');
    const roster = (await bot.running.repositories.rosters.get(groupId))?.value ?? [];
    expect(roster.map((m) => [m.id, m.firstName, m.lastName, m.note ?? ''])).toEqual([
      ['m-tiril-brekke', 'Tiril', 'Brekke', ''],
      ['m-jon-lunde', 'Jon', 'Lunde', ''],
      ['m-mari-skogen', 'Mari', 'Skogen', 'vara'],
    ]);
    const roles = (await bot.running.repositories.groups.get(groupId))?.value.roles ?? {};
    expect(roles['member:m-tiril-brekke']).toEqual({ name: 'Tiril Brekke', roles: ['chair'] });
    expect(roles['member:m-jon-lunde']).toEqual({ name: 'Jon Lunde', roles: ['secretariat'] });
    expect(roles['member:m-mari-skogen']).toBeUndefined();
  });

  it('the same list again changes nothing and says the roles were there', async () => {
    const group = await bot.running.repositories.groups.get(groupId);
    const [reply] = await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
    expect(reply.text).toContain('0 lagt til, 0 oppdatert, 3 uendret');
    expect(reply.text).toContain('Hadde allerede rollen: Tiril Brekke – møteleder; Jon Lunde – sekretariat.');
    expect(reply.text).not.toContain('Roller fra merknadene');
    expect((await bot.running.repositories.groups.get(groupId))?.etag).toBe(group?.etag);
  });

  it('Navn⇥Kommune/Region: the note on the name column, (leder) is chair, (til 11.00) a note', async () => {
    const [reply] = await bot.say(CHAT, CHAIR, `deltakere\n${FRAMMOTTE}`);
    expect(reply.text).toContain('2 lagt til');
    expect(reply.text).toContain('Roller fra merknadene i listen: Håvard Fjell – møteleder.');
    expect(reply.text).toContain('Eva Lie (til 11.00)');
    const roster = (await bot.running.repositories.rosters.get(groupId))?.value ?? [];
    expect(roster.find((m) => m.id === 'm-eva-lie')).toMatchObject({ firstName: 'Eva', lastName: 'Lie', note: 'til 11.00' });
    expect((await bot.running.repositories.groups.get(groupId))?.value.roles['member:m-håvard-fjell']?.roles).toEqual(['chair']);
  });

  it('the noted chairs, linked by their Teams names, start and run the meeting; a (vara) member may not', async () => {
    const today = osloDateOf(new Date());
    const [created] = await bot.say(CHAT, JON, `nytt møte ${dmy(today)} 00:00-23:59 Oslo rådhus`);
    expect(created.text).toContain('opprettet');
    await bot.say(CHAT, JON, 'sakskart\n1. Innkalling\n2. Referat\n3. Runde rundt bordet\n4. Eventuelt');
    const [refused] = await bot.say(CHAT, MARI, 'start');
    expect(refused.text).toContain('Bare møteleder eller sekretariatet');
    const [started] = await bot.say(CHAT, TIRIL, 'start', 3);
    expect(started.text).toContain('er startet');
    // Håvard's list (Navn⇥Kommune/Region) has no e-mail: a chair never links by name, the secretariat is asked.
    const asked = await bot.say(CHAT, HAVARD, 'neste', 3);
    expect(asked.map((a) => String(a.text ?? '')).join('\n')).toContain('Sekretariatet har fått spørsmålet');
    const card = linkCardFor(bot.connector.captured, 'Håvard Fjell');
    expect(card?.text).toContain('Er «Håvard Fjell» den samme som Håvard Fjell (Solør kommune, møteleder)?');
    const answer = await invoke(bot.running.url, bot.connector.serviceUrl, CHAT, JON, 'identity.link', card!.actions[0].data);
    expect(cardText(answer.value)).toContain('«Håvard Fjell» er koblet til Håvard Fjell (Solør kommune) (av Lunde, Jon).');
    const [next] = await bot.say(CHAT, HAVARD, 'neste');
    expect(next.text).not.toContain('Bare møteleder');
    const meeting = (await bot.running.repositories.meetings.get(meetingIdFor(groupId, today)))?.value;
    expect(meeting).toMatchObject({ state: 'in-progress', currentItem: 2 });
  });

  it('the referat writes the note on the attendance line, never in the name', async () => {
    await bot.say(CHAT, MARI, 'til stede');
    await bot.say(CHAT, TIRIL, 'til stede');
    await endAnyway(bot, CHAT, TIRIL);
    const [reply] = await bot.say(CHAT, JON, 'referat md');
    const body = await (await fetch(downloadLink(reply)!)).text();
    expect(body).toContain('Mari Skogen (vara)');
    // The role note is a role, not a note: «(møteleder)» once, as the chair's mark in the first row (#17 §1.7).
    expect(body).toContain('| --- | --- |\n| Tiril Brekke (møteleder) | Hamarregionen utvikling |');
    expect(body.match(/møteleder\)/g)).toHaveLength(1);
  });
});

describe('a roster note in «mine data»', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(CHAT, CHAIR, `deltakere\n${INVITED}`);
  });
  afterAll(async () => bot.close());

  it('shows the note beside the name: it is data about the member', async () => {
    await bot.say({ id: 'a:roster-notes-mari', type: 'personal' }, MARI, 'mine innspill'); // her first message links her
    const [reply] = await bot.say({ id: 'a:roster-notes-mari', type: 'personal' }, MARI, 'mine data');
    expect(reply.text).toContain('Faggruppe for næringssamarbeid: Mari Skogen (vara), Grue kommune');
  });
});
