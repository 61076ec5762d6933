/**
 * Times the biggest referat (45 organizations, 1,000 inputs) through assembly and every writer
 * (md, html, docx, pdf), with inputs of 1,000 characters (a long update) and of 8,000 (the limit,
 * 8 MB of text). Each format also prints its process CPU time: on a shared machine wall time
 * includes waiting for a core, CPU time does not.
 * Not a unit test on purpose: timings on shared CI machines are noise.
 * Run: npm run build && node dist/scripts/bench-export.js
 * BENCH_FORMATS=pdf BENCH_ROUNDS=3 times only the PDF, three renders per process (how docs/benchmark.md measured it).
 */
import { performance } from 'node:perf_hooks';
import { assembleReferat } from '../src/domain/referat-assembly';
import { EXPORT_FORMATS, renderReferat } from '../src/exports';
import { LARGE_INPUTS, LARGE_ORGS, largeCase } from '../tools/fixtures/referat-large';

const ms = (t0: number): string => `${(performance.now() - t0).toFixed(0)} ms`.padStart(8);
const cpuMs = (c0: NodeJS.CpuUsage): string => {
  const c = process.cpuUsage(c0);
  return `cpu ${((c.user + c.system) / 1000).toFixed(0)} ms`;
};

async function bench(inputChars: number): Promise<void> {
  const input = largeCase(inputChars);
  console.log(`\n${LARGE_INPUTS} inputs × ${inputChars} characters, ${LARGE_ORGS} organizations`);
  let t0 = performance.now();
  const model = assembleReferat(input);
  console.log(`  assemble        ${ms(t0)}`);
  // Round 1 includes warm-up (JIT, regex compilation); later rounds are what a running bot sees.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const formats = process.env.BENCH_FORMATS ? EXPORT_FORMATS.filter((f) => process.env.BENCH_FORMATS!.split(',').includes(f)) : EXPORT_FORMATS;
  for (let round = 1; round <= rounds; round++) {
    const start = performance.now();
    const parts: string[] = [];
    for (const format of formats) {
      t0 = performance.now();
      const c0 = process.cpuUsage();
      const out = await renderReferat(model, format);
      parts.push(`${format} ${ms(t0)} ${cpuMs(c0)} (${Math.round(out.body.length / 1024)} KiB)`);
    }
    console.log(`  round ${round}: ${parts.join('  ')}  all ${ms(start)}`);
  }
}

async function main(): Promise<void> {
  await bench(1000);
  await bench(8000);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
