"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoreUnavailableError = exports.ConflictError = void 0;
/** Thrown by repositories when an If-Match replace lost a race (HTTP 412). Use cases retry. */
class ConflictError extends Error {
    constructor(what) {
        super(`conflict: ${what} was changed by someone else`);
        this.name = 'ConflictError';
    }
}
exports.ConflictError = ConflictError;
/**
 * Thrown when the store cannot be reached. `unconfirmed`: a write was sent but its answer never came,
 * so it may have been stored; the user must then not be told it was lost, only that it was not confirmed.
 */
class StoreUnavailableError extends Error {
    unconfirmed;
    constructor(cause, unconfirmed = false) {
        super(`store unavailable${unconfirmed ? ' (write unconfirmed)' : ''}: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.unconfirmed = unconfirmed;
        this.name = 'StoreUnavailableError';
    }
}
exports.StoreUnavailableError = StoreUnavailableError;
//# sourceMappingURL=ports.js.map