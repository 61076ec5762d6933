import { ConflictError, type GroupRepository, type RosterRepository } from '../../src/app/ports';
import type { GroupData } from '../../src/domain/group';
import { embeddedStore } from './fixture';

/** The contract every GroupRepository / RosterRepository must keep, run against the embedded server. */
function groupContract(name: string, open: () => Promise<{ groups: GroupRepository; rosters: RosterRepository; close(): Promise<void> }>) {
  describe(`${name}: GroupRepository and RosterRepository contract`, () => {
    let groups: GroupRepository;
    let rosters: RosterRepository;
    let close: () => Promise<void>;
    beforeAll(async () => ({ groups, rosters, close } = await open()));
    afterAll(async () => close());

    const group = (id: string): GroupData => ({
      groupId: id,
      name: 'Faggruppe for næringssamarbeid',
      homeConversationId: `19:${id}`,
      roles: {},
      createdAt: '2026-11-23T09:00:00.000Z',
    });

    it('returns undefined for a group that does not exist', async () => {
      expect(await groups.get('g-missing')).toBeUndefined();
    });

    it('creates once and reads back the same value with an etag', async () => {
      expect(await groups.create(group('g-1'))).toBe(true);
      expect(await groups.create({ ...group('g-1'), name: 'Other' })).toBe(false);
      const read = await groups.get('g-1');
      expect(read?.value).toEqual(group('g-1'));
      expect(read?.etag).toBeTruthy();
    });

    it('replaces with If-Match and refuses a stale etag with ConflictError', async () => {
      const first = (await groups.get('g-1'))!;
      const saved = await groups.replace({ ...first.value, name: 'Nytt navn æøå' }, first.etag);
      expect(saved.value.name).toBe('Nytt navn æøå');
      expect(saved.etag).not.toBe(first.etag);
      await expect(groups.replace({ ...first.value, name: 'stale' }, first.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await groups.get('g-1'))?.value.name).toBe('Nytt navn æøå');
    });

    it('lists the groups whose stored roles name a Teams user, by the role key only', async () => {
      const holder = { name: 'Sekretær', roles: ['secretariat' as const] };
      await groups.create({ ...group('g-roles-1'), roles: { 'aad:holder-1': holder, 'member:m-x': holder } });
      await groups.create({ ...group('g-roles-2'), roles: { 'aad:holder-1': holder } });
      await groups.create({ ...group('g-roles-3'), roles: { 'aad:holder-2': holder } });
      expect((await groups.listIdsWithRoleHolder('aad:holder-1')).sort()).toEqual(['g-roles-1', 'g-roles-2']);
      expect(await groups.listIdsWithRoleHolder('aad:holder-2')).toEqual(['g-roles-3']);
      expect(await groups.listIdsWithRoleHolder('aad:nobody')).toEqual([]);
      // A key with SQL in it is a parameter, never a query.
      expect(await groups.listIdsWithRoleHolder("aad:x'] OR 1=1 --")).toEqual([]);
    });

    it('keeps groups apart by partition', async () => {
      await groups.create(group('g-2'));
      expect((await groups.get('g-2'))?.value.groupId).toBe('g-2');
      expect((await groups.get('g-1'))?.value.groupId).toBe('g-1');
    });

    it('stores a roster, refuses a second create and a stale replace', async () => {
      expect(await rosters.get('g-1')).toBeUndefined();
      const m = { id: 'm-ola-nordmann', firstName: 'Ola', lastName: 'Nordmann', organization: 'Bærum kommune' };
      const created = await rosters.put('g-1', [m]);
      expect(created.value).toEqual([m]);
      await expect(rosters.put('g-1', [])).rejects.toBeInstanceOf(ConflictError);
      const next = await rosters.put('g-1', [m, { ...m, id: 'm-kari', firstName: 'Kari' }], created.etag);
      expect(next.value).toHaveLength(2);
      await expect(rosters.put('g-1', [], created.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await rosters.get('g-1'))?.value).toHaveLength(2);
      expect(await rosters.get('g-2')).toBeUndefined();
    });

    it('lets exactly one of many concurrent replaces with the same etag win', async () => {
      const base = (await groups.get('g-2'))!;
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => groups.replace({ ...base.value, name: `writer ${i}` }, base.etag)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof ConflictError)).toHaveLength(9);
    });
  });
}

groupContract('Cosmos (embedded server)', async () => {
  const s = await embeddedStore();
  return { groups: s.repos.groups, rosters: s.repos.rosters, close: s.close };
});
