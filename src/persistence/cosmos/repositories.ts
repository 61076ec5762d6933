import { createHash } from 'node:crypto';
import {
  ConflictError,
  type InputChanges,
  type InputRepository,
  type GroupRepository,
  type MeetingRepository,
  type Repositories,
  type RosterRepository,
  type Versioned,
} from '../../app/ports';
import type { GroupData } from '../../domain/group';
import { orgKey } from '../../domain/keys';
import type { Input, MeetingData } from '../../domain/meeting-types';
import type { RosterMember } from '../../domain/roster';
import type { CosmosStore } from './client';
import { Documents, strip, whoDocId } from './documents';
import { CosmosConversations, CosmosSecrets } from './conversations';
import { CosmosExports } from './exports';
import { CosmosApprovals } from './approvals';
import { CosmosFollowUps } from './follow-ups';
import { CosmosSearchRegister } from './search-register';
import { CosmosSchedule } from './schedule';
import { CosmosReviews } from './reviews';
import { CosmosInputWindows, CosmosPeople } from './people';

/*
 * Layout (see README "Storage"):
 *  groups        pk /groupId   : 'group' (the group), 'roster' (all members in one document, ~10 KB for 45),
 *                                'followup:<id>' per follow-up (follow-ups.ts), 'search:<meetingId>' the search register (search-register.ts)
 *  meetings      pk /meetingId : 'meeting' (state, agenda, records, attendance), 'input:<org hash>' per organization
 *  conversations pk /key       : `conv:<id>` per conversation, `user:<aad>` per personal chat (see conversations.ts)
 */

type GroupDoc = GroupData & { id: 'group'; type: 'group' };
type RosterDoc = { id: 'roster'; type: 'roster'; groupId: string; members: RosterMember[] };
type WhoDoc = { id: string; type: 'who'; groupId: string; aadObjectId: string; memberId: string };
type MeetingDoc = MeetingData & { id: 'meeting'; type: 'meeting' };
// Stored input documents keep the type 'contribution', the word the code used before it settled on
// «input» (#13 §7): renaming a stored type would mean rewriting every input ever stored, for nothing.
type InputDoc = Input & { id: string; type: 'contribution' };

/** Back to the domain value: without Cosmos system properties and our own id/type fields. */
const unwrap = <T>(v: Versioned<{ id: string }>): Versioned<T> => {
  const { id: _id, type: _type, ...value } = strip<Record<string, unknown>>(v.value);
  return { value: value as T, etag: v.etag };
};

/** Input ids are derived from the organization's key, so one organization has one input per meeting. */
export function inputId(organization: string): string {
  return 'input:' + createHash('sha256').update(orgKey(organization)).digest('hex').slice(0, 24);
}

class CosmosGroups implements GroupRepository {
  constructor(private readonly docs: Documents) {}
  async get(groupId: string) {
    const found = await this.docs.read<GroupDoc>('group', groupId);
    return found && unwrap<GroupData>(found);
  }
  async create(group: GroupData) {
    return (await this.docs.create<GroupDoc>({ ...group, id: 'group', type: 'group' })) !== false;
  }
  async replace(group: GroupData, etag: string) {
    return unwrap<GroupData>(await this.docs.replace<GroupDoc>({ ...group, id: 'group', type: 'group' }, group.groupId, etag));
  }
  async getWithRoster(groupId: string, aadObjectId?: string) {
    const [group, roster, who] = await this.docs.readMany<GroupDoc | RosterDoc | WhoDoc>([
      { id: 'group', partitionKey: groupId },
      { id: 'roster', partitionKey: groupId },
      // The Teams user's link in this group (or an id no document has).
      { id: aadObjectId ? whoDocId(aadObjectId) : 'who:', partitionKey: groupId },
    ]);
    const memberId = (who?.value as WhoDoc | undefined)?.memberId;
    return {
      ...(group ? { group: unwrap<GroupData>(group as Versioned<GroupDoc>) } : {}),
      ...(roster ? { roster: { value: (roster.value as RosterDoc).members, etag: roster.etag } } : {}),
      ...(typeof memberId === 'string' ? { linkedMemberId: memberId } : {}),
    };
  }
  async listIdsWithRoleHolder(key: string) {
    const rows = await this.docs.query<{ groupId: string }>({
      query: "SELECT c.groupId FROM c WHERE c.type = 'group' AND IS_DEFINED(c.roles[@key])",
      parameters: [{ name: '@key', value: key }],
    });
    return rows.map((r) => r.groupId);
  }
}

class CosmosRosters implements RosterRepository {
  constructor(private readonly docs: Documents) {}
  async get(groupId: string) {
    const found = await this.docs.read<RosterDoc>('roster', groupId);
    return found && { value: found.value.members, etag: found.etag };
  }
  async put(groupId: string, members: RosterMember[], etag?: string) {
    const doc: RosterDoc = { id: 'roster', type: 'roster', groupId, members };
    if (etag) {
      const saved = await this.docs.replace(doc, groupId, etag);
      return { value: saved.value.members, etag: saved.etag };
    }
    const created = await this.docs.create(doc);
    if (created === false) throw new ConflictError(`roster of ${groupId}`);
    return { value: created.value.members, etag: created.etag };
  }
  async setWho(groupId: string, aadObjectId: string, memberId: string | undefined) {
    const id = whoDocId(aadObjectId);
    if (memberId === undefined) await this.docs.delete(id, groupId);
    else await this.docs.upsert<WhoDoc>({ id, type: 'who', groupId, aadObjectId, memberId });
  }
}

class CosmosMeetings implements MeetingRepository {
  constructor(private readonly docs: Documents) {}
  async get(meetingId: string) {
    const found = await this.docs.read<MeetingDoc>('meeting', meetingId);
    return found && unwrap<MeetingData>(found);
  }
  async create(meeting: MeetingData) {
    return (await this.docs.create<MeetingDoc>({ ...meeting, id: 'meeting', type: 'meeting' })) !== false;
  }
  async replace(meeting: MeetingData, etag: string) {
    const doc: MeetingDoc = { ...meeting, id: 'meeting', type: 'meeting' };
    return unwrap<MeetingData>(await this.docs.replace(doc, meeting.meetingId, etag));
  }
  async listByGroup(groupId: string) {
    const rows = await this.docs.query<MeetingDoc>({
      query: "SELECT * FROM c WHERE c.type = 'meeting' AND c.groupId = @g ORDER BY c.date ASC",
      parameters: [{ name: '@g', value: groupId }],
    });
    return rows.map(({ id: _id, type: _type, ...meeting }) => meeting);
  }

  async listUpcoming(fromDate: string) {
    const rows = await this.docs.query<MeetingDoc>({
      query: "SELECT * FROM c WHERE c.type = 'meeting' AND c.date >= @d AND c.state != 'cancelled' AND c.state != 'locked'",
      parameters: [{ name: '@d', value: fromDate }],
    });
    return rows.map(({ id: _id, type: _type, ...meeting }) => meeting);
  }
}

class CosmosInputs implements InputRepository {
  constructor(private readonly docs: Documents) {}
  async get(meetingId: string, organization: string) {
    const found = await this.docs.read<InputDoc>(inputId(organization), meetingId);
    return found && unwrap<Input>(found);
  }
  async put(input: Input, etag?: string) {
    const doc: InputDoc = { ...input, id: inputId(input.organization), type: 'contribution' };
    const saved = etag ? await this.docs.replace(doc, input.meetingId, etag) : await this.docs.upsert(doc);
    return unwrap<Input>(saved);
  }
  async createOrGet(input: Input) {
    const { created, found } = await this.docs.createOrRead<InputDoc>({ ...input, id: inputId(input.organization), type: 'contribution' }, input.meetingId);
    return { created, existing: found && unwrap<Input>(found) };
  }
  async revise(meetingId: string, organization: string, etag: string, changes: InputChanges, receipt: string) {
    const set = Object.entries(changes).map(([key, value]) => ({ op: 'set' as const, path: `/${key}`, value }));
    const saved = await this.docs.patchIfMatch<InputDoc>(inputId(organization), meetingId, etag, [...set, { op: 'add', path: '/receipts/-', value: receipt }]);
    return saved && unwrap<Input>(saved);
  }
  async delete(meetingId: string, organization: string) {
    return this.docs.delete(inputId(organization), meetingId);
  }
  async listByMeeting(meetingId: string) {
    const rows = await this.docs.query<InputDoc>({
      // The meetingId filter is in the WHERE clause too: the embedded server ignores query-level partition filters.
      query: "SELECT * FROM c WHERE c.meetingId = @m AND c.type = 'contribution'",
      parameters: [{ name: '@m', value: meetingId }],
    });
    return rows.map(({ id: _id, type: _type, ...c }) => c);
  }
  async getMany(refs: readonly { meetingId: string; organization: string }[]) {
    if (refs.length === 0) return [];
    const found = await this.docs.readMany<InputDoc>(refs.map((r) => ({ id: inputId(r.organization), partitionKey: r.meetingId })));
    return found.filter((f): f is Versioned<InputDoc> => f !== undefined).map((f) => unwrap<Input>(f).value);
  }
  async listByMeetings(meetingIds: readonly string[]) {
    if (meetingIds.length === 0) return [];
    const rows = await this.docs.query<InputDoc>({
      query: "SELECT * FROM c WHERE c.type = 'contribution' AND ARRAY_CONTAINS(@ids, c.meetingId)",
      parameters: [{ name: '@ids', value: [...meetingIds] }],
    });
    return rows.map(({ id: _id, type: _type, ...c }) => c);
  }
}

export function cosmosRepositories(store: CosmosStore): Repositories {
  return {
    exports: new CosmosExports(new Documents(store.containers.meetings)),
    secrets: new CosmosSecrets(new Documents(store.containers.groups), new Documents(store.containers.conversations)),
    groups: new CosmosGroups(new Documents(store.containers.groups)),
    rosters: new CosmosRosters(new Documents(store.containers.groups)),
    meetings: new CosmosMeetings(new Documents(store.containers.meetings)),
    inputs: new CosmosInputs(new Documents(store.containers.meetings)),
    conversations: new CosmosConversations(new Documents(store.containers.conversations)),
    approvals: new CosmosApprovals(new Documents(store.containers.meetings)),
    followUps: new CosmosFollowUps(new Documents(store.containers.groups)),
    searchRegister: new CosmosSearchRegister(new Documents(store.containers.groups)),
    schedule: new CosmosSchedule(new Documents(store.containers.groups)),
    reviews: new CosmosReviews(new Documents(store.containers.groups)),
    people: new CosmosPeople(new Documents(store.containers.people)),
    inputWindows: new CosmosInputWindows(new Documents(store.containers.people)),
  };
}
