"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosmosSecrets = exports.CosmosConversations = void 0;
const node_crypto_1 = require("node:crypto");
const documents_1 = require("./documents");
const convKey = (conversationId) => `conv:${conversationId}`;
const userKey = (aadObjectId) => `user:${aadObjectId}`;
/** Raw ids that were never conversations in the old layout (internal documents shared that key space). */
const legacyInternal = (id) => /^(user|secret|conv):/.test(id);
/** Cosmos ids may not hold '/', '\\', '?' or '#'; Teams conversation ids can. */
function docId(key) {
    return /[/\\?#]/.test(key) ? 'c:' + (0, node_crypto_1.createHash)('sha256').update(key).digest('hex') : key;
}
class CosmosConversations {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(conversationId) {
        const found = await this.read(convKey(conversationId));
        if (found)
            return { ...found, key: conversationId };
        if (legacyInternal(conversationId))
            return undefined;
        // Stored before the key spaces were split: move it, so the next turn is one point read again.
        const legacy = await this.read(conversationId);
        if (!legacy)
            return undefined;
        const record = { ...legacy, key: conversationId };
        await this.put(record);
        await this.docs.delete(docId(conversationId), conversationId);
        return record;
    }
    async put(record) {
        const key = convKey(record.key);
        await this.docs.upsert({ ...record, id: docId(key), key, conversationId: record.key });
    }
    async delete(conversationId) {
        const deleted = await this.docs.delete(docId(convKey(conversationId)), convKey(conversationId));
        const legacy = !legacyInternal(conversationId) && (await this.docs.delete(docId(conversationId), conversationId));
        return deleted || legacy;
    }
    async getUserChat(aadObjectId) {
        const found = await this.read(userKey(aadObjectId));
        return found && { ...found, key: userKey(aadObjectId) };
    }
    async putUserChat(aadObjectId, reference, updatedAt) {
        const key = userKey(aadObjectId);
        await this.docs.upsert({ id: docId(key), key, reference, updatedAt });
    }
    async deleteUserChat(aadObjectId) {
        return this.docs.delete(docId(userKey(aadObjectId)), userKey(aadObjectId));
    }
    async read(key) {
        const found = await this.docs.read(docId(key), key);
        if (!found)
            return undefined;
        const { id: _id, key: _key, conversationId: _c, ...record } = (0, documents_1.strip)(found.value);
        return record;
    }
}
exports.CosmosConversations = CosmosConversations;
/**
 * Shared secrets, created once by whichever instance needs them first. They live in the groups
 * container under `secret:<name>` (no group id has that form), apart from conversation references.
 * A secret kept the old way in the conversations container is carried over, so links already handed
 * out stay valid.
 */
class CosmosSecrets {
    docs;
    legacy;
    constructor(docs, legacy) {
        this.docs = docs;
        this.legacy = legacy;
    }
    async getOrCreate(name) {
        const pk = `secret:${name}`;
        const found = await this.docs.read('secret', pk);
        if (found)
            return found.value.value;
        const old = await this.legacy.read(pk, pk);
        const created = await this.docs.create({ id: 'secret', groupId: pk, value: old?.value.value ?? (0, node_crypto_1.randomBytes)(32).toString('base64url') });
        if (created)
            return created.value.value;
        const raced = await this.docs.read('secret', pk);
        if (!raced)
            throw new Error(`secret ${name} vanished`);
        return raced.value.value;
    }
}
exports.CosmosSecrets = CosmosSecrets;
//# sourceMappingURL=conversations.js.map