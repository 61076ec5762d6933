import type { TurnContext } from 'botbuilder';
import type { Actor, Reply } from '../../src/app/actor';
import type { ParsedCommand } from '../../src/app/commands';
import type { GroupContext } from '../../src/app/group-context';
import type { ConversationRecord } from '../../src/app/ports';
import type { Services } from '../services';

/** What a command handler gets: the turn, who is acting, the parsed command and the group here. */
export interface CommandTurn {
  context: TurnContext;
  actor: Actor;
  command: ParsedCommand;
  conversation: ConversationRecord;
  /** The group this conversation belongs to, when it belongs to one. */
  group?: GroupContext;
  services: Services;
}

export type CommandHandler = (turn: CommandTurn) => Promise<Reply | void>;

/** One handler per command name (CommandSpec.name). */
export type CommandHandlers = Record<string, CommandHandler>;
