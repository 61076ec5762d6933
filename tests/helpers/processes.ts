import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * The real processes a fault test kills: `npm run store` (dist/src/persistence/local-store/main.js)
 * and the bot (dist/bot/main.js). `npm test` builds dist/ first (scripts/test.sh).
 */
const DIST = path.join(__dirname, '../../dist');

export interface Proc {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process is gone. */
  exited: Promise<number | null>;
  stderr: () => string;
}

function track(child: ChildProcess): Proc {
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

/** `npm run store` on `port` with its data in `dataDir`; resolves once it printed its endpoint. */
export async function startStoreProcess(dataDir: string, port: number): Promise<Proc & { endpoint: string; key: string }> {
  const child = spawn(process.execPath, [path.join(DIST, 'src/persistence/local-store/main.js')], {
    env: { ...process.env, STORE_PORT: String(port), REFERENT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = track(child);
  let out = '';
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the store did not start within 60 s: ${proc.stderr()}`)), 60_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    void proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the store exited with ${code}: ${proc.stderr()}`));
    });
  });
  const m = /COSMOS_ENDPOINT=(\S+) COSMOS_KEY=(\S+)/.exec(line);
  if (!m) throw new Error(`unexpected store output: ${line}`);
  return { ...proc, endpoint: m[1], key: m[2] };
}

/** The bot on `port`, against the store in env (or its embedded one); resolves once /healthz answers. */
export async function startBotProcess(port: number, env: Record<string, string>): Promise<Proc & { url: string }> {
  const child = spawn(process.execPath, [path.join(DIST, 'bot/main.js')], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const proc = track(child);
  const deadline = Date.now() + 60_000; // a cold start on a loaded 2-core machine took 22 s
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ...proc, url: `http://127.0.0.1:${port}/api/messages` };
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the bot process did not start: ${proc.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a process with `signal` and waits until it is gone (SIGKILL after 10 s). */
export async function stopProcess(proc: Proc | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
  await proc.exited;
  clearTimeout(timer);
}
