import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Download links for exported documents: the token names one stored export version of one meeting,
 * the user who asked for it and when it expires, and is signed with HMAC-SHA256. A changed byte,
 * another secret or a past expiry makes it worthless; it never leads to another meeting's file.
 */
export interface LinkClaims {
  /** meetingId */
  m: string;
  /** export version id */
  v: string;
  /** the user who asked (actor key) */
  u: string;
  /** expiry, epoch seconds */
  x: number;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

export const DEFAULT_LINK_TTL_SECONDS = 24 * 60 * 60;

const b64 = (buf: Buffer) => buf.toString('base64url');
const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest();

export function signLink(claims: LinkClaims, secret: string): string {
  const payload = b64(Buffer.from(JSON.stringify(claims)));
  return `${payload}.${b64(mac(payload, secret))}`;
}

export function verifyLink(token: string, secret: string, now: Date = new Date()): LinkCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(parts[1], 'base64url');
  const expected = mac(parts[0], secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims.m !== 'string' || typeof claims.v !== 'string' || typeof claims.u !== 'string' || typeof claims.x !== 'number')
    return { ok: false, reason: 'malformed' };
  if (claims.x * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
