import { createHash, randomBytes } from 'node:crypto';
import type { ConversationRecord, ConversationRepository, SecretRepository } from '../../app/ports';
import { Documents, strip } from './documents';

/*
 * Key spaces (#14). A conversation id comes from the activity and may be any string, so each kind of
 * document gets a partition key no outside id can produce:
 *   conversations  pk `conv:<conversation id>`  a conversation the bot has met
 *                  pk `user:<aadObjectId>`      a user's personal chat (for reminders)
 *   groups         pk `secret:<name>`           shared secrets (the link-signing key), apart from both
 * Before, conversations were stored under their raw id, so a conversation named `user:<someone>` or
 * `secret:download-links` overwrote that user's chat reference or the signing key. Records stored the
 * old way are still found (and moved on first read); see get().
 */
type ConversationDoc = Omit<ConversationRecord, 'key'> & { id: string; key: string; conversationId?: string };

const convKey = (conversationId: string) => `conv:${conversationId}`;
const userKey = (aadObjectId: string) => `user:${aadObjectId}`;
/** Raw ids that were never conversations in the old layout (internal documents shared that key space). */
const legacyInternal = (id: string) => /^(user|secret|conv):/.test(id);

/** Cosmos ids may not hold '/', '\\', '?' or '#'; Teams conversation ids can. */
function docId(key: string): string {
  return /[/\\?#]/.test(key) ? 'c:' + createHash('sha256').update(key).digest('hex') : key;
}

export class CosmosConversations implements ConversationRepository {
  constructor(private readonly docs: Documents) {}

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const found = await this.read(convKey(conversationId));
    if (found) return { ...found, key: conversationId };
    if (legacyInternal(conversationId)) return undefined;
    // Stored before the key spaces were split: move it, so the next turn is one point read again.
    const legacy = await this.read(conversationId);
    if (!legacy) return undefined;
    const record = { ...legacy, key: conversationId };
    await this.put(record);
    await this.docs.delete(docId(conversationId), conversationId);
    return record;
  }

  async put(record: ConversationRecord): Promise<void> {
    const key = convKey(record.key);
    await this.docs.upsert<ConversationDoc>({ ...record, id: docId(key), key, conversationId: record.key });
  }

  async delete(conversationId: string): Promise<boolean> {
    const deleted = await this.docs.delete(docId(convKey(conversationId)), convKey(conversationId));
    const legacy = !legacyInternal(conversationId) && (await this.docs.delete(docId(conversationId), conversationId));
    return deleted || legacy;
  }

  async getUserChat(aadObjectId: string): Promise<ConversationRecord | undefined> {
    const found = await this.read(userKey(aadObjectId));
    return found && { ...found, key: userKey(aadObjectId) };
  }

  async putUserChat(aadObjectId: string, reference: Record<string, unknown>, updatedAt: string): Promise<void> {
    const key = userKey(aadObjectId);
    await this.docs.upsert<ConversationDoc>({ id: docId(key), key, reference, updatedAt });
  }

  async deleteUserChat(aadObjectId: string): Promise<boolean> {
    return this.docs.delete(docId(userKey(aadObjectId)), userKey(aadObjectId));
  }

  private async read(key: string): Promise<Omit<ConversationRecord, 'key'> | undefined> {
    const found = await this.docs.read<ConversationDoc>(docId(key), key);
    if (!found) return undefined;
    const { id: _id, key: _key, conversationId: _c, ...record } = strip<ConversationDoc>(found.value);
    return record;
  }
}

type SecretDoc = { id: 'secret'; groupId: string; value: string };
type LegacySecretDoc = { id: string; key: string; value: string };

/**
 * Shared secrets, created once by whichever instance needs them first. They live in the groups
 * container under `secret:<name>` (no group id has that form), apart from conversation references.
 * A secret kept the old way in the conversations container is carried over, so links already handed
 * out stay valid.
 */
export class CosmosSecrets implements SecretRepository {
  constructor(
    private readonly docs: Documents,
    private readonly legacy: Documents,
  ) {}

  async getOrCreate(name: string): Promise<string> {
    const pk = `secret:${name}`;
    const found = await this.docs.read<SecretDoc>('secret', pk);
    if (found) return found.value.value;
    const old = await this.legacy.read<LegacySecretDoc>(pk, pk);
    const created = await this.docs.create<SecretDoc>({ id: 'secret', groupId: pk, value: old?.value.value ?? randomBytes(32).toString('base64url') });
    if (created) return created.value.value;
    const raced = await this.docs.read<SecretDoc>('secret', pk);
    if (!raced) throw new Error(`secret ${name} vanished`);
    return raced.value.value;
  }
}
