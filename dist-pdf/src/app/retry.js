"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retryOnConflict = retryOnConflict;
const ports_1 = require("./ports");
/**
 * Optimistic concurrency: read, decide, replace with If-Match; on a lost race (ConflictError) read
 * again and decide again. A small random pause spreads out writers that collided.
 */
async function retryOnConflict(attempt, maxAttempts = 40) {
    for (let i = 1;; i++) {
        try {
            return await attempt();
        }
        catch (err) {
            if (!(err instanceof ports_1.ConflictError) || i >= maxAttempts)
                throw err;
            await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * i)));
        }
    }
}
//# sourceMappingURL=retry.js.map