import type { Reply } from './actor';

/*
 * One turn in, one outcome out (#13 §2). Every use case answers with an Outcome: what this turn says
 * and changes in Teams, as data. bot/present.ts is the one place that carries it out (reply, invoke
 * answer, update in place, post, post to the group's home, personal messages to others), with one
 * retry policy. A plain Reply is an Outcome: most commands only answer.
 */

export type CardRef = NonNullable<Reply['card']>;
export type Slot = 'item' | 'round' | 'roll';

/** A live meeting card: updated in place when activityId is set, else posted and its id remembered in the slot. */
export interface LiveCard {
  slot: Slot;
  card: CardRef;
  activityId?: string;
  /** The conversation the card lives in, when it is not this turn's (updated there through the channel). */
  conversationId?: string;
  /** Only an update: when it fails, nothing new is posted (the roll-call after an attendance change). */
  updateOnly?: boolean;
}

/** A personal message to someone else (an owner, a member, a linked user), through their stored personal chat. */
export interface DirectMessage {
  /** Their stored conversation reference; without one they are counted as unreachable. */
  reference?: Record<string, unknown>;
  text: string;
  /** Who they are, as the report names them when they cannot be reached. */
  name: string;
}

export interface Outcome extends Reply {
  /*
   * `text`/`card` (from Reply): the answer. Typed, it is sent here (a `personal` one in the requester's
   * own chat); for a card click without `invoke`, it is the invoke answer (a card, or a message).
   */
  /** The card a click is answered with (the clicked card redrawn). */
  invoke?: CardRef;
  /** The clicked message redrawn for everyone (the approval tally), before the clicker's own answer. */
  shared?: CardRef;
  /** A card living in another chat, redrawn there through its stored reference first (the review round's tally). */
  remote?: { card: CardRef; activityId: string; reference: Record<string, unknown> };
  /** Live meeting cards to update in place, or to post (their ids are remembered on `meetingId`). */
  live?: LiveCard[];
  /** New cards posted here after the answer (the summary, the roll-call). */
  posts?: CardRef[];
  meetingId?: string;
  /** Posted to the group's home before the answer: through its stored reference, or here when `here`. */
  home?: { reference?: Record<string, unknown>; here?: boolean; posts: Reply[] };
  /**
   * Personal messages to others, sent after the rest of this outcome; `report` turns what was
   * delivered into what follows (a text here, or a click's invoke answer when none was given yet).
   */
  direct?: { messages: DirectMessage[]; report?: (sent: number, unreachable: string[]) => Outcome };
  /** Set when this turn ended the meeting (not a repeated avslutt): what follows an end runs once. */
  endedNow?: boolean;
}

/** A text answer with more to carry out. */
export const answer = (text: string | undefined, extra: Partial<Outcome> = {}): Outcome => ({ text, ...extra });

/** Names sorted as the reports list them (Norwegian order). */
export const byName = (names: string[]): string[] => [...names].sort((a, b) => a.localeCompare(b, 'nb'));
