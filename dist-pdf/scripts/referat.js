"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:fs/promises");
const node_util_1 = require("node:util");
const minutes_1 = require("../src/app/minutes");
const config_1 = require("../src/config");
const exports_1 = require("../src/exports");
const client_1 = require("../src/persistence/cosmos/client");
const repositories_1 = require("../src/persistence/cosmos/repositories");
const local_store_1 = require("../src/persistence/local-store/local-store");
/**
 * `npm run referat -- --meeting <id> --format docx|md|html|pdf --out <file> [--kind referat|innkalling]`
 * for the secretariat: writes one meeting's document from the store (COSMOS_ENDPOINT, or the local
 * snapshot in REFERENT_DATA_DIR, opened read-only so a running bot's data is never touched).
 */
async function main() {
    const { values } = (0, node_util_1.parseArgs)({
        options: { meeting: { type: 'string' }, format: { type: 'string', default: 'docx' }, out: { type: 'string' }, kind: { type: 'string', default: 'referat' } },
    });
    const usage = 'usage: npm run referat -- --meeting <id> --format docx|md|html|pdf --out <file> [--kind referat|innkalling]';
    if (!values.meeting || !values.out)
        throw new Error(usage);
    if (!(0, exports_1.isExportFormat)(values.format ?? ''))
        throw new Error(`--format must be docx, md, html or pdf. ${usage}`);
    if (values.kind !== 'referat' && values.kind !== 'innkalling')
        throw new Error(`--kind must be referat or innkalling. ${usage}`);
    const config = (0, config_1.loadConfig)(process.env);
    const local = config.cosmos.endpoint ? undefined : await (0, local_store_1.startLocalStore)({ dataDir: config.dataDir, database: config.cosmos.database, readOnly: true });
    const store = await (0, client_1.openCosmosStore)(local ? { endpoint: local.endpoint, key: local.key, database: config.cosmos.database, local: true } : { ...config.cosmos, endpoint: config.cosmos.endpoint, local: /^http:\/\/(127\.|localhost)/.test(config.cosmos.endpoint ?? '') });
    try {
        const minutes = new minutes_1.MinutesUseCases((0, repositories_1.cosmosRepositories)(store), () => '');
        const doc = await minutes.renderStored(values.meeting, values.kind, values.format);
        await (0, promises_1.writeFile)(values.out, doc.body);
        process.stdout.write(`Wrote ${values.out} (${doc.body.length} bytes, ${doc.fileName})\n`);
    }
    finally {
        store.client.dispose();
        await local?.close();
    }
}
main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=referat.js.map