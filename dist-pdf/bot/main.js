"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("../src/config");
const server_1 = require("./server");
/** `npm start`: the bot with its configuration from the environment. */
async function main() {
    const running = await (0, server_1.startReferent)(process.env);
    process.stdout.write(`Referent is listening on ${running.url}\n`);
    const stop = async (signal) => {
        running.log.info({ signal }, 'stopping');
        await running.close(); // the local store writes its snapshot here
        process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
}
main().catch((err) => {
    process.stderr.write(`${err instanceof config_1.ConfigError ? err.message : err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map