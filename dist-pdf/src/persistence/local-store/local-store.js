"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOCAL_KEY = void 0;
exports.startLocalStore = startLocalStore;
const cosmosdb_server_1 = require("@vercel/cosmosdb-server");
const promises_1 = require("node:fs/promises");
const node_path_1 = __importDefault(require("node:path"));
const client_1 = require("../cosmos/client");
/**
 * The embedded default store: the open-source Cosmos DB server in-process on loopback over plain HTTP.
 * It keeps everything in memory, so we keep a snapshot file in the data folder: restored at start,
 * rewritten shortly after every change and once more on close. The snapshot is read and written
 * through the real SDK, so it relies on nothing inside the server.
 */
exports.LOCAL_KEY = Buffer.from('referent-local-store-key').toString('base64');
const SNAPSHOT_FILE = 'store-snapshot.json';
const SNAPSHOT_DELAY_MS = 300;
/** Marks the snapshot's own reads, so they neither count as changes nor reach onRequest. */
const SNAPSHOT_HEADER = 'x-referent-snapshot';
async function startLocalStore(options) {
    const host = options.host ?? '127.0.0.1';
    // keepAlive: the server otherwise answers every request with 'connection: close', so each SDK call opened a new connection.
    const server = (0, cosmosdb_server_1.createHttpServer)({ keepAlive: true });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => resolve());
    });
    const port = server.address().port;
    const endpoint = `http://${host}:${port}`;
    const store = await (0, client_1.openCosmosStore)({ endpoint, key: exports.LOCAL_KEY, database: options.database ?? 'referent', local: true });
    const file = node_path_1.default.join(options.dataDir, SNAPSHOT_FILE);
    const shutdown = async () => {
        store.client.dispose();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(() => resolve()));
    };
    try {
        await (0, client_1.ensureSchema)(store);
        await restore(store, file);
    }
    catch (err) {
        // A store that cannot start (a corrupt snapshot, say) leaves no server listening behind it.
        await shutdown();
        throw err;
    }
    // Restoring went through the server as writes: nothing has changed since the snapshot yet.
    let dirty = false;
    let closing = false;
    let timer;
    let writing = Promise.resolve();
    const flush = () => {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
        if (!dirty)
            return writing;
        dirty = false;
        writing = writing.then(() => save(store, file)).catch((err) => {
            dirty = true;
            options.onError?.(err);
        });
        return writing;
    };
    // Any request that is not a read or a query changes data: schedule a snapshot.
    server.on('request', (req) => {
        if (req.headers[SNAPSHOT_HEADER])
            return;
        options.onRequest?.(req);
        const isQuery = req.headers['x-ms-documentdb-isquery'] !== undefined;
        if (options.readOnly || req.method === 'GET' || req.method === 'HEAD' || isQuery)
            return;
        dirty = true;
        if (!timer && !closing)
            timer = setTimeout(() => void flush(), SNAPSHOT_DELAY_MS);
    });
    return {
        endpoint,
        key: exports.LOCAL_KEY,
        port,
        flush,
        async close() {
            closing = true;
            await flush();
            if (timer)
                clearTimeout(timer);
            await shutdown();
        },
    };
}
async function restore(store, file) {
    let snapshot;
    try {
        snapshot = JSON.parse(await (0, promises_1.readFile)(file, 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return;
        throw new Error(`Could not read the local store snapshot ${file}: ${err.message}. Move it away to start empty.`);
    }
    for (const name of Object.keys(client_1.CONTAINERS)) {
        for (const item of snapshot.containers[name] ?? [])
            await store.containers[name].items.upsert(item);
    }
}
async function save(store, file) {
    const snapshot = { version: 1, savedAt: new Date().toISOString(), containers: {} };
    for (const name of Object.keys(client_1.CONTAINERS)) {
        const { resources } = await store.containers[name].items.readAll({ initialHeaders: { [SNAPSHOT_HEADER]: '1' } }).fetchAll();
        snapshot.containers[name] = resources.map(({ _rid, _self, _etag, _attachments, _ts, ...item }) => item);
    }
    await (0, promises_1.mkdir)(node_path_1.default.dirname(file), { recursive: true });
    // Write then rename, so a crash mid-write never leaves a half snapshot.
    const tmp = `${file}.${process.pid}.tmp`;
    await (0, promises_1.writeFile)(tmp, JSON.stringify(snapshot));
    await (0, promises_1.rename)(tmp, file);
}
//# sourceMappingURL=local-store.js.map