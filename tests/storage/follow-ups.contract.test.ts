import { ConflictError, type Repositories } from '../../src/app/ports';
import { retryOnConflict } from '../../src/app/retry';
import { newFollowUp, setStatus, type FollowUp } from '../../src/domain/follow-up';
import { embeddedStore } from './fixture';

const followUp = (groupId: string, n: number, createdAt = `2030-11-07T10:00:0${n % 10}.000Z`): FollowUp =>
  newFollowUp({
    followUpId: `fu-${n}`,
    groupId,
    meetingId: `${groupId}-20301107`,
    meetingDate: '2030-11-07',
    item: 3,
    itemTitle: 'Næringsplan',
    text: `Oppfølging ${n}`,
    owner: { kind: 'organization', organization: 'Testby kommune' },
    due: '2030-12-01',
    createdAt,
    createdBy: 'Sekretær Testesen',
  });

describe('Cosmos (embedded server): FollowUpRepository contract', () => {
  let repos: Repositories;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s = await embeddedStore();
    repos = s.repos;
    close = s.close;
    await repos.groups.create({ groupId: 'g-fu', name: 'Testgruppe', homeConversationId: '19:fu@thread.v2', roles: {}, createdAt: '2030-01-01T00:00:00.000Z' });
    await repos.rosters.put('g-fu', [{ id: 'm-kari-testesen', firstName: 'Kari', lastName: 'Testesen', organization: 'Testby kommune' }]);
  });
  afterAll(async () => close());

  it('create once per id; a second create answers false and keeps the first', async () => {
    expect(await repos.followUps.create(followUp('g-fu', 1))).toBe(true);
    expect(await repos.followUps.create({ ...followUp('g-fu', 1), text: 'Annen tekst' })).toBe(false);
    expect((await repos.followUps.get('g-fu', 'fu-1'))!.value.text).toBe('Oppfølging 1');
    expect(await repos.followUps.get('g-other', 'fu-1')).toBeUndefined();
  });

  it('returns the domain object only (no Cosmos system properties, no id/type)', async () => {
    const got = (await repos.followUps.get('g-fu', 'fu-1'))!.value as unknown as Record<string, unknown>;
    for (const key of ['id', 'type', '_etag', '_rid', '_ts', '_self']) expect(got[key]).toBeUndefined();
    expect(got).toMatchObject({ followUpId: 'fu-1', groupId: 'g-fu', status: 'open' });
  });

  it('replace with a stale etag is a ConflictError and changes nothing', async () => {
    const current = (await repos.followUps.get('g-fu', 'fu-1'))!;
    await repos.followUps.replace(setStatus(current.value, 'carried', 'Leder', '2030-11-08T10:00:00.000Z').followUp, current.etag);
    await expect(repos.followUps.replace({ ...current.value, status: 'dropped' }, current.etag)).rejects.toBeInstanceOf(ConflictError);
    const after = (await repos.followUps.get('g-fu', 'fu-1'))!.value;
    expect(after.status).toBe('carried');
    expect(after.history.map((h) => h.status)).toEqual(['open', 'carried']);
  });

  it('lists the group’s follow-ups, oldest first, open ones only on request; other groups and the group documents stay out', async () => {
    await repos.followUps.create(followUp('g-fu', 2));
    await repos.followUps.create(followUp('g-fu', 3));
    await repos.followUps.create(followUp('g-else', 4));
    const done = (await repos.followUps.get('g-fu', 'fu-3'))!;
    await repos.followUps.replace(setStatus(done.value, 'done', 'Kari', '2030-11-09T10:00:00.000Z').followUp, done.etag);
    expect((await repos.followUps.listByGroup('g-fu')).map((f) => f.followUpId)).toEqual(['fu-1', 'fu-2', 'fu-3']);
    expect((await repos.followUps.listByGroup('g-fu', true)).map((f) => f.followUpId)).toEqual(['fu-1', 'fu-2']);
    expect((await repos.followUps.listByGroup('g-else', true)).map((f) => f.followUpId)).toEqual(['fu-4']);
    expect((await repos.groups.get('g-fu'))!.value.name).toBe('Testgruppe');
  });

  it('reads the group, its roster and the named follow-ups in one request; unknown ids are left out', async () => {
    const read = await repos.followUps.readWithGroup('g-fu', ['fu-2', 'fu-missing', 'fu-1', 'fu-4']);
    expect(read.group?.value.name).toBe('Testgruppe');
    expect((read.group?.value as unknown as Record<string, unknown>).id).toBeUndefined();
    expect(read.roster?.value.map((m) => m.id)).toEqual(['m-kari-testesen']);
    expect(read.followUps.map((f) => f.value.followUpId)).toEqual(['fu-2', 'fu-1']);
    // The etag read here is good for the replace.
    const [two] = read.followUps;
    await repos.followUps.replace(setStatus(two.value, 'done', 'Kari', '2030-11-09T10:00:00.000Z').followUp, two.etag);
    const none = await repos.followUps.readWithGroup('g-nothing', ['fu-1']);
    expect(none).toEqual({ group: undefined, roster: undefined, followUps: [] });
  });

  it('20 parallel status writers on one follow-up: one history entry per real change, none lost', async () => {
    await repos.followUps.create(followUp('g-fu', 5));
    const statuses = ['done', 'carried', 'dropped', 'open'] as const;
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        retryOnConflict(async () => {
          const current = (await repos.followUps.get('g-fu', 'fu-5'))!;
          const r = setStatus(current.value, statuses[n % 4], `Person ${n}`, new Date().toISOString());
          if (r.changed) await repos.followUps.replace(r.followUp, current.etag);
        }, 200),
      ),
    );
    const f = (await repos.followUps.get('g-fu', 'fu-5'))!.value;
    for (let i = 1; i < f.history.length; i++) expect(f.history[i].status).not.toBe(f.history[i - 1].status);
    expect(f.history.at(-1)!.status).toBe(f.status);
  });
});
