import { say } from '../../src/app/actor';
import { texts } from '../../src/app/texts';
import type { Capability } from './types';

/** hjelp, ny gruppe, deltakere, rolle. */
export const groups: Capability = {
  commands: {
    help: async ({ actor, group, services }) => services.groups.help(actor, group),
    'new-group': async ({ actor, command, services }) => services.groups.createGroup(actor, command.args),
    members: async ({ actor, command, group, services }) => {
      if (!group) return say(texts.noGroupHere(actor.locale));
      return services.groups.importRoster(actor, group, command.body || command.args);
    },
    role: async ({ actor, command, group, services }) => {
      if (!group) return say(texts.noGroupHere(actor.locale));
      return services.groups.grantRole(actor, group, command.args);
    },
  },
};
