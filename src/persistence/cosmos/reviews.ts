import type { ReviewRepository, Versioned } from '../../app/ports';
import { reviewDocId, type ReviewRound } from '../../domain/review';
import type { Documents } from './documents';
import { strip } from './documents';

/**
 * Review rounds (#18 §2) live in the groups container (pk /groupId) beside the group, one document
 * per round: id `review:<meetingId>:<round>`. An answer is a point read and an If-Match replace;
 * the meeting document says how many rounds there are, so nothing on a click queries. A round of
 * 40 members with long remarks stays far below Cosmos' 2 MB document limit (4,000 characters each).
 */
type ReviewDoc = ReviewRound & { id: string; type: 'review' };

const toDoc = (r: ReviewRound): ReviewDoc => ({ ...r, id: reviewDocId(r.meetingId, r.round), type: 'review' });

function unwrap(v: Versioned<ReviewDoc>): Versioned<ReviewRound> {
  const { id: _id, type: _type, ...round } = strip<ReviewDoc>(v.value);
  return { value: round, etag: v.etag };
}

export class CosmosReviews implements ReviewRepository {
  constructor(private readonly docs: Documents) {}

  async get(groupId: string, meetingId: string, round: number): Promise<Versioned<ReviewRound> | undefined> {
    const found = await this.docs.read<ReviewDoc>(reviewDocId(meetingId, round), groupId);
    return found && unwrap(found);
  }

  async create(round: ReviewRound): Promise<boolean> {
    return (await this.docs.create<ReviewDoc>(toDoc(round))) !== false;
  }

  async replace(round: ReviewRound, etag: string): Promise<Versioned<ReviewRound>> {
    return unwrap(await this.docs.replace<ReviewDoc>(toDoc(round), round.groupId, etag));
  }

  async listByGroup(groupId: string): Promise<ReviewRound[]> {
    const rows = await this.docs.query<ReviewDoc>(
      {
        // The groupId is in the WHERE clause too: the embedded server ignores the query's partition key.
        query: "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'review' ORDER BY c.sentAt ASC",
        parameters: [{ name: '@g', value: groupId }],
      },
      groupId,
    );
    return rows.map(({ id: _id, type: _type, ...round }) => round);
  }
}
