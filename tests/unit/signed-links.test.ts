import { signLink, verifyLink } from '../../src/exports/signed-links';

describe('signed download links', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const claims = { m: 'mt-1', v: 'export-1', u: 'aad:1', x: now.getTime() / 1000 + 3600 };
  const token = signLink(claims, 'secret-a');

  it('verifies its own token', () => {
    expect(verifyLink(token, 'secret-a', now)).toEqual({ ok: true, claims });
  });
  it('refuses another secret, a changed payload or signature, and garbage', () => {
    expect(verifyLink(token, 'secret-b', now)).toEqual({ ok: false, reason: 'bad-signature' });
    const [payload, sig] = token.split('.');
    const other = Buffer.from(JSON.stringify({ ...claims, m: 'mt-2' })).toString('base64url');
    expect(verifyLink(`${other}.${sig}`, 'secret-a', now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyLink(`${payload}.${sig.slice(0, -2)}AA`, 'secret-a', now).ok).toBe(false);
    expect(verifyLink('nonsense', 'secret-a', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyLink('../../etc/passwd', 'secret-a', now)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('refuses an expired token', () => {
    expect(verifyLink(token, 'secret-a', new Date(claims.x * 1000 + 1))).toEqual({ ok: false, reason: 'expired' });
  });
});
