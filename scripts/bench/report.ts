import type { BurstResult, LoadResult } from './load';

/** The soak run's memory figures (bench.ts soakRun). */
export interface SoakResult {
  seconds: number;
  rounds: number;
  firstTenthMiB: number;
  lastTenthMiB: number;
  maxMiB: number;
  secondHalfSlopeMiBPerMin: number;
  perMinuteMiB: number[];
}

/* The bench's printed report (`npm run bench`): the table and the lines under it. */
const f = (n: number, d = 1) => n.toFixed(d);
function row(name: string, r: Measured) {
  return `| ${name} | ${f(r.referent.p50)} / ${f(r.referent.p99)} ms | ${f(r.baseline.p50)} / ${f(r.baseline.p99)} ms | ${f(r.referent.throughput, 0)}/s | ${f(r.baseline.throughput, 0)}/s | ${f(r.referent.throughput / r.baseline.throughput, 2)} | ${f(r.referent.p99 / r.baseline.p99, 2)} | ${f(r.ops.perTurn, 2)} (${f(r.ops.queriesPerTurn, 2)} queries) | ${r.referent.failures} |`;
}

export type Measured = {
  referent: LoadResult;
  baseline: LoadResult;
  ops: { pointReads: number; writes: number; queries: number; perTurn: number; queriesPerTurn: number };
  /** The echo bot with Referent's store round trips and nothing else (input only). */
  floor?: LoadResult;
  /** Referent on the durable store (journal), input only. */
  durable?: LoadResult;
  cpuMsPerTurn: { referent: Record<string, number>; baseline: Record<string, number>; floor?: Record<string, number>; durable?: Record<string, number> };
  repeats?: { throughputRatio: number; p99Ratio: number; floorRatio?: number; referentToFloor?: number; durableToMemory?: number }[];
};
const repeatLine = (name: string, r: Measured) =>
  `${name}, every pair (throughput ratio / p99 ratio): ${(r.repeats ?? []).map((x) => `${f(x.throughputRatio, 2)} / ${f(x.p99Ratio, 2)}`).join(', ')}`;
const cpuOf = (cpu: Record<string, number>) =>
  Object.entries(cpu)
    .map(([k, v]) => `${k} ${f(v, 2)} ms`)
    .join(', ');
const cpuLine = (name: string, r: Measured) =>
  `CPU per turn, ${name}: Referent ${cpuOf(r.cpuMsPerTurn.referent)}; echo ${cpuOf(r.cpuMsPerTurn.baseline)}${r.cpuMsPerTurn.floor ? `; floor ${cpuOf(r.cpuMsPerTurn.floor)}` : ''}${r.cpuMsPerTurn.durable ? `; Referent on the durable store ${cpuOf(r.cpuMsPerTurn.durable)}` : ''}`;
const durableLine = (r: Measured) =>
  r.durable
    ? `durable store (journal, fdatasync before each write's answer): ${f(r.durable.p50)} / ${f(r.durable.p99)} ms, ${f(r.durable.throughput, 0)}/s, ${r.durable.failures} failures; every pair durable / in-memory throughput: ${(r.repeats ?? []).map((x) => f(x.durableToMemory ?? 0, 2)).join(', ')}`
    : 'durable store: not measured';
const floorLine = (r: Measured) =>
  r.floor
    ? `floor (echo + Referent's 2 store round trips, nothing else): ${f(r.floor.p50)} / ${f(r.floor.p99)} ms, ${f(r.floor.throughput, 0)}/s; every pair (floor / echo, Referent / floor): ${(r.repeats ?? []).map((x) => `${f(x.floorRatio ?? 0, 2)}, ${f(x.referentToFloor ?? 0, 2)}`).join('; ')}`
    : 'floor: not measured';
export interface Results {
  date: string;
  machine: string;
  members: number;
  rounds: number;
  firstContact: BurstResult & { echo: BurstResult; storeRequestsPerContact: number; queries: number };
  input: Measured;
  clicks: Measured;
  storedInputs: number;
  exports: { small: Record<string, number>; large: Record<string, number> };
  /** `søk` over a generated five-year group (#18 §3), over HTTP one at a time. */
  search: {
    meetings: number;
    items: number;
    inputs: number;
    searches: number;
    p50: number;
    p95: number;
    max: number;
    requestsPerSearch: number;
    queriesPerSearch: number;
    lastAnswer: string;
  };
  memory: { rssMiB: number; peakMiB: number };
  soak?: SoakResult;
}

const firstContactRow = (r: Results) => {
  const fc = r.firstContact;
  return `| first contact: ${r.members} first inputs at once (links each) | ${f(fc.p50)} / ${f(fc.p99)} ms | ${f(fc.echo.p50)} / ${f(fc.echo.p99)} ms | — | — | — | ${f(fc.p99 / fc.echo.p99, 2)} | ${f(fc.storeRequestsPerContact, 2)} (${fc.queries} queries) | ${fc.failures} |`;
};

export function report(r: Results): string {
  const lines = [
    `\nReferent benchmark ${r.date} — ${r.machine}; ${r.members} concurrent members × ${r.rounds} each`,
    '',
    '| scenario | Referent p50 / p99 | echo p50 / p99 | Referent | echo | throughput ratio | p99 ratio | store ops per turn | failures |',
    '|---|---|---|---|---|---|---|---|---|',
    firstContactRow(r),
    row('round-table input', r.input),
    row('approval card click', r.clicks),
    '',
    repeatLine('input', r.input),
    repeatLine('click', r.clicks),
    floorLine(r.input),
    durableLine(r.input),
    cpuLine('input', r.input),
    cpuLine('click', r.clicks),
    `stored inputs: ${r.storedInputs} (expected ${r.members}: one per organization)`,
    `referat export, 45 organizations: ${Object.entries(r.exports.small)
      .map(([k, v]) => `${k} ${f(v)} ms`)
      .join(', ')}`,
    `referat export, 1,000 inputs: ${Object.entries(r.exports.large)
      .map(([k, v]) => `${k} ${f(v)} ms`)
      .join(', ')}`,
    `search (søk) over ${r.search.meetings} meetings × ${r.search.items} items × ${r.search.inputs} inputs, ${r.search.searches} one at a time over HTTP: p50 ${f(r.search.p50)} ms, p95 ${f(r.search.p95)} ms, max ${f(r.search.max)} ms; ${f(r.search.requestsPerSearch, 2)} store requests per search (${f(r.search.queriesPerSearch, 2)} query pages); «${r.search.lastAnswer}»`,
    `bot memory: ${f(r.memory.rssMiB)} MiB now, ${f(r.memory.peakMiB)} MiB peak`,
    r.soak
      ? `soak ${r.soak.seconds} s (${r.soak.rounds} rounds of ${r.members} inputs): RSS first tenth ${f(r.soak.firstTenthMiB)} MiB, last tenth ${f(r.soak.lastTenthMiB)} MiB, max ${f(r.soak.maxMiB)} MiB; second half ${f(r.soak.secondHalfSlopeMiBPerMin, 2)} MiB/min; per minute ${r.soak.perMinuteMiB.join(', ')}`
      : 'soak: not run (BENCH_SOAK_SECONDS=600 for the 10-minute run)',
    '',
  ];
  return lines.join('\n');
}
