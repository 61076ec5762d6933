import type { PatchOperation } from '@azure/cosmos';
import type { SearchRegisterRepository } from '../../app/ports';
import { REGISTER_VERSION, type RegisterEntry, type RegisterFollowUp, type RegisterMeeting } from '../../domain/search-register';
import { strip, type Documents } from './documents';

/**
 * The search register (#18 §3) in the groups container (pk /groupId), one document per meeting:
 * id `search:<meetingId>`. A search reads the group's documents with one single-partition query
 * (~6 KB each for a meeting of 15 items and 30 inputs: five years of monthly meetings ~360 KB).
 * A write of a register part is one patch of that part's path, with no read first: the parts have
 * separate writers (meeting write path, follow-up writes, the lock's input snapshot), and Cosmos
 * applies a patch atomically, so one part's writer cannot undo another's. Only when the document
 * does not exist yet (a new meeting) the patch answers 404 and a create follows.
 */
type RegisterDoc = RegisterEntry & { id: string; type: 'search' };

const docId = (meetingId: string) => `search:${meetingId}`;
/** A follow-up id as a patch path segment: no «/» (a path separator) can come through. */
const followUpKey = (followUpId: string) => encodeURIComponent(followUpId);

export class CosmosSearchRegister implements SearchRegisterRepository {
  constructor(private readonly docs: Documents) {}

  async listByGroup(groupId: string): Promise<RegisterEntry[]> {
    const rows = await this.docs.query<RegisterDoc>(
      {
        // The groupId is in the WHERE clause too: the embedded server ignores the query's partition key.
        query: "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'search'",
        parameters: [{ name: '@g', value: groupId }],
      },
      groupId,
    );
    return rows.map(({ id: _id, type: _type, ...entry }) => entry);
  }

  async get(groupId: string, meetingId: string): Promise<RegisterEntry | undefined> {
    const found = await this.docs.read<RegisterDoc>(docId(meetingId), groupId);
    if (!found) return undefined;
    const { id: _id, type: _type, ...entry } = strip<RegisterDoc>(found.value);
    return entry;
  }

  async put(entry: RegisterEntry): Promise<void> {
    await this.docs.upsert<RegisterDoc>({ ...entry, id: docId(entry.meetingId), type: 'search' });
  }

  async setMeeting(groupId: string, meetingId: string, meeting: RegisterMeeting): Promise<void> {
    await this.patchOrCreate(groupId, meetingId, [{ op: 'set', path: '/meeting', value: meeting }], { meeting });
  }

  async setFollowUp(groupId: string, meetingId: string, followUpId: string, followUp: RegisterFollowUp): Promise<void> {
    const key = followUpKey(followUpId);
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
    const created = await this.docs.create<RegisterDoc>({ id, type: 'search', groupId, meetingId, v: REGISTER_VERSION, followUps: {}, ...part });
    if (created === false) await this.docs.patch(id, groupId, ops);
  }
}
