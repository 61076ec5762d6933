import { execFile } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to local mode on loopback with the embedded store', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, host: '127.0.0.1', localMode: true, cosmos: { endpoint: undefined, database: 'referent' }, allowedTenants: [] });
  });

  it('binds to all interfaces when a bot identity is configured', () => {
    const c = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't', ALLOWED_TENANTS: 't, u' });
    expect(c).toMatchObject({ host: '0.0.0.0', localMode: false, allowedTenants: ['t', 'u'] });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ COSMOS_ENDPOINT: 'not a url' }, 'COSMOS_ENDPOINT'],
    [{ COSMOS_KEY: 'k' }, 'COSMOS_ENDPOINT'],
    [{ MicrosoftAppId: 'id' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Nope' }, 'MicrosoftAppType'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COSMOS_DATABASE: 'bad name!' }, 'COSMOS_DATABASE'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`- ${variable} `));
  });

  it('stops the real process with a message naming the variable', async () => {
    // npm test builds dist/ first (scripts/test.sh).
    const main = path.join(__dirname, '../../dist/bot/main.js');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [main], { env: { ...process.env, PORT: 'not-a-port' } }, (err, _out, stderr) =>
        resolve({ code: err ? (err as NodeJS.ErrnoException & { code: number }).code : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT must be a whole number');
  });
});
