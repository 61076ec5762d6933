import type { Repositories } from '../../src/app/ports';

/**
 * Counts the store operations the bot makes: wraps every method of every repository the running
 * bot uses (the same objects: RunningReferent.repositories is what the services were built with).
 */
export function countStoreOps(repos: Repositories) {
  const calls: string[] = [];
  for (const [name, repo] of Object.entries(repos) as [string, Record<string, unknown>][]) {
    for (const method of Object.getOwnPropertyNames(Object.getPrototypeOf(repo))) {
      const original = repo[method];
      if (method === 'constructor' || typeof original !== 'function') continue;
      repo[method] = (...args: unknown[]) => {
        calls.push(`${name}.${method}`);
        return (original as (...a: unknown[]) => unknown).apply(repo, args);
      };
    }
  }
  return {
    calls,
    reset: () => calls.splice(0),
  };
}
