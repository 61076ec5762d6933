"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderCard = renderCard;
exports.verbsOf = verbsOf;
const ACData = __importStar(require("adaptivecards-templating"));
const PREPARED = new WeakMap();
/**
 * Renders an Adaptive Card template (JSON with ${…} bindings) with data. Every card the bot sends goes
 * through here; an unresolved binding is a bug, so it throws instead of showing "${…}" to a user.
 */
function renderCard(template, data) {
    // Parsing a template's bindings costs ~100 ms; expanding a parsed one ~5 ms. Parse each template once.
    let prepared = PREPARED.get(template);
    if (!prepared)
        PREPARED.set(template, (prepared = new ACData.Template(template)));
    const card = prepared.expand({ $root: data });
    const json = JSON.stringify(card);
    const unresolved = /\$\{[^}]*\}/.exec(json);
    if (unresolved)
        throw new Error(`card template left ${unresolved[0]} unresolved`);
    return card;
}
/** The Action.Execute verbs a template uses, for the test that every verb has a handler. */
function verbsOf(template) {
    const verbs = new Set();
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (node && typeof node === 'object') {
            const o = node;
            if (o.type === 'Action.Execute' && typeof o.verb === 'string')
                verbs.add(o.verb);
            Object.values(o).forEach(walk);
        }
    };
    walk(template);
    return [...verbs];
}
//# sourceMappingURL=render.js.map