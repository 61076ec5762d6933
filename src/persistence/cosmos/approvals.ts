import type { ApprovalRepository, Versioned } from '../../app/ports';
import { approvalDocId, type Approval } from '../../domain/approval';
import type { Documents } from './documents';
import { strip } from './documents';

/**
 * Approvals live in the meetings container (pk /meetingId) beside their meeting, one document per
 * item: id `approval:<n>`, votes keyed by roster member id (~250 bytes a vote, ~10 KB for 40).
 * Every change is a point read and an If-Match replace; nothing here queries.
 */
type ApprovalDoc = Approval & { id: string; type: 'approval' };

const toDoc = (a: Approval): ApprovalDoc => ({ ...a, id: approvalDocId(a.item), type: 'approval' });

function unwrap(v: Versioned<ApprovalDoc>): Versioned<Approval> {
  const { id: _id, type: _type, ...approval } = strip<ApprovalDoc>(v.value);
  return { value: approval, etag: v.etag };
}

export class CosmosApprovals implements ApprovalRepository {
  constructor(private readonly docs: Documents) {}

  async get(meetingId: string, item: number): Promise<Versioned<Approval> | undefined> {
    const found = await this.docs.read<ApprovalDoc>(approvalDocId(item), meetingId);
    return found && unwrap(found);
  }

  async create(approval: Approval): Promise<boolean> {
    return (await this.docs.create<ApprovalDoc>(toDoc(approval))) !== false;
  }

  async replace(approval: Approval, etag: string): Promise<Versioned<Approval>> {
    return unwrap(await this.docs.replace<ApprovalDoc>(toDoc(approval), approval.meetingId, etag));
  }
}
