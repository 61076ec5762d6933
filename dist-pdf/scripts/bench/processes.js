"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.freePort = freePort;
exports.startNodeService = startNodeService;
exports.memoryOf = memoryOf;
exports.cpuMsOf = cpuMsOf;
exports.stop = stop;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = __importDefault(require("node:net"));
async function freePort() {
    return new Promise((resolve, reject) => {
        const s = node_net_1.default.createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const port = s.address().port;
            s.close(() => resolve(port));
        });
    });
}
/** Starts `node <script>` with env and waits until GET /healthz answers. */
async function startNodeService(script, port, env, timeoutMs = 30_000, nodeArgs = []) {
    const child = (0, node_child_process_1.spawn)(process.execPath, [...nodeArgs, script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (child.exitCode !== null)
            throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`);
        try {
            const res = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (res.ok)
                return child;
        }
        catch {
            /* not up yet */
        }
        if (Date.now() > deadline)
            throw new Error(`${script} did not answer /healthz within ${timeoutMs} ms: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}
/** Resident set size now and at its peak (Linux /proc), in MiB. */
function memoryOf(pid) {
    try {
        const status = (0, node_fs_1.readFileSync)(`/proc/${pid}/status`, 'utf8');
        const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
    }
    catch {
        return { rssMiB: 0, peakMiB: 0 };
    }
}
/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid) {
    try {
        const fields = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    }
    catch {
        return 0;
    }
}
async function stop(child, signal = 'SIGTERM') {
    if (!child || child.exitCode !== null)
        return;
    const exited = new Promise((r) => child.once('exit', () => r()));
    child.kill(signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null)
        child.kill('SIGKILL');
}
//# sourceMappingURL=processes.js.map