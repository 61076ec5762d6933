"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.runLoad = runLoad;
exports.postJson = postJson;
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
/**
 * Each worker sends `ramp` requests, then `rounds`, then `ramp` again. Only the steady state counts:
 * the window opens when workers × ramp requests have completed and closes when the first worker has
 * sent all of its requests, so all workers are busy throughout it. Latencies are those of the requests
 * that started and ended inside the window; throughput is what completed inside it per second.
 * (Without this, 40 workers starting at the same instant make the first round a burst whose queueing
 * dominates p99, and the last round a tail with fewer than 40 in flight.)
 */
async function runLoad(workers, rounds, send, ramp = 0) {
    const samples = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: workers }, async (_, w) => {
        const mine = (samples[w] = []);
        for (let i = 0; i < rounds + 2 * ramp; i++) {
            const start = performance.now();
            const status = await send(w, i - ramp).catch(() => 0);
            mine.push({ start, end: performance.now(), ok: status >= 200 && status < 300 });
        }
    }));
    const all = samples.flat();
    const ends = all.map((s) => s.end).sort((a, b) => a - b);
    // Opens once workers × ramp requests have completed; closes when the first worker is done (from then
    // on fewer than `workers` are in flight). A run too short for a window is measured whole.
    let opens = ramp > 0 ? ends[workers * ramp - 1] : t0;
    let closes = Math.min(...samples.map((s) => s[s.length - 1].end));
    if (closes - opens < 100)
        [opens, closes] = [t0, ends[ends.length - 1]];
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
async function postJson(url, body) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text() };
}
//# sourceMappingURL=load.js.map