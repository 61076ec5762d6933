"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosmosApprovals = void 0;
const approval_1 = require("../../domain/approval");
const documents_1 = require("./documents");
const toDoc = (a) => ({ ...a, id: (0, approval_1.approvalDocId)(a.item), type: 'approval' });
function unwrap(v) {
    const { id: _id, type: _type, ...approval } = (0, documents_1.strip)(v.value);
    return { value: approval, etag: v.etag };
}
class CosmosApprovals {
    docs;
    constructor(docs) {
        this.docs = docs;
    }
    async get(meetingId, item) {
        const found = await this.docs.read((0, approval_1.approvalDocId)(item), meetingId);
        return found && unwrap(found);
    }
    async create(approval) {
        return (await this.docs.create(toDoc(approval))) !== false;
    }
    async replace(approval, etag) {
        return unwrap(await this.docs.replace(toDoc(approval), approval.meetingId, etag));
    }
}
exports.CosmosApprovals = CosmosApprovals;
//# sourceMappingURL=approvals.js.map