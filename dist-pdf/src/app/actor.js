"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.say = void 0;
exports.localeOf = localeOf;
exports.actorKey = actorKey;
function localeOf(activityLocale) {
    return activityLocale && /^en\b/i.test(activityLocale) ? 'en' : 'nb';
}
/** The key roles are stored under for this person. */
function actorKey(actor) {
    return actor.aadObjectId ? `aad:${actor.aadObjectId}` : `user:${actor.userId}`;
}
const say = (text) => ({ text });
exports.say = say;
//# sourceMappingURL=actor.js.map