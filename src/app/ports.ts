import type { GroupData } from '../domain/group';
import type { RosterMember } from '../domain/roster';
import type { MeetingData, Input } from '../domain/meeting-types';
import type { Approval } from '../domain/approval';
import type { FollowUp } from '../domain/follow-up';
import type { RegisterEntry, RegisterFollowUp, RegisterInputs, RegisterMeeting } from '../domain/search-register';
import type { ScheduledJob } from '../domain/schedule';
import type { ReviewRound } from '../domain/review';
import type { ExportRepository, SecretRepository } from './ports-exports';
import type { ConversationRepository, InputWindowRepository, PeopleRepository } from './ports-people';

/**
 * The repository interfaces the use cases depend on. src/persistence/cosmos implements them;
 * each has one contract suite run against the embedded Cosmos server. The ports of people and
 * conversations (ports-people.ts) and of exports (ports-exports.ts) live beside it and are re-exported
 * here, so a use case imports every port from './ports'.
 */

export * from './ports-people';
export * from './ports-exports';

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

/**
 * Thrown when the store cannot be reached. `unconfirmed`: a write was sent but its answer never came,
 * so it may have been stored; the user must then not be told it was lost, only that it was not confirmed.
 */
export class StoreUnavailableError extends Error {
  constructor(
    cause: unknown,
    readonly unconfirmed = false,
  ) {
    super(`store unavailable${unconfirmed ? ' (write unconfirmed)' : ''}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

export interface GroupRepository {
  get(groupId: string): Promise<Versioned<GroupData> | undefined>;
  /** Creates the group; returns false when a group with this id already exists. */
  create(group: GroupData): Promise<boolean>;
  /** Replaces with If-Match; throws ConflictError on a lost race. */
  replace(group: GroupData, etag: string): Promise<Versioned<GroupData>>;
  /**
   * The group, its roster and (with an AAD id) the member that Teams user is linked to there (their
   * `who:` document, RosterRepository.setWho), in ONE request: point reads in the group's partition.
   */
  getWithRoster(groupId: string, aadObjectId?: string): Promise<{ group?: Versioned<GroupData>; roster?: Versioned<RosterMember[]>; linkedMemberId?: string }>;
  /**
   * The ids of the groups whose stored roles name this key (`aad:<id>`: a role held by a Teams user,
   * such as the one who created the group, whether or not the roster holds them). One cross-partition
   * query over the group documents; for commands typed in personal chat, not a hot path.
   */
  listIdsWithRoleHolder(key: string): Promise<string[]>;
}

export interface RosterRepository {
  get(groupId: string): Promise<Versioned<RosterMember[]> | undefined>;
  /** Writes the whole roster; with an etag, only if unchanged since read (ConflictError otherwise). */
  put(groupId: string, members: RosterMember[], etag?: string): Promise<Versioned<RosterMember[]>>;
  /**
   * The member a Teams user is in the group (`who:<aad>`, a small document beside the roster in the
   * group's partition, written when they are linked): read together with the group and roster in one
   * request where a click must know its clicker (follow-ups). Undefined memberId: remove it.
   */
  setWho(groupId: string, aadObjectId: string, memberId: string | undefined): Promise<void>;
}

export interface MeetingRepository {
  get(meetingId: string): Promise<Versioned<MeetingData> | undefined>;
  create(meeting: MeetingData): Promise<boolean>;
  replace(meeting: MeetingData, etag: string): Promise<Versioned<MeetingData>>;
  /** The group's meetings, oldest first (a query; never on a hot path). */
  listByGroup(groupId: string): Promise<MeetingData[]>;
  /** Every group's meetings on or after a date, not cancelled or locked (a cross-partition query; only at start-up). */
  listUpcoming(fromDate: string): Promise<MeetingData[]>;
}

export type InputChanges = Pick<Input, 'text' | 'authorName' | 'enteredBySecretariat' | 'received' | 'updatedAt'> & {
  authorAadObjectId?: string;
};

export interface InputRepository {
  get(meetingId: string, organization: string): Promise<Versioned<Input> | undefined>;
  /** Creates or replaces (If-Match when etag given). */
  put(input: Input, etag?: string): Promise<Versioned<Input>>;
  /**
   * Creates the organization's input for the meeting unless it has one; either way answers what is
   * stored now (existing: undefined only if it vanished at that moment). One store request.
   */
  createOrGet(input: Input): Promise<{ created: boolean; existing: Versioned<Input> | undefined }>;
  /**
   * Changes these fields of the stored input and adds a receipt, in one request, only if it is still
   * the version `etag` names; undefined (nothing changed) when it is not, or is gone.
   */
  revise(meetingId: string, organization: string, etag: string, changes: InputChanges, receipt: string): Promise<Versioned<Input> | undefined>;
  delete(meetingId: string, organization: string): Promise<boolean>;
  listByMeeting(meetingId: string): Promise<Input[]>;
  /** The input of several meetings (a group's, for search: #18 §3) in ONE query. */
  listByMeetings(meetingIds: readonly string[]): Promise<Input[]>;
  /** These organizations' input in these meetings: point reads in ONE request (missing ones left out). */
  getMany(refs: readonly { meetingId: string; organization: string }[]): Promise<Input[]>;
}

/**
 * The search register (#18 §3, src/domain/search-register.ts): one document per meeting in the
 * group's partition. Each part is written with one patch and no read; the group's entries are read
 * through its list (`search:index`) with point reads.
 */
export interface SearchRegisterRepository {
  listByGroup(groupId: string): Promise<RegisterEntry[]>;
  get(groupId: string, meetingId: string): Promise<RegisterEntry | undefined>;
  /** The whole entry (backfill, a restriction's new snapshot). */
  put(entry: RegisterEntry): Promise<void>;
  setMeeting(groupId: string, meetingId: string, meeting: RegisterMeeting): Promise<void>;
  setFollowUp(groupId: string, meetingId: string, followUpId: string, followUp: RegisterFollowUp): Promise<void>;
  /** null: no snapshot (the input is read itself). */
  setInputs(groupId: string, meetingId: string, inputs: RegisterInputs | null): Promise<void>;
}

/** One approval card's tally per (meeting, item): point reads and If-Match replaces only. */
export interface ApprovalRepository {
  get(meetingId: string, item: number): Promise<Versioned<Approval> | undefined>;
  /** Creates it; false when it already exists (a repeated notice keeps the votes). */
  create(approval: Approval): Promise<boolean>;
  /** Replaces with If-Match; throws ConflictError on a lost race. */
  replace(approval: Approval, etag: string): Promise<Versioned<Approval>>;
}

/**
 * Follow-ups of a group (#18 §1), in the group's partition: the group's list is one partition
 * query; a status click reads the group, its roster and the card's follow-ups in one request.
 */
export interface FollowUpRepository {
  get(groupId: string, followUpId: string): Promise<Versioned<FollowUp> | undefined>;
  /** false when one with this id exists (a re-sent command). */
  create(followUp: FollowUp): Promise<boolean>;
  /** If-Match; ConflictError on a lost race. */
  replace(followUp: FollowUp, etag: string): Promise<Versioned<FollowUp>>;
  /** The group's follow-ups (all, or only the open and carried ones), oldest first. One partition query. */
  listByGroup(groupId: string, openOnly?: boolean): Promise<FollowUp[]>;
  /** The group, its roster and these follow-ups in ONE request (point reads in one partition): a status click. */
  readWithGroup(
    groupId: string,
    followUpIds: string[],
    /** The clicker: their `who:` document (the member they are linked to) is read in the same request. */
    aadObjectId?: string,
  ): Promise<{ group?: Versioned<GroupData>; roster?: Versioned<RosterMember[]>; followUps: Versioned<FollowUp>[]; linkedMemberId?: string }>;
}

/**
 * The referat's review rounds (#18 §2), one document per round in the group's partition: an answer
 * is a point read and an If-Match replace; the group's rounds are one partition query (privacy only).
 */
export interface ReviewRepository {
  get(groupId: string, meetingId: string, round: number): Promise<Versioned<ReviewRound> | undefined>;
  /** false when this round exists (a re-sent command). */
  create(round: ReviewRound): Promise<boolean>;
  /** If-Match; ConflictError on a lost race. */
  replace(round: ReviewRound, etag: string): Promise<Versioned<ReviewRound>>;
  /** Oldest first; read a round again (get) before changing it. */
  listByGroup(groupId: string): Promise<ReviewRound[]>;
}

export interface Repositories {
  exports: ExportRepository;
  secrets: SecretRepository;
  groups: GroupRepository;
  rosters: RosterRepository;
  meetings: MeetingRepository;
  inputs: InputRepository;
  conversations: ConversationRepository;
  people: PeopleRepository;
  inputWindows: InputWindowRepository;
  approvals: ApprovalRepository;
  followUps: FollowUpRepository;
  searchRegister: SearchRegisterRepository;
  reviews: ReviewRepository;
  schedule: ScheduleRepository;
}

/**
 * Due jobs (#18 §4), all in one partition of their own so that one query finds what is due in every
 * group. A job is identified by its kind and subject: writing it again moves it, never doubles it.
 */
export interface ScheduleRepository {
  get(kind: string, subjectId: string): Promise<Versioned<ScheduledJob> | undefined>;
  /** Creates (no etag: false when it exists) or replaces If-Match (ConflictError on a lost race). */
  put(job: ScheduledJob, etag?: string): Promise<Versioned<ScheduledJob> | false>;
  /** Deletes it; false when there was none. */
  remove(kind: string, subjectId: string): Promise<boolean>;
  /** Jobs whose due time has come and that are waiting or whose claim ran out, oldest first (one query). */
  listDue(now: Date, limit: number): Promise<Versioned<ScheduledJob>[]>;
  /** A group's jobs (status), and every finished job before a time (pruning); queries, never on a hot path. */
  listByGroup(groupId: string): Promise<ScheduledJob[]>;
  listFinishedBefore(before: Date): Promise<ScheduledJob[]>;
  /** Kind and subject of every job (a projection; the start-up check for meetings stored before the scheduler). */
  listKeys(): Promise<{ kind: string; subjectId: string }[]>;
}
