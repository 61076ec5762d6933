import { groupIdFor } from '../../src/app/groups';
import { syncInputWindow } from '../../src/app/input-windows';
import { linkKey } from '../../src/app/people';
import type { MeetingData } from '../../src/domain/meeting-types';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';

/**
 * 40 members send their round-table input at once from personal chat (their first contact, so the
 * bot also links each of them to the roster), and 10 of the activities are delivered twice, as Teams
 * does when an answer is slow: every input is stored exactly once, against the embedded store.
 */
const GROUP_CHAT = { id: '19:input-load@thread.v2', type: 'groupChat' as const };
const N = 40;
const members: (TestUser & { org: string })[] = Array.from({ length: N }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `29:load-${n}`, aadObjectId: `00000000-0000-0000-0001-0000000000${n}`, name: `Medlem${n} Testesen`, org: `Kommune ${n}` };
});

jest.setTimeout(60_000);

test('40 members at once, 10 activities delivered twice: 40 stored, none twice', async () => {
  const bot = await startBotForTest();
  try {
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Lastgruppe');
    await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${members.map((m) => `${m.name.split(' ')[0]}\tTestesen\t${m.org}`).join('\n')}`, 0);
    // Wait for the import's answer itself (a busy machine may interleave other activities, e.g. typing).
    for (const end = Date.now() + 20_000; !bot.connector.captured.some((c) => String(c.activity.text ?? '').includes(`${N} lagt til`));) {
      if (Date.now() > end)
        throw new Error(`no roster import answer: ${JSON.stringify(bot.connector.captured.map((c) => c.activity.type + ':' + String(c.activity.text)))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const groupId = groupIdFor(GROUP_CHAT.id);
    const date = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const meeting: MeetingData = {
      meetingId: 'mtg-load',
      groupId,
      date,
      start: '09:00',
      end: '11:00',
      place: 'Teams',
      state: 'notice-published',
      agenda: [],
      records: {},
      attendance: {},
    };
    await bot.running.repositories.meetings.create(meeting);
    await syncInputWindow(bot.running.repositories, meeting);

    const activities = members.map((m) =>
      bot.make({ id: `a:load-${m.id}`, type: 'personal' }, m, `innspill Oppdatering fra ${m.org}:\n- punkt én\n- punkt to`),
    );
    const deliveries = [...activities, ...activities.slice(0, 10)];
    const started = Date.now();
    const timings: number[] = [];
    const results = await Promise.all(
      deliveries.map(async (a) => {
        const t0 = Date.now();
        const res = await post(bot.running.url, a);
        timings.push(Date.now() - t0);
        return res.status;
      }),
    );
    const total = Date.now() - started;
    expect(results.every((s) => s < 300)).toBe(true);

    const stored = await bot.running.repositories.inputs.listByMeeting('mtg-load');
    expect(stored).toHaveLength(N);
    expect(new Set(stored.map((c) => c.organization)).size).toBe(N);
    for (const m of members) {
      const c = stored.find((x) => x.organization === m.org);
      expect(c?.text).toBe(`Oppdatering fra ${m.org}:\n- punkt én\n- punkt to`);
      expect(c?.authorAadObjectId).toBe(m.aadObjectId);
    }
    const replies = bot.connector.captured.filter((c) => c.method === 'POST' && c.conversationId.startsWith('a:load-')).map((c) => String(c.activity.text));
    expect(replies.filter((t) => t.startsWith('Takk! Innspillet'))).toHaveLength(N);
    expect(replies.filter((t) => t.includes('allerede lagret'))).toHaveLength(10);
    // Each link is the member's own document (#15 §3): 40 links, each to the member's own Teams user.
    const roster = (await bot.running.repositories.rosters.get(groupId))!.value;
    const links = await bot.running.repositories.people.getMany(roster.map((m) => linkKey(groupId, m.id)));
    expect(links.map((l, i) => [roster[i].firstName, l?.value.link?.aadObjectId])).toEqual(
      roster.map((m) => [m.firstName, members.find((x) => x.name.startsWith(m.firstName))!.aadObjectId]),
    );
    timings.sort((a, b) => a - b);
    console.log(`input load: ${deliveries.length} deliveries in ${total} ms; median ${timings[timings.length >> 1]} ms, max ${timings[timings.length - 1]} ms`);
    expect(timings[timings.length - 1]).toBeLessThan(15_000);

    // Steady state: the same 40, now linked, send again at once (their earlier input withdrawn first).
    await Promise.all(members.map((m) => bot.running.repositories.inputs.delete('mtg-load', m.org)));
    const again = members.map((m) => bot.make({ id: `a:load-${m.id}`, type: 'personal' }, m, `innspill Ny tekst fra ${m.org}`));
    const t1 = Date.now();
    const second = await Promise.all(again.map((a) => post(bot.running.url, a)));
    const secondTotal = Date.now() - t1;
    expect(second.every((r) => r.status < 300)).toBe(true);
    const restored = await bot.running.repositories.inputs.listByMeeting('mtg-load');
    expect(restored).toHaveLength(N);
    expect(restored.every((c) => c.text === `Ny tekst fra ${c.organization}`)).toBe(true);
    console.log(`input load, linked members: ${N} inputs at once in ${secondTotal} ms`);
  } finally {
    await bot.close();
  }
});
