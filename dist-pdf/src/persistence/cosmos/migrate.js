"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrateContributionIds = migrateContributionIds;
const contribution_1 = require("../../domain/contribution");
const ports_1 = require("../../app/ports");
const documents_1 = require("./documents");
const repositories_1 = require("./repositories");
/**
 * Rewrites contribution ids made before keys.ts ("Nes  kommune." and "Nes kommune" had two ids) to
 * orgKey's id. Runs at every start, for the local store and Azure alike, and is idempotent: a
 * document already under its id is not touched, so a second run reads one projection and writes
 * nothing. Copy first, delete after: a crash between the two leaves the copy, and the next run sees
 * the old text already inside it and only deletes. When the new id is taken, the two are merged
 * (mergeInputs: both texts kept). One case is left alone rather than lose anything: one of the two
 * restricted (erased by its author in locked minutes) and the other not. The old document is still
 * listed by listByMeeting and the referat groups it by the same key.
 */
async function migrateContributionIds(store) {
    const docs = new documents_1.Documents(store.containers.meetings);
    const report = { moved: 0, merged: 0, keptApart: 0 };
    const rows = await docs.query({
        query: "SELECT c.id, c.meetingId, c.organization FROM c WHERE c.type = 'contribution'",
    });
    for (const row of rows) {
        const id = (0, repositories_1.contributionId)(row.organization);
        if (row.id === id)
            continue;
        const old = await docs.read(row.id, row.meetingId);
        if (!old)
            continue; // moved by another instance meanwhile
        const { id: _old, ...value } = (0, documents_1.strip)(old.value);
        if (await docs.create({ ...value, id })) {
            await docs.delete(row.id, row.meetingId);
            report.moved++;
            continue;
        }
        const outcome = await mergeInto(docs, id, value);
        if (outcome === 'kept-apart')
            report.keptApart++;
        else {
            await docs.delete(row.id, row.meetingId);
            if (outcome === 'merged')
                report.merged++;
        }
    }
    return report;
}
async function mergeInto(docs, id, value) {
    for (let attempt = 0;; attempt++) {
        const target = await docs.read(id, value.meetingId);
        if (!target)
            throw new ports_1.ConflictError(id); // deleted between create and read: the next start moves it
        const current = (0, documents_1.strip)(target.value);
        if (!!current.restricted !== !!value.restricted)
            return 'kept-apart';
        if (current.text.includes(value.text.trim()))
            return 'already-in';
        const merged = (0, contribution_1.mergeInputs)(current, value);
        try {
            await docs.replace({ ...merged, id, type: 'contribution' }, value.meetingId, target.etag);
            return 'merged';
        }
        catch (err) {
            if (!(err instanceof ports_1.ConflictError) || attempt >= 3)
                throw err;
        }
    }
}
//# sourceMappingURL=migrate.js.map