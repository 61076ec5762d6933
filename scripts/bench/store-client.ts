import { fork } from 'node:child_process';
import path from 'node:path';

export interface StoreStats {
  pointReads: number;
  writes: number;
  queries: number;
  metadata: number;
}

/** Forks store-process.js and talks to it over IPC: its endpoint, its request counts, stop. Durable: with the journal. */
export async function startStoreProcess(dataDir: string, durable = false) {
  const child = fork(path.join(__dirname, 'store-process.js'), [], {
    env: { ...process.env, REFERENT_DATA_DIR: dataDir, BENCH_STORE_DURABLE: durable ? '1' : '0' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bench store exited (${code})`));
      const onMessage = (msg: Record<string, unknown>) => {
        if (key in msg) {
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(msg[key] as T);
        }
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next<{ endpoint: string; key: string }>('ready');
  return {
    ...ready,
    pid: child.pid,
    counter: {
      reset: () => {
        const answer = next<StoreStats>('stats');
        child.send('reset');
        return answer;
      },
      stats: () => {
        const answer = next<StoreStats>('stats');
        child.send('stats');
        return answer;
      },
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
