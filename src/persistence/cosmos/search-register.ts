import type { PatchOperation } from '@azure/cosmos';
import type { SearchRegisterRepository, Versioned } from '../../app/ports';
import { REGISTER_VERSION, type RegisterEntry, type RegisterFollowUp, type RegisterMeeting } from '../../domain/search-register';
import { strip, type Documents } from './documents';

/**
 * The search register (#18 §3) in the groups container (pk /groupId), one document per meeting:
 * id `search:<meetingId>` (~7 KB for a meeting of 15 items and 30 inputs: five years of monthly
 * meetings ~420 KB), and the group's list of them, `search:index`. A search reads the list and then
 * the entries by point reads in one bulk request: two requests, and no SQL for the store to evaluate
 * (on the embedded server the bulk read of 60 entries took 16 ms where the same entries as a
 * single-partition query took 42 ms).
 * A write of a register part is one patch of that part's path, with no read first: the parts have
 * separate writers (meeting write path, follow-up writes, the lock's input snapshot), and Cosmos
 * applies a patch atomically, so one part's writer cannot undo another's. Only when the entry does
 * not exist yet (a new meeting) the patch answers 404: the meeting is added to the list first, then
 * the entry is created, so the list never misses an entry that exists (an id listed without an
 * entry is skipped).
 */
type RegisterDoc = RegisterEntry & { id: string; type: 'search' };
type IndexDoc = { id: typeof INDEX_ID; type: 'search-index'; groupId: string; meetings: Record<string, string> };

const INDEX_ID = 'search:index';
const docId = (meetingId: string) => `search:${meetingId}`;
/** An id as a patch path segment: no «/» (a path separator) can come through. */
const pathKey = (key: string) => encodeURIComponent(key);

export class CosmosSearchRegister implements SearchRegisterRepository {
  constructor(private readonly docs: Documents) {}

  async listByGroup(groupId: string): Promise<RegisterEntry[]> {
    const index = await this.docs.read<IndexDoc>(INDEX_ID, groupId);
    if (index) {
      const found = await this.docs.readMany<RegisterDoc>(Object.values(index.value.meetings).map((m) => ({ id: docId(m), partitionKey: groupId })));
      return found.flatMap((f?: Versioned<RegisterDoc>) => (f ? [unwrap(f.value)] : []));
    }
    // No list (entries written before it existed, until the start-up backfill has run): the entries by query.
    const rows = await this.docs.query<RegisterDoc>(
      {
        // The groupId is in the WHERE clause too: the embedded server ignores the query's partition key.
        query: "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'search'",
        parameters: [{ name: '@g', value: groupId }],
      },
      groupId,
    );
    return rows.map(unwrap);
  }

  async get(groupId: string, meetingId: string): Promise<RegisterEntry | undefined> {
    const found = await this.docs.read<RegisterDoc>(docId(meetingId), groupId);
    if (!found) return undefined;
    return unwrap(found.value);
  }

  async put(entry: RegisterEntry): Promise<void> {
    await this.addToIndex(entry.groupId, entry.meetingId);
    await this.docs.upsert<RegisterDoc>({ ...entry, id: docId(entry.meetingId), type: 'search' });
  }

  async setMeeting(groupId: string, meetingId: string, meeting: RegisterMeeting): Promise<void> {
    await this.patchOrCreate(groupId, meetingId, [{ op: 'set', path: '/meeting', value: meeting }], { meeting });
  }

  async setFollowUp(groupId: string, meetingId: string, followUpId: string, followUp: RegisterFollowUp): Promise<void> {
    const key = pathKey(followUpId);
    await this.patchOrCreate(groupId, meetingId, [{ op: 'set', path: `/followUps/${key}`, value: followUp }], { followUps: { [key]: followUp } });
  }

  async setInputs(groupId: string, meetingId: string, inputs: RegisterEntry['inputs']): Promise<void> {
    // null, not a removal: removing a path that is not there fails the patch.
    await this.patchOrCreate(groupId, meetingId, [{ op: 'set', path: '/inputs', value: inputs ?? null }], { inputs: inputs ?? null });
  }

  /** One patch; a missing document is created with this part (and a create that lost a race patches again). */
  private async patchOrCreate(groupId: string, meetingId: string, ops: PatchOperation[], part: Partial<RegisterEntry>): Promise<void> {
    const id = docId(meetingId);
    if (await this.docs.patch(id, groupId, ops)) return;
    await this.addToIndex(groupId, meetingId);
    const created = await this.docs.create<RegisterDoc>({ id, type: 'search', groupId, meetingId, v: REGISTER_VERSION, followUps: {}, ...part });
    if (created === false) await this.docs.patch(id, groupId, ops);
  }

  /** The meeting on the group's list: one patch (or the list's creation, the group's first entry). */
  private async addToIndex(groupId: string, meetingId: string): Promise<void> {
    const op: PatchOperation = { op: 'set', path: `/meetings/${pathKey(meetingId)}`, value: meetingId };
    if (await this.docs.patch(INDEX_ID, groupId, [op])) return;
    const created = await this.docs.create<IndexDoc>({ id: INDEX_ID, type: 'search-index', groupId, meetings: { [pathKey(meetingId)]: meetingId } });
    if (created === false) await this.docs.patch(INDEX_ID, groupId, [op]);
  }
}

const unwrap = (doc: RegisterDoc): RegisterEntry => {
  const { id: _id, type: _type, ...entry } = strip<RegisterDoc>(doc);
  return entry;
};
