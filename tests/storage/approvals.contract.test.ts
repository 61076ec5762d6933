import { ConflictError, type ApprovalRepository, type MeetingRepository } from '../../src/app/ports';
import { retryOnConflict } from '../../src/app/retry';
import { castVote, newApproval, type Approval } from '../../src/domain/approval';
import { newMeeting } from '../../src/domain/meeting';
import { embeddedStore } from './fixture';

const approval = (meetingId: string, item = 1): Approval =>
  newApproval({
    meetingId,
    groupId: 'g-1',
    item,
    kind: item === 1 ? 'approve-notice' : 'approve-minutes',
    title: 'Godkjenning',
    meetingDate: '2030-11-07',
    locale: 'nb',
    createdAt: '2030-11-01T10:00:00.000Z',
  });
const voter = (n: number) => ({ memberId: `m-${n}`, name: `Person ${n}`, organization: `Kommune ${n}`, userId: `29:u${n}` });

describe('Cosmos (embedded server): ApprovalRepository contract', () => {
  let approvals: ApprovalRepository;
  let meetings: MeetingRepository;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await embeddedStore();
    approvals = s.repos.approvals;
    meetings = s.repos.meetings;
    close = s.close;
  });
  afterAll(async () => close());

  it('create once per (meeting, item); a second create answers false and keeps the votes', async () => {
    expect(await approvals.create(approval('mtg-a'))).toBe(true);
    const current = (await approvals.get('mtg-a', 1))!;
    const voted = castVote(current.value, voter(1), 'approve', undefined, new Date());
    if (!voted.ok) throw new Error();
    await approvals.replace(voted.approval, current.etag);
    expect(await approvals.create(approval('mtg-a'))).toBe(false);
    expect(Object.keys((await approvals.get('mtg-a', 1))!.value.votes)).toEqual(['m-1']);
    expect(await approvals.get('mtg-a', 2)).toBeUndefined();
    expect(await approvals.get('mtg-other', 1)).toBeUndefined();
  });

  it('returns the domain object only (no Cosmos system properties, no id/type)', async () => {
    const got = (await approvals.get('mtg-a', 1))!.value as unknown as Record<string, unknown>;
    for (const key of ['id', 'type', '_etag', '_rid', '_ts', '_self']) expect(got[key]).toBeUndefined();
    expect(got).toMatchObject({ meetingId: 'mtg-a', item: 1, state: 'open' });
  });

  it('replace with a stale etag is a ConflictError and changes nothing', async () => {
    const current = (await approvals.get('mtg-a', 1))!;
    await approvals.replace({ ...current.value, title: 'Ny' }, current.etag);
    await expect(approvals.replace({ ...current.value, title: 'Tapt' }, current.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await approvals.get('mtg-a', 1))!.value.title).toBe('Ny');
  });

  it('lives beside its meeting without disturbing the meeting queries', async () => {
    await meetings.create(newMeeting('g-1', { date: '2030-11-07', start: '12:00', end: '13:00', place: 'Teams' }));
    await approvals.create(approval('g-1-20301107'));
    expect((await meetings.listByGroup('g-1')).map((m) => m.meetingId)).toEqual(['g-1-20301107']);
  });

  it('40 parallel read → vote → If-Match replace writers: every vote counted exactly once', async () => {
    await approvals.create(approval('mtg-b', 2));
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        retryOnConflict(async () => {
          const current = (await approvals.get('mtg-b', 2))!;
          const r = castVote(current.value, voter(n), n % 4 === 0 ? 'remark' : 'approve', `Merknad ${n}`, new Date());
          if (!r.ok) throw new Error(r.reason);
          await approvals.replace(r.approval, current.etag);
        }, 200),
      ),
    );
    console.log(`40 parallel etag writers on one approval document (no in-process batching): ${Date.now() - started} ms`);
    const votes = (await approvals.get('mtg-b', 2))!.value.votes;
    expect(Object.keys(votes)).toHaveLength(40);
    expect(Object.values(votes).filter((v) => v.choice === 'remark')).toHaveLength(10);
  });
});
