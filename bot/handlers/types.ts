import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Actor } from '../../src/app/actor';
import type { Outcome } from '../../src/app/outcome';
import type { CommandSpec, ParsedCommand } from '../../src/app/commands';
import type { GroupContext } from '../../src/app/group-context';
import type { ConversationRecord, PersonRecord, Versioned, WindowsByGroup } from '../../src/app/ports';
import type { Services } from '../services';

/**
 * The turn's one bulk pre-read (#13 §2), in personal chat: the sender's `aad:` people record and
 * every group's input windows in ONE store request (people.getWithWindows), made once by
 * rememberConversation before any handler runs. Handlers hand it to the use case instead of reading again.
 */
export interface PreRead {
  /** The sender's people record as this turn left it (its chat reference written if it changed); null: read, none stored. */
  readonly person: Versioned<PersonRecord> | null;
  /** Each group's input windows, read with the person. */
  readonly windows: WindowsByGroup;
}

/** What a command handler gets: the turn, who is acting, the parsed command, the group here and the pre-read. */
export interface CommandTurn {
  context: TurnContext;
  actor: Actor;
  command: ParsedCommand;
  conversation: ConversationRecord;
  /** The group this conversation belongs to, when it belongs to one. */
  group?: GroupContext;
  /** The pre-read of a turn in personal chat (a Teams user there); absent elsewhere, where nothing was read for it. */
  readonly pre?: PreRead;
  services: Services;
}

/** The turn of a command that declared `group`: the router found the group and checked the audience on it. */
export type GroupTurn = CommandTurn & { group: GroupContext };

export type CommandHandler = (turn: CommandTurn) => Promise<Outcome | void>;

/** A command: its definition (names, audience, place, group, help) and its handler, in one value. */
export interface Command extends CommandSpec {
  run: CommandHandler;
}

/**
 * Defines a command beside its handler. A command that declares `group` gets a handler whose turn
 * always has the group, with the audience already checked on it (bot/router.ts).
 */
export function command(spec: CommandSpec & { group: 'here' | 'mine' }, run: (turn: GroupTurn) => Promise<Outcome | void>): Command;
export function command(spec: CommandSpec & { group?: undefined }, run: CommandHandler): Command;
export function command(spec: CommandSpec, run: (turn: GroupTurn) => Promise<Outcome | void>): Command {
  return { ...spec, run: run as CommandHandler };
}

/**
 * One capability of the bot (groups, meetings, approvals, input, …): its commands, and optionally
 * the card verbs and events it owns, registered on the teams-ai Application.
 */
export interface Capability {
  commands: Command[];
  /** Card verbs (app.adaptiveCards.actionExecute) and meeting/conversation events. */
  register?(app: Application<TurnState>, services: Services): void;
  /** The Action.Execute verbs this capability handles (a test checks every template verb has one). */
  verbs?: string[];
  /** Plain text in personal chat that is not a command (the round-table input flow). */
  onPlainText?: CommandHandler;
}
