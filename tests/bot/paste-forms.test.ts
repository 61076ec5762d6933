import { groupIdFor } from '../../src/app/groups';
import { CHAIR, startBotForTest } from '../helpers/bot-client';
import { cardText, invoke } from '../helpers/invoke';
import { ddmmyyyy } from '../helpers/open-meeting';

/**
 * The form cards for `deltakere` / `sakskart` (#16 §1): a client that loses line breaks (the Agents
 * Playground's web page) gets a text box instead of «Jeg kjenner ikke kommandoen «deltakereFornavn…»».
 */
const GROUP_CHAT = { id: '19:paste-forms@thread.v2', type: 'groupChat' as const };
const OTHER_CHAT = { id: '19:paste-forms-other@thread.v2', type: 'groupChat' as const };
const STRANGER = { id: '29:paste-stranger', aadObjectId: '00000000-0000-4000-a000-9a57e0000001', name: 'Siv Strand' };
const ROSTER = 'Kari\tNordmann\tRingerike kommune\nOla  Bakken  Hole kommune\nIda\tVik\tJevnaker kommune';

type Card = { body: { type: string; id?: string; isMultiline?: boolean }[]; actions?: { verb: string; data: Record<string, unknown> }[] };
const cardOf = (activity: { attachments?: { content: unknown }[] }) => activity.attachments?.[0]?.content as Card | undefined;

describe('form cards for the pasted lists', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(GROUP_CHAT.id);
  const roster = async () => bot.running.repositories.rosters.get(groupId);
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for skjema');
    await bot.say(OTHER_CHAT, STRANGER, 'ny gruppe Den andre gruppen');
  });
  afterAll(async () => bot.close());

  it('the answers to «ny gruppe» and «nytt møte» bring the next step’s form («Neste steg»)', async () => {
    const chat = { id: '19:paste-forms-next@thread.v2', type: 'groupChat' as const };
    const [created] = await bot.say(chat, CHAIR, 'ny gruppe Faggruppe for neste steg');
    expect(created.text).toContain('er opprettet');
    expect(cardOf(created)?.actions?.[0]).toMatchObject({ verb: 'paste.members', data: { groupId: groupIdFor(chat.id) } });
    const [meeting] = await bot.say(chat, CHAIR, `nytt møte ${ddmmyyyy(45)} 10:00-12:00 Teams`);
    expect(meeting.text).toContain('Møtet er opprettet');
    expect(cardOf(meeting)?.actions?.[0]).toMatchObject({ verb: 'paste.agenda', data: { groupId: groupIdFor(chat.id) } });
  });

  it('«deltakere» with no lines answers with a multi-line text box and «Lagre»', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'deltakere');
    const card = cardOf(reply)!;
    expect(card.body.find((b) => b.type === 'Input.Text')).toMatchObject({ id: 'text', isMultiline: true });
    expect(card.actions).toEqual([expect.objectContaining({ verb: 'paste.members', data: { groupId } })]);
    expect(JSON.stringify(card)).toContain('Fornavn⇥Etternavn⇥Organisasjon');
  });

  it('«Lagre» does what the pasted command does and answers the same way; a repeat changes nothing', async () => {
    const saved = await invoke(bot.running.url, bot.connector.serviceUrl, GROUP_CHAT, CHAIR, 'paste.members', { groupId, text: ROSTER });
    expect(cardText(saved.value)).toContain('3 lagt til, 0 oppdatert, 0 uendret');
    const after = await roster();
    expect(after?.value.map((m) => m.lastName).sort()).toEqual(['Bakken', 'Nordmann', 'Vik']);
    const again = await invoke(bot.running.url, bot.connector.serviceUrl, GROUP_CHAT, CHAIR, 'paste.members', { groupId, text: ROSTER });
    expect(cardText(again.value)).toContain('0 lagt til, 0 oppdatert, 3 uendret');
    expect((await roster())?.etag).toBe(after?.etag);
  });

  it('a click by someone who is not the group’s secretariat, or naming another group, changes nothing', async () => {
    const before = await roster();
    const forged = await invoke(bot.running.url, bot.connector.serviceUrl, OTHER_CHAT, STRANGER, 'paste.members', {
      groupId,
      text: 'Eve\tAngriper\tX kommune',
    });
    expect(cardText(forged.value)).toContain('Bare sekretariatet kan lagre');
    const empty = await invoke(bot.running.url, bot.connector.serviceUrl, GROUP_CHAT, CHAIR, 'paste.members', { groupId, text: '  ' });
    expect(cardText(empty.value)).toContain('Skjemaet var tomt');
    expect((await roster())?.etag).toBe(before?.etag);
  });

  it('a command run into its list («deltakereKari…») says the line breaks were lost and offers the form', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'deltakereKari Nordmann Ringerike kommune Ola Bakken Hole kommune');
    expect(reply.text).toContain('Det ser ut som linjeskiftene forsvant');
    expect(reply.text).not.toContain('kjenner ikke kommandoen');
    expect(cardOf(reply)?.actions?.[0].verb).toBe('paste.members');
    const [member] = await bot.say(OTHER_CHAT, CHAIR, 'sakskart1. Godkjenning 2. Runde');
    expect(member.text).not.toContain('linjeskiftene'); // not the secretariat there: refused by the router as before
  });

  it('«sakskart» with no lines gets the form, and «Lagre» sets the agenda and answers with the agenda card', async () => {
    await bot.say(GROUP_CHAT, CHAIR, `nytt møte ${ddmmyyyy(30)} 12:00-14:00 Hønefoss`);
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'sakskart');
    expect(cardOf(reply)?.actions?.[0]).toMatchObject({ verb: 'paste.agenda', data: { groupId } });
    const saved = await invoke(bot.running.url, bot.connector.serviceUrl, GROUP_CHAT, CHAIR, 'paste.agenda', {
      groupId,
      text: '1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Regional plan for næringsareal\n4. Eventuelt',
    });
    expect(cardText(saved.value)).toContain('Regional plan for næringsareal');
    const meeting = (await bot.running.repositories.meetings.listByGroup(groupId)).at(-1);
    expect(meeting?.agenda.map((i) => i.title)).toContain('Regional plan for næringsareal');
  });
});
