import { groupIdFor } from '../../src/app/groups';
import { syncInputWindow } from '../../src/app/input-windows';
import { aadKey, askKey, linkKey } from '../../src/app/people';
import type { MeetingData } from '../../src/domain/meeting-types';
import { percentile } from '../../scripts/bench/load';
import { CHAIR, post, startBotForTest, type TestUser } from '../helpers/bot-client';
import { countStoreOps } from '../helpers/store-ops';

/*
 * #15 §3: 40 roster members send their first message at the same moment (the chair says "send your
 * update now"), over the real HTTP endpoint on the embedded store. Every one is answered for their own
 * organization, each member is linked once and to the right Teams user, and linking writes documents
 * of each person alone (the roster document is not rewritten). Two Teams users with the same name
 * claim the same member at the same moment: one link, the other waits for the secretariat.
 * Display names in the tenants' shapes; a quarter of them link by the e-mail Teams gives. Invented names.
 */
const GROUP_CHAT = { id: '19:first-contact-burst@thread.v2', type: 'groupChat' as const };
const N = 40;
const NAMES = ['Ask', 'Birk', 'Eik', 'Gran', 'Hegg', 'Lind', 'Osp', 'Rogn', 'Selje', 'Alm'];
type Member = TestUser & { first: string; last: string; org: string; rosterEmail?: string };
const members: Member[] = Array.from({ length: N }, (_, i) => {
  const k = String(i + 1).padStart(2, '0');
  const first = `Deltaker${k}`;
  const last = `${NAMES[i % NAMES.length]}vik`;
  const shape = i % 4;
  const name =
    shape === 0
      ? `${last}, ${first}`
      : shape === 1
        ? `${first} ${last} (Ekstern)`
        : shape === 2
          ? `${first.toUpperCase()}.${last.toUpperCase()}`
          : `${first} ${last}`;
  const email = shape === 3 ? `${first}.${last}@kommune${k}.example`.toLowerCase() : undefined;
  return {
    id: `29:burst-${k}`,
    aadObjectId: `00000000-0000-4000-c000-0000000000${k}`,
    name,
    first,
    last,
    org: `Kommune ${k}`,
    ...(email ? { email, rosterEmail: email } : {}),
  };
});
// Two Teams users named as one roster member (no role): one is linked, the other is not.
const TWINS: TestUser[] = [1, 2].map((n) => ({ id: `29:twin-${n}`, aadObjectId: `00000000-0000-4000-c000-0000000001${n}0`, name: 'Tvilling Testesen' }));

jest.setTimeout(120_000);

test('40 first contacts at once: each answered for its own organization, linked once and rightly, none serialized on the roster', async () => {
  const bot = await startBotForTest();
  try {
    const groupId = groupIdFor(GROUP_CHAT.id);
    await bot.say(GROUP_CHAT, CHAIR, 'ny gruppe Burstgruppe');
    const lines = members.map((m) => [m.first, m.last, m.org, ...(m.rosterEmail ? [m.rosterEmail] : [])].join('\t'));
    const [imported] = await bot.say(GROUP_CHAT, CHAIR, `deltakere\n${[...lines, 'Tvilling\tTestesen\tKommune 99'].join('\n')}`);
    expect(imported.text).toContain(`${N + 1} lagt til`);
    const date = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
    const meeting: MeetingData = {
      meetingId: 'mtg-burst',
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
    const rosterBefore = await bot.running.repositories.rosters.get(groupId);

    const personal = (u: TestUser) => ({ id: `a:burst-${u.id}`, type: 'personal' as const });
    const activities = [
      ...members.map((m) => bot.make(personal(m), m, `innspill Oppdatering fra ${m.org}.`)),
      ...TWINS.map((t) => bot.make(personal(t), t, 'innspill Fra en tvilling.')),
    ];
    const ops = countStoreOps(bot.running.repositories);
    const timings: number[] = [];
    const started = Date.now();
    const statuses = await Promise.all(
      activities.map(async (a) => {
        const t0 = performance.now();
        const res = await post(bot.running.url, a);
        timings.push(performance.now() - t0);
        return res.status;
      }),
    );
    const total = Date.now() - started;
    expect(statuses.every((s) => s === 200)).toBe(true);
    timings.sort((a, b) => a - b);
    const [p50, p99, max] = [percentile(timings, 50), percentile(timings, 99), timings.at(-1) ?? 0].map(Math.round);
    console.log(
      `first contact burst: ${activities.length} at once in ${total} ms; p50 ${p50} ms, p99 ${p99} ms, max ${max} ms; ` +
        `${(ops.calls.length / activities.length).toFixed(1)} repository calls per first contact`,
    );
    const byCall = new Map<string, number>();
    for (const c of ops.calls) byCall.set(c, (byCall.get(c) ?? 0) + 1);
    console.log([...byCall].map(([c, k]) => `${c} ${k}`).join(', '));
    ops.reset();

    // Every member answered in their own chat, for their own organization, and the input stored once.
    for (const m of members) {
      const replies = bot.connector.captured.filter((c) => c.conversationId === personal(m).id).map((c) => String(c.activity.text));
      expect(replies).toEqual([expect.stringContaining(`Takk! Innspillet for ${m.org} er lagret`)]);
    }
    const stored = await bot.running.repositories.inputs.listByMeeting('mtg-burst');
    const byOrg = new Map(stored.map((c) => [c.organization, c]));
    for (const m of members) expect(byOrg.get(m.org)?.authorAadObjectId).toBe(m.aadObjectId);

    // Each member linked once, to their own Teams user, in their own link document; the roster is unchanged.
    const roster = (await bot.running.repositories.rosters.get(groupId))!;
    expect(roster.etag).toBe(rosterBefore?.etag);
    const links = await bot.running.repositories.people.getMany(members.map((m) => linkKey(groupId, `m-${m.first}-${m.last}`.toLowerCase())));
    expect(links.map((l) => l?.value.link?.aadObjectId)).toEqual(members.map((m) => m.aadObjectId));
    expect(links.map((l) => l?.value.link?.by)).toEqual(members.map((m) => (m.rosterEmail ? 'email' : 'name')));
    for (const m of members) {
      const person = (await bot.running.repositories.people.get(aadKey(m.aadObjectId)))?.value;
      expect(person?.memberships.map((x) => [x.groupId, x.organization])).toEqual([[groupId, m.org]]);
    }

    // The twins: one link; the other is not linked and waits for the secretariat.
    const twin = (await bot.running.repositories.people.get(linkKey(groupId, 'm-tvilling-testesen')))?.value.link?.aadObjectId;
    const [winner, loser] = TWINS[0].aadObjectId === twin ? TWINS : [TWINS[1], TWINS[0]];
    expect(twin).toBe(winner.aadObjectId);
    expect((await bot.running.repositories.people.get(aadKey(loser.aadObjectId)))?.value.memberships ?? []).toEqual([]);
    expect((await bot.running.repositories.people.get(askKey(groupId, loser.aadObjectId)))?.value.ask?.reason).toBe('taken');
    expect(byOrg.get('Kommune 99')?.authorAadObjectId).toBe(winner.aadObjectId);

    // A generous bound for a shared, loaded machine; the figures are printed above (goal: p99 ≤ 1 s when quiet).
    expect(max).toBeLessThan(14_000);
  } finally {
    await bot.close();
  }
});
