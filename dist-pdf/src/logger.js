"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLogger = createLogger;
const pino_1 = __importDefault(require("pino"));
/**
 * Structured JSON logs. Never log message text or card input at info level (personal data).
 * `destination` defaults to stdout; tests pass a stream to read what was logged.
 */
function createLogger(level = 'info', destination) {
    const options = { level, base: { service: 'referent' }, timestamp: pino_1.default.stdTimeFunctions.isoTime };
    return destination ? (0, pino_1.default)(options, destination) : (0, pino_1.default)(options);
}
//# sourceMappingURL=logger.js.map