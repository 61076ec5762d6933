import { CHAIR } from '../helpers/bot-client';
import { cardActions as buttons, cardText } from '../helpers/invoke';
import { attachments, click, endAnyway, MEMBERS, sayTwice, setUpGroupWithMeeting, STRANGER, type Bot } from '../helpers/meeting-run-setup';
import { ddmmyyyy } from '../helpers/open-meeting';
import { startBotForTest } from '../helpers/bot-client';
import { downloadLink } from '../../tools/teams/download-link';
import { addDays } from '../../src/domain/meeting';
import { osloInstant } from '../../src/domain/norwegian-time';

/*
 * #18 §2 over the real HTTP endpoint on the embedded store: the referat's review round («høring»).
 * A meeting ends with members present; the secretariat sends the draft on review; the cards arrive in
 * personal chats; answers update the one tally card in place; a correction is kept as a version; a
 * second round; the next meeting's item 2 shows the outcome. Bad input stores nothing.
 */

const CHAT = { id: '19:review-round@thread.v2', type: 'groupChat' as const };
const personal = (who: { id: string }) => ({ id: `a:rv-${who.id}`, type: 'personal' as const });
const DUE = ddmmyyyy(10);

describe('the referat review round through the real HTTP endpoint', () => {
  let bot: Bot;
  let groupId: string;
  let meetingId: string;
  const rounds = () => bot.running.repositories.reviews.listByGroup(groupId);
  const meeting = async () => (await bot.running.repositories.meetings.get(meetingId))!.value;
  /** The review card each member got in personal chat (the latest). */
  const cardOf = (who: { id: string }) => {
    const sent = bot.connector.captured.filter((c) => c.conversationId === personal(who).id && c.activity.attachments?.length);
    return sent.at(-1)?.activity.attachments[0].content as unknown;
  };
  /** The updates (PUT) of an activity, in order. */
  const updatesOf = (activityId: string) =>
    bot.connector.captured.filter((c) => c.method === 'PUT' && c.path.includes(`/activities/${encodeURIComponent(activityId)}`)).map((c) => c.activity);

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId, meetingId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    // Aud, Arnbjørn and Kjell Jøran have written to Referent in personal chat; Cecilie never has.
    for (const who of [MEMBERS.anne, MEMBERS.asbjorn, MEMBERS.karl]) await bot.say(personal(who), who, 'mine data');
    await bot.say(CHAT, MEMBERS.dag, 'start', 2);
    for (const who of [MEMBERS.anne, MEMBERS.asbjorn, MEMBERS.camilla, MEMBERS.karl]) await bot.say(CHAT, who, 'til stede');
    await bot.say(CHAT, MEMBERS.dag, 'notat: Planen ble lagt fram av sekretariatet.');
  }, 60_000);
  afterAll(async () => bot.close());

  it('is refused while the meeting runs, and for a member; nothing is stored', async () => {
    const [running] = await bot.say(CHAT, CHAIR, 'send referat på høring');
    expect(running.text).toContain('er ikke avsluttet');
    const [member] = await bot.say(CHAT, MEMBERS.anne, 'send referat på høring');
    expect(member.text).toContain('Bare sekretariatet');
    expect(await rounds()).toEqual([]);
  });

  it('refuses a deadline in the past, a malformed date and a date with no meeting; nothing is stored or sent', async () => {
    await endAnyway(bot, CHAT, MEMBERS.dag);
    const before = bot.connector.captured.length;
    const [past] = await bot.say(CHAT, CHAIR, 'send referat på høring frist 01.01.2020');
    expect(past.text).toContain('Fristen 01.01.2020 har allerede vært');
    // The English alias and «due» are the same command (the answer follows the reader's language).
    const [english] = await bot.say(CHAT, CHAIR, 'send minutes for review due 01.01.2020');
    expect(english.text).toContain('Fristen 01.01.2020 har allerede vært');
    const [words] = await bot.say(CHAT, CHAIR, 'send referat på høring neste uke');
    expect(words.text).toContain('Skriv «send referat på høring»');
    const [bad] = await bot.say(CHAT, CHAIR, 'send referat på høring frist 31.02.2031');
    expect(bad.text).toContain('«31.02.2031» er ikke en dato');
    const [none] = await bot.say(CHAT, CHAIR, 'send referat på høring 01.01.2031');
    expect(none.text).toContain('ikke noe møte 01.01.2031');
    expect(bot.connector.captured.length).toBe(before + 5);
    expect(await rounds()).toEqual([]);
    expect((await meeting()).review).toBeUndefined();
  });

  it('sends the draft to every member present who has a personal chat; the others are named; the tally card is posted here', async () => {
    const before = bot.connector.captured.length;
    await bot.say(CHAT, CHAIR, `send referat på høring frist ${DUE}`, 2);
    const sent = bot.connector.captured.slice(before);
    const here = sent.filter((c) => c.conversationId === CHAT.id).map((c) => c.activity);
    const tally = here.find((a) => attachments(a).length > 0)!;
    const reply = here.find((a) => a.text)!;
    expect(reply.text).toContain(`sendt på høring (runde 1) med frist ${DUE}`);
    expect(reply.text).toMatch(/3 av \d som var til stede fikk det i personlig chat/);
    expect(reply.text).toContain('Cecilie Hårstøl (Lørenskog kommune)');
    expect(cardText(attachments(tally)[0].content)).toContain('0 godkjent · 0 med merknad · 3 har ikke svart');
    expect(cardText(attachments(tally)[0].content)).toContain('Fikk ikke kortet');
    for (const who of [MEMBERS.anne, MEMBERS.asbjorn, MEMBERS.karl]) {
      const card = cardOf(who);
      expect(cardText(card)).toContain('Referat på høring: Faggruppe for næringssamarbeid');
      expect(cardText(card)).toContain('Planen ble lagt fram av sekretariatet.');
      expect(buttons(card).map((b) => b.title)).toEqual(['Godkjenn', 'Send merknad']);
    }
    expect(cardOf(MEMBERS.camilla)).toBeUndefined();
    // The download button opens the whole referat (a signed link, valid past the deadline).
    const link = downloadLink(sent.find((c) => c.conversationId === personal(MEMBERS.anne).id)!.activity);
    expect(link).toBeTruthy();
    const res = await fetch(link!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const [stored] = await rounds();
    expect(stored).toMatchObject({ round: 1, state: 'open', deadline: expect.any(String), answers: {} });
    expect(stored.tallyCard?.activityId).toBeTruthy();
    expect((await meeting()).review?.rounds).toBe(1);
  });

  it('one approves, one remarks: the tally card is updated in place; a repeated click changes nothing', async () => {
    const approve = buttons(cardOf(MEMBERS.anne)).find((b) => b.verb === 'review.approve')!;
    const tallyRef = (await rounds())[0].tallyCard!.activityId;
    const first = await click(bot, personal(MEMBERS.anne), MEMBERS.anne, approve.verb, approve.data);
    expect(cardText(first.value)).toContain('Du har godkjent referatet');
    expect(updatesOf(tallyRef).map((a) => cardText(a.attachments[0].content))).toEqual([
      expect.stringContaining('1 godkjent · 0 med merknad · 2 har ikke svart'),
    ]);
    const again = await click(bot, personal(MEMBERS.anne), MEMBERS.anne, approve.verb, approve.data);
    expect(cardText(again.value)).toContain('Du har godkjent referatet');
    expect(updatesOf(tallyRef)).toHaveLength(1);

    const remark = buttons(cardOf(MEMBERS.asbjorn)).find((b) => b.verb === 'review.remark')!;
    const answered = await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, remark.verb, {
      ...remark.data,
      comment: 'Sak 3: Asker kommune la også fram sin plan.',
    });
    expect(cardText(answered.value)).toContain('Merknaden din er sendt til sekretariatet');
    const latest = cardText(updatesOf(tallyRef).at(-1)!.attachments[0].content);
    expect(latest).toContain('1 godkjent · 1 med merknad · 1 har ikke svart');
    expect(latest).toContain('Arnbjørn Fosse (Asker kommune): Sak 3: Asker kommune la også fram sin plan.');
    expect(latest).toContain('Har ikke svart: Kjell Jøran Tveter (Horten kommune)');
  });

  it('refuses a 100 KB remark, an empty one, a stranger, forged round data and someone not present; nothing is stored', async () => {
    const remark = buttons(cardOf(MEMBERS.karl)).find((b) => b.verb === 'review.remark')!;
    const before = JSON.stringify(await rounds());
    const huge = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, remark.verb, { ...remark.data, comment: 'x'.repeat(100_000) });
    expect(String(huge.value)).toContain('Merknaden er for lang: 100000 tegn, høyst 4000');
    const empty = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, remark.verb, { ...remark.data, comment: '   ' });
    expect(String(empty.value)).toContain('Skriv merknaden i tekstfeltet');
    const stranger = await click(bot, personal(STRANGER), STRANGER, remark.verb, { ...remark.data, comment: 'Forfalsket' });
    expect(String(stranger.value)).toContain('ikke sendt til deg');
    // Didrik was not recorded present: his click on a card he never got is refused.
    const chair = await click(bot, personal(MEMBERS.dag), MEMBERS.dag, 'review.approve', remark.data);
    expect(String(chair.value)).toContain('ikke sendt til deg');
    const forgedMeeting = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, 'review.approve', { ...remark.data, meetingId: 'another-meeting' });
    expect(String(forgedMeeting.value)).toContain('finner ikke høringsrunden');
    const forgedGroup = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, 'review.approve', { ...remark.data, groupId: 'g-other' });
    expect(String(forgedGroup.value)).toContain('finner ikke høringsrunden');
    const forgedRound = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, 'review.approve', { ...remark.data, round: 7 });
    expect(String(forgedRound.value)).toContain('finner ikke høringsrunden');
    const junk = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, 'review.approve', { groupId: { $ne: 1 }, meetingId: 'x'.repeat(5000), round: 'one' });
    expect(String(junk.value)).toContain('finner ikke høringsrunden');
    expect(JSON.stringify(await rounds())).toBe(before);
  });

  it('reminds those the card reached who have not answered, two days before the deadline at 09:00, once (a due job)', async () => {
    const due = osloInstant(addDays(DUE.split('.').reverse().join('-'), -2), '09:00');
    const job = await bot.running.repositories.schedule.get('review-reminder', `${meetingId}:r1`);
    expect(job?.value).toMatchObject({ state: 'due', dueAt: due.toISOString(), ownerGroupId: groupId });
    const reminders = (from: number) => bot.connector.captured.slice(from).filter((c) => /Påminnelse: referatet fra møtet/.test(String(c.activity.text)));
    const before = bot.connector.captured.length;
    await bot.running.scheduler.tick(new Date(due.getTime() - 60_000));
    expect(reminders(before)).toEqual([]);
    await bot.running.scheduler.tick(new Date(due.getTime() + 60_000));
    await bot.running.scheduler.tick(new Date(due.getTime() + 120_000));
    // Aud approved and Arnbjørn remarked; Cecilie never got the card: only Kjell Jøran is reminded, once.
    expect(reminders(before).map((c) => c.conversationId)).toEqual([personal(MEMBERS.karl).id]);
    expect(String(reminders(before)[0].activity.text)).toContain(`med frist ${DUE}`);
    expect((await bot.running.repositories.schedule.get('review-reminder', `${meetingId}:r1`))?.value).toMatchObject({ state: 'done', result: { sent: 1 } });
  });

  it('rett referat sak <n>: replaces the item’s referat text, keeps the old one as a version with who and when, and lists it on the tally card', async () => {
    const [bad] = await bot.say(CHAT, CHAIR, 'rett referat sak 42: Ny tekst');
    expect(bad.text).toContain('Referatet har ingen sak 42');
    const [english] = await bot.say(CHAT, CHAIR, 'correct minutes item 42: New text');
    expect(english.text).toContain('Referatet har ingen sak 42');
    const [usage] = await bot.say(CHAT, CHAIR, 'rett referat Ny tekst uten saksnummer');
    expect(usage.text).toContain('Skriv «rett referat sak <nr>: <ny tekst>»');
    const [empty] = await bot.say(CHAT, CHAIR, 'rett referat sak 3:');
    expect(empty.text).toContain('Rettelsen mangler tekst');
    const [member] = await bot.say(CHAT, MEMBERS.anne, 'rett referat sak 3: Forfalsket');
    expect(member.text).toContain('Bare sekretariatet');
    expect((await meeting()).review?.corrections).toEqual([]);

    const item = (await meeting()).currentItem ?? 1;
    const beforeNotes = (await meeting()).records[String(item)]?.notes ?? [];
    expect(beforeNotes).toEqual(['Planen ble lagt fram av sekretariatet.']);
    const ok = (await bot.say(CHAT, CHAIR, `rett referat sak ${item}: Planen ble lagt fram av sekretariatet. Asker kommune la også fram sin plan.`, 2)).find(
      (a) => a.text,
    )!;
    expect(ok.text).toContain(`Teksten under sak ${item}`);
    expect(ok.text).toContain('Den forrige teksten er tatt vare på');
    const m = await meeting();
    expect(m.records[String(item)].notes).toEqual(['Planen ble lagt fram av sekretariatet. Asker kommune la også fram sin plan.']);
    expect(m.review?.corrections).toEqual([
      {
        item,
        before: ['Planen ble lagt fram av sekretariatet.'],
        after: 'Planen ble lagt fram av sekretariatet. Asker kommune la også fram sin plan.',
        by: CHAIR.name,
        at: expect.any(String),
        round: 1,
      },
    ]);
    const tallyRef = (await rounds())[0].tallyCard!.activityId;
    expect(cardText(updatesOf(tallyRef).at(-1)!.attachments[0].content)).toContain(`Sak ${item} rettet av ${CHAIR.name}`);
    const [same] = await bot.say(CHAT, CHAIR, `rett referat sak ${item}: Planen ble lagt fram av sekretariatet. Asker kommune la også fram sin plan.`);
    expect(same.text).toContain('har allerede denne teksten');
    expect((await meeting()).review?.corrections).toHaveLength(1);
  });

  it('a second round: round 1 is closed with its answers kept; its cards refuse; the new cards carry the corrected text', async () => {
    const oldApprove = buttons(cardOf(MEMBERS.karl)).find((b) => b.verb === 'review.approve')!;
    // Sent as one activity that Teams delivers twice: one round 2, and the repeat says so.
    const before = bot.connector.captured.length;
    await sayTwice(bot, CHAT, CHAIR, 'send referat på høring');
    const texts = bot.connector.captured
      .slice(before)
      .filter((c) => c.conversationId === CHAT.id && c.activity.text)
      .map((c) => String(c.activity.text));
    expect(texts.find((x) => x.includes('(runde 2)'))).toContain('en uke, ingen frist var oppgitt');
    expect(texts).toContain('Runde 2 av høringen er allerede sendt. Ingenting ble sendt på nytt.');
    const all = await rounds();
    expect(all.map((r) => [r.round, r.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
    expect(Object.keys(all[0].answers)).toHaveLength(2);
    expect(all[1].answers).toEqual({});
    expect(all[1].earlier).toEqual([{ round: 1, approved: 1, remarks: 1 }]);
    expect((await bot.running.repositories.schedule.get('review-reminder', `${meetingId}:r2`))?.value.state).toBe('due');
    const closed = await click(bot, personal(MEMBERS.karl), MEMBERS.karl, oldApprove.verb, oldApprove.data);
    expect(String(closed.value)).toContain('sekretariatet har sendt en ny runde');
    // The round-1 tally card now says it is closed.
    expect(cardText(updatesOf(all[0].tallyCard!.activityId).at(-1)!.attachments[0].content)).toContain('Avsluttet: runde 2 er sendt');
    for (const who of [MEMBERS.anne, MEMBERS.asbjorn, MEMBERS.karl]) {
      const card = cardOf(who);
      expect(cardText(card)).toContain('(runde 2)');
      expect(cardText(card)).toContain('Asker kommune la også fram sin plan.');
      const approve = buttons(card).find((b) => b.verb === 'review.approve')!;
      expect(approve.data.round).toBe(2);
      await click(bot, personal(who), who, approve.verb, approve.data);
    }
    const after = (await rounds())[1];
    expect(Object.values(after.answers).map((a) => a.choice)).toEqual(['approve', 'approve', 'approve']);
    expect(cardText(updatesOf(after.tallyCard!.activityId).at(-1)!.attachments[0].content)).toContain('3 godkjent · 0 med merknad · 0 har ikke svart');
  });

  it('the next meeting’s item 2 shows the outcome of the review on its card and in the innkalling; closing item 2 locks the minutes', async () => {
    await bot.say(CHAT, CHAIR, `nytt møte ${ddmmyyyy(30)} 10:00-12:00 Oslo rådhus`);
    await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Orientering om regionplanen\n3. Eventuelt');
    const published = await bot.say(CHAT, CHAIR, 'innkalling', 4);
    const item2 = published.find((a) => /Sak 2\. Godkjenning av referat/.test(cardText(attachments(a)[0]?.content)))!;
    expect(cardText(attachments(item2)[0].content)).toContain('Referatet ble godkjent med merknader på høring (1 merknad, runde 2, 1 rettelse).');
    const before = bot.connector.captured.length;
    await bot.say(CHAT, CHAIR, 'innkalling md', 2);
    const link = bot.connector.captured
      .slice(before)
      .map((c) => downloadLink(c.activity))
      .find(Boolean);
    const md = await (await fetch(link!)).text();
    expect(md).toContain('Referatet ble godkjent med merknader på høring');
    // Item 2 closes as before and locks the reviewed minutes.
    const next = (await bot.running.repositories.meetings.listByGroup(groupId)).find((m) => m.meetingId !== meetingId)!;
    await click(bot, CHAT, MEMBERS.dag, 'approval.close', { meetingId: next.meetingId, item: 2 });
    expect((await meeting()).state).toBe('locked');
    const [locked] = await bot.say(CHAT, CHAIR, 'send referat på høring');
    expect(locked.text).toContain('er godkjent og låst');
    const [fix] = await bot.say(CHAT, CHAIR, 'rett referat sak 1: Etter låsing');
    expect(fix.text).toContain('er godkjent og låst');
  });

  it('mine data lists a member’s review answers; slett mine data takes them and the Teams link out of every round', async () => {
    const [data] = (await bot.say(personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'mine data')).filter((a) => a.type === 'message');
    expect(data.text).toContain('**Svar på høring av referat**');
    expect(data.text).toMatch(/Faggruppe for næringssamarbeid, \d\d\.\d\d\.\d{4}, runde 1: merknad: Sak 3: Asker kommune la også fram sin plan\./);
    expect(data.text).toMatch(/runde 2: godkjent/);
    const memberId = (await rounds())[0].recipients.find((r) => r.name === 'Arnbjørn Fosse')!.memberId;
    const erased = await click(bot, personal(MEMBERS.asbjorn), MEMBERS.asbjorn, 'privacy.erase.confirm', {});
    expect(cardText(erased.value)).toContain('svar på høring av referatet fra');
    for (const r of await rounds()) {
      expect(r.answers[memberId]).toBeUndefined();
      const entry = r.recipients.find((x) => x.memberId === memberId)!;
      expect(entry.aadObjectId).toBeUndefined();
      expect(entry.link).toBeUndefined();
    }
    // The others' answers stay.
    expect(Object.keys((await rounds())[1].answers)).toHaveLength(2);
  });
});
