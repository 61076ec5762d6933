/** Closed-loop load: `workers` concurrent senders, each sending its requests one after another. */
export interface LoadResult {
  count: number;
  failures: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  /** All requests sent, ramp-up and ramp-down included (for per-turn counts over the whole run). */
  sent: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Sample {
  start: number;
  end: number;
  ok: boolean;
}

/**
 * Each worker sends `ramp` requests, then `rounds`, then `ramp` again. Only the steady state counts:
 * the window opens when workers × ramp requests have completed and closes when the first worker has
 * sent all of its requests, so all workers are busy throughout it. Latencies are those of the requests
 * that started and ended inside the window; throughput is what completed inside it per second.
 * (Without this, 40 workers starting at the same instant make the first round a burst whose queueing
 * dominates p99, and the last round a tail with fewer than 40 in flight.)
 */
export async function runLoad(workers: number, rounds: number, send: (worker: number, i: number) => Promise<number>, ramp = 0): Promise<LoadResult> {
  const samples: Sample[][] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const mine: Sample[] = (samples[w] = []);
      for (let i = 0; i < rounds + 2 * ramp; i++) {
        const start = performance.now();
        const status = await send(w, i - ramp).catch(() => 0);
        mine.push({ start, end: performance.now(), ok: status >= 200 && status < 300 });
      }
    }),
  );
  const all = samples.flat();
  const ends = all.map((s) => s.end).sort((a, b) => a - b);
  // Opens once workers × ramp requests have completed; closes when the first worker is done (from then
  // on fewer than `workers` are in flight). A run too short for a window is measured whole.
  let opens = ramp > 0 ? ends[workers * ramp - 1] : t0;
  let closes = Math.min(...samples.map((s) => s[s.length - 1].end));
  if (closes - opens < 100) [opens, closes] = [t0, ends[ends.length - 1]];
  const inside = all.filter((s) => s.start >= opens && s.end <= closes);
  const seconds = Math.max(closes - opens, 1) / 1000;
  const latencies = inside.map((s) => s.end - s.start).sort((a, b) => a - b);
  return {
    count: latencies.length,
    failures: all.filter((s) => !s.ok).length,
    seconds,
    throughput: all.filter((s) => s.end > opens && s.end <= closes).length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    sent: all.length,
  };
}

/** A burst: `workers` requests sent at the same instant, each timed from its own start. */
export interface BurstResult {
  count: number;
  failures: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * One request per worker, all at once, every one measured (runLoad's steady-state window would keep
 * one): the first contacts after a notice, where the queueing of the burst is what a member feels.
 */
export async function runBurst(workers: number, send: (worker: number) => Promise<number>): Promise<BurstResult> {
  const t0 = performance.now();
  const samples = await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const start = performance.now();
      const status = await send(w).catch(() => 0);
      return { ms: performance.now() - start, ok: status >= 200 && status < 300 };
    }),
  );
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: samples.length,
    failures: samples.filter((s) => !s.ok).length,
    seconds: (performance.now() - t0) / 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
  };
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}
