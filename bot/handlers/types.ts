import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
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

/**
 * One capability of the bot (groups, meetings, approvals, input, …): its command handlers, and
 * optionally the card verbs and events it owns, registered on the teams-ai Application.
 */
export interface Capability {
  commands: CommandHandlers;
  /** Card verbs (app.adaptiveCards.actionExecute) and meeting/conversation events. */
  register?(app: Application<TurnState>, services: Services): void;
  /** The Action.Execute verbs this capability handles (a test checks every template verb has one). */
  verbs?: string[];
  /** Plain text in personal chat that is not a command (the round-table input flow). */
  onPlainText?: CommandHandler;
}
