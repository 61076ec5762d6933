import { matchName, matchParticipant, setAttendance, type Attendee } from '../domain/attendance';
import type { AttendanceEntry } from '../domain/meeting-types';
import type { GroupData } from '../domain/group';
import { osloDateOf } from '../domain/norwegian-time';
import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import type { Actor, Locale } from './actor';
import type { GroupContext } from './group-context';
import { withLinks } from './people';
import type { ConversationRecord, Repositories } from './ports';
import { answer, meetingOfCard, findMeeting, liveRollCall, mutateMeeting, type LiveCard } from './run-shared';
import { rollCallCard } from './cards/roll-call';
import type { Outcome } from './outcome';
import { texts } from './texts';
import { runTexts } from './texts-run';

export type Status = AttendanceEntry['status'];

/** Whether a person holds the secretariat role in the group (stored roles, never message text). */
export function isSecretariatPerson(group: GroupData, member: RosterMember | undefined, aadObjectId: string | undefined): boolean {
  const keys = [member ? `member:${member.id}` : '', member?.aadObjectId ? `aad:${member.aadObjectId}` : '', aadObjectId ? `aad:${aadObjectId}` : ''].filter(
    Boolean,
  );
  return keys.some((k) => group.roles[k]?.roles.includes('secretariat'));
}

export class AttendanceUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** til stede / forfall [navn]: the sender's own status, or (secretariat only) a named person's. */
  async markTyped(
    actor: Actor,
    ctx: GroupContext,
    conversation: ConversationRecord | undefined,
    status: Status,
    nameArg: string,
    reason?: string,
  ): Promise<Outcome> {
    const l = actor.locale;
    let person: Attendee;
    if (nameArg.trim()) {
      if (!ctx.roles.includes('secretariat')) return answer(runTexts.onlySecretariatForOthers(l));
      const match = matchName(ctx.roster, nameArg);
      if (match.kind === 'none') return answer(runTexts.nameNoMatch(l, nameArg.trim()));
      if (match.kind === 'many') return answer(runTexts.nameAmbiguous(l, nameArg.trim(), match.members.slice(0, 8).map(fullName)));
      const member = match.member;
      person = {
        member,
        aadObjectId: member.aadObjectId,
        name: fullName(member),
        secretariat: isSecretariatPerson(ctx.group.value, member, member.aadObjectId),
      };
    } else {
      const self = this.self(actor, ctx);
      if (!self) return answer(runTexts.notOnRoster(l));
      person = self;
    }
    const found = await findMeeting(this.repos, ctx.group.value.groupId, conversation, 'upcoming', this.now());
    if (!found) return answer(runTexts.noMeetingForAttendance(l));
    return this.apply(found.value.meetingId, person, status, ctx, l, reason);
  }

  /** A roll-call button: always the clicker's own status; the meeting comes from the card, the person from the activity. */
  async click(actor: Actor, status: Status, data: Record<string, unknown>): Promise<Outcome> {
    const read = await meetingOfCard(this.repos, actor, data);
    if (read.missing) return answer(read.missing === 'meeting' ? runTexts.noMeetingForAttendance(actor.locale) : texts.noGroupHere(actor.locale));
    const { meeting: found, ctx } = read;
    actor = read.actor;
    const l = actor.locale;
    const meetingId = found.value.meetingId;
    const self = this.self(actor, ctx);
    if (!self) return answer(runTexts.notOnRoster(l));
    return this.apply(meetingId, self, status, ctx, l);
  }

  /**
   * Teams meeting participants who joined: marked present when the roster knows them (AAD id, else
   * name), or when they hold the secretariat role. Others are left out. One write for the batch.
   */
  async participantsJoined(
    groupId: string,
    conversation: ConversationRecord | undefined,
    participants: { aadObjectId?: string; name?: string }[],
  ): Promise<{ marked: number; live: LiveCard[] }> {
    const none = { marked: 0, live: [] };
    const group = await this.repos.groups.get(groupId);
    // With each member's link (link documents, one request): a joined user is found by their AAD id.
    const roster = await withLinks(this.repos, groupId, (await this.repos.rosters.get(groupId))?.value ?? []);
    if (!group) return none;
    const people: Attendee[] = [];
    for (const p of participants) {
      const member = matchParticipant(roster, p);
      const secretariat = isSecretariatPerson(group.value, member, p.aadObjectId);
      if (!member && !secretariat) continue;
      people.push({ member, aadObjectId: p.aadObjectId, name: member ? fullName(member) : (p.name ?? '').trim() || '?', secretariat });
    }
    if (people.length === 0) return none;
    const found = await this.meetingToday(groupId, conversation);
    if (!found) return none;
    const done = await mutateMeeting(this.repos, found.value.meetingId, (m) => {
      let attendance = m.attendance;
      let count = 0;
      for (const person of people) {
        // Someone who sent apologies and then joins is present after all.
        const change = setAttendance(attendance, person, 'present');
        if (change.changed) count++;
        attendance = change.attendance;
      }
      return { next: count ? { ...m, attendance } : undefined, result: count };
    });
    if (!done?.result) return none;
    // The roll-call on the chat's screen shows who has joined (the group's language: no one person reads it).
    return { marked: done.result, live: liveRollCall(done.meeting, rollCallCard(done.meeting, roster, group.value.settings?.language ?? 'nb')) };
  }

  /** A Teams meeting happens today: the chat's meeting when it is today's (also just ended), else the running one, else today's. */
  private async meetingToday(groupId: string, conversation: ConversationRecord | undefined) {
    const today = osloDateOf(this.now());
    const hinted = conversation?.meetingId ? await this.repos.meetings.get(conversation.meetingId) : undefined;
    if (hinted && hinted.value.groupId === groupId && hinted.value.date === today && hinted.value.state !== 'locked' && hinted.value.state !== 'cancelled')
      return hinted;
    const found = await findMeeting(this.repos, groupId, conversation, 'upcoming', this.now());
    return found && (found.value.state === 'in-progress' || found.value.date === today) ? found : undefined;
  }

  private self(actor: Actor, ctx: GroupContext): Attendee | undefined {
    const secretariat = ctx.roles.includes('secretariat');
    if (!ctx.member && !secretariat) return undefined;
    return { member: ctx.member, aadObjectId: actor.aadObjectId, name: ctx.member ? fullName(ctx.member) : actor.name, secretariat };
  }

  /** Attendance does not bump the meeting's version: the current-item card does not show it, so its buttons stay valid. */
  private async apply(meetingId: string, person: Attendee, status: Status, ctx: GroupContext, l: Locale, reason?: string): Promise<Outcome> {
    const done = await mutateMeeting(this.repos, meetingId, (m) => {
      const change = setAttendance(m.attendance, person, status, reason);
      return { next: change.changed ? { ...m, attendance: change.attendance } : undefined, result: change.attendance };
    });
    if (!done) return answer(runTexts.noMeetingForAttendance(l));
    const entry = Object.values(done.result).find((e) => e.name === (person.member ? fullName(person.member) : person.name.trim()));
    const who = entry?.name ?? person.name;
    const org = entry?.organization ?? '';
    const text = status === 'present' ? runTexts.markedPresent(l, who, org) : runTexts.markedApologies(l, who, org);
    // The clicker gets the card redrawn; the roll-call everyone sees is updated in place, however the change came (#16 §4).
    const shared = rollCallCard(done.meeting, ctx.roster, ctx.group.value.settings?.language ?? l);
    return answer(text, { invoke: rollCallCard(done.meeting, ctx.roster, l), live: liveRollCall(done.meeting, shared), meetingId });
  }
}
