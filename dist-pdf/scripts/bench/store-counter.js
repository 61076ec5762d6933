"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoreCounter = void 0;
/** Counts the requests the store receives, by kind, so a turn's store operations can be read off. */
class StoreCounter {
    pointReads = 0;
    writes = 0;
    queries = 0;
    metadata = 0;
    observe = (req) => {
        const url = req.url ?? '';
        const isDoc = /\/docs(\/|$)/.test(url);
        if (!isDoc) {
            this.metadata++;
            return;
        }
        if (req.headers['x-ms-documentdb-isquery'] !== undefined)
            this.queries++;
        else if (req.method === 'GET')
            this.pointReads++;
        else
            this.writes++;
    };
    reset() {
        this.pointReads = this.writes = this.queries = this.metadata = 0;
    }
    get total() {
        return this.pointReads + this.writes + this.queries;
    }
}
exports.StoreCounter = StoreCounter;
//# sourceMappingURL=store-counter.js.map