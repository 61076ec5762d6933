import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Bot Framework's token issuer: serves OpenID metadata and a JWKS (as
 * login.botframework.com does, keys endorsed for channels) and signs tokens like the channel's.
 * Point the bot at it with ToBotFromChannelOpenIdMetadataUrl / ToBotFromChannelTokenIssuer.
 */
export const TEST_ISSUER = 'https://api.botframework.test';

export interface SignOptions {
  /** Sign with a key the JWKS does not publish, under the published kid. */
  foreignKey?: boolean;
  /** `none`: an unsigned token (empty signature). */
  alg?: 'RS256' | 'none';
  kid?: string;
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export async function startJwks() {
  const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const teamsOnly = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeys: Record<string, KeyObject> = { 'teams-key': trusted.privateKey, 'webchat-key': teamsOnly.privateKey };
  const endorsements: Record<string, string[]> = { 'teams-key': ['msteams'], 'webchat-key': ['webchat'] };
  const jwk = (publicKey: KeyObject, kid: string) => ({
    ...publicKey.export({ format: 'jwk' }),
    kid,
    use: 'sig',
    alg: 'RS256',
    endorsements: endorsements[kid],
  });
  const keys = [jwk(trusted.publicKey, 'teams-key'), jwk(teamsOnly.publicKey, 'webchat-key')];
  let requests = 0;

  const server = http.createServer((req, res) => {
    requests++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/keys') {
      res.end(JSON.stringify({ keys }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;

  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    issuer: TEST_ISSUER,
    /** How many metadata/key requests the bot made. */
    requests: () => requests,
    /** A compact JWS over `claims`, signed like the channel signs its tokens. */
    sign(claims: Record<string, unknown>, opts: SignOptions = {}): string {
      const alg = opts.alg ?? 'RS256';
      const kid = opts.kid ?? 'teams-key';
      const input = `${b64url(JSON.stringify({ alg, typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
      if (alg === 'none') return `${input}.`;
      const key = opts.foreignKey ? foreign.privateKey : (privateKeys[kid] ?? trusted.privateKey);
      return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The claims of a channel token for `appId`, valid now, for activities with this serviceUrl. */
export function channelClaims(appId: string, serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: TEST_ISSUER, aud: appId, nbf: now - 60, iat: now - 60, exp: now + 3600, serviceurl: serviceUrl, ...overrides };
}
