import { createHash } from 'node:crypto';
import { senderOf, type GroupData } from '../domain/group';
import type { MeetingData } from '../domain/meeting-types';
import { formatDate } from '../domain/norwegian-time';
import { actorKey, type Actor } from './actor';
import type { ExportVersion } from './ports';

/** Referat or innkalling. */
export type DocumentKind = 'referat' | 'innkalling';

/**
 * An export as the version kept of it (minutes.ts): what was sent is what a link serves. Its id names
 * the kind, the format, the moment and the start of the content's hash.
 */
export function exportVersion(
  actor: Actor,
  meeting: MeetingData,
  kind: DocumentKind,
  format: ExportVersion['format'],
  fileName: string,
  contentType: string,
  body: Buffer,
  made: Date,
): ExportVersion {
  const createdAt = made.toISOString();
  const sha256 = createHash('sha256').update(body).digest('hex');
  return {
    meetingId: meeting.meetingId,
    exportId: `${kind}-${format}-${createdAt.replace(/[^0-9]/g, '')}-${sha256.slice(0, 8)}`,
    kind,
    format,
    fileName,
    contentType,
    size: body.length,
    sha256,
    createdAt,
    createdBy: actorKey(actor),
    body,
  };
}

/** «innkalling-2026-12-23.ics»: ASCII, as the other download names. */
export function icsFileName(date: string): string {
  formatDate(date); // validates yyyy-mm-dd
  return `innkalling-${date}.ics`;
}

/** Who signs the innkalling: the secretariat member exporting it, with the group's sender and phone (#17 §1.2). */
export function signerOf(group: GroupData, name: string): { name: string; phone?: string; organization: string } {
  const phone = group.settings?.phone?.trim();
  return { name, ...(phone ? { phone } : {}), organization: senderOf(group) };
}
