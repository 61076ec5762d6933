import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { osloDateOf, osloInstant } from '../../src/domain/norwegian-time';
import { KIND_INPUT, KIND_MEETING_DAY } from '../../src/domain/schedule';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { cardText } from '../helpers/invoke';
import { attachments } from '../helpers/meeting-run-setup';

/*
 * #18 §4 and issue #8: what a scheduled reminder's job holds about a person — the name of a member it
 * could not reach (kept with the job's result for 60 days) and, while it is being sent, the mark of a
 * member reached — is shown by `mine data` and removed by `slett mine data`, over the real endpoint on
 * the embedded store. Invented people: Kari (Alfa kommune) writes to the bot before the reminder, Gunnar
 * (Gamma kommune) only after it, so the reminder could not reach him.
 */
const CHAT = { id: '19:privacy-jobs@thread.v2', type: 'groupChat' as const };
const user = (n: number, name: string): TestUser => ({ id: `29:pj-${n}`, aadObjectId: `00000000-0000-4000-c000-00000000000${n}`, name });
const KARI = user(1, 'Kari Alfsen');
const GUNNAR = user(2, 'Gunnar Gamsen');
const ROSTER = ['Kari\tAlfsen\tAlfa kommune', 'Gunnar\tGamsen\tGamma kommune'].join('\n');
const personal = (u: TestUser) => ({ id: `a:pj-${u.id}`, type: 'personal' as const });
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const ahead = (days: number) => osloDateOf(new Date(Date.now() + days * 86_400_000));

type Bot = Awaited<ReturnType<typeof startBotForTest>>;

describe('scheduled reminders in mine data and slett mine data', () => {
  let bot: Bot;
  const groupId = groupIdFor(CHAT.id);
  const day = ahead(14);
  const meetingId = meetingIdFor(groupId, day);
  const repos = () => bot.running.repositories;
  const text = async (u: TestUser, message: string) => String((await bot.say(personal(u), u, message))[0].text ?? '');
  const erase = async (u: TestUser) => {
    const activity = {
      ...bot.make(personal(u), u, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'privacy.erase.confirm', data: {} } },
    };
    const res = await post(bot.running.url, activity);
    expect(res.status).toBe(200);
    return cardText(JSON.parse(res.body).value);
  };

  beforeAll(async () => {
    bot = await startBotForTest();
    await bot.say(CHAT, CHAIR, 'ny gruppe Faggruppe for påminnelser');
    await bot.say(CHAT, CHAIR, `deltakere\n${ROSTER}`);
    await bot.say(CHAT, CHAIR, `nytt møte ${dmy(day)} 12:00-13:00 Rådhuset`);
    await bot.say(CHAT, CHAIR, 'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt');
    await bot.say(CHAT, CHAIR, 'innkalling', 3);
    await bot.say(personal(KARI), KARI, 'hjelp');
    await bot.say(CHAT, KARI, 'møter');
    // The meeting-day reminder runs: Kari is reached, Gunnar (never wrote to the bot) is not.
    const report = await bot.running.scheduler.tick(new Date(osloInstant(day, '08:00').getTime() + 60_000));
    if (report.done !== 1) throw new Error('fixture: the reminder did not run');
    // Gunnar writes afterwards: linked to the roster, he may now ask what is stored about him.
    await bot.say(personal(GUNNAR), GUNNAR, 'hjelp');
    await bot.say(CHAT, GUNNAR, 'møter');
  }, 60_000);
  afterAll(async () => bot?.close());

  it('the job keeps the name and roster id of whom it could not reach; mine data shows it to him, and to nobody else', async () => {
    const job = (await repos().schedule.get(KIND_MEETING_DAY, meetingId))!.value;
    expect(job.result).toEqual({ sent: 1, unreachable: ['Gunnar Gamsen (Gamma kommune)'], unreachableIds: ['m-gunnar-gamsen'] });
    expect(job.delivered).toBeUndefined(); // the marks of a finished run are not kept
    const his = await text(GUNNAR, 'mine data');
    expect(his).toMatch(
      new RegExp(
        `Automatiske påminnelser\\*\\*\\n- Faggruppe for påminnelser, påminnelse på møtedagen for møtet ${dmy(day)}: kunne ikke nå deg \\(navnet ditt står i resultatet til \\d\\d\\.\\d\\d\\.\\d{4}\\)`,
      ),
    );
    const hers = await text(KARI, 'mine data');
    expect(hers).not.toContain('Automatiske påminnelser');
    expect(hers).not.toContain('Gunnar');
  });

  it('a run in progress (its instance died) keeps a mark per member reached: mine data shows Kari hers', async () => {
    // As an instance that died while sending the input reminder leaves its job: claimed, the lease run out, Kari's mark on it.
    const due = (await repos().schedule.get(KIND_INPUT, meetingId))!;
    const lapsed = new Date(Date.now() - 60_000).toISOString();
    await repos().schedule.put(
      { ...due.value, state: 'claimed', claimedBy: 'dead-instance', leaseUntil: lapsed, delivered: [`to:${KARI.aadObjectId}`, 'home'] },
      due.etag,
    );
    expect(await text(KARI, 'mine data')).toContain(
      `Faggruppe for påminnelser, påminnelse om innspill for møtet ${dmy(day)}: merket som sendt til deg mens utsendelsen pågår`,
    );
    expect(await text(GUNNAR, 'mine data')).not.toContain('påminnelse om innspill');
  });

  it('slett mine data removes the person from the job’s result and marks, and nothing else; a repeat changes nothing', async () => {
    const before = (await repos().schedule.get(KIND_MEETING_DAY, meetingId))!.value;
    const shown = await erase(GUNNAR);
    expect(shown).toContain(`påminnelse på møtedagen: Faggruppe for påminnelser, møtet ${dmy(day)}`);
    const after = (await repos().schedule.get(KIND_MEETING_DAY, meetingId))!.value;
    expect(after).toEqual({ ...before, result: { sent: 1, unreachable: [], unreachableIds: [] } });
    expect(JSON.stringify(after)).not.toMatch(/Gunnar|gunnar/);
    // status no longer names him; the count of those reached stays.
    const [status] = await bot.say(CHAT, CHAIR, 'status');
    const lines = cardText(attachments(status)[0].content);
    expect(lines).toMatch(/Sist sendt: påminnelse på møtedagen .* til 1\./);
    expect(lines).not.toContain('Gunnar');

    const input = (await repos().schedule.get(KIND_INPUT, meetingId))!.value;
    expect(await erase(KARI)).toContain(`påminnelse om innspill: Faggruppe for påminnelser, møtet ${dmy(day)}`);
    const unmarked = await repos().schedule.get(KIND_INPUT, meetingId);
    expect(unmarked!.value).toEqual({ ...input, delivered: ['home'] });
    const etag = unmarked!.etag;
    expect(await erase(KARI)).not.toContain('påminnelse om innspill');
    expect((await repos().schedule.get(KIND_INPUT, meetingId))!.etag).toBe(etag);
  });

  it('a result stored before the roster ids (name only) is found by the roster entry’s name and organization, and erased', async () => {
    // Gunnar writes again: linked to the roster anew (his entry stays, the secretariat's).
    await bot.say(personal(GUNNAR), GUNNAR, 'hjelp');
    await bot.say(CHAT, GUNNAR, 'møter');
    const finishedAt = new Date().toISOString();
    const legacy = {
      kind: 'review-reminder',
      subjectId: `${meetingId}:r1`,
      ownerGroupId: groupId,
      dueAt: finishedAt,
      state: 'done' as const,
      finishedAt,
      updatedAt: finishedAt,
      result: { sent: 1, unreachable: ['Berit Betsen (Beta kommune)', 'Gunnar Gamsen (Gamma kommune)'] },
    };
    expect(await repos().schedule.put(legacy)).toBeTruthy();
    expect(await text(GUNNAR, 'mine data')).toContain(`påminnelse om høringen av referatet for møtet ${dmy(day)}: kunne ikke nå deg`);
    expect(await erase(GUNNAR)).toContain(`påminnelse om høringen av referatet: Faggruppe for påminnelser, møtet ${dmy(day)}`);
    expect((await repos().schedule.get('review-reminder', `${meetingId}:r1`))!.value).toEqual({
      ...legacy,
      result: { sent: 1, unreachable: ['Berit Betsen (Beta kommune)'] },
    });
  });
});
