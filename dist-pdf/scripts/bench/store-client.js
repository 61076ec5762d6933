"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startStoreProcess = startStoreProcess;
const node_child_process_1 = require("node:child_process");
const node_path_1 = __importDefault(require("node:path"));
/** Forks store-process.js and talks to it over IPC: its endpoint, its request counts, stop. */
async function startStoreProcess(dataDir) {
    const child = (0, node_child_process_1.fork)(node_path_1.default.join(__dirname, 'store-process.js'), [], { env: { ...process.env, REFERENT_DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const next = (key) => new Promise((resolve, reject) => {
        const onExit = (code) => reject(new Error(`the bench store exited (${code})`));
        const onMessage = (msg) => {
            if (key in msg) {
                child.off('message', onMessage);
                child.off('exit', onExit);
                resolve(msg[key]);
            }
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
    });
    const ready = await next('ready');
    return {
        ...ready,
        pid: child.pid,
        counter: {
            reset: () => {
                const answer = next('stats');
                child.send('reset');
                return answer;
            },
            stats: () => {
                const answer = next('stats');
                child.send('stats');
                return answer;
            },
        },
        close: () => new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.send('stop');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    };
}
//# sourceMappingURL=store-client.js.map