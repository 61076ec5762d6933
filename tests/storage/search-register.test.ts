import { createMeeting, mutateMeeting } from '../../src/app/meeting-writes';
import { registerFollowUpWrite, snapshotInputs } from '../../src/app/search-register';
import { newFollowUp, setStatus } from '../../src/domain/follow-up';
import type { Input, MeetingData } from '../../src/domain/meeting-types';
import { backfillSearchRegister } from '../../src/persistence/cosmos/search-backfill';
import { countStoreOps } from '../helpers/store-ops';
import { embeddedStore } from './fixture';

/*
 * The search register (#18 §3) is kept in step by the writes it mirrors, on the embedded Cosmos
 * server: one patch per write that changes what it holds, none for a click that does not; the input
 * snapshot is taken at the lock without restricted input; cancelled meetings are marked; each group
 * reads its own entries only. Invented organizations only.
 */

const ID = 'g-sr:2099-05-06';
const meeting = (over: Partial<MeetingData> = {}): MeetingData => ({
  meetingId: ID,
  groupId: 'g-sr',
  date: '2099-05-06',
  start: '10:00',
  end: '12:00',
  place: 'Teams',
  state: 'in-progress',
  agenda: [
    { number: 1, title: 'Runde rundt bordet', subPoints: [], kind: 'round-table' },
    { number: 2, title: 'Næringsplan', subPoints: [], kind: 'discussion' },
  ],
  records: {},
  attendance: {},
  ...over,
});
const input = (organization: string, text: string, restricted?: string): Input => ({
  meetingId: ID,
  groupId: 'g-sr',
  organization,
  text,
  authorName: 'Innsender',
  enteredBySecretariat: false,
  received: 'before',
  updatedAt: '2099-05-01T08:00:00.000Z',
  ...(restricted ? { restricted } : {}),
});

describe('the search register kept in step (embedded Cosmos server)', () => {
  let s: Awaited<ReturnType<typeof embeddedStore>>;
  beforeAll(async () => {
    s = await embeddedStore();
  });
  afterAll(async () => s.close());
  const entry = () => s.repos.searchRegister.get('g-sr', ID);

  it('a decision or a note costs one register patch; a current-item or attendance change costs none', async () => {
    expect(await createMeeting(s.repos, meeting())).toBe(true);
    expect((await entry())?.meeting?.items.map((i) => i.title)).toEqual(['Runde rundt bordet', 'Næringsplan']);
    const ops = countStoreOps(s.repos);
    await mutateMeeting(s.repos, ID, (m) => ({ next: { ...m, records: { '2': { decision: 'Planen vedtas.', notes: ['Notat om bredbånd.'] } } }, result: 0 }));
    expect(ops.calls.filter((c) => c.startsWith('searchRegister.set'))).toEqual(['searchRegister.setMeeting']);
    expect((await entry())?.meeting?.items[1]).toMatchObject({ decision: 'Planen vedtas.', notes: ['Notat om bredbånd.'] });
    ops.reset();
    await mutateMeeting(s.repos, ID, (m) => ({
      next: { ...m, currentItem: 2, attendance: { x: { name: 'X', organization: 'Y', status: 'present', secretariat: false } } },
      result: 0,
    }));
    expect(ops.calls.filter((c) => c.startsWith('searchRegister.'))).toEqual([]);
  });

  it('a follow-up is patched in beside the meeting part; a status change costs nothing', async () => {
    const f = newFollowUp({
      followUpId: 'fu/1',
      groupId: 'g-sr',
      meetingId: ID,
      meetingDate: '2099-05-06',
      item: 2,
      itemTitle: 'Næringsplan',
      text: 'Kartlegge næringsareal',
      createdAt: '2099-05-06T10:00:00.000Z',
      createdBy: 'Sekretær',
    });
    await registerFollowUpWrite(s.repos, undefined, f);
    const ops = countStoreOps(s.repos);
    await registerFollowUpWrite(s.repos, f, setStatus(f, 'done', 'Sekretær', '2099-05-07T10:00:00.000Z').followUp);
    expect(ops.calls).toEqual([]);
    const e = await entry();
    expect(Object.values(e!.followUps)).toEqual([{ item: 2, itemTitle: 'Næringsplan', text: 'Kartlegge næringsareal', meetingDate: '2099-05-06' }]);
    expect(e?.meeting?.items[1].decision).toBe('Planen vedtas.'); // the other part is untouched
  });

  it('input: nothing before the lock; the lock snapshots it without restricted input; a restriction takes it again; reopening drops it', async () => {
    await s.repos.inputs.put(input('Oppdiktet kommune', 'Bredbånd i hele kommunen.'));
    await s.repos.inputs.put(input('Annen kommune', 'Hemmelig innspill.', '2099-05-01T09:00:00.000Z'));
    expect((await entry())?.inputs ?? null).toBeNull();
    await mutateMeeting(s.repos, ID, (m) => ({ next: { ...m, state: 'locked' }, result: 0 }));
    expect((await entry())?.inputs?.rows).toEqual([{ organization: 'Oppdiktet kommune', text: 'Bredbånd i hele kommunen.' }]);
    const own = (await s.repos.inputs.get(ID, 'Oppdiktet kommune'))!;
    await s.repos.inputs.put({ ...own.value, restricted: '2099-06-01T00:00:00.000Z' }, own.etag);
    await snapshotInputs(s.repos, (await s.repos.meetings.get(ID))!.value);
    expect((await entry())?.inputs?.rows).toEqual([]);
    await mutateMeeting(s.repos, ID, (m) => ({ next: { ...m, state: 'ended' }, result: 0 }));
    expect((await entry())?.inputs).toBeNull();
  });

  it('a cancelled meeting is marked cancelled; each group lists its own entries only', async () => {
    const other = meeting({ meetingId: 'g-sr2:2099-05-06', groupId: 'g-sr2', state: 'notice-published' });
    await createMeeting(s.repos, other);
    await mutateMeeting(s.repos, other.meetingId, (m) => ({ next: { ...m, state: 'cancelled' }, result: 0 }));
    expect((await s.repos.searchRegister.listByGroup('g-sr2')).map((e) => [e.meetingId, e.meeting?.state])).toEqual([['g-sr2:2099-05-06', 'cancelled']]);
    expect((await s.repos.searchRegister.listByGroup('g-sr')).map((e) => e.meetingId)).toEqual([ID]);
  });

  it('a group’s entries are read through its list, by point reads; an entry written before the list is found by the backfill', async () => {
    const index = await s.store.containers.groups.item('search:index', 'g-sr').read();
    expect(Object.values((index.resource as { meetings: Record<string, string> }).meetings)).toEqual([ID]);
    // More input to read than one bulk request may carry (100): read in parallel requests, none lost.
    const refs = Array.from({ length: 150 }, (_, k) => ({ meetingId: ID, organization: k === 149 ? 'Oppdiktet kommune' : `Ingen kommune ${k}` }));
    expect((await s.repos.inputs.getMany(refs)).map((c) => c.organization)).toEqual(['Oppdiktet kommune']);
  });

  it('the backfill writes the entry of a meeting stored without one, whole, once', async () => {
    await s.repos.meetings.create(
      meeting({ meetingId: 'g-sr:2099-01-01', date: '2099-01-01', state: 'locked', records: { '2': { decision: 'Gammelt vedtak.', notes: [] } } }),
    );
    await s.repos.inputs.put({ ...input('Oppdiktet kommune', 'Gammelt innspill.'), meetingId: 'g-sr:2099-01-01' });
    expect(await backfillSearchRegister(s.store)).toEqual({ written: 1 });
    expect(await backfillSearchRegister(s.store)).toEqual({ written: 0 });
    expect((await s.repos.searchRegister.listByGroup('g-sr')).map((e) => e.meetingId).sort()).toEqual(['g-sr:2099-01-01', ID]);
    const e = await s.repos.searchRegister.get('g-sr', 'g-sr:2099-01-01');
    expect(e?.meeting?.items[1].decision).toBe('Gammelt vedtak.');
    expect(e?.inputs?.rows).toEqual([{ organization: 'Oppdiktet kommune', text: 'Gammelt innspill.' }]);
  });
});
