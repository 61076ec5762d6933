"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.privacy = void 0;
const cards_1 = require("../../cards");
const turn_1 = require("../turn");
/** A card click's answer is a card: a text-only answer (a refusal) becomes a card without buttons. */
function asCard(reply) {
    if (reply.card)
        return (0, cards_1.renderNamedCard)(reply.card.template, reply.card.data);
    return (0, cards_1.renderNamedCard)('privacy-erase', { ask: false, title: '', text: reply.text ?? '', labels: { confirm: '', cancel: '' } });
}
/**
 * Personal data (issue #8): `mine data` and `slett mine data` (with a confirmation card). Whose data
 * is always the activity's own Teams user; the card carries no data at all.
 */
exports.privacy = {
    commands: {
        'my-data': async ({ actor, services }) => services.privacy.myData(actor),
        'erase-my-data': async ({ actor, services }) => services.privacy.ask(actor),
    },
    verbs: ['privacy.erase.confirm', 'privacy.erase.cancel'],
    register(app, services) {
        app.adaptiveCards.actionExecute('privacy.erase.confirm', async (context) => asCard(await services.privacy.erase((0, turn_1.actorFrom)(context))));
        app.adaptiveCards.actionExecute('privacy.erase.cancel', async (context) => asCard(services.privacy.cancel((0, turn_1.actorFrom)(context))));
    },
};
//# sourceMappingURL=privacy.js.map