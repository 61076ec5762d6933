import type { Locale } from '../domain/language';
import type { GroupData } from '../domain/group';
import type { RosterMember } from '../domain/roster';
import type { MeetingData, Contribution } from '../domain/meeting-types';
import type { Approval } from '../domain/approval';
import type { MeetingWindow } from '../domain/contribution';
import type { FollowUp } from '../domain/follow-up';
import type { RegisterEntry, RegisterFollowUp, RegisterInputs, RegisterMeeting } from '../domain/search-register';
import type { ScheduledJob } from '../domain/schedule';
import type { ReviewRound } from '../domain/review';
import type { CardOf } from './cards/card';

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
}

export type ContributionChanges = Pick<Contribution, 'text' | 'authorName' | 'enteredBySecretariat' | 'received' | 'updatedAt'> & {
  authorAadObjectId?: string;
};

export interface ContributionRepository {
  get(meetingId: string, organization: string): Promise<Versioned<Contribution> | undefined>;
  /** Creates or replaces (If-Match when etag given). */
  put(contribution: Contribution, etag?: string): Promise<Versioned<Contribution>>;
  /**
   * Creates the organization's input for the meeting unless it has one; either way answers what is
   * stored now (existing: undefined only if it vanished at that moment). One store request.
   */
  createOrGet(contribution: Contribution): Promise<{ created: boolean; existing: Versioned<Contribution> | undefined }>;
  /**
   * Changes these fields of the stored input and adds a receipt, in one request, only if it is still
   * the version `etag` names; undefined (nothing changed) when it is not, or is gone.
   */
  revise(meetingId: string, organization: string, etag: string, changes: ContributionChanges, receipt: string): Promise<Versioned<Contribution> | undefined>;
  delete(meetingId: string, organization: string): Promise<boolean>;
  listByMeeting(meetingId: string): Promise<Contribution[]>;
  /** The input of several meetings (a group's, for search: #18 §3) in ONE query. */
  listByMeetings(meetingIds: readonly string[]): Promise<Contribution[]>;
  /** These organizations' input in these meetings: point reads in ONE request (missing ones left out). */
  getMany(refs: readonly { meetingId: string; organization: string }[]): Promise<Contribution[]>;
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
  /** The id of the activity that brought the text: also the receipt stored on the contribution. */
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

export interface Repositories {
  exports: ExportRepository;
  secrets: SecretRepository;
  groups: GroupRepository;
  rosters: RosterRepository;
  meetings: MeetingRepository;
  contributions: ContributionRepository;
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
}

/** One exported document, kept as a version: what was sent is what a link serves. */
export interface ExportVersion {
  meetingId: string;
  exportId: string;
  kind: 'referat' | 'innkalling';
  /** 'ics': the innkalling's calendar event (#18 §4). 'arkiv': the archive package of a locked referat (ZIP: PDF/A + metadata, docs/archive.md). */
  format: 'md' | 'html' | 'docx' | 'pdf' | 'arkiv' | 'ics';
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** actor key of the secretariat member who asked */
  createdBy: string;
  body: Buffer;
}

export interface ExportRepository {
  create(version: ExportVersion): Promise<void>;
  get(meetingId: string, exportId: string): Promise<ExportVersion | undefined>;
  /** The versions of a meeting's exports, oldest first (a query; not a hot path). */
  list(meetingId: string): Promise<Omit<ExportVersion, 'body'>[]>;
}

export interface SecretRepository {
  /** The named secret, created (random) on first use and shared by every bot instance. */
  getOrCreate(name: string): Promise<string>;
}
