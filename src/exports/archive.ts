import { createHash } from 'node:crypto';
import type { ReferatModel } from '../domain/referat';
import { archiveMetadataJson, archiveMetadataXml, buildArchiveMetadata, type ArchiveMetadata, type ArchiveMetadataInput } from './archive-metadata';
import { referatToPdf } from './pdf';
import { writeZip } from './zip';

/** The names inside the package (docs/archive.md). */
export const ARCHIVE_FILES = { pdf: 'referat.pdf', json: 'metadata.json', xml: 'metadata.xml' } as const;

export interface ArchivePackage {
  body: Buffer;
  contentType: 'application/zip';
  metadata: ArchiveMetadata;
}

/**
 * The archive package of a locked referat: the PDF/A-2a (the same writer as `referat pdf`) and its
 * metadata as JSON and XML, in one ZIP. The caller decides that the referat may be archived.
 * `namesReferat`: the same referat with bare names (no roster notes after them) for the metadata.
 */
export async function renderArchivePackage(
  referat: ReferatModel,
  input: Omit<ArchiveMetadataInput, 'referat' | 'pdf'>,
  made: Date,
  namesReferat: ReferatModel = referat,
): Promise<ArchivePackage> {
  const pdf = await referatToPdf(referat);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const metadata = buildArchiveMetadata({ ...input, referat: namesReferat, pdf: { fileName: ARCHIVE_FILES.pdf, sha256, size: pdf.length } });
  const body = writeZip(
    [
      { name: ARCHIVE_FILES.pdf, data: pdf },
      { name: ARCHIVE_FILES.json, data: Buffer.from(archiveMetadataJson(metadata), 'utf8') },
      { name: ARCHIVE_FILES.xml, data: Buffer.from(archiveMetadataXml(metadata), 'utf8') },
    ],
    made,
  );
  return { body, contentType: 'application/zip', metadata };
}
