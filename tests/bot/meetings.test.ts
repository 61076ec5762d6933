import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { fixtureDocument, INNKALLING_2024_11_07, invitedList } from '../../tools/fixtures/documents';

const NOTICE = fixtureDocument(INNKALLING_2024_11_07);
const INVITED = invitedList(NOTICE);
const SAKSKART = NOTICE.slice(NOTICE.indexOf('Sakskart til møte'), NOTICE.indexOf('Inviterte\n'));
const GROUP_CHAT = { id: '19:meetings-group@thread.v2', type: 'groupChat' as const };
const OTHER_CHAT = { id: '19:meetings-meetingchat@thread.v2', type: 'groupChat' as const };
const MEMBER: TestUser = { id: '29:dag', aadObjectId: '00000000-0000-0000-0000-0000000000d1', name: 'Didrik Aasland' };
const GROUP_ID = groupIdFor(GROUP_CHAT.id);

const attachmentsOf = (a: Record<string, unknown>) => (a.attachments ?? []) as { contentType: string; content: unknown }[];

describe('meetings: nytt møte, sakskart, innkalling through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const meetings = () => bot.running.repositories.meetings;
  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${INVITED}`);
  });
  afterAll(async () => bot.close());

  it('creates a draft meeting once per date, with a deterministic id', async () => {
    const [created] = await bot.say(GROUP_CHAT, CHAIR, 'nytt møte 07.11.2030 12:00-13:00 Oslo rådhus');
    expect(created.text).toContain('Møtet er opprettet: torsdag 07.11.2030 kl. 12.00 – 13.00, Oslo rådhus'); // the weekday small inside a sentence (#16 §5)
    const stored = await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07'));
    expect(stored?.value).toMatchObject({ state: 'draft', date: '2030-11-07', start: '12:00', end: '13:00', place: 'Oslo rådhus', groupId: GROUP_ID });
    const [again] = await bot.say(GROUP_CHAT, CHAIR, 'new meeting 07.11.2030 09:00-10:00 Teams');
    expect(again.text).toContain('har allerede et møte 07.11.2030');
    expect((await meetings().listByGroup(GROUP_ID)).length).toBe(1);
  });

  it('refuses bad arguments with the parser message, and a member', async () => {
    const [bad] = await bot.say(GROUP_CHAT, CHAIR, 'nytt møte 31.02.2030 12:00-13:00');
    expect(bad.text).toContain('Datoen 31.02.2030 finnes ikke');
    const [member] = await bot.say(GROUP_CHAT, MEMBER, 'nytt møte 08.11.2030 12:00-13:00');
    expect(member.text).toContain('Bare sekretariatet');
    expect((await meetings().listByGroup(GROUP_ID)).length).toBe(1);
  });

  it('a long list of lines that belong to no item is capped in the answer: the first 10, then «… og N til» (#16 §2)', async () => {
    const loose = Array.from({ length: 13 }, (_, i) => `Løs linje nummer ${i + 1} uten sak`);
    const long = `Innledning ${'med mange ord '.repeat(20)}slutt`;
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `sakskart\n${long}\n${loose.join('\n')}\n${SAKSKART}`);
    expect(reply.text).toContain('Sakskartet til møtet 07.11.2030 er lagret (5 saker)');
    expect(reply.text).toMatch(/\d+ linjer ble ikke tatt med/);
    const count = Number(/(\d+) linjer ble ikke tatt med/.exec(String(reply.text))![1]);
    expect(count).toBe(16); // the long line, the 13 loose ones and the notice's two lines before item 1
    const listed = String(reply.text)
      .split('\n')
      .filter((x) => x.startsWith('- '));
    expect(listed).toHaveLength(10);
    expect(listed[0]).toHaveLength(2 + 160);
    expect(listed[0].endsWith('…')).toBe(true);
    expect(listed[1]).toBe('- Løs linje nummer 1 uten sak');
    expect(reply.text).toContain('- Løs linje nummer 9 uten sak\n… og 6 til');
    expect(reply.text).not.toContain('Løs linje nummer 10 ');
  });

  it('stores the 7.11.2024 notice’s sakskart on the next meeting and answers with the agenda card', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `sakskart\n${SAKSKART}`);
    expect(reply.text).toContain('Sakskartet til møtet 07.11.2030 er lagret (5 saker)');
    const card = attachmentsOf(reply)[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const shown = cardText(card.content);
    expect(shown).toContain('1. Godkjenning av innkalling og dagsorden');
    expect(shown).toContain('4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.');
    expect(shown).toContain('5. Eventuelt');
    // #16 §2: nothing dropped silently. The member texts under item 4 are its description on the card; the lines
    // before item 1 are named in the answer.
    expect(shown).toContain('Mobilitet er en gjennomgående utfordring for næringsutvikling i vår region.');
    expect(reply.text).toContain(
      '2 linjer ble ikke tatt med (de hører ikke til noen sak; lim dem inn under en sak om de skal være med):\n\n' +
        '- Sakskart til møte i faggruppe for Nærings samarbeid, 07.11.2024\n- Tid og sted: Torsdag 7. november, kl 12:00-13:00, Oslo rådhus',
    );
    const stored = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.value;
    expect(stored.agenda[3].subPoints).toContain('Ringeriksregionen');
    expect(stored.agenda.map((i) => i.kind)).toEqual(['approve-notice', 'approve-minutes', 'other', 'round-table', 'other-business']);
  });

  it('gives the parser’s clear message for bad text and stores nothing', async () => {
    const before = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.etag;
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'sakskart\nbare litt prosa uten nummer');
    expect(reply.text).toContain('Fant ingen nummererte saker');
    expect((await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.etag).toBe(before);
    const [member] = await bot.say(GROUP_CHAT, MEMBER, `sakskart\n${SAKSKART}`);
    expect(member.text).toContain('Bare sekretariatet');
  });

  it('innkalling posts the notice and the approval cards of item 1 and 2, and opens the input window', async () => {
    const replies = await bot.say(GROUP_CHAT, CHAIR, 'innkalling', 4);
    const [notice, item1, item2, done] = replies;
    const noticeText = cardText(attachmentsOf(notice)[0].content);
    expect(noticeText).toContain('Innkalling til møte i Faggruppe for næringssamarbeid');
    expect(noticeText).toContain('Torsdag 07.11.2030 kl. 12.00 – 13.00');
    expect(noticeText).toContain('Oslo rådhus');
    expect(noticeText).toContain('Vi ber deltakere i møtet forberede følgende:');
    expect(noticeText).toContain('Møtedeltakere forbereder kort innlegg (maks 2-3 min)');
    expect(noticeText).toContain('torsdag 14.11.2030 kl. 13.00');
    expect(noticeText).toContain('Med vennlig hilsen\n\nØrjan Sålvik\n\nSekretariatet for Faggruppe for næringssamarbeid');
    expect(cardText(attachmentsOf(item1)[0].content)).toContain('Sak 1. Godkjenning av innkalling og dagsorden');
    expect(cardText(attachmentsOf(item2)[0].content)).toContain('Sak 2. Godkjenning av referat fra møte 12. september 2024');
    expect(JSON.stringify(attachmentsOf(item1)[0].content)).toContain('approval.approve');
    expect(done.text).toContain('Innkallingen er publisert. Frist for innspill: torsdag 14.11.2030 kl. 13.00');
    const stored = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.value;
    expect(stored.state).toBe('notice-published');
    expect(stored.noticePublishedAt).toBeDefined();
    expect(stored.inputDeadline).toBe('2030-11-14T12:00:00.000Z'); // 13:00 in Oslo (winter time)
    const approval = await bot.running.repositories.approvals.get(stored.meetingId, 1);
    expect(approval?.value).toMatchObject({ state: 'open', votes: {}, kind: 'approve-notice', groupId: GROUP_ID });
  });

  it('changing the agenda after the notice is allowed with a clear note', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `sakskart\n1. Godkjenning av innkalling\n2. Runde rundt bordet\n3. Eventuelt`);
    expect(reply.text).toContain('innkallingen til dette møtet er allerede publisert');
    const stored = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.value;
    expect(stored.agenda.map((i) => i.title)).toEqual(['Godkjenning av innkalling', 'Runde rundt bordet', 'Eventuelt']);
    expect(stored.state).toBe('notice-published');
    expect((await bot.running.repositories.approvals.get(stored.meetingId, 1))?.value.title).toBe('Godkjenning av innkalling og dagsorden');
  });

  it('innkalling frist sets another deadline; a deadline before the meeting is refused', async () => {
    const [early] = await bot.say(GROUP_CHAT, CHAIR, 'innkalling frist 01.11.2030');
    expect(early.text).toContain('Fristen for innspill må være etter at møtet er slutt');
    const replies = await bot.say(GROUP_CHAT, CHAIR, 'innkalling frist 20.11.2030', 3);
    expect(replies[2].text).toContain('Frist for innspill: onsdag 20.11.2030 kl. 23.59');
    const stored = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!.value;
    expect(stored.inputDeadline).toBe('2030-11-20T22:59:00.000Z');
    // The repeated notice renamed the open approval of item 1 after the agenda change.
    expect((await bot.running.repositories.approvals.get(stored.meetingId, 1))?.value.title).toBe('Godkjenning av innkalling');
  });

  it('from another conversation of the group, the notice goes proactively to the home conversation', async () => {
    await bot.running.repositories.conversations.put({ key: OTHER_CHAT.id, reference: {}, groupId: GROUP_ID, updatedAt: new Date().toISOString() });
    bot.connector.clear();
    const [answer] = await bot.say(OTHER_CHAT, CHAIR, 'innkalling', 1);
    const all = await bot.connector.waitForCount(3);
    expect(all.map((c) => c.conversationId).sort()).toEqual([GROUP_CHAT.id, GROUP_CHAT.id, OTHER_CHAT.id].sort());
    expect(answer.text ?? all.find((c) => c.conversationId === OTHER_CHAT.id)?.activity.text).toContain(
      'publisert i chatten til «Faggruppe for næringssamarbeid»',
    );
    const home = all.filter((c) => c.conversationId === GROUP_CHAT.id);
    expect(cardText(home[0].activity.attachments[0].content)).toContain('Innkalling til møte i Faggruppe for næringssamarbeid');
  });

  it('from personal chat, the secretariat’s one group is found through the roster and the notice goes to its home', async () => {
    bot.connector.clear();
    const PERSONAL = { id: 'a:chair-personal', type: 'personal' as const };
    await bot.say(PERSONAL, CHAIR, 'innkalling', 1);
    const all = await bot.connector.waitForCount(3); // the agenda now has no item 2: notice + item 1
    expect(all.filter((c) => c.conversationId === GROUP_CHAT.id)).toHaveLength(2);
    expect(all.find((c) => c.conversationId === PERSONAL.id)?.activity.text).toContain('publisert i chatten til «Faggruppe for næringssamarbeid»');
    const [member] = await bot.say(PERSONAL, MEMBER, 'innkalling');
    expect(member.text).toContain('hører ikke til noen gruppe');
  });

  it('the next meeting is the first not ended; item 2 names the previous meeting', async () => {
    const first = (await meetings().get(meetingIdFor(GROUP_ID, '2030-11-07')))!;
    await meetings().replace({ ...first.value, state: 'ended' }, first.etag);
    await bot.say(GROUP_CHAT, CHAIR, 'nytt møte 16.01.2031 09:00-12:30');
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, 'sakskart\nSak 1. Handlingsprogram 2031\nSak 2. Runde rundt bordet');
    expect(reply.text).toContain('Sakskartet til møtet 16.01.2031 er lagret (5 saker)');
    const next = (await meetings().get(meetingIdFor(GROUP_ID, '2031-01-16')))!.value;
    expect(next.agenda.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Godkjenning av innkalling og dagsorden',
      '2. Godkjenning av referat fra møte 7. november 2030',
      '3. Handlingsprogram 2031',
      '4. Runde rundt bordet',
      '5. Eventuelt',
    ]);
  });
});
