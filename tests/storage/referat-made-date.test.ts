import { MinutesUseCases } from '../../src/app/minutes';
import type { Actor } from '../../src/app/actor';
import type { GroupContext } from '../../src/app/group-context';
import { seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';
import { embeddedStore } from './fixture';

/*
 * #17 §1.6: the referat's «Dato:» is the day it was made — its first export, or its approval for
 * locked minutes — and stays the same on every later export. Through the minutes use case on the
 * embedded store, with a clock the test moves.
 */
describe('the referat’s «Dato:» is the day it was made', () => {
  let env: Awaited<ReturnType<typeof embeddedStore>>;
  let clock = new Date('2023-01-24T08:00:00Z');
  const actor: Actor = { userId: 'u-sec', name: 'Sekretær Test', conversationId: 'c-1', conversationType: 'groupChat', locale: 'nb' };

  beforeAll(async () => {
    env = await embeddedStore();
  });
  afterAll(() => env.close());

  async function exportMarkdown(minutes: MinutesUseCases, ctx: GroupContext): Promise<string> {
    await minutes.exportDocument(actor, ctx, 'referat', 'md');
    const meeting = ctx.group.value.groupId;
    const versions = await env.repos.exports.list((await env.repos.meetings.listByGroup(meeting)).at(-1)!.meetingId);
    const last = versions.at(-1)!;
    return (await env.repos.exports.get(last.meetingId, last.exportId))!.body.toString('utf8');
  }

  async function context(meeting: ReturnType<typeof seedMeeting>): Promise<GroupContext> {
    const group = seedGroup();
    await env.repos.groups.create(group);
    await env.repos.rosters.put(group.groupId, seedRoster());
    await env.repos.meetings.create(meeting);
    return { group: (await env.repos.groups.get(group.groupId))!, roster: seedRoster(), roles: ['secretariat'] };
  }

  it('prints the day of the first export above the title, and the same day on a re-export days later', async () => {
    const meeting = { ...seedMeeting(), state: 'ended' as const, lockedAt: undefined };
    const ctx = await context(meeting);
    const minutes = new MinutesUseCases(
      env.repos,
      () => 'http://localhost',
      () => clock,
    );
    const first = await exportMarkdown(minutes, ctx);
    expect(first.split('\n')[0]).toBe('**Dato:** 24.01.2023');
    expect(first.split('\n')[2]).toMatch(/^# Referat fra møte i /);
    clock = new Date('2023-02-07T23:30:00Z'); // 08.02 in Oslo
    const again = await exportMarkdown(minutes, ctx);
    expect(again.split('\n')[0]).toBe('**Dato:** 24.01.2023');
  });
});
