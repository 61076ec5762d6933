"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("../../config");
const logger_1 = require("../../logger");
const local_store_1 = require("./local-store");
/** `npm run store`: the embedded store as its own process, so bots can be pointed at it by endpoint. */
async function main() {
    const config = (0, config_1.loadStoreConfig)(process.env);
    const log = (0, logger_1.createLogger)(config.logLevel);
    const store = await (0, local_store_1.startLocalStore)({ dataDir: config.dataDir, port: config.storePort, onError: (err) => log.error({ err }, 'snapshot failed') });
    log.info({ endpoint: store.endpoint }, 'local store ready');
    process.stdout.write(`Referent local store: COSMOS_ENDPOINT=${store.endpoint} COSMOS_KEY=${store.key}\n`);
    const stop = async () => {
        await store.close();
        process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
}
main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map