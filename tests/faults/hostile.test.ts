import { groupIdFor } from '../../src/app/groups';
import { CHAIR, post, startBotForTest } from '../helpers/bot-client';
import { makeMembers, openMeetingViaCommands } from '../helpers/open-meeting';

/**
 * 1,000 malformed or hostile activities: each gets a 4xx or a clear answer, the process stays up,
 * and nothing wrong is stored.
 */
jest.setTimeout(120_000);

const CHAT_A = { id: '19:hostile-a@thread.v2', type: 'groupChat' as const };
const CHAT_B = { id: '19:hostile-b@thread.v2', type: 'groupChat' as const };

test('1,000 malformed and hostile activities: 4xx or a clear answer, nothing wrong stored', async () => {
  const bot = await startBotForTest();
  const repos = bot.running.repositories;
  try {
    const a = makeMembers(5, 'Alfa');
    const b = makeMembers(3, 'Beta');
    const meetingA = await openMeetingViaCommands((t) => bot.say(CHAT_A, CHAIR, t), repos, CHAT_A.id, a);
    const meetingB = await openMeetingViaCommands((t) => bot.say(CHAT_B, CHAIR, t), repos, CHAT_B.id, b);
    const before = {
      rosterA: await repos.rosters.get(groupIdFor(CHAT_A.id)),
      groupB: await repos.groups.get(groupIdFor(CHAT_B.id)),
      approvalB: await repos.approvals.get(meetingB.meetingId, 1),
      meetingB: await repos.meetings.get(meetingB.meetingId),
    };
    const valid = bot.make(CHAT_A, a[0], 'hjelp');
    const invoke = (verb: string, data: unknown, from = a[0], chat = CHAT_A) => ({
      ...bot.make(chat, from, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
    });
    const templates: (() => unknown)[] = [
      () => ({}),
      () => ({ ...valid, type: undefined }),
      () => ({ ...valid, from: undefined }),
      () => ({ ...valid, from: 'x' }),
      () => ({ ...valid, conversation: { id: 42 } }),
      () => ({ ...valid, serviceUrl: 'javascript:alert(1)' }),
      () => ({ ...valid, text: 12345 }),
      () => ({ ...valid, text: 'x'.repeat(1_000_000) }),
      () => ({ ...valid, text: `innspill ${'æøå'.repeat(4000)}` }),
      () => ({ ...valid, text: 'deltakere\n<script>alert(1)</script>\tX\tY' }),
      () => ({ ...valid, text: 'ny gruppe <img src=x onerror=alert(1)> **fet** [lenke](http://evil)' }),
      () => ({ ...valid, text: '\u202Ehjelp\u200B\uFEFF \ud800' }),
      () => ({ ...valid, text: 'vedtak: [klikk](javascript:alert(1)) | tabell |' }),
      () => ({ ...valid, text: 'rolle Deltaker01 Alfasen sekretariat' }),
      () => invoke('no.such.verb', {}),
      () => invoke('approval.approve', { meetingId: meetingB.meetingId, item: 1 }),
      () => invoke('approval.close', { meetingId: meetingB.meetingId, item: 1 }),
      () => invoke('approval.approve', { meetingId: meetingA.meetingId, item: 'one', voter: b[0].aadObjectId }),
      () => invoke('approval.approve', null),
      () => invoke('meeting.next', { meetingId: meetingB.meetingId, version: 0 }),
      () => invoke('input.confirm', { meetingId: meetingB.meetingId, organization: b[0].organization }),
      () => ({ ...valid, type: 'invoke', name: 'adaptiveCard/action', value: 'not an object' }),
      () => ({ ...valid, type: 'event', name: 'application/vnd.microsoft.meetingStart', value: { Id: 'x' }, channelData: { meeting: { id: 42 } } }),
      () => ({ ...valid, type: 'conversationUpdate', membersAdded: 'nope' }),
      () => ({ ...valid, type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }),
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i += 25) {
      const batch = Array.from({ length: 25 }, (_, k) => templates[(i + k) % templates.length]());
      const results = await Promise.all(batch.map((activity) => post(bot.running.url, activity)));
      for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
    const total = [...statuses.values()].reduce((x, y) => x + y, 0);
    expect(total).toBe(1000);
    const serverErrors = [...statuses.entries()].filter(([s]) => s >= 500);
    expect(serverErrors).toEqual([]);
    expect((await fetch(bot.running.url.replace('/api/messages', '/healthz'))).status).toBe(200);

    // Nothing wrong stored: the other group's meeting and card are untouched, the roster is as imported.
    // (A member's first contact links their Teams id to the roster: that is the only change allowed.)
    const unlinked = (r: typeof before.rosterA) => r?.value.map(({ aadObjectId: _linked, ...m }) => m);
    expect(unlinked(await repos.rosters.get(groupIdFor(CHAT_A.id)))).toEqual(unlinked(before.rosterA));
    expect((await repos.groups.get(groupIdFor(CHAT_B.id)))?.etag).toBe(before.groupB?.etag);
    expect((await repos.approvals.get(meetingB.meetingId, 1))?.etag).toBe(before.approvalB?.etag);
    expect((await repos.meetings.get(meetingB.meetingId))?.etag).toBe(before.meetingB?.etag);
    expect(await repos.inputs.listByMeeting(meetingB.meetingId)).toEqual([]);
    // The member's own hostile input is kept as text, not as structure.
    const own = await repos.inputs.get(meetingA.meetingId, a[0].organization);
    if (own) expect(own.value.text).toContain('æøå');
  } finally {
    await bot.close();
  }
});
