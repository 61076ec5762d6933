"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextId = void 0;
exports.message = message;
exports.cardAction = cardAction;
exports.members = members;
let seq = 0;
const nextId = (prefix = 'act') => `${prefix}-${process.pid}-${Date.now()}-${++seq}`;
exports.nextId = nextId;
/** A Teams-shaped message activity (the one builder the benchmark, demo and tests share). */
function message(serviceUrl, conversation, from, text, id = (0, exports.nextId)(), opts = {}) {
    const tenant = opts.tenant ?? 'bench-tenant';
    return {
        type: 'message',
        id,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl,
        from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
        recipient: { id: '28:referent', name: 'Referent' },
        conversation: { id: conversation.id, conversationType: conversation.type, tenantId: tenant, isGroup: conversation.type !== 'personal' },
        channelData: { tenant: { id: tenant } },
        locale: opts.locale ?? 'nb-NO',
        text,
    };
}
function cardAction(serviceUrl, conversation, from, verb, data, replyToId) {
    return {
        ...message(serviceUrl, conversation, from, ''),
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId,
        value: { action: { type: 'Action.Execute', verb, data } },
    };
}
/** 40 (or n) plausible members: names and organizations in the seeds' style. */
function members(n) {
    const orgs = ['Drammen kommune', 'Kongsberg kommune', 'Lørenskog kommune', 'Lillestrøm kommune', 'Bærum kommune', 'Nordre Follo kommune', 'Horten kommune', 'Frogn kommune', 'Grue kommune', 'Asker kommune'];
    return Array.from({ length: n }, (_, i) => {
        const first = `Medlem${i + 1}`;
        const last = `Ås${String.fromCharCode(97 + (i % 26))}${i}`;
        return { id: `29:bench-${i}`, aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `${first} ${last}`, first, last, organization: `${orgs[i % orgs.length]} ${Math.floor(i / orgs.length) + 1}` };
    });
}
//# sourceMappingURL=activities.js.map