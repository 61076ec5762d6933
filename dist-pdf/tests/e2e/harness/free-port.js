"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.freePort = freePort;
exports.isPortTaken = isPortTaken;
const node_net_1 = require("node:net");
/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it: listen on 0, read it, close). */
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0, node_net_1.createServer)();
        server.unref();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read the port the OS picked'))));
        });
    });
}
/**
 * Whether something already listens on `port`. The Playground binds without a host (all interfaces,
 * IPv6 "::" when available), so a listener on either family counts as taken.
 */
async function isPortTaken(port) {
    for (const host of ['127.0.0.1', '::']) {
        const taken = await new Promise((resolve) => {
            const server = (0, node_net_1.createServer)();
            server.once('error', (error) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
            server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
        });
        if (taken)
            return true;
    }
    return false;
}
//# sourceMappingURL=free-port.js.map