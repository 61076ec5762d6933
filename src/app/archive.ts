import type { GroupData } from '../domain/group';
import { personKey } from '../domain/keys';
import type { MeetingData } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { assembleReferat } from '../domain/referat-assembly';
import { meetingNumber } from '../exports/archive-metadata';
import { renderArchivePackage, type ArchivePackage } from '../exports/archive';
import type { Repositories } from './ports';
import { firstReferatMadeAt } from './referat-made';

/** The download name of a meeting's archive package, e.g. "referat-2023-01-19-arkiv.zip" (ASCII). */
export const archiveFileName = (date: string) => `referat-${date}-arkiv.zip`;

/**
 * The archive package of one meeting's locked referat (`referat arkiv`, `npm run referat -- --format
 * archive`), from the data the referat is assembled from. The caller has checked that it is locked.
 */
export async function archivePackage(repos: Repositories, group: GroupData, roster: RosterMember[], meeting: MeetingData, now: Date): Promise<ArchivePackage> {
  const [inputs, meetings, firstMadeAt, followUps] = await Promise.all([
    repos.inputs.listByMeeting(meeting.meetingId),
    repos.meetings.listByGroup(group.groupId),
    firstReferatMadeAt(repos, meeting.meetingId),
    repos.followUps.listByGroup(group.groupId),
  ]);
  const referat = assembleReferat({ group, meeting, roster, inputs, firstMadeAt, now, followUps });
  // The referat prints a roster note after the name («Mari Skogen (vara)»); the metadata keeps name and note apart.
  const notes = new Map(roster.filter((m) => m.note).map((m) => [personKey(`${m.firstName} ${m.lastName}`), m.note as string] as const));
  const namesReferat =
    notes.size === 0
      ? referat
      : assembleReferat({ group, meeting, roster: roster.map((m) => ({ ...m, note: undefined })), inputs, firstMadeAt, now, followUps });
  const chairNames = Object.values(group.roles)
    .filter((r) => r.roles.includes('chair'))
    .map((r) => r.name);
  // The referat names the secretariat without an organization: the attendance entry, else the roster, has it.
  const organizations = new Map<string, string>();
  for (const m of roster) organizations.set(personKey(`${m.firstName} ${m.lastName}`), m.organization);
  for (const e of Object.values(meeting.attendance)) if (e.organization.trim()) organizations.set(personKey(e.name), e.organization.trim());
  return renderArchivePackage(
    referat,
    {
      møtenummer: meetingNumber(meetings.some((m) => m.meetingId === meeting.meetingId) ? meetings : [...meetings, meeting], meeting.meetingId),
      chairNames,
      organizationOf: (name) => organizations.get(personKey(name)),
      noteOf: (name) => notes.get(personKey(name)),
      ...(meeting.lockedAt ? { lockedAt: meeting.lockedAt } : {}),
    },
    now,
    namesReferat,
  );
}
