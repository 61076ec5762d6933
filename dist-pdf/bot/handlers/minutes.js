"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.minutes = void 0;
const actor_1 = require("../../src/app/actor");
const texts_1 = require("../../src/app/texts");
/** referat / innkalling docx|md|html|pdf (signed download links) and lås referat. */
exports.minutes = {
    commands: {
        minutes: async ({ actor, command, group, services }) => group ? services.minutes.exportDocument(actor, group, 'referat', command.args) : (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale)),
        'notice-export': async ({ actor, command, group, services }) => {
            if (!group)
                return (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale));
            // The format is part of the alias the user typed ("innkalling docx").
            const format = command.alias.split(' ')[1] ?? '';
            return services.minutes.exportDocument(actor, group, 'innkalling', `${format} ${command.args}`);
        },
        'lock-minutes': async ({ actor, command, group, services }) => group ? services.minutes.lockByCommand(actor, group, command.args) : (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale)),
    },
};
//# sourceMappingURL=minutes.js.map