import type { GroupData } from '../domain/group';
import type { RosterMember } from '../domain/roster';
import type { MeetingData, Contribution } from '../domain/meeting-types';

/**
 * The repository interfaces the use cases depend on. src/persistence/cosmos implements them;
 * each has one contract suite run against the embedded Cosmos server.
 */

/** A stored document with the concurrency token of the version that was read. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** Thrown by repositories when an If-Match replace lost a race (HTTP 412). Use cases retry. */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`conflict: ${what} was changed by someone else`);
    this.name = 'ConflictError';
  }
}

/** Thrown when the store cannot be reached: the user must be told nothing was saved. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

export interface GroupRepository {
  get(groupId: string): Promise<Versioned<GroupData> | undefined>;
  /** Creates the group; returns false when a group with this id already exists. */
  create(group: GroupData): Promise<boolean>;
  /** Replaces with If-Match; throws ConflictError on a lost race. */
  replace(group: GroupData, etag: string): Promise<Versioned<GroupData>>;
}

export interface RosterRepository {
  get(groupId: string): Promise<Versioned<RosterMember[]> | undefined>;
  /** Writes the whole roster; with an etag, only if unchanged since read (ConflictError otherwise). */
  put(groupId: string, members: RosterMember[], etag?: string): Promise<Versioned<RosterMember[]>>;
}

export interface MeetingRepository {
  get(meetingId: string): Promise<Versioned<MeetingData> | undefined>;
  create(meeting: MeetingData): Promise<boolean>;
  replace(meeting: MeetingData, etag: string): Promise<Versioned<MeetingData>>;
  /** The group's meetings, oldest first (a query; never on a hot path). */
  listByGroup(groupId: string): Promise<MeetingData[]>;
}

export interface ContributionRepository {
  get(meetingId: string, organization: string): Promise<Versioned<Contribution> | undefined>;
  /** Creates or replaces (If-Match when etag given). */
  put(contribution: Contribution, etag?: string): Promise<Versioned<Contribution>>;
  delete(meetingId: string, organization: string): Promise<boolean>;
  listByMeeting(meetingId: string): Promise<Contribution[]>;
}

/** A conversation (or a user's personal chat) the bot has met, kept for proactive messages. */
export interface ConversationRecord {
  /** conversation id, or `user:<aadObjectId>` for a user's personal chat. */
  key: string;
  /** The serialized ConversationReference (opaque to the domain). */
  reference: Record<string, unknown>;
  /** When this conversation is the home of a group, or a meeting chat. */
  groupId?: string;
  updatedAt: string;
}

export interface ConversationRepository {
  get(key: string): Promise<ConversationRecord | undefined>;
  put(record: ConversationRecord): Promise<void>;
}

export interface Repositories {
  groups: GroupRepository;
  rosters: RosterRepository;
  meetings: MeetingRepository;
  contributions: ContributionRepository;
  conversations: ConversationRepository;
}
