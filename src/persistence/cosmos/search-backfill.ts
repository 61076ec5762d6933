import type { FollowUp } from '../../domain/follow-up';
import type { Input, MeetingData } from '../../domain/meeting-types';
import { REGISTER_VERSION, registerEntry } from '../../domain/search-register';
import type { CosmosStore } from './client';
import { Documents } from './documents';
import { CosmosSearchRegister } from './search-register';

/**
 * Writes the search register entry (#18 §3) of every meeting that has none, one of an older
 * layout (the data stored before the register existed), or one behind its sources: its meeting's
 * fingerprint (registerHash) differs from the one it was written with, or a follow-up of its meeting is
 * not in it (a register write that failed, src/app/search-register.ts). Three projections: meetings,
 * entries, follow-ups. Runs at every start, like the input-id
 * migration, and is idempotent: a second run reads two projections (meetings, register entries) and
 * writes nothing. A meeting's entry is written whole (an upsert of what its meeting, follow-ups and,
 * for locked minutes, input say now), so a crash half-way leaves the rest for the next start.
 */
export async function backfillSearchRegister(store: CosmosStore, now: Date = new Date()): Promise<{ written: number }> {
  const meetings = new Documents(store.containers.meetings);
  const groups = new Documents(store.containers.groups);
  const register = new CosmosSearchRegister(groups);
  const [all, entries, followUpIds] = await Promise.all([
    meetings.query<{ meetingId: string; groupId: string; registerHash?: string }>({
      query: "SELECT c.meetingId, c.groupId, c.registerHash FROM c WHERE c.type = 'meeting'",
    }),
    groups.query<{ meetingId: string; v?: number; date?: string; hash?: string; followUps?: Record<string, unknown> }>({
      query: "SELECT c.meetingId, c.v, c.meeting.date, c.meeting.hash, c.followUps FROM c WHERE c.type = 'search'",
    }),
    groups.query<{ meetingId: string; followUpId: string }>({ query: "SELECT c.meetingId, c.followUpId FROM c WHERE c.type = 'followup'" }),
  ]);
  // Behind its sources (a register write that failed): a meeting fingerprint that differs, a follow-up it lacks.
  const byMeeting = new Map(entries.map((e) => [e.meetingId, e]));
  const lacking = new Set(
    followUpIds
      .filter((f) => {
        const kept = byMeeting.get(f.meetingId)?.followUps ?? {};
        return !(f.followUpId in kept) && !(encodeURIComponent(f.followUpId) in kept);
      })
      .map((f) => f.meetingId),
  );
  const current = (m: { meetingId: string; registerHash?: string }) => {
    const e = byMeeting.get(m.meetingId);
    if (!e || e.v !== REGISTER_VERSION || e.date === undefined || lacking.has(m.meetingId)) return false;
    return m.registerHash === undefined || m.registerHash === e.hash;
  };
  const missing = all.filter((m) => !current(m));
  const followUpsOf = new Map<string, Promise<FollowUp[]>>();
  let written = 0;
  for (const { meetingId, groupId } of missing) {
    const found = await meetings.read<MeetingData & { id: string }>('meeting', meetingId);
    if (!found) continue;
    if (!followUpsOf.has(groupId))
      followUpsOf.set(
        groupId,
        groups.query<FollowUp>(
          { query: "SELECT * FROM c WHERE c.groupId = @g AND c.type = 'followup'", parameters: [{ name: '@g', value: groupId }] },
          groupId,
        ),
      );
    const meeting = found.value;
    const inputs =
      meeting.state === 'locked'
        ? await meetings.query<Input>(
            { query: "SELECT * FROM c WHERE c.meetingId = @m AND c.type = 'contribution'", parameters: [{ name: '@m', value: meetingId }] },
            meetingId,
          )
        : undefined;
    await register.put(registerEntry(meeting, await followUpsOf.get(groupId)!, inputs, now));
    written++;
  }
  return { written };
}
