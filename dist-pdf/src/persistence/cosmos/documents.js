"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Documents = exports.OPERATION_DEADLINE_MS = void 0;
exports.strip = strip;
const cosmos_1 = require("@azure/cosmos");
const ports_1 = require("../../app/ports");
/** Cosmos system properties, stripped before a document goes back to the domain. */
const SYSTEM = ['_rid', '_self', '_etag', '_attachments', '_ts'];
function statusOf(err) {
    const code = err.code;
    return typeof code === 'number' ? code : undefined;
}
/** The request never reached the store (nothing can have been written). */
function neverSent(err) {
    const codes = [err, err.cause].map((e) => e?.code);
    return codes.some((c) => c === 'ECONNREFUSED' || c === 'ENOTFOUND' || c === 'EAI_AGAIN');
}
/**
 * Network failures and server errors become StoreUnavailableError so callers never confirm a lost write.
 * A write that was sent but never answered (the deadline passed, the connection dropped) may have gone
 * through: it is marked unconfirmed, so the member is not told it was lost (#14 item 5).
 */
function translate(err, what, write = false) {
    const status = statusOf(err);
    if (status === 412)
        throw new ports_1.ConflictError(what);
    if (status === undefined || status >= 500 || status === 408 || status === 429) {
        // 408 is also the SDK's own client-side request timeout (5 s): the write was sent, its answer never came.
        throw new ports_1.StoreUnavailableError(err, write && (status === undefined || status === 408) && !neverSent(err));
    }
    throw err;
}
function strip(doc) {
    const copy = { ...doc };
    for (const key of SYSTEM)
        delete copy[key];
    return copy;
}
/** The document a bulk read answered (200), with its etag; undefined for 404. */
function readOf(r) {
    const body = r.statusCode === 200 ? r.resourceBody : undefined;
    return body ? { value: body, etag: r.eTag ?? body._etag ?? '' } : undefined;
}
/**
 * Every operation, the SDK's retries included, ends within this. The SDK's own retries cannot all be
 * cut through the connection policy: a reset connection is retried 10 × 1 s, and with endpoint
 * discovery (Azure) a network error 120 × 1 s and a read timeout up to 120 × requestTimeout. Past the
 * deadline the operation is aborted and the caller gets StoreUnavailableError, inside Teams' 15 s.
 */
exports.OPERATION_DEADLINE_MS = 6_000;
/** Typed point operations on one container: partition key on every read, If-Match on every replace. */
class Documents {
    container;
    deadlineMs;
    constructor(container, deadlineMs = exports.OPERATION_DEADLINE_MS) {
        this.container = container;
        this.deadlineMs = deadlineMs;
    }
    /**
     * Runs one SDK call under the deadline: its requests and retries are aborted then (so nothing is
     * written after the caller was told it was not), and the caller is answered then even when the SDK
     * is still busy with metadata it reads without the signal (the partition key definition of a cold client).
     */
    within(call) {
        // A controller and a timer cleared on completion (AbortSignal.timeout cannot be cancelled: each
        // one would fire 6 s later and build an abort error for nothing, thousands a minute under load).
        const controller = new AbortController();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                controller.abort();
                reject(new Error(`store operation took more than ${this.deadlineMs} ms`));
            }, this.deadlineMs);
            timer.unref(); // a deadline never keeps the process alive by itself (as AbortSignal.timeout did not)
            call({ abortSignal: controller.signal })
                .then(resolve, reject)
                .finally(() => clearTimeout(timer));
        });
    }
    async read(id, partitionKey) {
        try {
            const { resource, etag } = await this.within((o) => this.container.item(id, partitionKey).read(o));
            if (!resource)
                return undefined;
            return { value: resource, etag: etag ?? resource._etag ?? '' };
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            return translate(err, id);
        }
    }
    /** Creates the document; false when one with this id already exists (409). */
    async create(doc) {
        try {
            const { resource, etag } = await this.within((o) => this.container.items.create(doc, o));
            return { value: resource, etag: etag ?? '' };
        }
        catch (err) {
            if (statusOf(err) === 409)
                return false;
            return translate(err, doc.id, true);
        }
    }
    /**
     * One bulk request (bulk(), not executeBulkOperations, whose streamer batches on a timer): one
     * request per partition range, executed in order, continuing after a failed operation. Each
     * answer must have one of the `expected` statuses; anything else is a store failure.
     */
    async bulk(operations, what, expected) {
        let results;
        try {
            results = await this.within((o) => this.container.items.bulk(operations, { continueOnError: true }, o));
        }
        catch (err) {
            return translate(err, what, operations.some((op) => op.operationType !== cosmos_1.BulkOperationType.Read));
        }
        const failed = operations.findIndex((_, i) => !results[i] || !expected.includes(results[i].statusCode));
        if (failed >= 0)
            translate(Object.assign(new Error(`bulk request for ${what} answered ${results[failed]?.statusCode}`), { code: results[failed]?.statusCode }), what);
        return results;
    }
    /** Point reads of several documents in ONE request (a small container has one partition range). */
    async readMany(refs) {
        const results = await this.bulk(refs.map((r) => ({ operationType: cosmos_1.BulkOperationType.Read, id: r.id, partitionKey: r.partitionKey })), refs.map((r) => r.id).join(','), [200, 404]);
        return results.map((r) => readOf(r));
    }
    /**
     * Creates the document, or else returns the one that exists, in ONE request: [create, read] on one
     * partition, continuing after a 409. So a second input of an organization costs what a first does
     * (create → 409 → read would be two round trips).
     */
    async createOrRead(doc, partitionKey) {
        const [create, read] = await this.bulk([
            { operationType: cosmos_1.BulkOperationType.Create, partitionKey, resourceBody: doc },
            { operationType: cosmos_1.BulkOperationType.Read, partitionKey, id: doc.id },
        ], doc.id, [200, 201, 404, 409]);
        return { created: create.statusCode === 201, found: readOf(read) };
    }
    /** Patches the document if it still has this etag; undefined when it changed, is gone or the patch does not apply. */
    async patchIfMatch(id, partitionKey, etag, operations) {
        try {
            const { resource, etag: next } = await this.within((o) => this.container.item(id, partitionKey).patch(operations, { accessCondition: { type: 'IfMatch', condition: etag }, ...o }));
            return resource ? { value: resource, etag: next ?? '' } : undefined;
        }
        catch (err) {
            const status = statusOf(err);
            if (status === 412 || status === 404 || status === 400)
                return undefined;
            return translate(err, id, true);
        }
    }
    async replace(doc, partitionKey, etag) {
        try {
            const { resource, etag: next } = await this.within((o) => this.container.item(doc.id, partitionKey).replace(doc, { accessCondition: { type: 'IfMatch', condition: etag }, ...o }));
            return { value: resource, etag: next ?? '' };
        }
        catch (err) {
            if (statusOf(err) === 404)
                throw new ports_1.ConflictError(doc.id);
            return translate(err, doc.id, true);
        }
    }
    async upsert(doc) {
        try {
            const { resource, etag } = await this.within((o) => this.container.items.upsert(doc, o));
            return { value: resource, etag: etag ?? '' };
        }
        catch (err) {
            return translate(err, doc.id, true);
        }
    }
    async delete(id, partitionKey) {
        try {
            await this.within((o) => this.container.item(id, partitionKey).delete(o));
            return true;
        }
        catch (err) {
            if (statusOf(err) === 404)
                return false;
            return translate(err, id, true);
        }
    }
    async query(spec) {
        try {
            const { resources } = await this.within((o) => this.container.items.query(spec, o).fetchAll());
            return resources.map((r) => strip(r));
        }
        catch (err) {
            return translate(err, 'query');
        }
    }
}
exports.Documents = Documents;
//# sourceMappingURL=documents.js.map