"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BIDI_CONTROLS = void 0;
exports.stripBidi = stripBidi;
/**
 * The one rule for invisible direction controls in user text (#14 item 7). Stored text never keeps
 * them: a right-to-left override in a member's input would otherwise reorder what the whole group
 * reads in the minutes ("gnikrevo" attacks), and an unbalanced embedding spills onto the next line.
 *
 * Removed: the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and also the
 * marks U+200E/U+200F (LRM/RLM) and U+061C (ALM). The marks cannot override, but they are
 * invisible, Norwegian minutes have no use for them (the Unicode bidi algorithm places Arabic or
 * Hebrew words correctly on its own), and they make two names that look the same compare different.
 */
exports.BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ANY_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The text without direction controls; the same string when it holds none (the common case). */
function stripBidi(s) {
    return ANY_BIDI.test(s) ? s.replace(exports.BIDI_CONTROLS, '') : s;
}
//# sourceMappingURL=text.js.map