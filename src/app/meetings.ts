import { parseAgenda, agendaErrorMessage, agendaToStore } from '../domain/agenda-parser';
import { completeAgenda } from '../domain/agenda-complete';
import { withFollowUpItem } from '../domain/follow-up-agenda';
import type { AgendaItem } from '../domain/agenda';
import type { GroupData } from '../domain/group';
import { newApproval, type Approval, type ApprovalKind } from '../domain/approval';
import {
  approvalItems,
  deadlineOnDate,
  defaultInputDeadline,
  meetingEnd,
  newMeeting,
  nextMeeting,
  parseNorwegianDate,
  previousMeeting,
} from '../domain/meeting';
import { printedPlace } from '../domain/agenda-parts';
import { parseMeetingArgs } from '../domain/meeting-args';
import type { MeetingData } from '../domain/meeting-types';
import { formatDate, formatDeadline, formatMeetingTimeInSentence } from '../domain/norwegian-time';
import { say, type Actor, type Locale, type Reply } from './actor';
import { approvalCard } from './cards/approval';
import { agendaCard } from './cards/agenda';
import { noticeCard } from './cards/notice';
import type { GroupContext } from './group-context';
import type { Repositories, Versioned } from './ports';
import { createMeeting, replaceMeeting } from './meeting-writes';
import { pasteForm } from './paste-forms';
import { retryOnConflict } from './retry';
import { reviewOutcomeBefore } from './review-outcome';
import { meetingTexts } from './texts-meetings';
import { followUpTexts } from './texts-follow-ups';
import { itemRefTexts } from './texts-item-ref';

export { formatDeadline } from '../domain/norwegian-time';

export interface NoticePublication {
  meeting: MeetingData;
  /** The notice card and the approval cards, for the group's home conversation. */
  posts: Reply[];
  deadline: string;
}

/** Only the secretariat reaches these: the router checks the command's audience (bot/handlers/meetings.ts). */
export class MeetingUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** nytt møte <dd.mm.yyyy> <hh:mm>-<hh:mm> [sted] */
  async createMeeting(actor: Actor, ctx: GroupContext, args: string): Promise<Reply> {
    const l = actor.locale;
    const parsed = parseMeetingArgs(args, this.now());
    if (!parsed.ok) return say(parsed.message[l]);
    const groupId = ctx.group.value.groupId;
    const exists = () => say(meetingTexts.meetingExists(l, formatDate(parsed.date)));
    // One meeting per group and date; a moved meeting (flytt møte) keeps the id of the date it was created for.
    if ((await this.repos.meetings.listByGroup(groupId)).some((m) => m.date === parsed.date)) return exists();
    const meeting = newMeeting(groupId, parsed);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? meeting : { ...meeting, meetingId: `${meeting.meetingId}-${n}` };
      if (await createMeeting(this.repos, candidate, this.now())) break;
      // The id is taken: by a meeting on this date (a repeat, or one made at the same moment), or by one moved away from it.
      const holder = await this.repos.meetings.get(candidate.meetingId);
      if (!holder || holder.value.date === parsed.date || n >= 10) return exists();
    }
    // «Neste steg» is the agenda: its form comes with the answer (#16 §1).
    return {
      ...pasteForm(l, 'agenda', groupId),
      text: meetingTexts.meetingCreated(l, formatMeetingTimeInSentence(meeting.date, meeting.start, meeting.end, l), meeting.place),
    };
  }

  /** The group's meetings and the next one (a query; commands only, never card clicks). */
  private async next(groupId: string) {
    const all = await this.repos.meetings.listByGroup(groupId);
    return { all, next: nextMeeting(all) };
  }

  /**
   * sakskart + pasted text: parse, complete, store on the next meeting; answer with the agenda card.
   * Every pasted line is kept (an item's description follows its sub-points) or named in the answer.
   */
  async setAgenda(actor: Actor, ctx: GroupContext, text: string): Promise<Reply> {
    const l = actor.locale;
    const groupId = ctx.group.value.groupId;
    const { all, next } = await this.next(groupId);
    if (!next) return say(meetingTexts.noNextMeeting(l));
    if (next.state === 'in-progress') return say(meetingTexts.agendaLocked(l));
    const parsed = parseAgenda(text);
    if (!parsed.ok) return say(agendaErrorMessage(parsed.error, l));
    // The group's open follow-ups from earlier meetings become the item «Oppfølging fra forrige møte», before Eventuelt (#18 §1).
    const openFollowUps = await this.repos.followUps.listByGroup(groupId, true);
    const completed = completeAgenda(agendaToStore(parsed.items), { previousMeetingDate: previousMeeting(all, next.date)?.date });
    const agenda = withFollowUpItem(completed, openFollowUps, next.meetingId);
    const saved = await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(next.meetingId);
      if (!current) throw new Error(`meeting ${next.meetingId} vanished`);
      // A new paste replaces the parts too: one in a single part leaves none behind.
      const updated: MeetingData = { ...current.value, agenda, parts: parsed.parts };
      if (!parsed.parts) delete updated.parts;
      return (await replaceMeeting(this.repos, current.value, updated, current.etag, this.now())).value;
    });
    const lines = [meetingTexts.agendaStored(l, formatDate(saved.date), agenda.length)];
    const followUpItem = agenda.find((i) => i.kind === 'follow-ups');
    if (followUpItem?.followUpIds?.length) {
      const named = itemRefTexts.NameIn(l, { agenda, parts: parsed.parts }, followUpItem.number);
      lines.push(followUpTexts.agendaItem(l, named, followUpItem.followUpIds.length));
    }
    if (parsed.unplaced.length > 0) lines.push(meetingTexts.agendaLinesLeftOut(l, parsed.unplaced));
    if (saved.state === 'notice-published') lines.push(meetingTexts.agendaChangedAfterNotice(l));
    return { text: lines.join('\n\n'), card: agendaCard(saved, ctx.group.value.name, l) };
  }

  /**
   * innkalling [frist dd.mm.yyyy]: validates, marks the next meeting notice-published with its input
   * deadline, opens the approvals of item 1 and 2, and returns the cards for the home conversation.
   */
  async publishNotice(actor: Actor, ctx: GroupContext, args: string): Promise<NoticePublication | Reply> {
    const l = actor.locale;
    const frist = /^(?:frist|deadline)\s+(\S+)$/i.exec(args.trim());
    if (args.trim() && !frist) return say(meetingTexts.noticeUsage(l));
    const fristDate = frist ? parseNorwegianDate(frist[1]) : undefined;
    if (frist && !fristDate) return say(meetingTexts.noticeUsage(l));
    const { all, next } = await this.next(ctx.group.value.groupId);
    if (!next) return say(meetingTexts.noNextMeeting(l));
    if (next.state === 'in-progress') return say(meetingTexts.agendaLocked(l));
    if (next.agenda.length === 0) return say(meetingTexts.agendaMissing(l));
    const deadline = fristDate ? deadlineOnDate(fristDate) : undefined;
    if (deadline && Date.parse(deadline) <= meetingEnd(next).getTime()) return say(meetingTexts.deadlineBeforeMeeting(l));

    const now = this.now();
    const meeting = await retryOnConflict(async () => {
      const current = await this.repos.meetings.get(next.meetingId);
      if (!current) throw new Error(`meeting ${next.meetingId} vanished`);
      const m = current.value;
      const updated: MeetingData = {
        ...m,
        state: 'notice-published',
        noticePublishedAt: now.toISOString(),
        inputDeadline: deadline ?? (m.state === 'notice-published' && m.inputDeadline ? m.inputDeadline : defaultInputDeadline(m)),
      };
      // The round-table input window opens with this write (meeting-writes keeps the group's list in step).
      return (await replaceMeeting(this.repos, m, updated, current.etag, now)).value;
    });
    // Item 2's card says how the previous minutes' review went (#18 §2), as it stands when the notice goes out.
    const review = await reviewOutcomeBefore(this.repos, all, meeting, l);
    const approvals = await Promise.all(
      approvalItems(meeting.agenda).map((item) =>
        this.openApproval(meeting, item, l, now, closersOf(ctx.group.value), item.kind === 'approve-minutes' ? review : undefined),
      ),
    );
    const groupName = ctx.group.value.name;
    return {
      meeting,
      deadline: formatDeadline(meeting.inputDeadline ?? defaultInputDeadline(meeting), l),
      posts: [{ card: noticeCard(meeting, groupName, l, actor.name, ctx.group.value.settings?.sender) }, ...approvals.map((a) => ({ card: approvalCard(a) }))],
    };
  }

  /** Creates the approval of an item; an existing one (a repeated notice) keeps its votes. */
  private async openApproval(meeting: MeetingData, item: AgendaItem, l: Locale, now: Date, closers: string[], review?: string): Promise<Approval> {
    const fresh = newApproval({
      ...(review ? { review } : {}),
      meetingId: meeting.meetingId,
      groupId: meeting.groupId,
      item: item.number,
      ...printedPlace(meeting, item.number),
      kind: item.kind as ApprovalKind,
      title: item.title,
      meetingDate: meeting.date,
      locale: l,
      createdAt: now.toISOString(),
      closers,
    });
    if (await this.repos.approvals.create(fresh)) return fresh;
    // A repeated notice keeps the votes; an agenda changed since then renames the open approval.
    return retryOnConflict(async () => {
      const existing: Versioned<Approval> | undefined = await this.repos.approvals.get(meeting.meetingId, item.number);
      if (!existing) return fresh;
      const a = existing.value;
      const same =
        a.title === fresh.title &&
        a.kind === fresh.kind &&
        JSON.stringify(a.closers) === JSON.stringify(closers) &&
        a.review === fresh.review &&
        a.shown === fresh.shown;
      if (a.state !== 'open' || same) return a;
      const { part: _part, shown: _shown, ...rest } = a;
      const renamed = { ...rest, title: fresh.title, kind: fresh.kind, closers, review: fresh.review, ...printedPlace(meeting, item.number) };
      return (await this.repos.approvals.replace(renamed, existing.etag)).value;
    });
  }
}

/** The role keys that may close an approval card, as the group has them now (sorted, for comparison). */
function closersOf(group: GroupData): string[] {
  return Object.entries(group.roles)
    .filter(([, r]) => r.roles.includes('chair') || r.roles.includes('secretariat'))
    .map(([key]) => key)
    .sort();
}
