import { commandParser, help, type ParsedCommand } from '../src/app/commands';
import { CAPABILITIES } from './handlers';
import { command, type Command } from './handlers/types';

/** `hjelp` lists the table itself, so it is defined here rather than in a capability. */
const HELP: Command = command(
  {
    name: 'help',
    aliases: ['hjelp', 'help'],
    audience: 'anyone',
    where: 'any',
    nb: 'hjelp – kommandoene du kan bruke her',
    nn: 'hjelp – kommandoane du kan bruke her',
    en: 'help – the commands you can use here',
  },
  async ({ actor, group }) => help(COMMANDS, actor, group),
);

/**
 * The command table: every command with its handler, in the order `hjelp` lists them. The router
 * (bot/router.ts) enforces each one's audience, place and group; the README's command table and the
 * manifest's command lists are checked against it (tests/unit/commands-table.test.ts, manifest.test.ts).
 */
export const COMMANDS: readonly Command[] = [HELP, ...CAPABILITIES.flatMap((c) => c.commands)];

const names = COMMANDS.map((c) => c.name);
const twice = names.filter((n, i) => names.indexOf(n) !== i);
// Two definitions under one name would shadow each other silently: refuse to start.
if (twice.length) throw new Error(`commands defined twice: ${twice.join(', ')}`);

export const parseCommand: (text: string) => ParsedCommand<Command> | undefined = commandParser(COMMANDS);
