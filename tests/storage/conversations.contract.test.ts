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
      await conversations.put({ key: 'user:gone', reference: {}, updatedAt: '2026-11-23T09:00:00.000Z' });
      expect(await conversations.delete('user:gone')).toBe(true);
      expect(await conversations.delete('user:gone')).toBe(false);
      expect(await conversations.get('user:gone')).toBeUndefined();
    });
  });
}

conversationContract('Cosmos (embedded server)', async () => {
  const s = await embeddedStore();
  return { conversations: s.repos.conversations, close: s.close };
});
