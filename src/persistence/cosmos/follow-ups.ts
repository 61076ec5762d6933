import type { FollowUpRepository, Versioned } from '../../app/ports';
import type { FollowUp } from '../../domain/follow-up';
import type { GroupData } from '../../domain/group';
import type { RosterMember } from '../../domain/roster';
import type { Documents } from './documents';
import { strip, whoDocId } from './documents';

/**
 * Follow-ups live in the groups container (pk /groupId) beside the group and its roster, one
 * document each: id `followup:<id>`. The group's list is one single-partition query; a status click
 * reads the group, the roster and the follow-ups its card shows in one bulk request, then one
 * If-Match replace. A group's follow-ups are small (~600 bytes each): years of them stay far
 * below a partition's 20 GB.
 */
type FollowUpDoc = FollowUp & { id: string; type: 'followup' };

const docId = (followUpId: string) => `followup:${followUpId}`;
const toDoc = (f: FollowUp): FollowUpDoc => ({ ...f, id: docId(f.followUpId), type: 'followup' });

function unwrap(v: Versioned<FollowUpDoc>): Versioned<FollowUp> {
  const { id: _id, type: _type, ...followUp } = strip<FollowUpDoc>(v.value);
  return { value: followUp, etag: v.etag };
}

/** At most this many follow-ups are read back for one card (the card shows no more). */
export const MAX_CARD_FOLLOW_UPS = 40;

export class CosmosFollowUps implements FollowUpRepository {
  constructor(private readonly docs: Documents) {}

  async get(groupId: string, followUpId: string): Promise<Versioned<FollowUp> | undefined> {
    const found = await this.docs.read<FollowUpDoc>(docId(followUpId), groupId);
    return found && unwrap(found);
  }

  async create(followUp: FollowUp): Promise<boolean> {
    return (await this.docs.create<FollowUpDoc>(toDoc(followUp))) !== false;
  }

  async replace(followUp: FollowUp, etag: string): Promise<Versioned<FollowUp>> {
    return unwrap(await this.docs.replace<FollowUpDoc>(toDoc(followUp), followUp.groupId, etag));
  }

  async listByGroup(groupId: string, openOnly = false): Promise<FollowUp[]> {
    const status = openOnly ? " AND (c.status = 'open' OR c.status = 'carried')" : '';
    const rows = await this.docs.query<FollowUpDoc>(
      {
        // The groupId is in the WHERE clause too: the embedded server ignores the query's partition key.
        query: `SELECT * FROM c WHERE c.groupId = @g AND c.type = 'followup'${status} ORDER BY c.createdAt ASC`,
        parameters: [{ name: '@g', value: groupId }],
      },
      groupId,
    );
    return rows.map(({ id: _id, type: _type, ...f }) => f);
  }

  async readWithGroup(groupId: string, followUpIds: string[], aadObjectId?: string) {
    const ids = [...new Set(followUpIds)].slice(0, MAX_CARD_FOLLOW_UPS);
    const [group, roster, who, ...rest] = await this.docs.readMany<{ id: string } & Record<string, unknown>>([
      { id: 'group', partitionKey: groupId },
      { id: 'roster', partitionKey: groupId },
      // The clicker's link in this group (or an id no document has).
      { id: aadObjectId ? whoDocId(aadObjectId) : 'who:', partitionKey: groupId },
      ...ids.map((id) => ({ id: docId(id), partitionKey: groupId })),
    ]);
    const linked = who?.value.memberId;
    const groupValue = group && (strip<Record<string, unknown>>(group.value) as Record<string, unknown>);
    if (groupValue) {
      delete groupValue.id;
      delete groupValue.type;
    }
    return {
      group: group && groupValue ? { value: groupValue as unknown as GroupData, etag: group.etag } : undefined,
      roster: roster ? { value: (roster.value as unknown as { members: RosterMember[] }).members, etag: roster.etag } : undefined,
      ...(typeof linked === 'string' ? { linkedMemberId: linked } : {}),
      followUps: rest.filter((r): r is Versioned<{ id: string } & Record<string, unknown>> => !!r).map((r) => unwrap(r as unknown as Versioned<FollowUpDoc>)),
    };
  }
}
