import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startReferent } from '../../bot/server';
import { loadConfig } from '../../src/config';
import { activityFactory, startBotForTest } from '../helpers/bot-client';
import { channelClaims, startJwks } from '../../tools/teams/jwks';

/**
 * The real validation path of botbuilder (ConfigurationBotFrameworkAuthentication → JwtTokenExtractor →
 * ChannelValidation), offline: the bot reads its signing keys from our loopback OpenID metadata.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const USER = { id: '29:auth-user', aadObjectId: '00000000-0000-0000-0000-00000000a001', name: 'Ivar Auth' };

describe('with a bot identity, /api/messages accepts only valid Bot Framework tokens', () => {
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let bot: Awaited<ReturnType<typeof startBotForTest>>;
  let seq = 0;

  beforeAll(async () => {
    jwks = await startJwks();
    bot = await startBotForTest({
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-offline',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant-1',
      ToBotFromChannelOpenIdMetadataUrl: jwks.metadataUrl,
      ToBotFromChannelTokenIssuer: jwks.issuer,
    });
    // botbuilder console.error()s every refused token; the assertions below are what matters.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await bot.close();
    await jwks.close();
  });

  /** An empty message in a fresh conversation: the bot stores the conversation and sends nothing out. */
  function emptyMessage() {
    const conversation = { id: `19:auth-${++seq}@thread.v2`, type: 'groupChat' as const };
    return bot.make(conversation, USER, '');
  }

  async function postWith(activity: object, authorization?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== undefined) headers.authorization = authorization;
    const res = await fetch(bot.running.url, { method: 'POST', headers, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  }

  const stored = async (activity: ReturnType<typeof emptyMessage>) => bot.running.repositories.conversations.get(activity.conversation.id);

  it('accepts a valid channel token (200) and handles the activity', async () => {
    const activity = emptyMessage();
    const token = jwks.sign(channelClaims(APP_ID, activity.serviceUrl));
    expect((await postWith(activity, `Bearer ${token}`)).status).toBe(200);
    expect(await stored(activity)).toBeDefined();
    expect(bot.connector.captured).toHaveLength(0);
    expect(jwks.requests()).toBeGreaterThanOrEqual(2); // metadata and keys were really fetched
  });

  it('accepts a valid token on a conversationUpdate (nothing is sent back)', async () => {
    const activity = { ...emptyMessage(), type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:referent' }] };
    const token = jwks.sign(channelClaims(APP_ID, activity.serviceUrl));
    expect((await postWith(activity, `Bearer ${token}`)).status).toBe(200);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const refused: [string, RegExp, (a: ReturnType<typeof emptyMessage>) => string | undefined][] = [
    ['no Authorization header', /not authorized/, () => undefined],
    ['an empty Authorization header', /not authorized/, () => ''],
    ['a Basic scheme', /No valid identity/, () => 'Basic dXNlcjpwYXNz'],
    [
      'an expired token',
      /expired/,
      (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 }))}`,
    ],
    ['a token without exp (it would never expire)', /no exp/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { exp: undefined }))}`],
    ['a token not valid yet', /jwt not active/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { nbf: now() + 3600, exp: now() + 7200 }))}`],
    ['a wrong audience', /Invalid AppId/, (a) => `Bearer ${jwks.sign(channelClaims('99999999-0000-0000-0000-000000000000', a.serviceUrl))}`],
    ['a missing audience', /Invalid AppId/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { aud: undefined }))}`],
    ['a wrong issuer', /No valid identity/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { iss: 'https://evil.example' }))}`],
    [
      'the public Bot Framework issuer (not the configured one)',
      /No valid identity/,
      (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { iss: 'https://api.botframework.com' }))}`,
    ],
    ['an unsigned token (alg none)', /signature is required/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl), { alg: 'none' })}`],
    [
      'a token signed by another key under the published kid',
      /invalid signature/,
      (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl), { foreignKey: true })}`,
    ],
    [
      'a token with an unknown kid',
      /Signing Key could not be retrieved/,
      (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl), { kid: 'nobody', foreignKey: true })}`,
    ],
    ['a key endorsed only for another channel', /endorsement/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl), { kid: 'webchat-key' })}`],
    ['a serviceurl claim that does not match', /ServiceUrl claim/, () => `Bearer ${jwks.sign(channelClaims(APP_ID, 'https://smba.evil.example/emea/'))}`],
    ['no serviceurl claim', /ServiceUrl claim/, (a) => `Bearer ${jwks.sign(channelClaims(APP_ID, a.serviceUrl, { serviceurl: undefined }))}`],
    [
      'a tampered payload',
      /invalid signature/,
      (a) => {
        const [h, , s] = jwks.sign(channelClaims(APP_ID, a.serviceUrl)).split('.');
        return `Bearer ${h}.${Buffer.from(JSON.stringify(channelClaims(APP_ID, a.serviceUrl, { aud: APP_ID, extra: 1 }))).toString('base64url')}.${s}`;
      },
    ],
    ['garbage', /No valid identity|invalid/, () => 'Bearer not.a.jwt'],
  ];

  it.each(refused)('refuses %s with 401 (%s) and stores nothing', async (_name, reason, authorization) => {
    const activity = emptyMessage();
    const res = await postWith(activity, authorization(activity));
    expect(res.status).toBe(401);
    expect(res.body).toMatch(reason);
    expect(await stored(activity)).toBeUndefined();
    expect(bot.connector.captured).toHaveLength(0);
  });

  it('refuses a command with a forged token and never runs it', async () => {
    const activity = { ...emptyMessage(), text: 'ny gruppe Forfalsket' };
    const res = await postWith(activity, `Bearer ${jwks.sign(channelClaims(APP_ID, activity.serviceUrl), { foreignKey: true })}`);
    expect(res.status).toBe(401);
    expect(await stored(activity)).toBeUndefined();
    expect(bot.connector.captured).toHaveLength(0);
  });
});

describe('with a user-assigned managed identity (single tenant)', () => {
  it('validates tokens the same way: the right audience passes, anything else is a 401', async () => {
    const jwks = await startJwks();
    const lines: Record<string, unknown>[] = [];
    const logStream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const running = await startReferent(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        REFERENT_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'referent-msi-')),
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: 'tenant-1',
        ToBotFromChannelOpenIdMetadataUrl: jwks.metadataUrl,
        ToBotFromChannelTokenIssuer: jwks.issuer,
      },
      { logStream },
    );
    const make = activityFactory('http://127.0.0.1:9/');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const send = async (aud: string | undefined) => {
        const activity = make({ id: `19:msi-${aud ?? 'none'}@thread.v2`, type: 'groupChat' }, USER, '');
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (aud) headers.authorization = `Bearer ${jwks.sign(channelClaims(aud, activity.serviceUrl))}`;
        const res = await fetch(running.url, { method: 'POST', headers, body: JSON.stringify(activity) });
        return { status: res.status, stored: await running.repositories.conversations.get(activity.conversation.id) };
      };
      expect(await send(APP_ID)).toMatchObject({ status: 200, stored: expect.anything() });
      expect(await send('99999999-0000-0000-0000-000000000000')).toEqual({ status: 401, stored: undefined });
      expect(await send(undefined)).toEqual({ status: 401, stored: undefined });
      // Each refusal is a structured warning with the ids and the reason.
      const refusals = lines.filter((l) => l.msg === 'request refused: no valid Bot Framework token (401)');
      expect(refusals).toHaveLength(2);
      expect(refusals[0]).toMatchObject({
        level: 40,
        conversationId: '19:msi-99999999-0000-0000-0000-000000000000@thread.v2',
        reason: expect.stringContaining('Invalid AppId'),
      });
    } finally {
      spy.mockRestore();
      await running.close();
      await jwks.close();
    }
  });
});

describe('without a bot identity', () => {
  it('runs in local mode, bound to loopback only, and says so at start-up', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const running = await startReferent(
      { PORT: '0', LOG_LEVEL: 'info', REFERENT_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'referent-auth-')) },
      { logStream },
    );
    try {
      expect(running.config.localMode).toBe(true);
      expect(running.config.host).toBe('127.0.0.1');
      const warning = lines.map((l) => JSON.parse(l)).find((l) => l.level === 40);
      expect(warning).toMatchObject({ host: '127.0.0.1', msg: expect.stringContaining('local mode') });
      // Not reachable on any other interface of this machine.
      const external = Object.values(os.networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal);
      if (external) {
        await expect(fetch(`http://${external.address}:${running.port}/healthz`)).rejects.toThrow();
      }
      // Anonymous requests are accepted (Agents Playground, tests).
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'conversationUpdate',
          id: 'cu-1',
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9/',
          conversation: { id: 'c-local', tenantId: 'tenant-1' },
          from: { id: 'u' },
          recipient: { id: 'b' },
        }),
      });
      expect(res.status).toBe(200);
    } finally {
      await running.close();
    }
  });

  it('refuses to bind an anonymous bot to anything but loopback', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5']) {
      expect(() => loadConfig({ HOST: host })).toThrow(/HOST must be a loopback address without MicrosoftAppId/);
    }
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(loadConfig({ HOST: host }).host).toBe(host);
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'p' }).host).toBe('0.0.0.0');
  });

  it("allows only the bot's own tenant by default when the identity is single-tenant", () => {
    const single = { MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 'tenant-1' };
    expect(loadConfig(single).allowedTenants).toEqual(['tenant-1']);
    expect(loadConfig({ ...single, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: undefined }).allowedTenants).toEqual(['tenant-1']);
    expect(loadConfig({ ...single, ALLOWED_TENANTS: 'tenant-1,tenant-2' }).allowedTenants).toEqual(['tenant-1', 'tenant-2']);
    expect(loadConfig({ ...single, MicrosoftAppType: 'MultiTenant' }).allowedTenants).toEqual([]);
    expect(loadConfig({}).allowedTenants).toEqual([]);
  });

  it('refuses the token overrides without an app id (they would silently do nothing)', () => {
    expect(() => loadConfig({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/x' })).toThrow(
      /ToBotFromChannelOpenIdMetadataUrl has no effect without MicrosoftAppId/,
    );
  });
});
