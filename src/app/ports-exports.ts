/** The ports of exported documents and the secrets that sign their links. Re-exported by ports.ts. */

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
