import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { groupIdFor } from '../../src/app/groups';
import { MinutesUseCases } from '../../src/app/minutes';
import { openCosmosStore } from '../../src/persistence/cosmos/client';
import { cosmosRepositories } from '../../src/persistence/cosmos/repositories';
import { cardAction, members, message, type Person } from './activities';
import { startSinkConnector } from './connector';
import { seedExportMeetings, timeExports } from './exports';
import { SEARCH_SHAPE, seedSearchGroup } from './search';
import { runBurst, runLoad, postJson, type LoadResult } from './load';
import { report, type Measured, type Results, type SoakResult } from './report';
import { cpuMsOf, freePort, memoryOf, startNodeService, stop } from './processes';
import { startStoreProcess } from './store-client';

/**
 * `npm run bench`: Referent (its own process) on the embedded store (its own process) against an echo
 * bot on the same stack, driven over HTTP with Teams-shaped activities. For input it also measures
 * the floor: the echo bot plus Referent's two store round trips and nothing else, i.e. the best any
 * implementation that makes those round trips could do on this machine. Prints a table and writes
 * bench-results/latest.json. BENCH_MEMBERS (40), BENCH_ROUNDS (20), BENCH_RAMP (3), BENCH_REPEATS (3), BENCH_SOAK_SECONDS (0).
 * Input is also measured on a second store with the journal (durable) beside the in-memory one.
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
// Unmeasured rounds of the same activity before and after the measured ones, for both bots alike:
// the figures are the steady state with all members busy (see runLoad), not the start-up burst.
const RAMP = Number(process.env.BENCH_RAMP ?? 3);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const ROOT = path.join(__dirname, '../../..');

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'referent-bench-'));
  const store = await startStoreProcess(dataDir);
  // The same Referent on the product's durable store (journal + fdatasync before every answer), for input.
  const durableDir = await mkdtemp(path.join(os.tmpdir(), 'referent-bench-durable-'));
  const durableStore = await startStoreProcess(durableDir, true);
  const counter = store.counter;
  const sink = await startSinkConnector();
  const [botPort, echoPort] = [await freePort(), await freePort()];
  // BENCH_PROFILE=1 writes a V8 CPU profile of the bot to bench-results/profile/ (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench-results/profile')}`] : [];
  // BENCH_NODE_ARGS (e.g. --trace-gc) go to both bots alike.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const bot = await startNodeService(
    path.join(ROOT, 'dist/bot/main.js'),
    botPort,
    { COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key, LOG_LEVEL: 'warn', REFERENT_DATA_DIR: dataDir },
    30_000,
    [...nodeArgs, ...profile],
  );
  const durablePort = await freePort();
  const durableBot = await startNodeService(
    path.join(ROOT, 'dist/bot/main.js'),
    durablePort,
    { COSMOS_ENDPOINT: durableStore.endpoint, COSMOS_KEY: durableStore.key, LOG_LEVEL: 'warn', REFERENT_DATA_DIR: durableDir },
    30_000,
    nodeArgs,
  );
  const echo = await startNodeService(path.join(ROOT, 'dist/tools/echo/bench-echo-bot.js'), echoPort, { ECHO_STORE_ENDPOINT: '' }, 30_000, nodeArgs);
  // The floor: the echo bot plus Referent's two store round trips of an input turn, nothing else.
  const floorPort = await freePort();
  const floorBot = await startNodeService(
    path.join(ROOT, 'dist/tools/echo/bench-echo-bot.js'),
    floorPort,
    { ECHO_STORE_ENDPOINT: store.endpoint, ECHO_STORE_KEY: store.key },
    30_000,
    nodeArgs,
  );
  const botUrl = `http://127.0.0.1:${botPort}/api/messages`;
  const echoUrl = `http://127.0.0.1:${echoPort}/api/messages`;
  const floorUrl = `http://127.0.0.1:${floorPort}/api/messages`;
  const durableUrl = `http://127.0.0.1:${durablePort}/api/messages`;
  const cosmos = await openCosmosStore({ endpoint: store.endpoint, key: store.key, database: 'referent', local: true });
  const repos = cosmosRepositories(cosmos);
  try {
    const people = members(MEMBERS);
    const chat = { id: '19:bench-group@thread.v2', type: 'groupChat' as const };
    const secretariat: Person = { id: '29:bench-sec', aadObjectId: '00000000-0000-4000-8000-sec000000000', name: 'Sekretær Benk' };
    const say = async (text: string, url = botUrl) => {
      const res = await postJson(url, message(sink.serviceUrl, chat, secretariat, text));
      if (res.status !== 200) throw new Error(`setup "${text.split('\n')[0]}" answered HTTP ${res.status}`);
      return sink.lastText(chat.id);
    };
    const date = new Date(Date.now() + 14 * 86400_000);
    const ddmmyyyy = `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;
    const setup = [
      'ny gruppe Benk-gruppe',
      `deltakere\n${people.map((p) => `${p.first}\t${p.last}\t${p.organization}`).join('\n')}`,
      `nytt møte ${ddmmyyyy} 12:00-13:00 Teams`,
      'sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt',
    ];
    for (const url of [durableUrl, botUrl]) for (const text of setup) await say(text, url);
    await say('innkalling', durableUrl);
    const notice = await say('innkalling');
    const meeting = (await repos.meetings.listByGroup(groupIdFor(chat.id))).at(-1);
    if (!meeting || meeting.state !== 'notice-published') throw new Error(`setup failed: the notice was not published (${notice.slice(0, 200)})`);

    const personal = (w: number) => ({ id: `a:bench-personal-${w}`, type: 'personal' as const });
    const inputActivity = (url: string, w: number, i: number) =>
      postJson(
        url,
        message(sink.serviceUrl, personal(w), people[w], `innspill Runde ${i} fra ${people[w].organization}:\n- Næringsareal på Øst æøå\n- Rekruttering`),
      ).then((r) => r.status);
    const clickActivity = (url: string, w: number, i: number) =>
      postJson(
        url,
        cardAction(sink.serviceUrl, chat, people[w], i % 2 ? 'approval.remark' : 'approval.approve', {
          meetingId: meeting.meetingId,
          item: 1,
          comment: `Merknad ${i}`,
        }),
      ).then((r) => r.status);

    // First contact (#15 §3): the members' first input at the same moment links each of them; every
    // request timed, with the store requests it cost (the echo bot's first burst beside it). Then the
    // steady state below, in the same run.
    const echoBurst = await runBurst(MEMBERS, (w) => inputActivity(echoUrl, w, 0));
    await counter.reset();
    const burst = await runBurst(MEMBERS, (w) => inputActivity(botUrl, w, 0));
    const fc = await counter.stats();
    const firstContact = { ...burst, echo: echoBurst, storeRequestsPerContact: (fc.pointReads + fc.writes + fc.queries) / MEMBERS, queries: fc.queries };
    await runLoad(MEMBERS, 1, (w) => inputActivity(floorUrl, w, 0));
    await runLoad(MEMBERS, 1, (w) => inputActivity(durableUrl, w, 0));

    // CPU ms per turn of each process over a load: where the time goes on this shared 2-core machine.
    const cpuPerTurn = async (pids: Record<string, number | undefined>, load: () => Promise<LoadResult>) => {
      const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMsOf(pid ?? 0)]));
      const driver = process.cpuUsage();
      const result = await load();
      const used = process.cpuUsage(driver);
      const cpu: Record<string, number> = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (cpuMsOf(pid ?? 0) - before[k]) / result.sent]));
      cpu.driver = (used.user + used.system) / 1000 / result.sent;
      return { result, cpu };
    };
    // Echo and Referent take turns, REPEATS times: this shared VM's speed drifts over a run, and the
    // ratio is read from pairs measured back to back. Reported: the pair with the median ratio.
    // For input, the floor runs in the same turns, right after the echo bot.
    const measure = async (send: (url: string, w: number, i: number) => Promise<number>, withFloor: boolean): Promise<Measured> => {
      const pairs: Measured[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const base = await cpuPerTurn({ echo: echo.pid }, () => runLoad(MEMBERS, ROUNDS, (w, i) => send(echoUrl, w, i), RAMP));
        const lowest = withFloor ? await cpuPerTurn({ floor: floorBot.pid }, () => runLoad(MEMBERS, ROUNDS, (w, i) => send(floorUrl, w, i), RAMP)) : undefined;
        await counter.reset();
        const ref = await cpuPerTurn({ bot: bot.pid, store: store.pid }, () => runLoad(MEMBERS, ROUNDS, (w, i) => send(botUrl, w, i), RAMP));
        const c = await counter.stats();
        // Input only: the same turns on the durable store, right after, to read the journal's cost from the pair.
        const dur = withFloor
          ? await cpuPerTurn({ bot: durableBot.pid, store: durableStore.pid }, () => runLoad(MEMBERS, ROUNDS, (w, i) => send(durableUrl, w, i), RAMP))
          : undefined;
        const total = c.pointReads + c.writes + c.queries;
        const referent = ref.result;
        const ops = {
          pointReads: c.pointReads,
          writes: c.writes,
          queries: c.queries,
          perTurn: total / referent.sent,
          queriesPerTurn: c.queries / referent.sent,
        };
        pairs.push({
          referent,
          baseline: base.result,
          floor: lowest?.result,
          durable: dur?.result,
          ops,
          cpuMsPerTurn: { referent: ref.cpu, baseline: base.cpu, ...(lowest ? { floor: lowest.cpu } : {}), ...(dur ? { durable: dur.cpu } : {}) },
        });
      }
      const ratio = (m: Measured) => m.referent.throughput / m.baseline.throughput;
      const sorted = [...pairs].sort((a, b) => ratio(a) - ratio(b));
      return {
        ...sorted[Math.floor(sorted.length / 2)],
        repeats: pairs.map((m) => ({
          throughputRatio: ratio(m),
          p99Ratio: m.referent.p99 / m.baseline.p99,
          ...(m.floor ? { floorRatio: m.floor.throughput / m.baseline.throughput, referentToFloor: m.referent.throughput / m.floor.throughput } : {}),
          ...(m.durable ? { durableToMemory: m.durable.throughput / m.referent.throughput } : {}),
        })),
      };
    };
    const input = await measure(inputActivity, true);
    const clicks = await measure(clickActivity, false);
    const stored = await repos.inputs.listByMeeting(meeting.meetingId);

    const exportIds = await seedExportMeetings(repos, groupIdFor(chat.id));
    const exports = await timeExports(new MinutesUseCases(repos, () => ''), exportIds);

    // #18 §3: `søk` over a generated five-year group, one search at a time, with the store requests each cost.
    const searchChat = { id: '19:bench-search@thread.v2', type: 'groupChat' as const };
    await postJson(botUrl, message(sink.serviceUrl, searchChat, secretariat, 'ny gruppe Benk-søk'));
    await seedSearchGroup(repos, groupIdFor(searchChat.id));
    const searchTimes: number[] = [];
    let searchRequests = 0;
    let searchQueries = 0;
    const SEARCHES = 20;
    for (let k = -1; k < SEARCHES; k++) {
      await counter.reset();
      const t0 = performance.now();
      const res = await postJson(botUrl, message(sink.serviceUrl, searchChat, secretariat, k % 2 ? 'søk aerfuglreservatet' : 'søk kollektivtrafikk periode'));
      if (res.status !== 200) throw new Error(`search answered HTTP ${res.status}`);
      if (k < 0) continue; // one warm-up
      searchTimes.push(performance.now() - t0);
      const c = await counter.stats();
      searchRequests += c.pointReads + c.writes + c.queries;
      searchQueries += c.queries;
    }
    searchTimes.sort((a, b) => a - b);
    const search = {
      ...SEARCH_SHAPE,
      searches: SEARCHES,
      p50: searchTimes[Math.floor(SEARCHES / 2)],
      p95: searchTimes[Math.ceil(SEARCHES * 0.95) - 1],
      max: searchTimes[SEARCHES - 1],
      requestsPerSearch: searchRequests / SEARCHES,
      queriesPerSearch: searchQueries / SEARCHES,
      lastAnswer: sink.lastText(searchChat.id).split('\n')[0],
    };

    const soak = SOAK_SECONDS > 0 ? await soakRun(bot.pid ?? 0, SOAK_SECONDS, (w, i) => inputActivity(botUrl, w, i)) : undefined;
    const memory = memoryOf(bot.pid ?? 0);
    const results: Results = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      members: MEMBERS,
      rounds: ROUNDS,
      firstContact,
      input,
      clicks,
      storedInputs: stored.length,
      exports,
      search,
      memory,
      soak,
    };
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench-results/latest.json'), JSON.stringify(results, null, 2));
    process.stdout.write(report(results));
  } finally {
    cosmos.client.dispose();
    await stop(bot);
    await stop(echo);
    await stop(floorBot);
    await stop(durableBot);
    await durableStore.close();
    await sink.close();
    await store.close();
  }
}

/** Rounds of 40 inputs for `seconds`; the bot's RSS after each. Flat = no growth in the second half. */
async function soakRun(pid: number, seconds: number, send: (w: number, i: number) => Promise<number>): Promise<SoakResult> {
  const samples: { t: number; rss: number }[] = [];
  const start = Date.now();
  let round = 1000;
  while (Date.now() < start + seconds * 1000) {
    await runLoad(MEMBERS, 1, (w) => send(w, round));
    round++;
    samples.push({ t: (Date.now() - start) / 1000, rss: memoryOf(pid).rssMiB });
  }
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // Least-squares slope of RSS over the second half, in MiB per minute (the first half includes warm-up).
  const half = samples.slice(Math.floor(samples.length / 2));
  const mt = avg(half.map((x) => x.t));
  const mr = avg(half.map((x) => x.rss));
  const slope =
    half.reduce((a, x) => a + (x.t - mt) * (x.rss - mr), 0) /
    Math.max(
      1e-9,
      half.reduce((a, x) => a + (x.t - mt) ** 2, 0),
    );
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

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
