import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { groupIdFor } from '../../src/app/groups';
import { addDays, meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf, osloInstant } from '../../src/domain/norwegian-time';
import { KIND_INPUT, KIND_MEETING_DAY } from '../../src/domain/schedule';
import { LOCAL_KEY, startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments, click } from '../helpers/meeting-run-setup';

/*
 * #18 §4: reminders that send themselves. Two bot instances on one store (and later a third, started
 * as a restart would) tick at chosen moments with a fixed clock; every personal message they send
 * lands in the simulator connector the members talked through, where it is counted per conversation.
 * The people are invented: Alfa kommune (two members, one sends input), Beta kommune (one member),
 * Gamma kommune (one member who never wrote to the bot: reported, not reached).
 */
const CHAT = { id: '19:scheduled-reminders@thread.v2', type: 'groupChat' as const };
const user = (n: number, name: string): TestUser => ({ id: `29:rem-${n}`, aadObjectId: `00000000-0000-4000-b000-00000000000${n}`, name });
const KARI = user(1, 'Kari Alfsen');
const PER = user(2, 'Per Alfsen');
const BERIT = user(3, 'Berit Betsen');
const ROSTER = ['Kari\tAlfsen\tAlfa kommune', 'Per\tAlfsen\tAlfa kommune', 'Berit\tBetsen\tBeta kommune', 'Gunnar\tGamsen\tGamma kommune'].join('\n');
const personal = (u: TestUser) => ({ id: `a:rem-${u.id}`, type: 'personal' as const });
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const ahead = (days: number) => osloDateOf(new Date(Date.now() + days * 86_400_000));
const minute = 60_000;

type Bot = Awaited<ReturnType<typeof startBotForTest>>;

describe('scheduled reminders', () => {
  let local: LocalStore;
  let a: Bot;
  let b: Bot;
  let env: Record<string, string>;
  const groupId = groupIdFor(CHAT.id);
  const d14 = ahead(14);
  const d16 = ahead(16);
  const meetingId = meetingIdFor(groupId, d14);
  // The default deadline: 7 days after the meeting at its end; the input reminder 2 days before that date at 09:00.
  const inputDue = osloInstant(addDays(d14, 5), '09:00');
  const morningDue = osloInstant(d14, '08:00');
  const repos = () => a.running.repositories;
  /** What reached each member's personal chat (the connector of bot a, which they talked through). */
  const sentTo = (u: TestUser, from = 0) => a.connector.captured.slice(from).filter((c) => c.conversationId === personal(u).id);

  beforeAll(async () => {
    local = await startLocalStore({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'referent-remind-')) });
    env = { COSMOS_ENDPOINT: local.endpoint, COSMOS_KEY: LOCAL_KEY };
    [a, b] = await Promise.all([startBotForTest(env), startBotForTest(env)]);
    await a.say(CHAT, CHAIR, 'ny gruppe Faggruppe for påminnelser');
    await a.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    await a.say(CHAT, CHAIR, `nytt møte ${dmy(d14)} 12:00-13:00 Rådhuset`);
    await a.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt');
    await a.say(CHAT, CHAIR, 'innkalling', 3);
    // Three members write to the bot (their personal chats are stored); Kari sends Alfa kommune's input.
    for (const u of [KARI, PER, BERIT]) await a.say(personal(u), u, 'hjelp');
    // Per and Berit are linked to the roster by their first turn in the group's chat (Kari by her input).
    for (const u of [PER, BERIT]) await a.say(CHAT, u, 'møter');
    await a.say(personal(KARI), KARI, 'innspill Alfa kommune har vedtatt ny næringsplan.');
    if ((await repos().inputs.listByMeeting(meetingId)).length !== 1) throw new Error('fixture: the input was not stored');
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await local?.close();
  });

  it('creating the meeting scheduled both reminders in the store, at the default times', async () => {
    const input = await repos().schedule.get(KIND_INPUT, meetingId);
    const morning = await repos().schedule.get(KIND_MEETING_DAY, meetingId);
    expect(input?.value).toMatchObject({ state: 'due', ownerGroupId: groupId, dueAt: inputDue.toISOString() });
    expect(morning?.value).toMatchObject({ state: 'due', dueAt: morningDue.toISOString() });
    // Not yet due: a tick before the time sends nothing.
    const before = a.connector.captured.length;
    await Promise.all([a.running.scheduler.tick(new Date(morningDue.getTime() - minute)), b.running.scheduler.tick(new Date(morningDue.getTime() - minute))]);
    expect(a.connector.captured.length).toBe(before);
  });

  it('moving the meeting moves its reminders; the old time sends nothing', async () => {
    const [moved] = await a.say(CHAT, CHAIR, `flytt møte ${dmy(d16)} 12:00-13:00`);
    expect(String(moved.text)).toContain(dmy(d16));
    // The meeting keeps its id when moved: so do its jobs.
    const morning = await repos().schedule.get(KIND_MEETING_DAY, meetingId);
    expect(morning?.value.dueAt).toBe(osloInstant(d16, '08:00').toISOString());
    expect((await repos().schedule.get(KIND_INPUT, meetingId))?.value.dueAt).toBe(osloInstant(addDays(d16, 5), '09:00').toISOString());
    const before = a.connector.captured.length;
    const report = await a.running.scheduler.tick(new Date(morningDue.getTime() + minute));
    expect(report.claimed).toBe(0);
    expect(a.connector.captured.length).toBe(before);
    // Back to the first date for the rest of the tests.
    await a.say(CHAT, CHAIR, `flytt møte ${dmy(d16)} til ${dmy(d14)} 12:00-13:00`);
    expect((await repos().schedule.get(KIND_MEETING_DAY, meetingId))?.value.dueAt).toBe(morningDue.toISOString());
  });

  it('two instances ticking at the same moment send the meeting-day reminder to every reachable member exactly once', async () => {
    const from = a.connector.captured.length;
    const at = new Date(morningDue.getTime() + minute);
    const [ra, rb] = await Promise.all([a.running.scheduler.tick(at), b.running.scheduler.tick(at)]);
    expect(ra.claimed + rb.claimed).toBe(1);
    for (const u of [KARI, PER, BERIT]) {
      const got = sentTo(u, from);
      expect(got).toHaveLength(1);
      expect(got[0].activity.text).toBe(`Påminnelse fra Faggruppe for påminnelser: møtet er i dag, ${dmy(d14)} kl. 12.00–13.00, Rådhuset. Vel møtt!`);
    }
    // Gunnar never wrote to the bot: the home chat is told, once, as `påminnelse` would have answered.
    const home = a.connector.captured.slice(from).filter((c) => c.conversationId === CHAT.id);
    expect(home).toHaveLength(1);
    expect(home[0].activity.text).toBe(
      'Automatisk påminnelse på møtedagen: påminnelse sendt til 3 personer.\n' +
        'Kunne ikke nå (har ikke startet en chat med meg, eller sending feilet) – kontakt dem direkte:\n• Gunnar Gamsen (Gamma kommune)',
    );
    expect(a.connector.captured.length - from).toBe(4);
    expect(b.connector.captured.length).toBe(0);
    // Ticking again (both instances) sends nothing more.
    await Promise.all([a.running.scheduler.tick(new Date(at.getTime() + minute)), b.running.scheduler.tick(new Date(at.getTime() + minute))]);
    expect(a.connector.captured.length - from).toBe(4);
    const job = (await repos().schedule.get(KIND_MEETING_DAY, meetingId))?.value;
    expect(job).toMatchObject({ state: 'done', result: { sent: 3, unreachable: ['Gunnar Gamsen (Gamma kommune)'] } });
  });

  it('status shows the next scheduled reminder and the last one sent, with whom it could not reach', async () => {
    const [status] = await a.say(CHAT, CHAIR, 'status');
    const text = cardText(attachments(status)[0].content);
    expect(text).toContain(`Neste automatiske påminnelse: påminnelse om innspill ${dmy(addDays(d14, 5))} kl. 09.00.`);
    expect(text).toMatch(/Sist sendt: påminnelse på møtedagen \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d til 3; nådde ikke: Gunnar Gamsen \(Gamma kommune\)\./);
  });

  it('after a restart (a new instance on the same store) the input reminder goes to the organizations without input, once', async () => {
    await b.close();
    b = await startBotForTest(env); // the restarted instance: nothing in memory, the due list is in the store
    const from = a.connector.captured.length;
    const at = new Date(inputDue.getTime() + minute);
    const [rb, ra] = await Promise.all([b.running.scheduler.tick(at), a.running.scheduler.tick(at)]);
    expect(ra.claimed + rb.claimed).toBe(1);
    // Alfa kommune sent input: neither Kari nor Per is reminded; Berit (Beta kommune) is, once.
    expect(sentTo(KARI, from)).toHaveLength(0);
    expect(sentTo(PER, from)).toHaveLength(0);
    const berit = sentTo(BERIT, from);
    expect(berit).toHaveLength(1);
    expect(berit[0].activity.text).toContain('vi mangler innspill fra Beta kommune');
    // Gamma kommune's only member cannot be reached: reported in the home chat.
    const home = a.connector.captured.slice(from).filter((c) => c.conversationId === CHAT.id);
    expect(home.map((c) => c.activity.text)).toEqual([
      expect.stringMatching(/^Automatisk påminnelse om innspill: påminnelse sendt til 1 person\.\n.*Gunnar Gamsen/s),
    ]);
    expect(a.connector.captured.length - from).toBe(2);
    // The meeting-day reminder, long sent, is not sent again by the new instance.
    await b.running.scheduler.tick(new Date(at.getTime() + minute));
    expect(a.connector.captured.length - from).toBe(2);
  });

  it('out-of-range settings are refused and change nothing; «av» stops the reminders', async () => {
    const etag = (await repos().groups.get(groupId))?.etag;
    for (const [text, answer] of [
      ['innstilling påminnelse innspill 15 dager', '«15 dager» er ikke et antall dager fra 0 til 14.'],
      ['innstilling påminnelse innspill mange', '«mange» er ikke et antall dager fra 0 til 14.'],
      ['innstilling påminnelse møtedag 25:00', '«25:00» er ikke et klokkeslett.'],
    ]) {
      const [reply] = await a.say(CHAT, CHAIR, text);
      expect(reply.text).toContain(answer);
      expect(reply.text).toContain('Ingenting ble endret.');
    }
    // In English and nynorsk too (the activity's locale), with the same refusal and nothing changed.
    for (const [locale, text, answer] of [
      ['en-US', 'setting reminder input 20 days', '"20 days" is not a number of days from 0 to 14. Write e.g. "setting reminder input 2 days"'],
      ['nn-NO', 'innstilling påminning møtedag kl åtte', '«kl åtte» er ikkje eit klokkeslett. Skriv til dømes «innstilling påminning møtedag 08:00»'],
    ]) {
      const from = a.connector.captured.length;
      await post(a.running.url, { ...a.make(CHAT, CHAIR, text), locale });
      expect(String((await a.connector.waitForCount(from + 1))[from].activity.text)).toContain(answer);
    }
    expect((await repos().groups.get(groupId))?.etag).toBe(etag);
    const [member] = await a.say(CHAT, KARI, 'innstilling påminnelse møtedag av');
    expect(member.text).toContain('Bare sekretariatet');
    expect((await repos().groups.get(groupId))?.etag).toBe(etag);

    // A second meeting, then both reminders off: its jobs are removed and nothing is sent when they would have been due.
    const d30 = ahead(30);
    const second = meetingIdFor(groupId, d30);
    await a.say(CHAT, CHAIR, `nytt møte ${dmy(d30)} 12:00-13:00`);
    expect((await repos().schedule.get(KIND_MEETING_DAY, second))?.value.state).toBe('due');
    const [offInput] = await a.say(CHAT, CHAIR, 'innstilling påminnelse innspill av');
    expect(offInput.text).toBe('påminnelse innspill er nå av. Gjelder møtene som kommer.');
    const [offDay] = await a.say(CHAT, CHAIR, 'innstilling påminnelse møtedag av');
    expect(offDay.text).toBe('påminnelse møtedag er nå av. Gjelder møtene som kommer.');
    expect(await repos().schedule.get(KIND_MEETING_DAY, second)).toBeUndefined();
    expect(await repos().schedule.get(KIND_INPUT, second)).toBeUndefined();
    const from = a.connector.captured.length;
    await a.running.scheduler.tick(osloInstant(d30, '08:01'));
    expect(a.connector.captured.length).toBe(from);
    const [status] = await a.say(CHAT, CHAIR, 'status');
    expect(cardText(attachments(status)[0].content)).toContain('Automatiske påminnelser: av.');

    // On again with another time and number of days (nynorsk words too): scheduled again for the coming meeting.
    const [onDay] = await a.say(CHAT, CHAIR, 'innstilling påminning møtedag 7.30');
    expect(onDay.text).toBe('påminnelse møtedag er nå kl. 07.30 på møtedagen, til alle deltakerne. Gjelder møtene som kommer.');
    expect((await repos().schedule.get(KIND_MEETING_DAY, second))?.value.dueAt).toBe(osloInstant(d30, '07:30').toISOString());
    const [onInput] = await a.say(CHAT, CHAIR, 'innstilling påminnelse innspill 3 dager');
    expect(onInput.text).toContain('påminnelse innspill er nå 3 dager før fristen kl. 09.00');
    expect((await repos().schedule.get(KIND_INPUT, second))?.value.dueAt).toBe(osloInstant(addDays(d30, 4), '09:00').toISOString());
    const [again] = await a.say(CHAT, CHAIR, 'innstilling påminnelse innspill 3');
    expect(again.text).toContain('var allerede 3 dager før fristen');
    const [list] = await a.say(CHAT, CHAIR, 'innstilling');
    expect(list.text).toContain('- påminnelse møtedag: kl. 07.30 på møtedagen');
  });

  it('cancelling a meeting removes its reminders', async () => {
    const d30 = ahead(30);
    const second = meetingIdFor(groupId, d30);
    await a.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Eventuelt');
    expect((await repos().schedule.get(KIND_MEETING_DAY, second))?.value.state).toBe('due');
    await a.say(CHAT, CHAIR, `avlys møte ${dmy(d30)}`);
    const res = await click(a, CHAT, CHAIR, 'meeting.cancel', { meetingId: second });
    expect(res.httpStatus).toBeLessThan(300);
    expect((await repos().meetings.get(second))?.value.state).toBe('cancelled');
    expect(await repos().schedule.get(KIND_MEETING_DAY, second)).toBeUndefined();
    expect(await repos().schedule.get(KIND_INPUT, second)).toBeUndefined();
    const from = a.connector.captured.length;
    await a.running.scheduler.tick(osloInstant(d30, '08:01'));
    expect(a.connector.captured.length).toBe(from);
  });
  it('with SCHEDULE_TICK_SECONDS set, an instance looks for due jobs by itself', async () => {
    // A job made due now (its meeting says a later time): the instance's own tick claims it and moves it back.
    const d40 = ahead(40);
    const third = meetingIdFor(groupId, d40);
    await a.say(CHAT, CHAIR, `nytt møte ${dmy(d40)} 12:00-13:00`);
    const job = (await repos().schedule.get(KIND_MEETING_DAY, third))!;
    const planned = job.value.dueAt;
    await repos().schedule.put({ ...job.value, dueAt: new Date(Date.now() - minute).toISOString() }, job.etag);
    const ticking = await startBotForTest({ ...env, SCHEDULE_TICK_SECONDS: '1' });
    try {
      const until = Date.now() + 10_000;
      let seen = (await repos().schedule.get(KIND_MEETING_DAY, third))!.value;
      while (seen.dueAt !== planned && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 200));
        seen = (await repos().schedule.get(KIND_MEETING_DAY, third))!.value;
      }
      expect(seen).toMatchObject({ state: 'due', dueAt: planned });
    } finally {
      await ticking.close();
    }
  });
  it('at start-up, a coming meeting stored without reminder jobs (before the scheduler existed) gets them; a second start writes nothing', async () => {
    const third = meetingIdFor(groupId, ahead(40));
    const planned = (await repos().schedule.get(KIND_MEETING_DAY, third))!.value.dueAt;
    await repos().schedule.remove(KIND_MEETING_DAY, third);
    await repos().schedule.remove(KIND_INPUT, third);
    const restarted = await startBotForTest(env);
    try {
      expect((await repos().schedule.get(KIND_MEETING_DAY, third))?.value).toMatchObject({ state: 'due', dueAt: planned });
      expect((await repos().schedule.get(KIND_INPUT, third))?.value.state).toBe('due');
      const jobs = JSON.stringify(await repos().schedule.listByGroup(groupId));
      const again = await startBotForTest(env);
      await again.close();
      expect(JSON.stringify(await repos().schedule.listByGroup(groupId))).toBe(jobs);
    } finally {
      await restarted.close();
    }
  });
});
