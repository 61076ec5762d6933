import type { ExportRepository, ExportVersion } from '../../app/ports';
import { Documents } from './documents';

/*
 * Export versions live in the meeting's partition: a head document `export:<id>` with the metadata
 * and the body in chunks `export:<id>:<n>` of at most 1 MB each, so a large referat stays under
 * Cosmos' 2 MB item limit. Versions are created once and never changed.
 */
const CHUNK = 1_000_000;

type HeadDoc = Omit<ExportVersion, 'body'> & { id: string; type: 'export'; chunks: number };
type ChunkDoc = { id: string; type: 'export-chunk'; meetingId: string; data: string };

export class CosmosExports implements ExportRepository {
  constructor(private readonly docs: Documents) {}

  async create(version: ExportVersion): Promise<void> {
    const base64 = version.body.toString('base64');
    const chunks = Math.max(1, Math.ceil(base64.length / CHUNK));
    // Chunks first: a head is only visible once its whole body is stored.
    for (let i = 0; i < chunks; i++) {
      await this.docs.upsert<ChunkDoc>({
        id: `export:${version.exportId}:${i}`,
        type: 'export-chunk',
        meetingId: version.meetingId,
        data: base64.slice(i * CHUNK, (i + 1) * CHUNK),
      });
    }
    const { body: _body, ...meta } = version;
    await this.docs.upsert<HeadDoc>({ ...meta, id: `export:${version.exportId}`, type: 'export', chunks });
  }

  async get(meetingId: string, exportId: string): Promise<ExportVersion | undefined> {
    const head = await this.docs.read<HeadDoc>(`export:${exportId}`, meetingId);
    if (!head) return undefined;
    const parts: string[] = [];
    for (let i = 0; i < head.value.chunks; i++) {
      const chunk = await this.docs.read<ChunkDoc>(`export:${exportId}:${i}`, meetingId);
      if (!chunk) return undefined;
      parts.push(chunk.value.data);
    }
    const { id: _id, type: _type, chunks: _chunks, _rid, _self, _etag, _attachments, _ts, ...meta } = head.value as HeadDoc & Record<string, unknown>;
    return { ...(meta as Omit<ExportVersion, 'body'>), body: Buffer.from(parts.join(''), 'base64') };
  }

  async list(meetingId: string): Promise<Omit<ExportVersion, 'body'>[]> {
    const rows = await this.docs.query<HeadDoc>({
      query: "SELECT * FROM c WHERE c.meetingId = @m AND c.type = 'export' ORDER BY c.createdAt ASC",
      parameters: [{ name: '@m', value: meetingId }],
    });
    return rows.map(({ id: _id, type: _type, chunks: _chunks, ...meta }) => meta);
  }
}
