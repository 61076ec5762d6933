"use strict";
/**
 * The one place user text is made safe for an Adaptive Card template (#13 §4). Before, four functions
 * did it with two encodings.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.uncardText = exports.cardText = void 0;
exports.sharedCardText = sharedCardText;
/** `${` would be read by the template engine as a binding: a zero-width space keeps it as written. */
const cardText = (s) => s.replace(/\$\{/g, '$\u200b{');
exports.cardText = cardText;
/** The text as the member wrote it, from card data that went out through cardText (a draft carried on a card). */
const uncardText = (s) => s.replace(/\$\u200b\{/g, '${');
exports.uncardText = uncardText;
const JOIN = '\u2060'; // WORD JOINER: invisible, breaks what Markdown and Teams' autolinker look for
/**
 * Members' text on a card the whole group sees (#14): links show as text, not as something to click,
 * so nobody can put a link in front of the group under someone else's name in the bot's card. A
 * Markdown link keeps its label and shows its address in brackets; bare addresses are broken up for
 * the autolinker. The documents keep them clickable (http/https/mailto only, see src/exports).
 */
function sharedCardText(s) {
    const unlinked = s
        .replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, (_, label, url) => (label && label !== url ? `${label} (${url})` : url))
        .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1:${JOIN}//`)
        .replace(/\bmailto:/gi, `mailto:${JOIN}`)
        .replace(/\bwww\./gi, `www${JOIN}.`)
        .replace(/\]\(/g, `]${JOIN}(`);
    return (0, exports.cardText)(unlinked);
}
//# sourceMappingURL=card-text.js.map