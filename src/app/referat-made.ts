import type { Repositories } from './ports';

/**
 * When the referat of a meeting was first made: its oldest stored export (any format). The referat's
 * «Dato:» is that day (or the day of approval for locked minutes), so re-exports print the same date
 * (#17 §1.6). A query over the meeting's export versions: export is not a hot path.
 */
export async function firstReferatMadeAt(repos: Repositories, meetingId: string): Promise<string | undefined> {
  return (await repos.exports.list(meetingId)).find((v) => v.kind === 'referat')?.createdAt;
}
