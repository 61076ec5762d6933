import { withTeamsRetry } from '../../bot/teams-retry';

const failing = (statuses: number[]) => {
  let calls = 0;
  return {
    calls: () => calls,
    send: async () => {
      const status = statuses[calls++];
      if (status === undefined) return 'ok';
      throw Object.assign(new Error(`HTTP ${status}`), { statusCode: status });
    },
  };
};

describe('withTeamsRetry (channel sends: 429/412/502/504 with backoff and jitter)', () => {
  const slept: number[] = [];
  const sleep = async (ms: number) => void slept.push(ms);
  beforeEach(() => slept.splice(0));

  it('retries throttling and transient errors, with growing pauses', async () => {
    const f = failing([429, 502, 504, 412]);
    await expect(withTeamsRetry(f.send, { sleep, baseDelayMs: 100 })).resolves.toBe('ok');
    expect(f.calls()).toBe(5);
    expect(slept).toHaveLength(4);
    slept.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(100 * 2 ** i * 0.5);
      expect(ms).toBeLessThanOrEqual(100 * 2 ** i * 1.5);
    });
  });

  it('does not retry other errors', async () => {
    const f = failing([403]);
    await expect(withTeamsRetry(f.send, { sleep })).rejects.toThrow('HTTP 403');
    expect(f.calls()).toBe(1);
  });

  it('gives up inside the budget', async () => {
    const f = failing(Array(50).fill(429));
    await expect(withTeamsRetry(f.send, { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), baseDelayMs: 20, budgetMs: 300 })).rejects.toThrow('HTTP 429');
    expect(f.calls()).toBeLessThan(10);
  });
});
