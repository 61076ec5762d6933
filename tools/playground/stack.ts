import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startReferent, type RunningReferent } from '../../bot/server';
import { startPlayground, type Playground, type PlaygroundUser } from './playground';

/**
 * Referent (fresh data folder, free port) and the Agents Playground pointed at it, started before
 * the file's tests and stopped after them. The getters are valid inside tests.
 */
export function useReferentWithPlayground(tag: string) {
  let bot: RunningReferent | undefined;
  let pg: Playground | undefined;
  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), `referent-e2e-${tag}-`));
    bot = await startReferent({ PORT: '0', LOG_LEVEL: 'silent', REFERENT_DATA_DIR: dataDir });
    pg = await startPlayground({ botEndpoint: bot.url, startTimeoutMs: 40_000 });
  });
  afterAll(async () => {
    await pg?.close();
    await bot?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started`);
    return value;
  };
  return {
    get bot(): RunningReferent {
      return started(bot, 'Referent');
    },
    get pg(): Playground {
      return started(pg, 'the Playground');
    },
    member(name: string): PlaygroundUser {
      const user = started(pg, 'the Playground').users.find((u) => u.name === name);
      if (!user) throw new Error(`no Playground user ${name}`);
      return user;
    },
  };
}
