"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startSinkConnector = startSinkConnector;
const node_http_1 = __importDefault(require("node:http"));
/**
 * A loopback stand-in for the Teams connector (the activities' serviceUrl). It answers like the
 * channel, counts what the bots send and keeps the last text per conversation for the setup steps.
 */
async function startSinkConnector() {
    let sent = 0;
    let next = 0;
    const last = new Map();
    const server = node_http_1.default.createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
            sent++;
            const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
            try {
                const activity = JSON.parse(body || '{}');
                if (conversation && activity.text)
                    last.set(conversation, activity.text);
            }
            catch {
                /* ignore */
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: `sink-${++next}` }));
        });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise((r) => server.listen(0, '127.0.0.1', () => r()));
    return {
        serviceUrl: `http://127.0.0.1:${server.address().port}/`,
        get sent() {
            return sent;
        },
        lastText: (conversationId) => last.get(conversationId) ?? '',
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
    };
}
//# sourceMappingURL=connector.js.map