import { registeredVerbs } from '../../bot/app';
import { TEMPLATES } from '../../cards';
import { verbsOf } from '../../cards/render';
import { startReferent } from '../../bot/server';
import { groupIdFor } from '../../src/app/groups';
import { syncInputWindow } from '../../src/app/input-windows';
import { linkKey } from '../../src/app/people';
import { meetingDate, osloClock, osloDate } from '../../src/domain/input';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import type { Captured } from '../../tools/teams/connector';
import { cardText, invoke } from '../helpers/invoke';
import { countStoreOps } from '../helpers/store-ops';
import { fixtureDocument, INNKALLING_2024_11_07, invitedList } from '../../tools/fixtures/documents';

const NOTICE = fixtureDocument(INNKALLING_2024_11_07);
const INVITED = invitedList(NOTICE);
const GROUP_CHAT = { id: '19:input-group@thread.v2', type: 'groupChat' as const };
const user = (key: string, name: string): TestUser => ({ id: `29:${key}`, aadObjectId: `00000000-0000-0000-0000-${key.padStart(12, '0').slice(-12)}`, name });
const KJELL = user('a1', 'Kjell Jøran Tveter'); // Horten kommune
const CECILIE = user('a2', 'Cecilie Hårstøl'); // Lørenskog kommune
const LENE = user('a3', 'Lene-Marit Lyngstad'); // Ringerike kommune
const STRANGER = user('a9', 'Ola Nordmann');
const chat = (u: TestUser) => ({ id: `a:personal-${u.id}`, type: 'personal' as const });
const DAY = 24 * 3600_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

export function meetingData(groupId: string, meetingId: string, offsetDays: number, state: MeetingData['state'], deadlineDays = offsetDays + 7): MeetingData {
  const date = ymd(new Date(Date.now() + offsetDays * DAY));
  return {
    meetingId,
    groupId,
    date,
    start: '12:00',
    end: '13:00',
    place: 'Teams',
    state,
    agenda: [],
    records: {},
    attendance: {},
    inputDeadline: new Date(Date.now() + deadlineDays * DAY).toISOString(),
  };
}

describe('round-table input through the real HTTP endpoint', () => {
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  const groupId = groupIdFor(GROUP_CHAT.id);
  const invokeAs = (u: TestUser, verb: string, data: Record<string, unknown>) => invoke(bot.running.url, bot.connector.serviceUrl, chat(u), u, verb, data);
  /** Posts and returns the bot's message activities (connector GETs such as member look-ups are left out). */
  const sayAs = async (
    u: TestUser,
    text: string,
    conv: { id: string; type: 'personal' | 'groupChat' | 'channel' } = chat(u),
    activity?: Record<string, unknown>,
  ) => {
    const before = bot.connector.captured.filter((c) => c.method === 'POST').length;
    const res = await post(bot.running.url, activity ?? bot.make(conv, u, text));
    expect(res.status).toBeLessThan(300);
    const deadline = Date.now() + 5000;
    for (;;) {
      const posts = bot.connector.captured.filter((c) => c.method === 'POST');
      if (posts.length > before) return posts.slice(before).map((c) => c.activity);
      if (Date.now() > deadline) throw new Error('no answer');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const stored = (org: string) => bot.running.repositories.inputs.get('mtg-1', org);

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
    await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${INVITED}`);
    const meeting = meetingData(groupId, 'mtg-1', 7, 'notice-published');
    await bot.running.repositories.meetings.create(meeting);
    await syncInputWindow(bot.running.repositories, meeting);
  });
  afterAll(async () => bot.close());

  it('has a handler for every Action.Execute verb on its cards', () => {
    const verbs = (['input-preview', 'input-mine', 'input-status', 'pick-meeting'] as const).flatMap((name) => verbsOf(TEMPLATES[name]));
    expect(verbs).toHaveLength(9);
    expect(registeredVerbs()).toEqual(expect.arrayContaining(verbs));
  });

  it('shows plain text as it will stand in the referat, keeps the draft in the store, stores on "Send inn"', async () => {
    const text = 'Intercity-utbyggingen:\n- nytt stoppmønster\n- Horten Tech Festival 2024 ble en suksess';
    const [preview] = await sayAs(KJELL, text);
    const card = preview.attachments[0].content;
    expect(cardText(card)).toContain('Horten kommune');
    expect(cardText(card)).toContain('- nytt stoppmønster\n- Horten Tech Festival');
    expect(cardText(card)).toContain('sendt inn før møtet');
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['Send inn', 'Avbryt']);
    const person = await bot.running.repositories.people.get(`aad:${KJELL.aadObjectId}`);
    expect(person?.value.draft?.text).toBe(text);
    expect(person?.value.memberships[0].organization).toBe('Horten kommune');
    // The link is the member's own link document (issue #15 §3), not a rewrite of the shared roster.
    const roster = await bot.running.repositories.rosters.get(groupId);
    const kjell = roster?.value.find((m) => m.lastName === 'Tveter');
    expect((await bot.running.repositories.people.get(linkKey(groupId, kjell!.id)))?.value.link?.aadObjectId).toBe(KJELL.aadObjectId);
    expect(await stored('Horten kommune')).toBeUndefined();

    const draftId = card.actions[0].data.draftId;
    const done = await invokeAs(KJELL, 'input.confirm', { draftId });
    expect(cardText(done.value)).toContain('Innspillet for Horten kommune er lagret (sendt inn før møtet)');
    const saved = await stored('Horten kommune');
    expect(saved?.value).toMatchObject({ text, received: 'before', enteredBySecretariat: false, authorName: 'Kjell Jøran Tveter' });
    const again = await invokeAs(KJELL, 'input.confirm', { draftId });
    expect(cardText(again.value)).toContain('allerede lagret');
    expect((await bot.running.repositories.inputs.listByMeeting('mtg-1')).length).toBe(1);
  });

  it('asks to replace or add on a second update, and adds when asked', async () => {
    const [ask] = await sayAs(KJELL, 'innspill Vi ble med på «Våre unge».');
    const card = ask.attachments[0].content;
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['Erstatt', 'Legg til', 'Avbryt']);
    const done = await invokeAs(KJELL, 'input.append', card.actions[1].data);
    expect(cardText(done.value)).toContain('er lagret');
    expect((await stored('Horten kommune'))?.value.text).toMatch(/Horten Tech Festival 2024 ble en suksess\n\nVi ble med på «Våre unge»\.$/);
  });

  it('stores a re-sent activity once', async () => {
    const activity = bot.make(chat(CECILIE), CECILIE, 'innspill Planhåndboka er ferdig.');
    const [first] = await sayAs(CECILIE, '', chat(CECILIE), activity);
    expect(first.text).toContain('Innspillet for Lørenskog kommune er lagret');
    // The confirmation is said once: the card under it shows the text under its title, not the same sentence again (#16 §4).
    expect(cardText(first.attachments?.[0]?.content)).not.toContain('Innspillet for Lørenskog kommune er lagret');
    const [second] = await sayAs(CECILIE, '', chat(CECILIE), activity);
    expect(second.text).toContain('allerede lagret');
    const saved = await stored('Lørenskog kommune');
    expect(saved?.value.text).toBe('Planhåndboka er ferdig.');
    expect((await bot.running.repositories.inputs.listByMeeting('mtg-1')).filter((c) => c.organization === 'Lørenskog kommune')).toHaveLength(1);
  });

  it('costs two store requests per input message of a linked member (person and windows together, then create-or-get)', async () => {
    const ops = countStoreOps(bot.running.repositories);
    await sayAs(LENE, 'hjelp'); // first contact in personal chat (not yet linked)
    await sayAs(LENE, 'innspill Første innspill'); // links her: name index, roster, aad record
    await bot.running.repositories.inputs.delete('mtg-1', 'Ringerike kommune');
    await sayAs(LENE, 'mine innspill'); // writes the personal chat onto her people record
    ops.reset();
    const [reply] = await sayAs(LENE, 'innspill Treklyngen har fått avslag på utslippstillatelse.');
    expect(reply.text).toContain('Innspillet for Ringerike kommune er lagret');
    expect(ops.calls).toEqual(['people.getWithWindows', 'inputs.createOrGet']);
    ops.reset();
    const [preview] = await sayAs(LENE, 'Et eget innspill i klartekst');
    expect(ops.calls).toEqual(['people.getWithWindows', 'people.replace']);
    ops.reset();
    await bot.running.repositories.inputs.delete('mtg-1', 'Ringerike kommune');
    ops.reset();
    await invokeAs(LENE, 'input.confirm', { draftId: preview.attachments[0].content.actions[0].data.draftId });
    expect(ops.calls).toEqual(['people.getWithWindows', 'inputs.createOrGet']);
  });

  it('shows, edits and withdraws own input', async () => {
    const [mine] = await sayAs(CECILIE, 'mine innspill');
    const card = mine.attachments[0].content;
    expect(cardText(card)).toContain('Planhåndboka er ferdig.');
    const set = card.body[1].items.find((i: { type: string }) => i.type === 'ActionSet');
    const save = set.actions[0].card.actions[0];
    const edited = await invokeAs(CECILIE, 'input.edit', { ...save.data, [save.data.field]: 'Innovasjonskonferansen 2024 er gjennomført.' });
    expect(cardText(edited.value)).toContain('er endret');
    expect((await stored('Lørenskog kommune'))?.value.text).toBe('Innovasjonskonferansen 2024 er gjennomført.');
    const forged = await invokeAs(CECILIE, 'input.withdraw', { meetingId: 'mtg-1', organization: 'Horten kommune' });
    expect(cardText(forged.value)).toContain('står ikke på deltakerlisten');
    expect(await stored('Horten kommune')).toBeDefined();
    const withdrawn = await invokeAs(CECILIE, 'input.withdraw', set.actions[1].data);
    expect(cardText(withdrawn.value)).toContain('er trukket');
    expect(await stored('Lørenskog kommune')).toBeUndefined();
    const [none] = await sayAs(CECILIE, 'trekk innspill');
    expect(none.text).toContain('ikke noe innspill å trekke');
  });

  it('answers clearly: not on the roster, empty, too long, cancelled', async () => {
    const [stranger] = await sayAs(STRANGER, 'innspill Hei');
    expect(stranger.text).toContain('finner deg ikke på deltakerlisten');
    const [empty] = await sayAs(KJELL, 'innspill');
    expect(empty.text).toContain('Innspillet er tomt');
    const [long] = await sayAs(KJELL, `innspill ${'x'.repeat(8001)}`);
    expect(long.text).toContain('8001 tegn; høyst 8000');
    const [preview] = await sayAs(CECILIE, 'Et utkast');
    const cancelled = await invokeAs(CECILIE, 'input.cancel', { draftId: preview.attachments[0].content.actions[1].data.draftId });
    expect(cardText(cancelled.value)).toContain('Avbrutt');
    expect((await bot.running.repositories.people.get(`aad:${CECILIE.aadObjectId}`))?.value.draft).toBeUndefined();
  });

  it('lets the secretariat enter input for an organization, and shows status', async () => {
    const [entered] = await sayAs(CHAIR, '<at>Referent</at> innspill for Lørenskog kommune: Innspill sendt på e-post.', GROUP_CHAT);
    expect(entered.text).toContain('merket som lagt inn av sekretariatet');
    expect((await stored('Lørenskog kommune'))?.value.enteredBySecretariat).toBe(true);
    const [member] = await sayAs(KJELL, 'status', GROUP_CHAT);
    expect(member.text).toContain('Bare sekretariatet');
    const [status] = await sayAs(CHAIR, 'status', GROUP_CHAT);
    expect(status.text).toBe('3 av 32 organisasjoner har sendt innspill');
    const text = cardText(status.attachments[0].content);
    expect(text).toContain('- Fredrikstad kommune');
    expect(text).not.toContain('- Horten kommune');
  });

  it('reminds the members of missing organizations it can reach, and lists the others', async () => {
    await bot.running.repositories.inputs.delete('mtg-1', 'Horten kommune');
    const before = bot.connector.captured.length;
    const replies = await sayAs(CHAIR, 'påminnelse', GROUP_CHAT);
    await bot.connector.waitForCount(before + 2);
    const reply = bot.connector.captured.slice(before).find((c) => c.conversationId === GROUP_CHAT.id)!.activity;
    expect(replies.length).toBeGreaterThan(0);
    expect(reply.text).toContain('Påminnelse sendt til 1 person.');
    expect(reply.text).toContain('Kunne ikke nå');
    expect(reply.text).toContain('Agnete Gyllen-Szabo (Fredrikstad kommune)');
    const reminders = bot.connector.captured.slice(before).filter((c) => c.conversationId === chat(KJELL).id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].activity.text).toContain('vi mangler innspill fra Horten kommune');
  });

  it('asks which meeting and organization when a member is on two groups with open windows', async () => {
    const other = { id: '19:input-group-2@thread.v2', type: 'groupChat' as const };
    await sayAs(CHAIR, 'ny gruppe Vestfold-gruppen', other);
    await sayAs(CHAIR, 'deltakere\nKjell Jøran\tTveter\tVestfold fylkeskommune', other);
    const meeting2 = meetingData(groupIdFor(other.id), 'mtg-2', 5, 'notice-published');
    await bot.running.repositories.meetings.create(meeting2);
    await syncInputWindow(bot.running.repositories, meeting2);
    const [pick] = await sayAs(KJELL, 'Samarbeid om næringsarealer langs E18');
    const choices = pick.attachments[0].content.body[2].actions as { title: string; verb: string; data: Record<string, string> }[];
    expect(choices.map((c) => c.title)).toEqual([
      `Vestfold fylkeskommune – ${meetingDate(meeting2.date)}`,
      `Horten kommune – ${meetingDate(ymd(new Date(Date.now() + 7 * DAY)))}`,
    ]);
    const forged = await invokeAs(KJELL, 'input.pick', { ...choices[0].data, organization: 'Lørenskog kommune' });
    expect(cardText(forged.value)).toContain('står ikke på deltakerlisten');
    const preview = await invokeAs(KJELL, 'input.pick', choices[0].data);
    expect(cardText(preview.value)).toContain('Vestfold fylkeskommune');
    await invokeAs(KJELL, 'input.confirm', { draftId: (preview.value as { actions: { data: { draftId: string } }[] }).actions[0].data.draftId });
    expect((await bot.running.repositories.inputs.get('mtg-2', 'Vestfold fylkeskommune'))?.value.text).toBe('Samarbeid om næringsarealer langs E18');
    const closed = { ...meeting2, state: 'locked' as const };
    await bot.running.repositories.meetings.replace(closed, (await bot.running.repositories.meetings.get('mtg-2'))!.etag);
    await syncInputWindow(bot.running.repositories, closed);
  });

  it('marks input after the meeting, refuses it after the deadline and when locked', async () => {
    const repos = bot.running.repositories;
    const ended = { ...meetingData(groupId, 'mtg-1', -1, 'ended'), date: ymd(new Date(Date.now() - DAY)) };
    const current = await repos.meetings.get('mtg-1');
    await repos.meetings.replace(ended, current!.etag);
    await syncInputWindow(repos, ended);
    // Lene (one group): after the meeting one more point read, of the meeting, makes sure it is not locked.
    await repos.inputs.delete('mtg-1', 'Ringerike kommune');
    const ops = countStoreOps(repos);
    const [after] = await sayAs(LENE, 'innspill Sent, men innenfor fristen.');
    expect(after.text).toContain('(mottatt etter møtet)');
    expect(ops.calls).toEqual(['people.getWithWindows', 'meetings.get', 'inputs.createOrGet']);
    const deadline = new Date(Math.floor((Date.now() - 3 * DAY) / 3600_000) * 3600_000);
    const closed = { ...ended, date: ymd(new Date(Date.now() - 10 * DAY)), inputDeadline: deadline.toISOString() };
    await repos.meetings.replace(closed, (await repos.meetings.get('mtg-1'))!.etag);
    await syncInputWindow(repos, closed);
    const [late] = await sayAs(CECILIE, 'innspill For sent.');
    expect(late.text).toContain(`Fristen for innspill til møtet ${meetingDate(closed.date)} gikk ut ${osloDate(deadline)} kl. ${osloClock(deadline)}`);
    // Locked by code that does not report it to the window list (as 'lås referat' may be): still refused.
    await repos.meetings.replace(ended, (await repos.meetings.get('mtg-1'))!.etag);
    await syncInputWindow(repos, ended);
    const locked = { ...ended, state: 'locked' as const };
    await repos.meetings.replace(locked, (await repos.meetings.get('mtg-1'))!.etag);
    const [refused] = await sayAs(CECILIE, 'innspill Låst?');
    expect(refused.text).toContain('er låst');
    expect((await stored('Lørenskog kommune'))?.value.text).toBe('Innspill sendt på e-post.');
  });
});

describe('the draft lives in the store', () => {
  it('survives a restart of the bot between the preview and "Send inn"', async () => {
    const bot = await startBotForTest();
    let second: Awaited<ReturnType<typeof startReferent>> | undefined;
    try {
      await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Faggruppe for næringssamarbeid');
      await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${INVITED}`);
      const meeting = meetingData(groupIdFor(GROUP_CHAT.id), 'mtg-1', 7, 'notice-published');
      await bot.running.repositories.meetings.create(meeting);
      await syncInputWindow(bot.running.repositories, meeting);
      await bot.say(chat(KJELL), KJELL, 'Horten Tech Festival 2024 ble en suksess.', 0);
      let preview: Captured['activity'] | undefined;
      for (const end = Date.now() + 5000; !preview && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        preview = bot.connector.captured.find((c) => c.method === 'POST' && c.conversationId === chat(KJELL).id)?.activity;
      }
      const draftId = preview?.attachments[0].content.actions[0].data.draftId;
      await bot.running.close(); // the local store writes its snapshot on close
      second = await startReferent({ PORT: '0', LOG_LEVEL: 'silent', REFERENT_DATA_DIR: bot.dataDir });
      const done = await invoke(second.url, bot.connector.serviceUrl, chat(KJELL), KJELL, 'input.confirm', { draftId });
      expect(cardText(done.value)).toContain('Innspillet for Horten kommune er lagret');
      expect((await second.repositories.inputs.get('mtg-1', 'Horten kommune'))?.value.text).toBe('Horten Tech Festival 2024 ble en suksess.');
    } finally {
      await second?.close();
      await bot.close();
    }
  });
});
