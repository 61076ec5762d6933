import type { MeetingWindow } from '../domain/input';
import type { GroupData } from '../domain/group';
import type { Locale } from '../domain/language';
import type { CardOf } from './cards/card';
import type { Versioned } from './ports';

/**
 * The ports of people and their conversations: who a Teams user is (person records, the link
 * questions, first contact), the chats the bot may write to, and the input windows read with a person
 * on the hot path. Re-exported by ports.ts, where use cases import them from.
 */

/** A conversation (or a user's personal chat) the bot has met, kept for proactive messages. */
export interface ConversationRecord {
  /** The conversation id (for a user's personal chat record: `user:<aadObjectId>`). */
  key: string;
  /** The serialized ConversationReference (opaque to the domain). */
  reference: Record<string, unknown>;
  /** When this conversation is the home of a group, or a meeting chat. */
  groupId?: string;
  /** The meeting last started in this conversation (a hint for a point read; may be stale or missing). */
  meetingId?: string;
  updatedAt: string;
}

/**
 * Conversations by their id, and each user's personal chat by AAD object id, in separate key spaces:
 * a conversation id comes from outside and may be any string (`user:<someone>` included), so it must
 * never be able to name a user's chat record or any other internal document (#14).
 */
export interface ConversationRepository {
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  put(record: ConversationRecord): Promise<void>;
  /** false when there was none. */
  delete(conversationId: string): Promise<boolean>;
  getUserChat(aadObjectId: string): Promise<ConversationRecord | undefined>;
  putUserChat(aadObjectId: string, reference: Record<string, unknown>, updatedAt: string): Promise<void>;
  /** false when there was none. */
  deleteUserChat(aadObjectId: string): Promise<boolean>;
}

/** One roster membership of a person: the group, the member and the organization they speak for. */
export interface Membership {
  groupId: string;
  memberId: string;
  organization: string;
  name: string;
}

/** A round-table text waiting for the member's click (preview, pick, replace-or-add), kept in the store. */
export interface InputDraft {
  /** The id of the activity that brought the text: also the receipt stored on the input. */
  draftId: string;
  text: string;
  /** preview: "Send inn" stores it; direct: stored as soon as meeting/organization are known. */
  mode: 'preview' | 'direct';
  meetingId?: string;
  groupId?: string;
  organization?: string;
  memberId?: string;
  createdAt: string;
}

/**
 * The people index (container `people`, pk /key, id = key): `aad:<id>` for a linked Teams user (its
 * memberships, personal chat and draft), `name:<normalized full name>` and `email:<address>` written
 * at roster import so the first contact finds the person with a point read.
 */
export interface PersonRecord {
  key: string;
  memberships: Membership[];
  name?: string;
  /** aad: only: the personal chat with the bot (the per-turn conversation record there, and the reminder address). */
  chat?: { conversationId: string; reference: Record<string, unknown>; updatedAt: string };
  draft?: InputDraft;
  /** name:/email: only: the Teams users linked through this record (a later roster import reaches them). */
  linkedAad?: string[];
  /**
   * link:<group>:<member> only: the Teams user this roster member is (issue #15 §3). One small document
   * per member, made with a conditional create, so first contacts never write a shared document and a
   * member is claimed once. `memberships` holds the member's one membership.
   */
  link?: { aadObjectId: string; by: 'aad' | 'email' | 'name' | 'secretariat'; at: string };
  /** ask:<group>:<aad> only: a first contact the secretariat must decide (the card «Hvem er …?»). */
  ask?: LinkQuestion;
  /** aad: only: the groups where this person's link waits for the secretariat (erased with the person). */
  asked?: string[];
  /** aad: only: the language the person chose for personal chat (`mitt språk`, #19). */
  language?: Locale;
  updatedAt: string;
}

/** A Teams user the rules could not link safely, waiting for the secretariat's click. */
export interface LinkQuestion {
  groupId: string;
  aadObjectId: string;
  /** The Teams display name, as Teams gave it. */
  teamsName: string;
  /** The roster members the card offers (ids); any other id on a card is refused. */
  candidates: string[];
  reason: 'ambiguous' | 'partial' | 'role' | 'taken';
  createdAt: string;
  /** Set once, with If-Match: the member chosen (null: «Ikke på listen»), by whom. */
  resolved?: { memberId: string | null; by: string; at: string };
}

/**
 * What Teams knows about the sender beyond the activity (TeamsInfo.getMember in bot/): their e-mail
 * address and UPN. Asked only on a first contact, never for a linked user.
 */
export interface MemberDirectory {
  /** The sender's e-mail and UPN (either may be missing); [] when Teams does not answer in time. */
  addressesOfSender(): Promise<string[]>;
}

/** Where a first contact that cannot be linked safely is taken: the secretariat's card in the group's home chat. */
export interface SecretariatDesk {
  /** Posts the card in the group's home chat; false when it could not be posted. */
  post(group: GroupData, card: CardOf<'identity-link'>): Promise<boolean>;
}

/** The ports of a first contact; without them only what the store and the activity say is used. */
export interface FirstContactPorts {
  directory?: MemberDirectory;
  desk?: SecretariatDesk;
}

export interface PeopleRepository {
  get(key: string): Promise<Versioned<PersonRecord> | undefined>;
  /** false when a record with this key exists (409). */
  create(person: PersonRecord): Promise<Versioned<PersonRecord> | false>;
  /** If-Match; ConflictError on a lost race. */
  replace(person: PersonRecord, etag: string): Promise<Versioned<PersonRecord>>;
  /** Erasure (personal data): false when there was none. */
  delete(key: string): Promise<boolean>;
  /** Several records in one request (missing ones undefined), in the order of `keys`. */
  getMany(keys: string[]): Promise<(Versioned<PersonRecord> | undefined)[]>;
  /**
   * The person record and every group's input windows in ONE store request (both live in the
   * people container): what a turn in personal chat needs before it can take round-table input.
   */
  getWithWindows(key: string): Promise<{ person: Versioned<PersonRecord> | undefined; windows: WindowsByGroup }>;
}

/** Each group's input windows as read together (each carries the etag of the document holding them all). */
export type WindowsByGroup = Record<string, Versioned<InputWindows>>;

/** A group's meetings that take (or recently took) round-table input: one point read on the hot path. */
export interface InputWindows {
  groupId: string;
  meetings: MeetingWindow[];
  /** True once the meetings code has reported a change (syncInputWindow); else derived from a query. */
  explicit: boolean;
  refreshedAt: string;
  /** The group's language (`språk`), so personal chat knows it from the read it already makes (#19). */
  language?: Locale;
}

export interface InputWindowRepository {
  get(groupId: string): Promise<Versioned<InputWindows> | undefined>;
  /** Without etag: creates (ConflictError when it exists); with etag: If-Match replace. */
  put(windows: InputWindows, etag?: string): Promise<Versioned<InputWindows>>;
}
