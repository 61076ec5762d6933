"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contributionId = contributionId;
exports.cosmosRepositories = cosmosRepositories;
const node_crypto_1 = require("node:crypto");
const ports_1 = require("../../app/ports");
const keys_1 = require("../../domain/keys");
const documents_1 = require("./documents");
const conversations_1 = require("./conversations");
const exports_1 = require("./exports");
const approvals_1 = require("./approvals");
const people_1 = require("./people");
/** Back to the domain value: without Cosmos system properties and our own id/type fields. */
const unwrap = (v) => {
    const { id: _id, type: _type, ...value } = (0, documents_1.strip)(v.value);
    return { value: value, etag: v.etag };
};
/** Contribution ids are derived from the organization's key, so one organization has one input per meeting. */
function contributionId(organization) {
    return 'input:' + (0, node_crypto_1.createHash)('sha256').update((0, keys_1.orgKey)(organization)).digest('hex').slice(0, 24);
}
class CosmosGroups {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(groupId) {
        const found = await this.docs.read('group', groupId);
        return found && unwrap(found);
    }
    async create(group) {
        return (await this.docs.create({ ...group, id: 'group', type: 'group' })) !== false;
    }
    async replace(group, etag) {
        return unwrap(await this.docs.replace({ ...group, id: 'group', type: 'group' }, group.groupId, etag));
    }
}
class CosmosRosters {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(groupId) {
        const found = await this.docs.read('roster', groupId);
        return found && { value: found.value.members, etag: found.etag };
    }
    async put(groupId, members, etag) {
        const doc = { id: 'roster', type: 'roster', groupId, members };
        if (etag) {
            const saved = await this.docs.replace(doc, groupId, etag);
            return { value: saved.value.members, etag: saved.etag };
        }
        const created = await this.docs.create(doc);
        if (created === false)
            throw new ports_1.ConflictError(`roster of ${groupId}`);
        return { value: created.value.members, etag: created.etag };
    }
}
class CosmosMeetings {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(meetingId) {
        const found = await this.docs.read('meeting', meetingId);
        return found && unwrap(found);
    }
    async create(meeting) {
        return (await this.docs.create({ ...meeting, id: 'meeting', type: 'meeting' })) !== false;
    }
    async replace(meeting, etag) {
        const doc = { ...meeting, id: 'meeting', type: 'meeting' };
        return unwrap(await this.docs.replace(doc, meeting.meetingId, etag));
    }
    async listByGroup(groupId) {
        const rows = await this.docs.query({
            query: "SELECT * FROM c WHERE c.type = 'meeting' AND c.groupId = @g ORDER BY c.date ASC",
            parameters: [{ name: '@g', value: groupId }],
        });
        return rows.map(({ id: _id, type: _type, ...meeting }) => meeting);
    }
}
class CosmosContributions {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(meetingId, organization) {
        const found = await this.docs.read(contributionId(organization), meetingId);
        return found && unwrap(found);
    }
    async put(contribution, etag) {
        const doc = { ...contribution, id: contributionId(contribution.organization), type: 'contribution' };
        const saved = etag ? await this.docs.replace(doc, contribution.meetingId, etag) : await this.docs.upsert(doc);
        return unwrap(saved);
    }
    async createOrGet(contribution) {
        const { created, found } = await this.docs.createOrRead({ ...contribution, id: contributionId(contribution.organization), type: 'contribution' }, contribution.meetingId);
        return { created, existing: found && unwrap(found) };
    }
    async revise(meetingId, organization, etag, changes, receipt) {
        const set = Object.entries(changes).map(([key, value]) => ({ op: 'set', path: `/${key}`, value }));
        const saved = await this.docs.patchIfMatch(contributionId(organization), meetingId, etag, [...set, { op: 'add', path: '/receipts/-', value: receipt }]);
        return saved && unwrap(saved);
    }
    async delete(meetingId, organization) {
        return this.docs.delete(contributionId(organization), meetingId);
    }
    async listByMeeting(meetingId) {
        const rows = await this.docs.query({
            // The meetingId filter is in the WHERE clause too: the embedded server ignores query-level partition filters.
            query: "SELECT * FROM c WHERE c.meetingId = @m AND c.type = 'contribution'",
            parameters: [{ name: '@m', value: meetingId }],
        });
        return rows.map(({ id: _id, type: _type, ...c }) => c);
    }
}
function cosmosRepositories(store) {
    return {
        exports: new exports_1.CosmosExports(new documents_1.Documents(store.containers.meetings)),
        secrets: new conversations_1.CosmosSecrets(new documents_1.Documents(store.containers.groups), new documents_1.Documents(store.containers.conversations)),
        groups: new CosmosGroups(new documents_1.Documents(store.containers.groups)),
        rosters: new CosmosRosters(new documents_1.Documents(store.containers.groups)),
        meetings: new CosmosMeetings(new documents_1.Documents(store.containers.meetings)),
        contributions: new CosmosContributions(new documents_1.Documents(store.containers.meetings)),
        conversations: new conversations_1.CosmosConversations(new documents_1.Documents(store.containers.conversations)),
        approvals: new approvals_1.CosmosApprovals(new documents_1.Documents(store.containers.meetings)),
        people: new people_1.CosmosPeople(new documents_1.Documents(store.containers.people)),
        inputWindows: new people_1.CosmosInputWindows(new documents_1.Documents(store.containers.people)),
    };
}
//# sourceMappingURL=repositories.js.map