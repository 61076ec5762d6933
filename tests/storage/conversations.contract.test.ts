import type { ConversationRepository } from '../../src/app/ports';
import { embeddedStore } from './fixture';

function conversationContract(name: string, open: () => Promise<{ conversations: ConversationRepository; close(): Promise<void> }>) {
  describe(`${name}: ConversationRepository contract`, () => {
    let conversations: ConversationRepository;
    let close: () => Promise<void>;
    beforeAll(async () => ({ conversations, close } = await open()));
    afterAll(async () => close());

    it('stores and overwrites references, also for Teams ids with / ? and #', async () => {
      const key = '19:meeting_abc/def?x#y@thread.v2';
      expect(await conversations.get(key)).toBeUndefined();
      await conversations.put({ key, reference: { serviceUrl: 'http://a/' }, updatedAt: '2026-11-23T09:00:00.000Z' });
      await conversations.put({ key, reference: { serviceUrl: 'http://b/' }, groupId: 'g-1', updatedAt: '2026-11-23T10:00:00.000Z' });
      expect(await conversations.get(key)).toEqual({ key, reference: { serviceUrl: 'http://b/' }, groupId: 'g-1', updatedAt: '2026-11-23T10:00:00.000Z' });
      expect(await conversations.get('user:other')).toBeUndefined();
    });

    it('deletes a reference once', async () => {
      await conversations.put({ key: '19:gone@thread.v2', reference: {}, updatedAt: '2026-11-23T09:00:00.000Z' });
      expect(await conversations.delete('19:gone@thread.v2')).toBe(true);
      expect(await conversations.delete('19:gone@thread.v2')).toBe(false);
      expect(await conversations.get('19:gone@thread.v2')).toBeUndefined();
      await conversations.putUserChat('aad-gone', {}, '2026-11-23T09:00:00.000Z');
      expect(await conversations.deleteUserChat('aad-gone')).toBe(true);
      expect(await conversations.deleteUserChat('aad-gone')).toBe(false);
      expect(await conversations.getUserChat('aad-gone')).toBeUndefined();
    });

    it('a conversation id cannot name a user’s personal chat (the key spaces are apart, #14)', async () => {
      await conversations.putUserChat('aad-victim', { serviceUrl: 'https://smba.example/' }, '2026-11-23T09:00:00.000Z');
      await conversations.put({ key: 'user:aad-victim', reference: { serviceUrl: 'https://evil.example/' }, updatedAt: '2026-11-23T10:00:00.000Z' });
      expect((await conversations.getUserChat('aad-victim'))?.reference).toEqual({ serviceUrl: 'https://smba.example/' });
      expect((await conversations.get('user:aad-victim'))?.reference).toEqual({ serviceUrl: 'https://evil.example/' });
      expect(await conversations.delete('user:aad-victim')).toBe(true);
      expect(await conversations.getUserChat('aad-victim')).toBeDefined();
    });
  });
}

conversationContract('Cosmos (embedded server)', async () => {
  const s = await embeddedStore();
  return { conversations: s.repos.conversations, close: s.close };
});

describe('Cosmos layout: records stored before the key spaces were split (#14)', () => {
  it('a conversation under its raw id is found, moved to conv:<id> and deleted from the old key', async () => {
    const s = await embeddedStore();
    try {
      const legacy = {
        id: '19:old@thread.v2',
        key: '19:old@thread.v2',
        reference: { serviceUrl: 'https://smba.example/' },
        groupId: 'g-old',
        updatedAt: '2026-01-01T00:00:00.000Z',
      };
      await s.store.containers.conversations.items.create(legacy);
      expect(await s.repos.conversations.get('19:old@thread.v2')).toEqual({
        key: '19:old@thread.v2',
        reference: legacy.reference,
        groupId: 'g-old',
        updatedAt: legacy.updatedAt,
      });
      const { resources } = await s.store.containers.conversations.items.readAll().fetchAll();
      expect(resources.map((d) => d.key)).toEqual(['conv:19:old@thread.v2']);
      expect((await s.repos.conversations.get('19:old@thread.v2'))?.groupId).toBe('g-old');
    } finally {
      await s.close();
    }
  });

  it('the link-signing key lives apart from conversations; a key kept the old way is carried over, and a conversation named like it changes nothing', async () => {
    const s = await embeddedStore();
    try {
      await s.store.containers.conversations.items.create({ id: 'secret:download-links', key: 'secret:download-links', value: 'old-signing-key' });
      expect(await s.repos.secrets.getOrCreate('download-links')).toBe('old-signing-key');
      await s.repos.conversations.put({ key: 'secret:download-links', reference: {}, updatedAt: '2026-11-23T10:00:00.000Z' });
      await s.store.containers.conversations.item('secret:download-links', 'secret:download-links').delete();
      expect(await s.repos.secrets.getOrCreate('download-links')).toBe('old-signing-key');
      const fresh = await embeddedStore();
      try {
        await fresh.repos.conversations.put({ key: 'secret:download-links', reference: { junk: 'x' }, updatedAt: '2026-11-23T10:00:00.000Z' });
        const key = await fresh.repos.secrets.getOrCreate('download-links');
        expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(await fresh.repos.secrets.getOrCreate('download-links')).toBe(key);
      } finally {
        await fresh.close();
      }
    } finally {
      await s.close();
    }
  });
});
