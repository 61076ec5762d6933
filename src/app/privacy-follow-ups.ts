import { ownedBy, type FollowUp } from '../domain/follow-up';
import { isLocked } from '../domain/personal-data';
import type { MeetingData } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import type { Locale } from './actor';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { followUpTexts as t } from './texts-follow-ups';

/*
 * Follow-ups in `mine data` / `slett mine data` (#18): a follow-up owned by a person names them, and
 * its history names who marked it. An organization's follow-up is the organization's, not personal data.
 */

export interface FollowUpLine {
  group: string;
  date: string;
  text: string;
  status: FollowUp['status'];
}

const personally = (f: FollowUp, members: readonly RosterMember[]) => f.owner?.kind === 'person' && members.some((m) => ownedBy(f, m));

/** The follow-ups these roster members (one person) own personally in a group. One partition query. */
export async function followUpsOwnedBy(repos: Repositories, groupId: string, group: string, members: readonly RosterMember[]): Promise<FollowUpLine[]> {
  if (members.length === 0) return [];
  const all = await repos.followUps.listByGroup(groupId);
  return all.filter((f) => personally(f, members)).map((f) => ({ group, date: f.meetingDate, text: f.text, status: f.status }));
}

/**
 * Erasure: in meetings that are not locked, a follow-up owned by the person passes to their
 * organization (the task stays, the name goes) and their name leaves its history; a locked
 * meeting's follow-ups are archive and stay as written. Answers the erased items' descriptions.
 */
export async function eraseFollowUps(
  repos: Repositories,
  l: Locale,
  groupId: string,
  group: string,
  members: readonly RosterMember[],
  meetings: readonly MeetingData[],
): Promise<string[]> {
  if (members.length === 0) return [];
  const names = new Set(members.map(fullName));
  const locked = new Set(meetings.filter(isLocked).map((m) => m.meetingId));
  const erased: string[] = [];
  for (const f of await repos.followUps.listByGroup(groupId)) {
    if (locked.has(f.meetingId)) continue;
    const owned = personally(f, members);
    if (!owned && !f.history.some((h) => names.has(h.by)) && !names.has(f.createdBy)) continue;
    await retryOnConflict(async () => {
      const current = await repos.followUps.get(groupId, f.followUpId);
      if (!current) return;
      const v = current.value;
      const owner = v.owner?.kind === 'person' && personally(v, members) ? { kind: 'organization' as const, organization: v.owner.organization } : v.owner;
      const history = v.history.map((h) => (names.has(h.by) ? { ...h, by: '' } : h));
      await repos.followUps.replace({ ...v, owner, history, createdBy: names.has(v.createdBy) ? '' : v.createdBy }, current.etag);
    });
    erased.push(t.privacyErased(l, group, f.meetingDate, f.text, owned));
  }
  return erased;
}
