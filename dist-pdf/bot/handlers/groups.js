"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groups = void 0;
const actor_1 = require("../../src/app/actor");
const texts_1 = require("../../src/app/texts");
/** hjelp, ny gruppe, deltakere, rolle. */
exports.groups = {
    commands: {
        help: async ({ actor, group, services }) => services.groups.help(actor, group),
        'new-group': async ({ actor, command, services }) => services.groups.createGroup(actor, command.args),
        members: async ({ actor, command, group, services }) => {
            if (!group)
                return (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale));
            return services.groups.importRoster(actor, group, command.body || command.args);
        },
        role: async ({ actor, command, group, services }) => {
            if (!group)
                return (0, actor_1.say)(texts_1.texts.noGroupHere(actor.locale));
            return services.groups.grantRole(actor, group, command.args);
        },
    },
};
//# sourceMappingURL=groups.js.map