"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_LINK_TTL_SECONDS = void 0;
exports.signLink = signLink;
exports.verifyLink = verifyLink;
const node_crypto_1 = require("node:crypto");
exports.DEFAULT_LINK_TTL_SECONDS = 24 * 60 * 60;
const b64 = (buf) => buf.toString('base64url');
const mac = (payload, secret) => (0, node_crypto_1.createHmac)('sha256', secret).update(payload).digest();
function signLink(claims, secret) {
    const payload = b64(Buffer.from(JSON.stringify(claims)));
    return `${payload}.${b64(mac(payload, secret))}`;
}
function verifyLink(token, secret, now = new Date()) {
    const parts = token.split('.');
    if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[A-Za-z0-9_-]+$/.test(parts[1]))
        return { ok: false, reason: 'malformed' };
    const given = Buffer.from(parts[1], 'base64url');
    const expected = mac(parts[0], secret);
    if (given.length !== expected.length || !(0, node_crypto_1.timingSafeEqual)(given, expected))
        return { ok: false, reason: 'bad-signature' };
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'malformed' };
    }
    if (typeof claims.m !== 'string' || typeof claims.v !== 'string' || typeof claims.u !== 'string' || typeof claims.x !== 'number')
        return { ok: false, reason: 'malformed' };
    if (claims.x * 1000 <= now.getTime())
        return { ok: false, reason: 'expired' };
    return { ok: true, claims };
}
//# sourceMappingURL=signed-links.js.map