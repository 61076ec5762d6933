"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosmosInputWindows = exports.CosmosPeople = void 0;
exports.personDocId = personDocId;
const node_crypto_1 = require("node:crypto");
const ports_1 = require("../../app/ports");
const documents_1 = require("./documents");
const WINDOWS = 'windows';
/** Cosmos ids may not hold '/', '\\', '?' or '#', and names may be long: hash those. */
function personDocId(key) {
    return /[/\\?#]/.test(key) || key.length > 200 ? 'p:' + (0, node_crypto_1.createHash)('sha256').update(key).digest('hex') : key;
}
function toPerson(v) {
    const { id: _id, type: _type, ...person } = (0, documents_1.strip)(v.value);
    return { value: person, etag: v.etag };
}
function byGroup(doc) {
    const out = {};
    for (const [groupId, windows] of Object.entries(doc?.value.groups ?? {}))
        out[groupId] = { value: windows, etag: doc.etag };
    return out;
}
class CosmosPeople {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(key) {
        const found = await this.docs.read(personDocId(key), key);
        return found && toPerson(found);
    }
    async create(person) {
        const created = await this.docs.create({ ...person, id: personDocId(person.key), type: 'person' });
        return created === false ? false : toPerson(created);
    }
    async replace(person, etag) {
        return toPerson(await this.docs.replace({ ...person, id: personDocId(person.key), type: 'person' }, person.key, etag));
    }
    async delete(key) {
        return this.docs.delete(personDocId(key), key);
    }
    async getWithWindows(key) {
        const [person, windows] = await this.docs.readMany([
            { id: personDocId(key), partitionKey: key },
            { id: WINDOWS, partitionKey: WINDOWS },
        ]);
        return { person: person && toPerson(person), windows: byGroup(windows) };
    }
}
exports.CosmosPeople = CosmosPeople;
/** One group's entry in the windows document; its etag is the whole document's (If-Match on put). */
class CosmosInputWindows {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(groupId) {
        return byGroup(await this.docs.read(WINDOWS, WINDOWS))[groupId];
    }
    async put(windows, etag) {
        const current = await this.docs.read(WINDOWS, WINDOWS);
        const groups = { ...(current?.value.groups ?? {}) };
        // Without etag: create this group's entry; with one: the document must still be the version read.
        if (etag ? current?.etag !== etag || !groups[windows.groupId] : groups[windows.groupId])
            throw new ports_1.ConflictError(`input windows of ${windows.groupId}`);
        groups[windows.groupId] = windows;
        const doc = { id: WINDOWS, key: WINDOWS, type: 'input-windows', groups };
        let saved;
        if (current)
            saved = await this.docs.replace(doc, WINDOWS, current.etag);
        else {
            const created = await this.docs.create(doc);
            if (created === false)
                throw new ports_1.ConflictError(`input windows of ${windows.groupId}`);
            saved = created;
        }
        return { value: windows, etag: saved.etag };
    }
}
exports.CosmosInputWindows = CosmosInputWindows;
//# sourceMappingURL=people.js.map