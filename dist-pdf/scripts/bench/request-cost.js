"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_http_1 = __importDefault(require("node:http"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const client_1 = require("../../src/persistence/cosmos/client");
const documents_1 = require("../../src/persistence/cosmos/documents");
const store_client_1 = require("./store-client");
/**
 * `node dist/scripts/bench/request-cost.js`: what one store request costs the CALLING process in
 * CPU on this machine (the store runs in its own process), through the product's own client
 * (openCosmosStore, ensureSchema, Documents), against plain HTTP requests: the floor under every
 * Referent input turn, which makes 2 of them where the echo bot makes none.
 */
const N = 3000;
const CONCURRENCY = 20;
async function cpuPerOp(name, op) {
    for (let i = 0; i < 300; i++)
        await op();
    const before = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (n++ < N)
        await op(); }));
    const used = process.cpuUsage(before);
    process.stdout.write(`${name.padEnd(30)} ${((used.user + used.system) / 1000 / N).toFixed(3)} ms CPU per call, ${(N / ((performance.now() - t0) / 1000)).toFixed(0)} calls/s\n`);
}
/** GET with Node's http module on a keep-alive agent (what the SDK's HTTP client uses underneath). */
function httpGet(url, agent) {
    return new Promise((resolve) => {
        const req = node_http_1.default.request({ hostname: url.hostname, port: url.port, path: '/', agent }, (res) => res.resume().on('end', resolve));
        req.on('error', () => resolve());
        req.end();
    });
}
async function main() {
    const server = await (0, store_client_1.startStoreProcess)((0, node_fs_1.mkdtempSync)(node_path_1.default.join(node_os_1.default.tmpdir(), 'referent-request-cost-')));
    const store = await (0, client_1.openCosmosStore)({ endpoint: server.endpoint, key: server.key, database: 'request-cost', local: true });
    const agent = new node_http_1.default.Agent({ keepAlive: true });
    try {
        await (0, client_1.ensureSchema)(store);
        const docs = new documents_1.Documents(store.containers.people);
        await docs.upsert({ id: 'a', key: 'a', text: 'x'.repeat(500) });
        await docs.upsert({ id: 'b', key: 'b', text: 'y'.repeat(500) });
        await cpuPerOp('point read (Documents.read)', () => docs.read('a', 'a'));
        await cpuPerOp('bulk of 2 reads (readMany)', () => docs.readMany([{ id: 'a', partitionKey: 'a' }, { id: 'b', partitionKey: 'b' }]));
        await cpuPerOp('plain HTTP GET (http.request)', () => httpGet(new URL(server.endpoint), agent));
        await cpuPerOp('plain HTTP GET (fetch)', () => fetch(server.endpoint).then((r) => r.text()).catch(() => ''));
    }
    finally {
        agent.destroy();
        store.client.dispose();
        await server.close();
    }
}
main().catch((err) => {
    process.stderr.write(`request-cost failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=request-cost.js.map