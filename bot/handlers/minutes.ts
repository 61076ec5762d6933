import { say } from '../../src/app/actor';
import { texts } from '../../src/app/texts';
import type { Capability } from './types';

/** referat / innkalling docx|md|html|pdf (signed download links) and lås referat. */
export const minutes: Capability = {
  commands: {
    minutes: async ({ actor, command, group, services }) =>
      group ? services.minutes.exportDocument(actor, group, 'referat', command.args) : say(texts.noGroupHere(actor.locale)),
    'notice-export': async ({ actor, command, group, services }) => {
      if (!group) return say(texts.noGroupHere(actor.locale));
      // The format is part of the alias the user typed ("innkalling docx").
      const format = command.alias.split(' ')[1] ?? '';
      return services.minutes.exportDocument(actor, group, 'innkalling', `${format} ${command.args}`);
    },
    'lock-minutes': async ({ actor, command, group, services }) =>
      group ? services.minutes.lockByCommand(actor, group, command.args) : say(texts.noGroupHere(actor.locale)),
  },
};
