"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosmosExports = void 0;
/*
 * Export versions live in the meeting's partition: a head document `export:<id>` with the metadata
 * and the body in chunks `export:<id>:<n>` of at most 1 MB each, so a large referat stays under
 * Cosmos' 2 MB item limit. Versions are created once and never changed.
 */
const CHUNK = 1_000_000;
class CosmosExports {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async create(version) {
        const base64 = version.body.toString('base64');
        const chunks = Math.max(1, Math.ceil(base64.length / CHUNK));
        // Chunks first: a head is only visible once its whole body is stored.
        for (let i = 0; i < chunks; i++) {
            await this.docs.upsert({ id: `export:${version.exportId}:${i}`, type: 'export-chunk', meetingId: version.meetingId, data: base64.slice(i * CHUNK, (i + 1) * CHUNK) });
        }
        const { body: _body, ...meta } = version;
        await this.docs.upsert({ ...meta, id: `export:${version.exportId}`, type: 'export', chunks });
    }
    async get(meetingId, exportId) {
        const head = await this.docs.read(`export:${exportId}`, meetingId);
        if (!head)
            return undefined;
        const parts = [];
        for (let i = 0; i < head.value.chunks; i++) {
            const chunk = await this.docs.read(`export:${exportId}:${i}`, meetingId);
            if (!chunk)
                return undefined;
            parts.push(chunk.value.data);
        }
        const { id: _id, type: _type, chunks: _chunks, _rid, _self, _etag, _attachments, _ts, ...meta } = head.value;
        return { ...meta, body: Buffer.from(parts.join(''), 'base64') };
    }
    async list(meetingId) {
        const rows = await this.docs.query({
            query: "SELECT * FROM c WHERE c.meetingId = @m AND c.type = 'export' ORDER BY c.createdAt ASC",
            parameters: [{ name: '@m', value: meetingId }],
        });
        return rows.map(({ id: _id, type: _type, chunks: _chunks, ...meta }) => meta);
    }
}
exports.CosmosExports = CosmosExports;
//# sourceMappingURL=exports.js.map