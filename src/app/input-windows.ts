import { sameOrganization } from '../domain/keys';
import { deadlineOf, inputWindow, type MeetingWindow, type WindowDecision } from '../domain/input';
import type { MeetingData } from '../domain/meeting-types';
import type { InputWindows, Membership, PersonRecord, Repositories, Versioned, WindowsByGroup } from './ports';
import { retryOnConflict } from './retry';

/** The group's language kept on its windows document when the windows are rewritten. */
const languageOf = (current: Versioned<InputWindows> | undefined) => (current?.value.language ? { language: current.value.language } : {});

/*
 * Which meetings take input: each group has an entry {meetingId, date, start, end, state,
 * inputDeadline} per published meeting in one 'windows' document kept beside the people records,
 * so a turn in personal chat reads the person and every group's windows in one request
 * (PeopleRepository.getWithWindows); elsewhere a group's entry is one point read.
 *
 * Who maintains it: the meeting's one write path (meeting-writes.ts) calls syncInputWindow after
 * every write that changes a meeting's state, time or deadline. Until it does so for a group, its entry is derived lazily
 * from a query over the group's meetings (at most once per DERIVED_TTL_MS per group, and before
 * refusing input for want of an open window), so input works either way.
 */

/** Closed windows are kept this long after their deadline, to tell a late sender when it closed. */
export const WINDOW_KEEP_DAYS = 60;
export const DERIVED_TTL_MS = 10 * 60_000;

export function windowOf(m: MeetingData): MeetingWindow {
  return { meetingId: m.meetingId, date: m.date, start: m.start, end: m.end, state: m.state, ...(m.inputDeadline ? { inputDeadline: m.inputDeadline } : {}) };
}

function prune(list: MeetingWindow[], now: Date): MeetingWindow[] {
  const cutoff = now.getTime() - WINDOW_KEEP_DAYS * 24 * 3600_000;
  return list
    .filter((w) => w.state !== 'draft' && deadlineOf(w).getTime() > cutoff)
    .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
}

const same = (a: MeetingWindow[], b: MeetingWindow[]) => JSON.stringify(a) === JSON.stringify(b);

/** For the meetings code: call after a meeting's state, time or deadline changed (notice, start, end, lock). */
export async function syncInputWindow(repos: Repositories, meeting: MeetingData, now: Date = new Date()): Promise<void> {
  await retryOnConflict(async () => {
    const current = await repos.inputWindows.get(meeting.groupId);
    const others = (current?.value.meetings ?? []).filter((w) => w.meetingId !== meeting.meetingId);
    const meetings = prune([...others, windowOf(meeting)], now);
    if (current?.value.explicit && same(current.value.meetings, meetings)) return;
    await repos.inputWindows.put({ groupId: meeting.groupId, meetings, explicit: true, refreshedAt: now.toISOString(), ...languageOf(current) }, current?.etag);
  });
}

/** Rebuilds the list from the group's meetings (a query: only when missing, stale or before a refusal). */
async function derive(repos: Repositories, groupId: string, now: Date): Promise<MeetingWindow[]> {
  const meetings = prune((await repos.meetings.listByGroup(groupId)).map(windowOf), now);
  try {
    await retryOnConflict(async () => {
      const current = await repos.inputWindows.get(groupId);
      await repos.inputWindows.put(
        { groupId, meetings, explicit: current?.value.explicit ?? false, refreshedAt: now.toISOString(), ...languageOf(current) },
        current?.etag,
      );
    }, 3);
  } catch {
    // Someone else refreshed it at the same moment: our answer is still right for this turn.
  }
  return meetings;
}

/**
 * The group's windows: from what the turn already read with the person (`preloaded`), else one point
 * read; a query only when there is no list yet, or it is a stale derived one.
 */
export async function windowsOfGroup(repos: Repositories, groupId: string, now: Date, refresh = false, preloaded?: WindowsByGroup): Promise<MeetingWindow[]> {
  const current = preloaded && !refresh ? preloaded[groupId] : await repos.inputWindows.get(groupId);
  const stale = !current || refresh || (!current.value.explicit && now.getTime() - Date.parse(current.value.refreshedAt) > DERIVED_TTL_MS);
  return stale ? derive(repos, groupId, now) : current.value.meetings;
}

/** One place an input can go: a meeting with an open window and an organization the person speaks for there. */
export interface Target {
  groupId: string;
  memberId: string;
  organization: string;
  window: MeetingWindow;
  received: 'before' | 'during' | 'after';
  deadline: Date;
}

export type Resolution =
  | { kind: 'targets'; targets: Target[] }
  | { kind: 'not-on-roster' }
  | { kind: 'no-window' }
  | { kind: 'closed'; window: MeetingWindow; decision: Exclude<WindowDecision, { open: true }> };

/**
 * Where this person's input can go now: the open windows of the groups whose roster holds them,
 * times the organizations they represent there. `only` narrows it (a card's meeting/organization,
 * always checked against the person's own memberships, never trusted).
 */
export async function resolveTargets(
  repos: Repositories,
  person: PersonRecord | undefined,
  now: Date,
  only?: { meetingId?: string; organization?: string },
  preloaded?: WindowsByGroup,
): Promise<Resolution> {
  const memberships = person?.memberships ?? [];
  if (memberships.length === 0) return { kind: 'not-on-roster' };
  const groupIds = [...new Set(memberships.map((m) => m.groupId))];
  const evaluate = (lists: MeetingWindow[][]) => collect(memberships, groupIds, lists, now, only);
  const lists = await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, false, preloaded)));
  let result = evaluate(lists);
  // Nothing open: make sure the lists are not merely out of date before refusing.
  if (result.kind !== 'targets') return evaluate(await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, true))));
  // After the meeting the minutes may be locked by code that does not report it: one point read makes sure.
  const ended = [...new Set(result.targets.filter((x) => x.window.state === 'ended').map((x) => x.window.meetingId))];
  for (const meetingId of ended) {
    const meeting = (await repos.meetings.get(meetingId))?.value;
    if (!meeting || meeting.state === 'ended') continue;
    await syncInputWindow(repos, meeting, now);
    result = evaluate(lists.map((list) => list.map((w) => (w.meetingId === meetingId ? windowOf(meeting) : w))));
  }
  return result.kind === 'targets' ? result : evaluate(await Promise.all(groupIds.map((g) => windowsOfGroup(repos, g, now, true))));
}

function collect(
  memberships: Membership[],
  groupIds: string[],
  lists: MeetingWindow[][],
  now: Date,
  only?: { meetingId?: string; organization?: string },
): Resolution {
  const targets: Target[] = [];
  let closed: Extract<Resolution, { kind: 'closed' }> | undefined;
  groupIds.forEach((groupId, i) => {
    for (const window of lists[i]) {
      if (only?.meetingId && window.meetingId !== only.meetingId) continue;
      const decision = inputWindow(window, now);
      if (!decision.open) {
        if (decision.reason !== 'not-published' && (!closed || window.date >= closed.window.date)) closed = { kind: 'closed', window, decision };
        continue;
      }
      for (const m of memberships.filter((x) => x.groupId === groupId)) {
        if (only?.organization && !sameOrganization(m.organization, only.organization)) continue;
        if (targets.some((t) => t.window.meetingId === window.meetingId && sameOrganization(t.organization, m.organization))) continue;
        targets.push({ groupId, memberId: m.memberId, organization: m.organization, window, received: decision.received, deadline: decision.deadline });
      }
    }
  });
  const when = (x: Target) => `${x.window.date} ${x.window.start} ${x.organization}`;
  if (targets.length) return { kind: 'targets', targets: targets.sort((a, b) => when(a).localeCompare(when(b), 'nb')) };
  return closed ?? { kind: 'no-window' };
}
