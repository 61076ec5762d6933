"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const promises_1 = require("node:fs/promises");
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const groups_1 = require("../../src/app/groups");
const minutes_1 = require("../../src/app/minutes");
const client_1 = require("../../src/persistence/cosmos/client");
const repositories_1 = require("../../src/persistence/cosmos/repositories");
const activities_1 = require("./activities");
const connector_1 = require("./connector");
const exports_1 = require("./exports");
const load_1 = require("./load");
const processes_1 = require("./processes");
const store_client_1 = require("./store-client");
/**
 * `npm run bench`: Referent (its own process) on the embedded store (its own process) against an echo
 * bot on the same stack, driven over HTTP with Teams-shaped activities. For input it also measures
 * the floor: the echo bot plus Referent's two store round trips and nothing else, i.e. the best any
 * implementation that makes those round trips could do on this machine. Prints a table and writes
 * bench-results/latest.json. BENCH_MEMBERS (40), BENCH_ROUNDS (20), BENCH_RAMP (3), BENCH_REPEATS (3), BENCH_SOAK_SECONDS (0).
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
// Unmeasured rounds of the same activity before and after the measured ones, for both bots alike:
// the figures are the steady state with all members busy (see runLoad), not the start-up burst.
const RAMP = Number(process.env.BENCH_RAMP ?? 3);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const ROOT = node_path_1.default.join(__dirname, '../../..');
async function main() {
    const dataDir = await (0, promises_1.mkdtemp)(node_path_1.default.join(node_os_1.default.tmpdir(), 'referent-bench-'));
    const store = await (0, store_client_1.startStoreProcess)(dataDir);
    const counter = store.counter;
    const sink = await (0, connector_1.startSinkConnector)();
    const [botPort, echoPort] = [await (0, processes_1.freePort)(), await (0, processes_1.freePort)()];
    // BENCH_PROFILE=1 writes a V8 CPU profile of the bot to bench-results/profile/ (open it in Chrome DevTools).
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${node_path_1.default.join(ROOT, 'bench-results/profile')}`] : [];
    // BENCH_NODE_ARGS (e.g. --trace-gc) go to both bots alike.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const bot = await (0, processes_1.startNodeService)(node_path_1.default.join(ROOT, 'dist/bot/main.js'), botPort, { COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, LOG_LEVEL: 'warn', REFERENT_DATA_DIR: dataDir }, 30_000, [...nodeArgs, ...profile]);
    const echo = await (0, processes_1.startNodeService)(node_path_1.default.join(ROOT, 'dist/bot/echo-bot.js'), echoPort, { ECHO_STORE_ENDPOINT: '' }, 30_000, nodeArgs);
    // The floor: the echo bot plus Referent's two store round trips of an input turn, nothing else.
    const floorPort = await (0, processes_1.freePort)();
    const floorBot = await (0, processes_1.startNodeService)(node_path_1.default.join(ROOT, 'dist/bot/echo-bot.js'), floorPort, { ECHO_STORE_ENDPOINT: store.endpoint, ECHO_STORE_KEY: store.key }, 30_000, nodeArgs);
    const botUrl = `http://127.0.0.1:${botPort}/api/messages`;
    const echoUrl = `http://127.0.0.1:${echoPort}/api/messages`;
    const floorUrl = `http://127.0.0.1:${floorPort}/api/messages`;
    const cosmos = await (0, client_1.openCosmosStore)({ endpoint: store.endpoint, key: store.key, database: 'referent', local: true });
    const repos = (0, repositories_1.cosmosRepositories)(cosmos);
    try {
        const people = (0, activities_1.members)(MEMBERS);
        const chat = { id: '19:bench-group@thread.v2', type: 'groupChat' };
        const secretariat = { id: '29:bench-sec', aadObjectId: '00000000-0000-4000-8000-sec000000000', name: 'Sekretær Benk' };
        const say = async (text) => {
            const res = await (0, load_1.postJson)(botUrl, (0, activities_1.message)(sink.serviceUrl, chat, secretariat, text));
            if (res.status !== 200)
                throw new Error(`setup "${text.split('\n')[0]}" answered HTTP ${res.status}`);
            return sink.lastText(chat.id);
        };
        const date = new Date(Date.now() + 14 * 86400_000);
        const ddmmyyyy = `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
        await say('ny gruppe Benk-gruppe');
        await say(`deltakere\n${people.map((p) => `${p.first}\t${p.last}\t${p.organization}`).join('\n')}`);
        await say(`nytt møte ${ddmmyyyy} 12:00-13:00 Teams`);
        await say('sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt');
        const notice = await say('innkalling');
        const meeting = (await repos.meetings.listByGroup((0, groups_1.groupIdFor)(chat.id))).at(-1);
        if (!meeting || meeting.state !== 'notice-published')
            throw new Error(`setup failed: the notice was not published (${notice.slice(0, 200)})`);
        const personal = (w) => ({ id: `a:bench-personal-${w}`, type: 'personal' });
        const inputActivity = (url, w, i) => (0, load_1.postJson)(url, (0, activities_1.message)(sink.serviceUrl, personal(w), people[w], `innspill Runde ${i} fra ${people[w].organization}:\n- Næringsareal på Øst æøå\n- Rekruttering`)).then((r) => r.status);
        const clickActivity = (url, w, i) => (0, load_1.postJson)(url, (0, activities_1.cardAction)(sink.serviceUrl, chat, people[w], i % 2 ? 'approval.remark' : 'approval.approve', { meetingId: meeting.meetingId, item: 1, comment: `Merknad ${i}` })).then((r) => r.status);
        // Warm-up: first contact links each member to the roster (not the steady state we measure).
        await (0, load_1.runLoad)(MEMBERS, 1, (w) => inputActivity(botUrl, w, 0));
        await (0, load_1.runLoad)(MEMBERS, 1, (w) => inputActivity(echoUrl, w, 0));
        await (0, load_1.runLoad)(MEMBERS, 1, (w) => inputActivity(floorUrl, w, 0));
        // CPU ms per turn of each process over a load: where the time goes on this shared 2-core machine.
        const cpuPerTurn = async (pids, load) => {
            const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (0, processes_1.cpuMsOf)(pid ?? 0)]));
            const driver = process.cpuUsage();
            const result = await load();
            const used = process.cpuUsage(driver);
            const cpu = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, ((0, processes_1.cpuMsOf)(pid ?? 0) - before[k]) / result.sent]));
            cpu.driver = (used.user + used.system) / 1000 / result.sent;
            return { result, cpu };
        };
        // Echo and Referent take turns, REPEATS times: this shared VM's speed drifts over a run, and the
        // ratio is read from pairs measured back to back. Reported: the pair with the median ratio.
        // For input, the floor runs in the same turns, right after the echo bot.
        const measure = async (send, withFloor) => {
            const pairs = [];
            for (let r = 0; r < REPEATS; r++) {
                const base = await cpuPerTurn({ echo: echo.pid }, () => (0, load_1.runLoad)(MEMBERS, ROUNDS, (w, i) => send(echoUrl, w, i), RAMP));
                const lowest = withFloor ? await cpuPerTurn({ floor: floorBot.pid }, () => (0, load_1.runLoad)(MEMBERS, ROUNDS, (w, i) => send(floorUrl, w, i), RAMP)) : undefined;
                await counter.reset();
                const ref = await cpuPerTurn({ bot: bot.pid, store: store.pid }, () => (0, load_1.runLoad)(MEMBERS, ROUNDS, (w, i) => send(botUrl, w, i), RAMP));
                const c = await counter.stats();
                const total = c.pointReads + c.writes + c.queries;
                const referent = ref.result;
                const ops = { pointReads: c.pointReads, writes: c.writes, queries: c.queries, perTurn: total / referent.sent, queriesPerTurn: c.queries / referent.sent };
                pairs.push({ referent, baseline: base.result, floor: lowest?.result, ops, cpuMsPerTurn: { referent: ref.cpu, baseline: base.cpu, ...(lowest ? { floor: lowest.cpu } : {}) } });
            }
            const ratio = (m) => m.referent.throughput / m.baseline.throughput;
            const sorted = [...pairs].sort((a, b) => ratio(a) - ratio(b));
            return {
                ...sorted[Math.floor(sorted.length / 2)],
                repeats: pairs.map((m) => ({ throughputRatio: ratio(m), p99Ratio: m.referent.p99 / m.baseline.p99, ...(m.floor ? { floorRatio: m.floor.throughput / m.baseline.throughput, referentToFloor: m.referent.throughput / m.floor.throughput } : {}) })),
            };
        };
        const input = await measure(inputActivity, true);
        const clicks = await measure(clickActivity, false);
        const stored = await repos.contributions.listByMeeting(meeting.meetingId);
        const exportIds = await (0, exports_1.seedExportMeetings)(repos, (0, groups_1.groupIdFor)(chat.id));
        const exports = await (0, exports_1.timeExports)(new minutes_1.MinutesUseCases(repos, () => ''), exportIds);
        const soak = SOAK_SECONDS > 0 ? await soakRun(bot.pid ?? 0, SOAK_SECONDS, (w, i) => inputActivity(botUrl, w, i)) : undefined;
        const memory = (0, processes_1.memoryOf)(bot.pid ?? 0);
        const results = { date: new Date().toISOString(), machine: `${node_os_1.default.cpus().length} cores, ${Math.round(node_os_1.default.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, members: MEMBERS, rounds: ROUNDS, input, clicks, storedInputs: stored.length, exports, memory, soak };
        await (0, promises_1.mkdir)(node_path_1.default.join(ROOT, 'bench-results'), { recursive: true });
        await (0, promises_1.writeFile)(node_path_1.default.join(ROOT, 'bench-results/latest.json'), JSON.stringify(results, null, 2));
        process.stdout.write(report(results));
    }
    finally {
        cosmos.client.dispose();
        await (0, processes_1.stop)(bot);
        await (0, processes_1.stop)(echo);
        await (0, processes_1.stop)(floorBot);
        await sink.close();
        await store.close();
    }
}
/** Rounds of 40 inputs for `seconds`; the bot's RSS after each. Flat = no growth in the second half. */
async function soakRun(pid, seconds, send) {
    const samples = [];
    const start = Date.now();
    let round = 1000;
    while (Date.now() < start + seconds * 1000) {
        await (0, load_1.runLoad)(MEMBERS, 1, (w) => send(w, round));
        round++;
        samples.push({ t: (Date.now() - start) / 1000, rss: (0, processes_1.memoryOf)(pid).rssMiB });
    }
    const tenth = Math.max(1, Math.floor(samples.length / 10));
    const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // Least-squares slope of RSS over the second half, in MiB per minute (the first half includes warm-up).
    const half = samples.slice(Math.floor(samples.length / 2));
    const mt = avg(half.map((x) => x.t));
    const mr = avg(half.map((x) => x.rss));
    const slope = half.reduce((a, x) => a + (x.t - mt) * (x.rss - mr), 0) / Math.max(1e-9, half.reduce((a, x) => a + (x.t - mt) ** 2, 0));
    const minutes = Array.from({ length: Math.ceil(seconds / 60) }, (_, m) => samples.filter((x) => x.t >= m * 60 && x.t < (m + 1) * 60).map((x) => x.rss));
    return {
        seconds,
        rounds: round - 1000,
        firstTenthMiB: avg(samples.slice(0, tenth).map((x) => x.rss)),
        lastTenthMiB: avg(samples.slice(-tenth).map((x) => x.rss)),
        maxMiB: Math.max(...samples.map((x) => x.rss)),
        secondHalfSlopeMiBPerMin: slope * 60,
        perMinuteMiB: minutes.filter((m) => m.length > 0).map((m) => Math.round(avg(m))),
    };
}
const f = (n, d = 1) => n.toFixed(d);
function row(name, r) {
    return `| ${name} | ${f(r.referent.p50)} / ${f(r.referent.p99)} ms | ${f(r.baseline.p50)} / ${f(r.baseline.p99)} ms | ${f(r.referent.throughput, 0)}/s | ${f(r.baseline.throughput, 0)}/s | ${f(r.referent.throughput / r.baseline.throughput, 2)} | ${f(r.referent.p99 / r.baseline.p99, 2)} | ${f(r.ops.perTurn, 2)} (${f(r.ops.queriesPerTurn, 2)} queries) | ${r.referent.failures} |`;
}
const repeatLine = (name, r) => `${name}, every pair (throughput ratio / p99 ratio): ${(r.repeats ?? []).map((x) => `${f(x.throughputRatio, 2)} / ${f(x.p99Ratio, 2)}`).join(', ')}`;
const cpuOf = (cpu) => Object.entries(cpu).map(([k, v]) => `${k} ${f(v, 2)} ms`).join(', ');
const cpuLine = (name, r) => `CPU per turn, ${name}: Referent ${cpuOf(r.cpuMsPerTurn.referent)}; echo ${cpuOf(r.cpuMsPerTurn.baseline)}${r.cpuMsPerTurn.floor ? `; floor ${cpuOf(r.cpuMsPerTurn.floor)}` : ''}`;
const floorLine = (r) => r.floor
    ? `floor (echo + Referent's 2 store round trips, nothing else): ${f(r.floor.p50)} / ${f(r.floor.p99)} ms, ${f(r.floor.throughput, 0)}/s; every pair (floor / echo, Referent / floor): ${(r.repeats ?? []).map((x) => `${f(x.floorRatio ?? 0, 2)}, ${f(x.referentToFloor ?? 0, 2)}`).join('; ')}`
    : 'floor: not measured';
function report(r) {
    const lines = [
        `\nReferent benchmark ${r.date} — ${r.machine}; ${r.members} concurrent members × ${r.rounds} each`,
        '',
        '| scenario | Referent p50 / p99 | echo p50 / p99 | Referent | echo | throughput ratio | p99 ratio | store ops per turn | failures |',
        '|---|---|---|---|---|---|---|---|---|',
        row('round-table input', r.input),
        row('approval card click', r.clicks),
        '',
        repeatLine('input', r.input),
        repeatLine('click', r.clicks),
        floorLine(r.input),
        cpuLine('input', r.input),
        cpuLine('click', r.clicks),
        `stored inputs: ${r.storedInputs} (expected ${r.members}: one per organization)`,
        `referat export, 45 organizations: ${Object.entries(r.exports.small).map(([k, v]) => `${k} ${f(v)} ms`).join(', ')}`,
        `referat export, 1,000 inputs: ${Object.entries(r.exports.large).map(([k, v]) => `${k} ${f(v)} ms`).join(', ')}`,
        `bot memory: ${f(r.memory.rssMiB)} MiB now, ${f(r.memory.peakMiB)} MiB peak`,
        r.soak
            ? `soak ${r.soak.seconds} s (${r.soak.rounds} rounds of ${r.members} inputs): RSS first tenth ${f(r.soak.firstTenthMiB)} MiB, last tenth ${f(r.soak.lastTenthMiB)} MiB, max ${f(r.soak.maxMiB)} MiB; second half ${f(r.soak.secondHalfSlopeMiBPerMin, 2)} MiB/min; per minute ${r.soak.perMinuteMiB.join(', ')}` : 'soak: not run (BENCH_SOAK_SECONDS=600 for the 10-minute run)',
        '',
    ];
    return lines.join('\n');
}
main().catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=bench.js.map