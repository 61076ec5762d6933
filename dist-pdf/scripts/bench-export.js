"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Times the biggest referat (45 organizations, 1,000 inputs) through assembly and every writer
 * (md, html, docx, pdf), with inputs of 1,000 characters (a long update) and of 8,000 (the limit,
 * 8 MB of text). Each format also prints its process CPU time: on a shared machine wall time
 * includes waiting for a core, CPU time does not.
 * Not a unit test on purpose: timings on shared CI machines are noise.
 * Run: npm run build && node dist/scripts/bench-export.js
 */
const node_perf_hooks_1 = require("node:perf_hooks");
const referat_assembly_1 = require("../src/domain/referat-assembly");
const exports_1 = require("../src/exports");
const referat_large_1 = require("../tests/fixtures/referat-large");
const ms = (t0) => `${(node_perf_hooks_1.performance.now() - t0).toFixed(0)} ms`.padStart(8);
const cpuMs = (c0) => {
    const c = process.cpuUsage(c0);
    return `cpu ${((c.user + c.system) / 1000).toFixed(0)} ms`;
};
async function bench(inputChars) {
    const input = (0, referat_large_1.largeCase)(inputChars);
    console.log(`\n${referat_large_1.LARGE_INPUTS} inputs × ${inputChars} characters, ${referat_large_1.LARGE_ORGS} organizations`);
    let t0 = node_perf_hooks_1.performance.now();
    const model = (0, referat_assembly_1.assembleReferat)(input);
    console.log(`  assemble        ${ms(t0)}`);
    // Round 1 includes warm-up (JIT, regex compilation); round 2 is what a running bot sees.
    for (const round of [1, 2]) {
        const start = node_perf_hooks_1.performance.now();
        const parts = [];
        for (const format of exports_1.EXPORT_FORMATS) {
            t0 = node_perf_hooks_1.performance.now();
            const c0 = process.cpuUsage();
            const out = await (0, exports_1.renderReferat)(model, format);
            parts.push(`${format} ${ms(t0)} ${cpuMs(c0)} (${Math.round(out.body.length / 1024)} KiB)`);
        }
        console.log(`  round ${round}: ${parts.join('  ')}  all ${ms(start)}`);
    }
}
async function main() {
    await bench(1000);
    await bench(8000);
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=bench-export.js.map