"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const local_store_1 = require("../../src/persistence/local-store/local-store");
const store_counter_1 = require("./store-counter");
/**
 * The benchmark's store in a process of its own (forked by bench.ts): the embedded Cosmos server,
 * read-only (no snapshot traffic), counting the requests it receives. IPC: 'reset' and 'stats'.
 */
async function main() {
    const counter = new store_counter_1.StoreCounter();
    const store = await (0, local_store_1.startLocalStore)({ dataDir: process.env.REFERENT_DATA_DIR ?? '', onRequest: counter.observe, readOnly: true });
    process.on('message', (msg) => {
        if (msg === 'reset')
            counter.reset();
        if (msg === 'reset' || msg === 'stats') {
            process.send?.({ stats: { pointReads: counter.pointReads, writes: counter.writes, queries: counter.queries, metadata: counter.metadata } });
        }
        if (msg === 'stop')
            void store.close().then(() => process.exit(0));
    });
    process.send?.({ ready: { endpoint: store.endpoint, key: store.key } });
}
main().catch((err) => {
    process.stderr.write(`bench store failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=store-process.js.map