import {
  approvalItemNumbers,
  attendanceOf,
  draftExpired,
  isLocked,
  isOwnInput,
  restricted,
  withoutAttendance,
  withoutVote,
  type Subject,
} from '../domain/personal-data';
import type { GroupRole, RosterMember } from '../domain/roster';
import type { Input, MeetingData } from '../domain/meeting-types';
import { fullName } from '../domain/roster-import';
import { actorKey, say, type Actor, type Reply } from './actor';
import { rolesOf } from './group-context';
import { aadKey, askKey, emailKey, linkKey, nameKey } from './people';
import { ConflictError, type PeopleRepository, type PersonRecord, type Repositories, type Versioned } from './ports';
import { replaceMeeting } from './meeting-writes';
import { snapshotInputs } from './search-register';
import { privacyEraseCard } from './cards/privacy-erase';
import { retryOnConflict } from './retry';
import { privacyTexts as t, type DataReport, type ErasureResult } from './texts-privacy';
import { itemRefTexts } from './texts-item-ref';
import { eraseFollowUps, followUpsOwnedBy } from './privacy-follow-ups';
import { eraseReviewAnswers, reviewAnswersOf } from './privacy-reviews';
import { eraseFromJobs, jobsAbout } from './privacy-jobs';

/*
 * Personal data (issue #8): `mine data` shows what is stored about the sender, `slett mine data`
 * erases it after a confirmation card. Who it is about is always the activity's Teams user (its
 * aad: people record and the rosters that record links), never card data. Not a hot path: one
 * query per group (its meetings), then point reads.
 */

/**
 * The people repository with the draft retention rule: a draft older than `days` is dropped when
 * the record is read (and the record without it written back), so nothing needs a timer.
 */
export function withDraftRetention(people: PeopleRepository, days: number, now: () => Date): PeopleRepository {
  const expire = async (found: Versioned<PersonRecord> | undefined) => {
    const draft = found?.value.draft;
    if (!found || !draft || !draftExpired(draft, now(), days)) return found;
    const { draft: _expired, ...kept } = found.value;
    try {
      return await people.replace(kept, found.etag);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      return { value: kept, etag: found.etag }; // changed meanwhile: the writer's next replace reads it again
    }
  };
  return {
    get: async (key) => expire(await people.get(key)),
    getWithWindows: async (key) => {
      const { person, windows } = await people.getWithWindows(key);
      return { person: await expire(person), windows };
    },
    create: (person) => people.create(person),
    replace: (person, etag) => people.replace(person, etag),
    delete: (key) => people.delete(key),
    getMany: (keys) => people.getMany(keys),
  };
}

interface GroupFound {
  groupId: string;
  name: string;
  /** The roster members linked to this person (by the aad: record or the roster's own link). */
  members: RosterMember[];
  roles: GroupRole[];
  meetings: MeetingData[];
}

interface Found {
  /** None stored for a secretariat known only by a stored role (never on a roster, never linked). */
  person?: Versioned<PersonRecord>;
  groups: GroupFound[];
}

export class PrivacyUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date,
    private readonly draftRetentionDays: number,
  ) {}

  /** The person's record and, per group it links, the roster members, roles and meetings. */
  private async find(actor: Actor): Promise<Found | undefined> {
    if (!actor.aadObjectId) return undefined;
    const aad = actor.aadObjectId;
    // Also the groups where a stored role names this Teams user (the secretariat is seldom on the roster):
    // the role is data about them too, and the erasure finds their marks there.
    const [person, roleGroups] = await Promise.all([this.repos.people.get(aadKey(aad)), this.repos.groups.listIdsWithRoleHolder(actorKey(actor))]);
    if (!person && roleGroups.length === 0) return undefined;
    const memberships = person?.value.memberships ?? [];
    const groupIds = [...new Set([...memberships.map((m) => m.groupId), ...roleGroups])];
    const groups = await Promise.all(
      groupIds.map(async (groupId): Promise<GroupFound | undefined> => {
        const [group, roster, meetings] = await Promise.all([
          this.repos.groups.get(groupId),
          this.repos.rosters.get(groupId),
          this.repos.meetings.listByGroup(groupId),
        ]);
        if (!group) return undefined;
        const ids = new Set(memberships.filter((m) => m.groupId === groupId).map((m) => m.memberId));
        const members = (roster?.value ?? []).filter((m) => m.aadObjectId === aad || (ids.has(m.id) && !m.aadObjectId));
        return { groupId, name: group.value.name, members, roles: rolesOf(group.value, actor, members), meetings };
      }),
    );
    return { person, groups: groups.filter((g): g is GroupFound => g !== undefined) };
  }

  /** For each meeting of a group, the person's own input (point reads by organization). */
  private async inputsOf(g: GroupFound, meeting: MeetingData, aad: string) {
    const found: { c: Versioned<Input>; member: RosterMember }[] = [];
    for (const member of g.members) {
      const c = await this.repos.inputs.get(meeting.meetingId, member.organization);
      if (c && isOwnInput(c.value, { memberId: member.id, aadObjectId: aad })) found.push({ c, member });
    }
    return found;
  }

  /** `mine data` / `my data` (personal chat only: the router answers elsewhere). */
  async myData(actor: Actor): Promise<Reply> {
    const l = actor.locale;
    const days = this.draftRetentionDays;
    if (!actor.aadObjectId) return say(t.noTeamsUser(l));
    const found = await this.find(actor);
    if (!found) return say(t.nothingStored(l, days));
    const aad = actor.aadObjectId;
    const report: DataReport = {
      aadObjectId: aad,
      rosters: found.groups.flatMap((g) =>
        g.members.map((m) => ({ group: g.name, name: fullName(m), organization: m.organization, email: m.email, ...(m.note ? { note: m.note } : {}) })),
      ),
      roles: found.groups.filter((g) => g.roles.length).map((g) => ({ group: g.name, roles: g.roles })),
      groups: found.groups.length,
      hasChat: Boolean(found.person?.value.chat),
      draftCreatedAt: found.person?.value.draft?.createdAt,
      language: found.person?.value.language,
      inputs: [],
      votes: [],
      attendance: [],
    };
    report.followUps = (await Promise.all(found.groups.map((g) => followUpsOwnedBy(this.repos, g.groupId, g.name, g.members)))).flat();
    report.reviews = (await Promise.all(found.groups.map((g) => reviewAnswersOf(this.repos, g.groupId, g.name, g.members)))).flat();
    report.jobs = (await Promise.all(found.groups.map((g) => jobsAbout(this.repos, g.groupId, g.name, g.members, aad, g.meetings)))).flat();
    for (const g of found.groups) {
      for (const meeting of g.meetings) {
        for (const { c } of await this.inputsOf(g, meeting, aad)) {
          report.inputs.push({
            group: g.name,
            date: meeting.date,
            organization: c.value.organization,
            received: c.value.received,
            locked: isLocked(meeting),
            restricted: c.value.restricted,
            text: c.value.text,
          });
        }
        for (const item of approvalItemNumbers(meeting.agenda)) {
          const approval = (await this.repos.approvals.get(meeting.meetingId, item))?.value;
          for (const m of g.members) {
            const vote = approval?.votes[m.id];
            if (vote)
              report.votes.push({ group: g.name, date: meeting.date, item: itemRefTexts.nameIn(l, meeting, item), choice: vote.choice, comment: vote.comment });
          }
        }
        for (const m of g.members)
          for (const e of attendanceOf(meeting, { memberId: m.id, aadObjectId: aad }))
            report.attendance.push({ group: g.name, date: meeting.date, status: e.status, reason: e.reason });
      }
    }
    return say(t.report(l, report, days));
  }

  /** `slett mine data` / `erase my data`: the confirmation card. */
  ask(actor: Actor): Reply {
    const l = actor.locale;
    return { card: privacyEraseCard(l, true, t.askTitle(l), t.askText(l)) };
  }

  cancel(actor: Actor): Reply {
    return { card: privacyEraseCard(actor.locale, false, t.cancelledTitle(actor.locale), t.cancelled(actor.locale)) };
  }

  /**
   * «Slett» on the card: erases what the person may erase; input in locked minutes is restricted.
   * Repeatable. A card is not a command, so the personal-chat check stays here.
   */
  async erase(actor: Actor): Promise<Reply> {
    let l = actor.locale;
    if (actor.conversationType !== 'personal') return say(t.personalOnly(l));
    if (!actor.aadObjectId) return say(t.noTeamsUser(l));
    const aad = actor.aadObjectId;
    const found = await this.find(actor);
    // The answer in the language the person chose (`mitt språk`, read with the person; a click has no turn preload).
    l = found?.person?.value.language ?? l;
    const result: ErasureResult = { erased: [], restricted: [] };
    for (const g of found?.groups ?? []) {
      for (const meeting of g.meetings) await this.eraseInMeeting(l, g, meeting, aad, result);
      result.erased.push(...(await eraseFollowUps(this.repos, l, g.groupId, g.name, g.members, g.meetings)));
      result.erased.push(...(await eraseReviewAnswers(this.repos, l, g.groupId, g.name, g.members)));
      result.erased.push(...(await eraseFromJobs(this.repos, l, g.groupId, g.name, g.members, aad, g.meetings)));
      const unlinked = await Promise.all([this.unlinkRoster(g.groupId, aad), this.deleteLinks(g, aad), this.repos.rosters.setWho(g.groupId, aad, undefined)]);
      if (unlinked.some(Boolean)) result.erased.push(t.itemRosterLink(l, g.name));
    }
    if (found) {
      const indexKeys = new Set((found.groups ?? []).flatMap((g) => g.members.flatMap((m) => [nameKey(fullName(m)), ...(m.email ? [emailKey(m.email)] : [])])));
      if (actor.name) indexKeys.add(nameKey(actor.name));
      let unlinked = false;
      for (const key of indexKeys) unlinked = (await this.unlinkIndex(key, aad)) || unlinked;
      if (unlinked) result.erased.push(t.itemIndexLink(l));
    }
    // A question to the secretariat about who this person is names them: it goes too.
    for (const groupId of found?.person?.value.asked ?? []) await this.repos.people.delete(askKey(groupId, aad));
    if (await this.repos.people.delete(aadKey(aad))) result.erased.unshift(t.itemPerson(l));
    // The stored conversation references of the personal chat carry the user's name and ids.
    const chats = await Promise.all([this.repos.conversations.deleteUserChat(aad), this.repos.conversations.delete(actor.conversationId)]);
    if (chats.some(Boolean)) result.erased.push(t.itemChatReference(l));
    const rosterGroups = (found?.groups ?? []).filter((g) => g.members.length).map((g) => g.name);
    return { card: privacyEraseCard(l, false, t.doneTitle(l), t.done(l, result, rosterGroups)) };
  }

  private async eraseInMeeting(l: Actor['locale'], g: GroupFound, meeting: MeetingData, aad: string, result: ErasureResult): Promise<void> {
    const locked = isLocked(meeting);
    const own = await this.inputsOf(g, meeting, aad);
    for (const { c } of own) {
      const what = t.itemInput(l, g.name, meeting.date, c.value.organization);
      if (!locked) {
        if (await this.repos.inputs.delete(meeting.meetingId, c.value.organization)) result.erased.push(what);
      } else if (!c.value.restricted) {
        const now = this.now();
        await retryOnConflict(async () => {
          const current = (await this.repos.inputs.get(meeting.meetingId, c.value.organization)) ?? c;
          if (!current.value.restricted) await this.repos.inputs.put(restricted(current.value, now), current.etag);
        });
        result.restricted.push(what);
      }
    }
    // Restricted input must never be found (#18 §3): the locked minutes' input snapshot is taken again
    // without it (also when it was restricted before: a repeat mends a snapshot an earlier run missed).
    if (locked && own.length) await snapshotInputs(this.repos, meeting, this.now());
    // Attendance and votes in locked minutes are part of the archived record and stay.
    if (locked) return;
    const subjects: Subject[] = g.members.map((m) => ({ memberId: m.id, aadObjectId: aad }));
    const attended = await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(meeting.meetingId);
      if (!current || isLocked(current.value)) return false;
      let next: MeetingData | undefined;
      for (const s of subjects) next = withoutAttendance(next ?? current.value, s) ?? next;
      if (!next) return false;
      await replaceMeeting(this.repos, current.value, next, current.etag, this.now());
      return true;
    });
    if (attended) result.erased.push(t.itemAttendance(l, g.name, meeting.date));
    for (const item of approvalItemNumbers(meeting.agenda)) {
      const voted = await retryOnConflict(async () => {
        const current = await this.repos.approvals.get(meeting.meetingId, item);
        if (!current) return false;
        let next = current.value;
        for (const s of subjects) next = withoutVote(next, s) ?? next;
        if (next === current.value) return false;
        await this.repos.approvals.replace(next, current.etag);
        return true;
      });
      if (voted) result.erased.push(t.itemVote(l, g.name, meeting.date, itemRefTexts.nameIn(l, meeting, item)));
    }
  }

  /** The members' link documents that name this Teams user (issue #15 §3). */
  private async deleteLinks(g: GroupFound, aad: string): Promise<boolean> {
    const keys = g.members.map((m) => linkKey(g.groupId, m.id));
    const links = keys.length ? await this.repos.people.getMany(keys) : [];
    const mine = keys.filter((_k, i) => links[i]?.value.link?.aadObjectId === aad);
    return (await Promise.all(mine.map((k) => this.repos.people.delete(k)))).some(Boolean);
  }

  /** The roster keeps the entry (the secretariat's) but no longer the Teams user. */
  private unlinkRoster(groupId: string, aad: string): Promise<boolean> {
    return retryOnConflict(async () => {
      const roster = await this.repos.rosters.get(groupId);
      if (!roster || !roster.value.some((m) => m.aadObjectId === aad)) return false;
      const members = roster.value.map((m) => (m.aadObjectId === aad ? (({ aadObjectId: _a, ...rest }) => rest)(m) : m));
      await this.repos.rosters.put(groupId, members, roster.etag);
      return true;
    });
  }

  private unlinkIndex(key: string, aad: string): Promise<boolean> {
    return retryOnConflict(async () => {
      const record = await this.repos.people.get(key);
      if (!record?.value.linkedAad?.includes(aad)) return false;
      await this.repos.people.replace({ ...record.value, linkedAad: record.value.linkedAad.filter((x) => x !== aad) }, record.etag);
      return true;
    });
  }
}
