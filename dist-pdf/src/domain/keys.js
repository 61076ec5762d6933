"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.samePerson = exports.sameOrganization = void 0;
exports.orgKey = orgKey;
exports.personKey = personKey;
const text_1 = require("./text");
/**
 * The one organization key and the one person-name key (#13 §5). Keys are for matching only: what
 * is displayed stays as the member or the roster wrote it (first-seen or roster spelling).
 *
 * Both: Unicode NFC, invisible format characters out (soft hyphen, zero-width, direction controls),
 * case-folded (nb), every run of whitespace one space.
 */
function base(s) {
    return (0, text_1.stripBidi)(s)
        .normalize('NFC')
        .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
        .toLocaleLowerCase('nb')
        .replace(/\s+/g, ' ');
}
// Only sentence punctuation at the ends: a closing ")" or an inner "-" is part of the name.
const EDGES = /^[\s.,;:]+|[\s.,;:]+$/g;
/**
 * Organizations: "Nes kommune", "Nes  kommune." and "nes kommune," are one; inner punctuation is
 * kept, so "Nes kommune (Akershus)" ≠ "Nes kommune (Buskerud)" and "Aurskog-Høland" ≠ "Aurskog
 * Høland". Dashes are one dash and spaces beside punctuation do not count ("Asker / Bærum kommune"
 * = "Asker/Bærum kommune", "Oslo kommune – Byrådsavdelingene" = "Oslo kommune-Byrådsavdelingene").
 */
function orgKey(name) {
    return base(name)
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(EDGES, '')
        .replace(/ ?([^\p{L}\p{N} ]) ?/gu, '$1');
}
/**
 * People: every run of what is not a letter or digit is one space, so a Teams display name
 * "Anne-Lise Hansen" finds the roster's "Anne Lise Hansen" and "Kjell J. Tveter" finds "Kjell J Tveter".
 * Deliberately the rule the roster, the people index ("name:<key>") and attendance keys were
 * stored with, so no stored person key changes.
 */
function personKey(name) {
    return base(name)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
const sameOrganization = (a, b) => orgKey(a) === orgKey(b);
exports.sameOrganization = sameOrganization;
const samePerson = (a, b) => personKey(a) === personKey(b);
exports.samePerson = samePerson;
//# sourceMappingURL=keys.js.map