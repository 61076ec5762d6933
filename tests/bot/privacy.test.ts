import { linkKey } from '../../src/app/people';
import { meetingIdFor } from '../../src/domain/meeting';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { cardText } from '../helpers/invoke';
import { attachments, click, MEMBERS, setUpGroupWithMeeting, STRANGER, type Bot, type Chat } from '../helpers/meeting-run-setup';

/*
 * Issue #8, item 8: `mine data` shows the sender what Referent stores about them (never anyone
 * else's); `slett mine data` asks on a card, then erases what the person may erase, restricts
 * their input in locked minutes (kept, left out of new exports) and keeps the roster entry.
 */

const GROUP_CHAT: Chat = { id: '19:privacy@thread.v2', type: 'groupChat' };
const personal = (u: TestUser): Chat => ({ id: `a:privacy-${u.id}`, type: 'personal' });
const AUD = MEMBERS.anne;
const DIDRIK = MEMBERS.dag;
const AUD_ID = 'm-aud-hetle';
const DIDRIK_ID = 'm-didrik-aasland';
const isoDaysAgo = (d: number) => new Date(Date.now() - d * 86400_000).toISOString();
const dmy = (iso: string) => iso.split('-').reverse().join('.');

describe('personal data: mine data and slett mine data', () => {
  let bot: Bot;
  let groupId = '';
  let meetingId = '';
  let lockedId = '';
  let lockedDate = '';
  let linkBeforeErasure = '';
  const repos = () => bot.running.repositories;
  const text = async (chat: Chat, from: TestUser, message: string) => String((await bot.say(chat, from, message))[0].text ?? '');
  const eraseClick = (from: TestUser, verb: string, chat = personal(from)) => click(bot, chat, from, verb, {});

  /** What erasure may touch, for "nothing changed". */
  async function snapshot() {
    const r = repos();
    const [person, roster, meeting, locked, a1, open, old] = await Promise.all([
      r.people.get(`aad:${AUD.aadObjectId}`),
      r.rosters.get(groupId),
      r.meetings.get(meetingId),
      r.meetings.get(lockedId),
      r.approvals.get(meetingId, 1),
      r.inputs.listByMeeting(meetingId),
      r.inputs.listByMeeting(lockedId),
    ]);
    return {
      person: person?.etag,
      roster: roster?.etag,
      meeting: meeting?.etag,
      locked: locked?.etag,
      a1: a1?.etag,
      open: JSON.stringify(open),
      old: JSON.stringify(old),
    };
  }

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId, meetingId } = await setUpGroupWithMeeting(bot, GROUP_CHAT));
    await bot.say(GROUP_CHAT, CHAIR, 'innkalling', 4);
    // An earlier meeting whose minutes are locked (past dates cannot be made by command): Aud's and Didrik's input, Aud present.
    const today = (await repos().meetings.get(meetingId))!.value;
    lockedDate = isoDaysAgo(35).slice(0, 10);
    lockedId = meetingIdFor(groupId, lockedDate);
    await repos().meetings.create({
      ...today,
      meetingId: lockedId,
      date: lockedDate,
      state: 'locked',
      run: undefined,
      records: {},
      attendance: { [AUD_ID]: { name: 'Aud Hetle', organization: 'Kongsvingerregionen', status: 'present', secretariat: false } },
    });
    const old = { meetingId: lockedId, groupId, enteredBySecretariat: false, received: 'before' as const, updatedAt: isoDaysAgo(36) };
    await repos().inputs.put({
      ...old,
      organization: 'Kongsvingerregionen',
      text: 'AUD-LOCKED-TEXT',
      authorName: 'Aud Hetle',
      authorAadObjectId: AUD.aadObjectId,
      memberId: AUD_ID,
    });
    await repos().inputs.put({
      ...old,
      organization: 'Drammensregionen',
      text: 'DIDRIK-LOCKED-TEXT',
      authorName: 'Didrik Aasland',
      authorAadObjectId: DIDRIK.aadObjectId,
      memberId: DIDRIK_ID,
    });
    // Stored directly: the start-up backfill gives the locked meeting its search register entry (#18 §3).
    await bot.running.backfillSearchRegister();
    // Today's meeting: input, a vote with a remark, attendance, and a draft waiting on its preview card.
    await bot.say(personal(AUD), AUD, 'innspill AUD-OPEN-TEXT');
    await bot.say(personal(DIDRIK), DIDRIK, 'innspill DIDRIK-OPEN-TEXT');
    expect((await click(bot, GROUP_CHAT, AUD, 'approval.remark', { meetingId, item: 1, comment: 'AUD-REMARK' })).httpStatus).toBe(200);
    expect((await click(bot, GROUP_CHAT, DIDRIK, 'approval.approve', { meetingId, item: 1 })).httpStatus).toBe(200);
    await bot.say(GROUP_CHAT, AUD, 'til stede');
    await bot.say(GROUP_CHAT, DIDRIK, 'til stede');
    await bot.say(personal(AUD), AUD, 'AUD-DRAFT-TEXT');
  }, 60_000);
  afterAll(async () => bot?.close());

  it('mine data lists the sender’s roster entry, record, input with status, votes, attendance and the retention setting', async () => {
    const answer = await text(personal(AUD), AUD, 'mine data');
    expect(answer).toContain('Faggruppe for næringssamarbeid: Aud Hetle, Kongsvingerregionen');
    expect(answer).toContain(`koblet Teams-id: ${AUD.aadObjectId}`);
    expect(answer).toContain('et utkast til innspill');
    expect(answer).toMatch(/AUD-OPEN-TEXT/);
    expect(answer).toMatch(new RegExp(`${dmy(lockedDate)} \\(Kongsvingerregionen, sendt inn før møtet; i låst referat\\): AUD-LOCKED-TEXT`));
    expect(answer).toContain('sak 1: merknad – AUD-REMARK');
    expect(answer).toMatch(/Frammøte\*\*\n- Faggruppe for næringssamarbeid, [\d.]+: til stede\n- Faggruppe for næringssamarbeid, [\d.]+: til stede/);
    expect(answer).toContain('slettes etter 30 dager');
    // Never another person's data.
    expect(answer).not.toMatch(/DIDRIK-|Didrik Aasland|Drammensregionen/);
    const dags = await text(personal(DIDRIK), DIDRIK, 'mine data');
    expect(dags).toContain('Didrik Aasland, Drammensregionen');
    expect(dags).not.toMatch(/AUD-|Aud Hetle|Kongsvingerregionen/);
  });

  it('mine data shows the roles the group stores for the sender', async () => {
    await bot.say(personal(CHAIR), CHAIR, 'mine innspill'); // first contact links the secretariat to the roster
    expect(await text(personal(CHAIR), CHAIR, 'mine data')).toContain('Roller**\n- Faggruppe for næringssamarbeid: sekretariat');
  });

  it('mine data: a stranger has nothing stored; English; listed in help; in a group chat nobody gets an answer with personal data', async () => {
    expect(await text(personal(STRANGER), STRANGER, 'my data')).toContain('Referent har ingen data knyttet til Teams-kontoen din');
    const before = bot.connector.captured.length;
    await post(bot.running.url, bot.make(personal(DIDRIK), DIDRIK, 'my data', { locale: 'en-US' }));
    const english = String(bot.connector.captured.slice(before)[0].activity.text);
    expect(english).toContain('What Referent stores about you');
    expect(english).toContain('Didrik Aasland, Drammensregionen');
    const help = await text(personal(STRANGER), STRANGER, 'hjelp');
    expect(help).toContain('mine data – hva Referent lagrer om deg');
    expect(help).toContain('slett mine data – sletter det Referent lagrer om deg');
    const inGroup = await text(GROUP_CHAT, AUD, 'mine data');
    expect(inGroup).toContain('personlig chat');
    expect(inGroup).not.toContain('AUD-');
  });

  it('slett mine data asks on a card; Avbryt changes nothing', async () => {
    const [asked] = await bot.say(personal(AUD), AUD, 'slett mine data');
    const card = attachments(asked)[0].content as { actions: { verb: string; data: unknown }[] };
    expect(card.actions.map((a) => a.verb)).toEqual(['privacy.erase.confirm', 'privacy.erase.cancel']);
    expect(card.actions.every((a) => JSON.stringify(a.data) === '{}')).toBe(true); // the card carries no identity
    const before = await snapshot();
    const cancelled = await eraseClick(AUD, 'privacy.erase.cancel');
    expect(cardText(cancelled.value)).toContain('Ingenting ble slettet');
    expect(await snapshot()).toEqual(before);
    // The confirm button clicked in a group chat erases nothing either.
    const elsewhere = await eraseClick(AUD, 'privacy.erase.confirm', GROUP_CHAT);
    expect(cardText(elsewhere.value)).toContain('personlig chat');
    expect(await snapshot()).toEqual(before);
  });

  it('the referat of the locked meeting still has Aud’s input before she erases her data', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `referat md ${dmy(lockedDate)}`);
    linkBeforeErasure = downloadLink(reply)!;
    const body = await (await fetch(linkBeforeErasure)).text();
    expect(body).toContain('AUD-LOCKED-TEXT');
    expect(body).toContain('DIDRIK-LOCKED-TEXT');
  });

  const search = async (words: string) => String((await bot.say(GROUP_CHAT, CHAIR, `søk ${words}`))[0]?.text ?? '');

  it('søk finds Aud’s input in the locked minutes and in today’s meeting before she erases her data (#18 §3)', async () => {
    expect(await search('aud-locked-text')).toContain('Kongsvingerregionen: AUD-LOCKED-TEXT');
    expect(await search('aud-open-text')).toContain('Kongsvingerregionen: AUD-OPEN-TEXT');
  });

  it('Slett erases the open data, restricts input in locked minutes, keeps the roster entry; a re-sent click changes nothing', async () => {
    expect(await repos().conversations.getUserChat(AUD.aadObjectId!)).toBeDefined();
    const activity = {
      ...bot.make(personal(AUD), AUD, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'card-1',
      value: { action: { type: 'Action.Execute', verb: 'privacy.erase.confirm', data: {} } },
    };
    const first = await post(bot.running.url, activity);
    expect(first.status).toBe(200);
    const shown = cardText(JSON.parse(first.body).value);
    expect(shown).toContain('personposten din');
    expect(shown).toMatch(/innspill: Faggruppe for næringssamarbeid, [\d.]+ \(Kongsvingerregionen\)/);
    expect(shown).toContain('stemme: Faggruppe for næringssamarbeid');
    expect(shown).toContain('frammøte: Faggruppe for næringssamarbeid');
    expect(shown).toContain(`Begrenset (låste referater)**\n- innspill: Faggruppe for næringssamarbeid, ${dmy(lockedDate)} (Kongsvingerregionen)`);
    expect(shown).toContain('Be sekretariatet fjerne deg fra deltakerlisten');

    const r = repos();
    expect(await r.people.get(`aad:${AUD.aadObjectId}`)).toBeUndefined();
    expect(await r.conversations.getUserChat(AUD.aadObjectId!)).toBeUndefined();
    expect(await r.conversations.get(personal(AUD).id)).toBeUndefined();
    expect(shown).toContain('adressen til den personlige chatten');
    const roster = (await r.rosters.get(groupId))!.value;
    expect(roster.find((m) => m.id === AUD_ID)).toMatchObject({ firstName: 'Aud', organization: 'Kongsvingerregionen' });
    expect(roster.find((m) => m.id === AUD_ID)!.aadObjectId).toBeUndefined();
    // Her link document is gone; Didrik's stays (issue #15 §3: links are the members' own documents).
    expect(await r.people.get(linkKey(groupId, AUD_ID))).toBeUndefined();
    expect((await r.people.get(linkKey(groupId, DIDRIK_ID)))?.value.link?.aadObjectId).toBe(DIDRIK.aadObjectId);
    const open = await r.inputs.listByMeeting(meetingId);
    expect(open.map((c) => c.text)).toEqual(['DIDRIK-OPEN-TEXT']);
    const meeting = (await r.meetings.get(meetingId))!.value;
    expect(Object.keys(meeting.attendance)).toEqual([DIDRIK_ID]);
    expect(Object.keys((await r.approvals.get(meetingId, 1))!.value.votes)).toEqual([DIDRIK_ID]);
    const locked = await r.inputs.get(lockedId, 'Kongsvingerregionen');
    expect(locked!.value).toMatchObject({ text: 'AUD-LOCKED-TEXT', restricted: expect.stringMatching(/^\d{4}-/) });
    expect((await r.meetings.get(lockedId))!.value.attendance[AUD_ID]).toBeDefined(); // archive: attendance in locked minutes stays

    const after = await snapshot();
    const again = await post(bot.running.url, activity);
    expect(again.status).toBe(200);
    expect(cardText(JSON.parse(again.body).value)).toContain('ingenting (mer) å slette');
    expect(await snapshot()).toEqual(after);
  });

  it('søk never finds the restricted or erased input afterwards; Didrik’s is still found (#18 §3)', async () => {
    expect(await search('aud-locked-text')).toBe('Fant ingenting om «aud-locked-text».');
    expect(await search('aud-open-text')).toBe('Fant ingenting om «aud-open-text».');
    expect(await search('didrik-locked-text')).toContain('Drammensregionen: DIDRIK-LOCKED-TEXT');
    expect(await search('didrik-open-text')).toContain('Drammensregionen: DIDRIK-OPEN-TEXT');
  });

  it('a new referat export leaves the restricted input out; Didrik’s stays', async () => {
    const [reply] = await bot.say(GROUP_CHAT, CHAIR, `referat md ${dmy(lockedDate)}`);
    const body = await (await fetch(downloadLink(reply)!)).text();
    expect(body).not.toContain('AUD-LOCKED-TEXT');
    expect(body).toContain('DIDRIK-LOCKED-TEXT');
  });

  it('a link to a referat made before the erasure no longer serves it (410), so Aud’s input is not handed out', async () => {
    const res = await fetch(linkBeforeErasure);
    expect(res.status).toBe(410);
    const body = await res.text();
    expect(body).not.toContain('AUD-LOCKED-TEXT');
    expect(body).toContain('trukket tilbake');
  });

  it('an input draft older than DRAFT_RETENTION_DAYS is dropped when it is read', async () => {
    const r = repos();
    const dag = (await r.people.get(`aad:${DIDRIK.aadObjectId}`))!;
    await r.people.replace({ ...dag.value, draft: { draftId: 'old', text: 'DIDRIK-OLD-DRAFT', mode: 'preview', createdAt: isoDaysAgo(31) } }, dag.etag);
    const answer = await text(personal(DIDRIK), DIDRIK, 'mine data');
    expect(answer).not.toContain('utkast til innspill');
    expect((await r.people.get(`aad:${DIDRIK.aadObjectId}`))!.value.draft).toBeUndefined();
  });
});
