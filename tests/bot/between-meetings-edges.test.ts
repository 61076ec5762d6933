import { groupIdFor } from '../../src/app/groups';
import { CHAIR, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardActions as actions, cardText } from '../helpers/invoke';
import { attachments, click, endAnyway, MEMBERS, setUpGroupWithMeeting, STRANGER, type Bot, type Chat } from '../helpers/meeting-run-setup';

/*
 * #18 «Bad input and limits», one suite over the real endpoint on the embedded store: a follow-up
 * without text or with a past or impossible deadline, `søk` with one letter and with 10,000 characters,
 * a reminder setting out of range, a review remark of 100 KB, and forged card data on every button #18
 * added (follow-up status buttons on the group's card and on «mine oppgaver», «Oppfølging» on the
 * current-item card, the review card's «Godkjenn» / «Har merknad», «Vis flere» under `søk` and `vedtak`,
 * «Legg i kalender»). Each gets an answer in plain words, and every stored document the group has is
 * compared before and after: nothing changes. One legitimate click per button shows that it does work.
 */
const CHAT: Chat = { id: '19:between-edges@thread.v2', type: 'groupChat' };
const OTHER_CHAT: Chat = { id: '19:between-edges-other@thread.v2', type: 'groupChat' };
const personal = (u: { id: string }): Chat => ({ id: `a:edges-${u.id}`, type: 'personal' });
const OTHER_SECRETARIAT: TestUser = { id: '29:edges-other', aadObjectId: '00000000-0000-0000-0000-0000000003e1', name: 'Oda Oppdiktet' };
const ddmmyyyy = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
};
const KARL = MEMBERS.karl; // Kjell Jøran Tveter, Horten kommune: owns the follow-up, present, gets the review card
const AUD = MEMBERS.anne; // Aud Hetle, Kongsvingerregionen: a member without a role

// The answers, in plain words (Bokmål: the test users' locale is nb-NO).
const NO_TEXT = /^Oppfølgingspunktet mangler tekst\. Skriv for eksempel «oppfølging: .*Ingenting ble lagret\.$/;
const ONLY_CHAIR = /^Bare møteleder eller sekretariatet kan gjøre dette\. Ingenting ble endret\.$/;
const CARD_MEETING_GONE = /^Jeg finner ikke møtet på dette kortet\. Skriv «oppfølging: …» i møtets chat\. Ingenting ble lagret\.$/;
const TOO_SHORT = /^Søket er for kort: skriv minst 2 bokstaver eller tall/;
const TOO_LONG = /^Søket er for langt \(høyst 200 tegn\)\./;
const BAD_SEARCH_CARD = /^Jeg kan ikke lese søket på dette kortet\. Skriv søket på nytt/;
const NOT_MEMBER = /^Du står ikke på deltakerlisten til gruppen, så jeg viser ikke vedtak eller søkeresultater her\./;
const NOT_YOURS = /^Bare møteleder, sekretariatet eller den som har ansvaret kan markere dette punktet som utført\. Ingenting ble endret\.$/;
const CHAIR_ONLY_STATUS = /^Bare møteleder eller sekretariatet kan videreføre et punkt eller la det utgå\. Ingenting ble endret\.$/;
const GONE = /^Fant ikke dette oppfølgingspunktet\. Ingenting ble endret\.$/;
const REMARK_MISSING = /^Skriv merknaden i tekstfeltet før du sender\. Ingenting ble endret\.$/;
const NOT_RECIPIENT = /^Dette høringskortet er ikke sendt til deg/;
const ROUND_MISSING = /^Jeg finner ikke høringsrunden dette kortet gjelder\. Ingenting ble endret\.$/;
const CALENDAR_GONE = /^Jeg finner ikke møtet på dette kortet\. Ingenting ble sendt\.$/;

describe('#18 bad input and limits: clear answers, nothing stored changes', () => {
  let bot: Bot;
  let groupId = '';
  let meetingId = '';
  let followUpId = '';
  const repos = () => bot.running.repositories;
  const otherGroupId = groupIdFor(OTHER_CHAT.id);

  /** Every stored document of the group that #18 writes (and the meeting's), with their versions. */
  async function stored() {
    const r = repos();
    const [group, roster, meetings, followUps, reviews, jobs, register, inputs, a1, a2] = await Promise.all([
      r.groups.get(groupId),
      r.rosters.get(groupId),
      r.meetings.listByGroup(groupId),
      r.followUps.listByGroup(groupId),
      r.reviews.listByGroup(groupId),
      r.schedule.listByGroup(groupId),
      r.searchRegister.listByGroup(groupId),
      r.inputs.listByMeeting(meetingId),
      r.approvals.get(meetingId, 1),
      r.approvals.get(meetingId, 2),
    ]);
    const other = await r.followUps.listByGroup(otherGroupId);
    return JSON.stringify({ group, roster: roster?.etag, meetings, followUps, reviews, jobs, register, inputs, a1, a2, other });
  }
  /** The answer to a message (its text, or its card's text). */
  const say = async (chat: Chat, who: TestUser, text: string) => {
    const [reply] = (await bot.say(chat, who, text)).filter((a) => a.type === 'message');
    return String(reply?.text ?? '') + cardText(attachments(reply ?? {})[0]?.content);
  };
  /** A click's answer: the message or the card it is answered with. */
  const press = async (chat: Chat, who: TestUser, verb: string, data: Record<string, unknown>) => {
    const res = await click(bot, chat, who, verb, data);
    expect(res.httpStatus).toBe(200);
    return typeof res.value === 'string' ? res.value : cardText(res.value);
  };
  /** Runs the bad inputs, each with the answer it must give, and checks that nothing stored changed. */
  async function unchanged(cases: [() => Promise<string>, RegExp][]) {
    const before = await stored();
    for (const [run, expected] of cases) {
      const answer = await run();
      expect(answer).toMatch(expected);
    }
    expect(await stored()).toBe(before);
  }

  beforeAll(async () => {
    bot = await startBotForTest();
    ({ groupId, meetingId } = await setUpGroupWithMeeting(bot, CHAT));
    await bot.say(CHAT, CHAIR, 'rolle Didrik Aasland møteleder');
    for (const who of [KARL, AUD]) await bot.say(personal(who), who, 'mine data');
    await bot.say(OTHER_CHAT, OTHER_SECRETARIAT, 'ny gruppe Oppdiktet nabogruppe');
    await bot.say(CHAT, MEMBERS.dag, 'start', 2);
    for (const who of [KARL, AUD]) await bot.say(CHAT, who, 'til stede');
    await bot.say(CHAT, MEMBERS.dag, 'vedtak: Innkallingen ble godkjent.', 2);
    const [stored] = await bot.say(CHAT, MEMBERS.dag, `oppfølging: Sende planen ansvar Kjell Jøran Tveter frist ${ddmmyyyy(30)}`);
    if (!/lagret/.test(String(stored.text))) throw new Error(`fixture: ${stored.text}`);
    followUpId = (await repos().followUps.listByGroup(groupId))[0].followUpId;
  }, 60_000);
  afterAll(async () => bot?.close());

  it('a follow-up without text, with a deadline in the past, an impossible date or an unknown owner', async () => {
    await unchanged([
      [() => say(CHAT, MEMBERS.dag, 'oppfølging:'), NO_TEXT],
      [() => say(CHAT, MEMBERS.dag, 'action:'), NO_TEXT],
      [() => say(CHAT, MEMBERS.dag, 'oppfølging: ansvar Asker kommune'), NO_TEXT],
      [() => say(CHAT, MEMBERS.dag, 'oppfølging: frist 01.01.2031'), NO_TEXT],
      [() => say(CHAT, MEMBERS.dag, 'oppfølging: Sende planen frist 01.01.2020'), /^Fristen 01\.01\.2020 har allerede vært\. .*Ingenting ble lagret\.$/],
      [() => say(CHAT, MEMBERS.dag, 'oppfølging: Sende planen frist 31.02.2031'), /^«31\.02\.2031» er ikke en dato\. .*Ingenting ble lagret\.$/],
      [
        () => say(CHAT, MEMBERS.dag, 'oppfølging: Sende planen ansvar Ukjent Person'),
        /^Fant ingen person eller organisasjon som heter «Ukjent Person» på deltakerlisten\./,
      ],
      [() => say(CHAT, MEMBERS.dag, `oppfølging: ${'x'.repeat(20_000)}`), /^Oppfølgingspunktet er for langt \(høyst 1000 tegn\)\. Ingenting ble lagret\.$/],
      [() => say(CHAT, AUD, 'oppfølging: Sende planen'), ONLY_CHAIR],
    ]);
  });

  it('«Oppfølging» on the current-item card with forged data', async () => {
    const meeting = (await repos().meetings.get(meetingId))!.value;
    const item = meeting.currentItem;
    await unchanged([
      [() => press(CHAT, AUD, 'followup.add', { meetingId, item, text: 'Forfalsket av et medlem' }), ONLY_CHAIR],
      [
        () => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId, item: (item ?? 0) + 5, text: 'Fra et gammelt kort' }),
        /^Kortet viser ikke lenger gjeldende sak \(nå sak 1\)\. Ingenting ble lagret/,
      ],
      [() => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId, item, text: '' }), NO_TEXT],
      [() => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId, item, text: 'Noe frist 01.01.2020' }), /^Fristen 01\.01\.2020 har allerede vært\./],
      [() => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId, item, text: 'x'.repeat(100_000) }), /^Oppfølgingspunktet er for langt/],
      [() => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId: 'm-finnes-ikke', item, text: 'Noe' }), CARD_MEETING_GONE],
      [() => press(CHAT, MEMBERS.dag, 'followup.add', { meetingId: { $ne: 1 }, item, text: 'Noe' }), CARD_MEETING_GONE],
      [() => press(CHAT, STRANGER, 'followup.add', { meetingId, item, text: 'Noe' }), ONLY_CHAIR],
    ]);
  });

  it('`søk` with one letter, with 10,000 characters and with nothing; «Vis flere» with forged data', async () => {
    await unchanged([
      [() => say(CHAT, AUD, 'søk a'), TOO_SHORT],
      [() => say(personal(AUD), AUD, 'søk a'), TOO_SHORT],
      [() => say(CHAT, AUD, `søk ${'x'.repeat(10_000)}`), TOO_LONG],
      [() => say(personal(AUD), AUD, `søk ${'æøå '.repeat(2_500)}`), TOO_LONG],
      [() => say(CHAT, AUD, 'søk'), /^Skriv hva du leter etter, for eksempel «søk budsjett»\./],
      [() => press(CHAT, AUD, 'search.more', { query: 'a', page: 2 }), TOO_SHORT],
      [() => press(CHAT, AUD, 'search.more', { query: 'x'.repeat(10_000), page: 2 }), BAD_SEARCH_CARD],
      [() => press(CHAT, AUD, 'search.more', { query: { $ne: 1 }, page: 2 }), BAD_SEARCH_CARD],
      [() => press(CHAT, AUD, 'search.more', { query: 'planen', page: -1 }), BAD_SEARCH_CARD],
      [() => press(CHAT, AUD, 'search.more', { query: 'planen', page: 'to' }), BAD_SEARCH_CARD],
      [() => press(CHAT, AUD, 'search.more', { query: 'planen', page: 1e12 }), BAD_SEARCH_CARD],
      [() => press(CHAT, STRANGER, 'search.more', { query: 'planen', page: 2 }), NOT_MEMBER],
      [() => press(OTHER_CHAT, AUD, 'search.more', { query: 'planen', page: 1 }), NOT_MEMBER],
      [() => press(CHAT, AUD, 'decisions.more', { page: 'x' }), /^Jeg kan ikke lese sidetallet på dette kortet\. Skriv for eksempel «vedtak side 2»\.$/],
      [() => press(personal(AUD), AUD, 'decisions.more', { page: 2 }), /hører ikke til noen gruppe/],
      [() => press(CHAT, STRANGER, 'decisions.more', { page: 1 }), NOT_MEMBER],
    ]);
  });

  it('a reminder setting out of range, or from a member', async () => {
    await unchanged([
      [() => say(CHAT, CHAIR, 'innstilling påminnelse innspill 15 dager'), /^«15 dager» er ikke et antall dager fra 0 til 14\. .*Ingenting ble endret\.$/],
      [() => say(CHAT, CHAIR, 'innstilling påminnelse innspill -1 dager'), /^«-1 dager» er ikke et antall dager fra 0 til 14\. .*Ingenting ble endret\.$/],
      [() => say(CHAT, CHAIR, `innstilling påminnelse innspill ${'9'.repeat(400)} dager`), /er ikke et antall dager fra 0 til 14\. .*Ingenting ble endret\.$/],
      [() => say(CHAT, CHAIR, 'innstilling påminnelse møtedag 25:00'), /^«25:00» er ikke et klokkeslett\. .*Ingenting ble endret\.$/],
      [() => say(CHAT, CHAIR, 'innstilling påminnelse møtedag 8:75'), /^«8:75» er ikke et klokkeslett\./],
      [() => say(CHAT, CHAIR, 'innstilling påminnelse neste uke'), /^Jeg kjenner ikke innstillingen «påminnelse neste uke»\. .*Ingenting ble endret\.$/],
      [() => say(CHAT, AUD, 'innstilling påminnelse innspill av'), /^Bare sekretariatet kan gjøre dette\. Ingenting ble endret\.$/],
    ]);
  });

  it('the follow-up status buttons with forged data, on the group card and on «mine oppgaver»', async () => {
    const [list] = await bot.say(CHAT, CHAIR, 'oppfølging');
    const done = actions(attachments(list)[0].content).find((a) => a.verb === 'followup.done')!;
    const [mine] = (await bot.say(personal(KARL), KARL, 'mine oppgaver')).filter((a) => a.type === 'message');
    const mineDone = actions(attachments(mine)[0].content).find((a) => a.verb === 'followup.done')!;
    await unchanged([
      [() => press(CHAT, AUD, 'followup.done', done.data), NOT_YOURS],
      [() => press(CHAT, AUD, 'followup.carry', done.data), CHAIR_ONLY_STATUS],
      [() => press(CHAT, AUD, 'followup.drop', done.data), CHAIR_ONLY_STATUS],
      [() => press(personal(AUD), AUD, 'followup.done', mineDone.data), NOT_YOURS],
      [() => press(personal(STRANGER), STRANGER, 'followup.done', mineDone.data), NOT_YOURS],
      [() => press(CHAT, MEMBERS.dag, 'followup.done', { ...done.data, followUpId: 'fu-finnes-ikke' }), GONE],
      [() => press(CHAT, MEMBERS.dag, 'followup.done', { ...done.data, groupId: otherGroupId }), GONE],
      [() => press(CHAT, MEMBERS.dag, 'followup.done', { ...done.data, groupId: 'g-finnes-ikke' }), GONE],
      [() => press(CHAT, MEMBERS.dag, 'followup.done', { ...done.data, followUpId: { $ne: 1 } }), GONE],
      [() => press(CHAT, MEMBERS.dag, 'followup.done', { ...done.data, followUpId: 'x'.repeat(5_000) }), GONE],
      [() => press(CHAT, AUD, 'followup.done', { ...done.data, ids: Array.from({ length: 10_000 }, (_, i) => `fu-${i}`).join(',') }), NOT_YOURS],
      [() => press(OTHER_CHAT, OTHER_SECRETARIAT, 'followup.drop', done.data), CHAIR_ONLY_STATUS],
    ]);
    // The real owner's click on his own card does mark it (the buttons work).
    expect(await press(personal(KARL), KARL, 'followup.done', mineDone.data)).toContain('Sende planen');
    expect((await repos().followUps.get(groupId, followUpId))!.value.status).toBe('done');
  });

  it('the review card’s «Godkjenn» / «Har merknad» with a 100 KB remark and forged data; «Legg i kalender» forged', async () => {
    await endAnyway(bot, CHAT, MEMBERS.dag);
    // A review deadline in the past is refused before anything is sent.
    await unchanged([
      [() => say(CHAT, CHAIR, 'send referat på høring frist 01.01.2020'), /^Fristen 01\.01\.2020 har allerede vært/],
      [() => say(CHAT, CHAIR, 'send referat på høring frist 31.02.2031'), /«31\.02\.2031» er ikke en dato/],
    ]);
    await bot.say(CHAT, CHAIR, `send referat på høring frist ${ddmmyyyy(10)}`, 2);
    const sent = bot.connector.captured.filter((c) => c.conversationId === personal(KARL).id && c.activity.attachments?.length);
    const remark = actions(sent.at(-1)!.activity.attachments[0].content).find((a) => a.verb === 'review.remark')!;
    await unchanged([
      [
        () => press(personal(KARL), KARL, 'review.remark', { ...remark.data, comment: 'x'.repeat(100_000) }),
        /^Merknaden er for lang: 100000 tegn, høyst 4000 er tillatt\. .*Ingenting ble lagret\.$/,
      ],
      [() => press(personal(KARL), KARL, 'review.remark', { ...remark.data, comment: '' }), REMARK_MISSING],
      [() => press(personal(KARL), KARL, 'review.remark', { ...remark.data, comment: { $ne: 1 } }), REMARK_MISSING],
      [() => press(personal(STRANGER), STRANGER, 'review.approve', remark.data), NOT_RECIPIENT],
      [() => press(personal(MEMBERS.dag), MEMBERS.dag, 'review.approve', remark.data), NOT_RECIPIENT],
      [() => press(personal(KARL), KARL, 'review.approve', { ...remark.data, round: 0 }), ROUND_MISSING],
      [() => press(personal(KARL), KARL, 'review.approve', { ...remark.data, round: 'en' }), ROUND_MISSING],
      [() => press(personal(KARL), KARL, 'review.approve', { ...remark.data, groupId: otherGroupId }), ROUND_MISSING],
      [() => press(personal(KARL), KARL, 'review.approve', { ...remark.data, meetingId: 'x'.repeat(5_000) }), ROUND_MISSING],
      [() => press(personal(KARL), KARL, 'review.approve', {}), ROUND_MISSING],
      [
        () => press(CHAT, STRANGER, 'notice.calendar', { meetingId }),
        /^Du står ikke på deltakerlisten til gruppen, så jeg sender deg ikke kalenderinvitasjonen\. .*Ingenting ble sendt\.$/,
      ],
      [() => press(CHAT, AUD, 'notice.calendar', { meetingId: 'x'.repeat(5_000) }), CALENDAR_GONE],
      [() => press(CHAT, AUD, 'notice.calendar', { meetingId: { $ne: 1 } }), CALENDAR_GONE],
    ]);
    expect(await press(personal(KARL), KARL, 'review.approve', remark.data)).toContain('Referat på høring');
    expect(Object.keys((await repos().reviews.listByGroup(groupId))[0].answers)).toEqual(['m-kjell-jøran-tveter']);
  });
});
