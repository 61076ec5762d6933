import { registerFollowUpWrite } from './search-register';
import { readerLocale } from './language';
import { createHash, randomUUID } from 'node:crypto';
import {
  byDeadline,
  followUpPlace,
  MAX_FOLLOW_UP_LENGTH,
  newFollowUp,
  ownedBy,
  ownerName,
  parseFollowUp,
  resolveOwner,
  setStatus,
  type FollowUp,
  type FollowUpStatus,
} from '../domain/follow-up';
import { currentItem } from '../domain/meeting-flow';
import { itemRefTexts } from './texts-item-ref';
import type { MeetingData } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import { formatDate, osloDateOf } from '../domain/norwegian-time';
import { localeOf, type Actor, type Locale } from './actor';
import { followUpCard, type FollowUpView } from './cards/follow-ups';
import { groupContextOf, groupsOfActor, loadGroupContext, type GroupContext } from './group-context';
import type { ConversationRecord, Repositories, Versioned } from './ports';
import { nameKey, personalChatReference, withLinks } from './people';
import { retryOnConflict } from './retry';
import { answer, canChair, findMeeting, notRunningText, type CardRef } from './run-shared';
import type { Outcome } from './outcome';
import { texts } from './texts';
import { followUpTexts as t } from './texts-follow-ups';
import { runTexts } from './texts-run';

/** One owner's follow-ups from a meeting that just ended, and where to send them. */
export interface OwnerDelivery {
  name: string;
  reference?: Record<string, unknown>;
  followUps: FollowUp[];
}

/** The follow-up's id: from the activity that wrote it, so a re-sent command is stored once. */
function followUpIdFor(groupId: string, activityId: string | undefined): string {
  if (!activityId) return randomUUID();
  return createHash('sha256').update(`${groupId}\u0000${activityId}`).digest('hex').slice(0, 20);
}

const VIEWS: readonly FollowUpView[] = ['mine', 'group', 'meeting'];

export class FollowUpUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * `oppfølging: <tekst> [ansvar <navn eller organisasjon>] [frist dd.mm.åååå]` on the current item of
   * the meeting running here (the router has checked chair or secretariat). Bad text, an unknown owner
   * or a bad deadline is refused and stores nothing; the answer repeats what was stored.
   */
  async add(actor: Actor, ctx: GroupContext, conversation: ConversationRecord | undefined, args: string, activityId?: string): Promise<Outcome> {
    const l = actor.locale;
    const groupId = ctx.group.value.groupId;
    const parsed = parseFollowUp(args, osloDateOf(this.now()));
    if (!parsed.ok) return answer(this.parseRefusal(l, parsed.reason, parsed.value));
    const owner = parsed.owner === undefined ? undefined : resolveOwner(parsed.owner, ctx.roster);
    if (owner?.kind === 'none') return answer(t.unknownOwner(l, parsed.owner!));
    if (owner?.kind === 'many') return answer(t.ambiguousOwner(l, parsed.owner!, owner.names));
    const found = await findMeeting(this.repos, groupId, conversation, 'running', this.now());
    if (!found || found.value.state !== 'in-progress') return answer(await notRunningText(this.repos, conversation, l));
    return this.store(actor, ctx, found.value, parsed, owner, activityId);
  }

  /**
   * «Oppfølging» on the current-item card: the meeting from the card, the role from the store (a card
   * click does not pass the router); written on the item the card shows while it is the current one.
   */
  async addFromCard(actor: Actor, data: Record<string, unknown>, activityId?: string): Promise<Outcome> {
    const l = actor.locale;
    const meetingId = typeof data.meetingId === 'string' && data.meetingId.length <= 200 ? data.meetingId : '';
    const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
    if (!found) return answer(t.cardMeetingGone(l));
    const ctx = await loadGroupContext(this.repos, found.value.groupId, actor);
    if (!ctx) return answer(texts.noGroupHere(l));
    if (!canChair(ctx)) return answer(texts.onlyChair(l));
    const state = found.value.state;
    if (state !== 'in-progress') return answer(state === 'ended' || state === 'locked' ? runTexts.ended(l) : runTexts.notStarted(l));
    if (Number(data.item) !== found.value.currentItem) return answer(t.staleItem(l, itemRefTexts.nameIn(l, found.value, found.value.currentItem ?? 0)));
    const parsed = parseFollowUp(typeof data.text === 'string' ? data.text : '', osloDateOf(this.now()));
    if (!parsed.ok) return answer(this.parseRefusal(l, parsed.reason, parsed.value));
    const owner = parsed.owner === undefined ? undefined : resolveOwner(parsed.owner, ctx.roster);
    if (owner?.kind === 'none') return answer(t.unknownOwner(l, parsed.owner!));
    if (owner?.kind === 'many') return answer(t.ambiguousOwner(l, parsed.owner!, owner.names));
    return this.store(actor, ctx, found.value, parsed, owner, activityId);
  }

  private async store(
    actor: Actor,
    ctx: GroupContext,
    meeting: MeetingData,
    parsed: Extract<ReturnType<typeof parseFollowUp>, { ok: true }>,
    owner: ReturnType<typeof resolveOwner> | undefined,
    activityId: string | undefined,
  ): Promise<Outcome> {
    const l = actor.locale;
    const groupId = ctx.group.value.groupId;
    const item = currentItem(meeting);
    if (!item) return answer(t.noItem(l));
    const followUp = newFollowUp({
      followUpId: followUpIdFor(groupId, activityId),
      groupId,
      meetingId: meeting.meetingId,
      meetingDate: meeting.date,
      item: item.number,
      ...followUpPlace(meeting, item.number),
      itemTitle: item.title,
      text: parsed.text,
      ...(owner?.kind === 'found' ? { owner: owner.owner } : {}),
      ...(parsed.due ? { due: parsed.due } : {}),
      createdAt: this.now().toISOString(),
      createdBy: actor.name,
    });
    // A re-sent activity finds its follow-up stored: the same answer, nothing twice.
    const created = await this.repos.followUps.create(followUp);
    // The search register (#18 §3): one patch; the follow-up is stored whatever it answers.
    if (created) await registerFollowUpWrite(this.repos, undefined, followUp).catch(() => undefined);
    const stored = created ? followUp : ((await this.repos.followUps.get(groupId, followUp.followUpId))?.value ?? followUp);
    const named = itemRefTexts.nameIn(l, meeting, stored.item);
    return answer(t.saved(l, named, stored.text, stored.owner && ownerName(stored.owner), stored.due && formatDate(stored.due)), {
      meetingId: meeting.meetingId,
    });
  }

  /** `oppfølging` alone (secretariat, group chat): the group's open follow-ups with the status buttons. */
  async listGroup(actor: Actor, ctx: GroupContext, args: string): Promise<Outcome> {
    const l = actor.locale;
    if (args.trim()) return answer(t.listArgs(l));
    const open = (await this.repos.followUps.listByGroup(ctx.group.value.groupId, true)).sort(byDeadline);
    if (open.length === 0) return answer(t.noneOpen(l));
    return { live: [], posts: [followUpCard('group', t.groupTitle(l, ctx.group.value.name), ctx.group.value.groupId, open, l)] };
  }

  /** `mine oppgaver` (personal chat): the member's open follow-ups, as owner or through their organization, one card per group. */
  async listMine(actor: Actor): Promise<Outcome> {
    const l = actor.locale;
    const groups = (await groupsOfActor(this.repos, actor)).filter((c) => c.member);
    if (groups.length === 0) return answer(t.notMember(l));
    const cards: CardRef[] = [];
    for (const ctx of groups) {
      const mine = (await this.repos.followUps.listByGroup(ctx.group.value.groupId, true)).filter((f) => ownedBy(f, ctx.member)).sort(byDeadline);
      const title = groups.length > 1 ? `${t.mineTitle(l)} – ${ctx.group.value.name}` : t.mineTitle(l);
      if (mine.length) cards.push(followUpCard('mine', title, ctx.group.value.groupId, mine, l));
    }
    return cards.length ? { live: [], posts: cards } : answer(t.noneMine(l));
  }

  /**
   * «Utført» / «Videreføres» / «Utgår» on a follow-up card. Nothing on the card is trusted but which
   * follow-ups it names: the group, roster and follow-ups are read in one request, the role from
   * the stored roles and roster (done: the owner, personally or via the organization, or chair or
   * secretariat; the others: chair or secretariat), then one If-Match replace. The same click twice
   * changes it once.
   */
  async click(actor: Actor, status: Exclude<FollowUpStatus, 'open'>, data: Record<string, unknown>): Promise<Outcome> {
    let l = actor.locale;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const groupId = str(data.groupId);
    const followUpId = str(data.followUpId);
    const view: FollowUpView = VIEWS.find((v) => v === data.view) ?? 'group';
    if (!groupId || !followUpId) return answer(t.gone(l));
    const shownIds = str(data.ids).split(',').filter(Boolean);
    const read = await this.repos.followUps.readWithGroup(groupId, [followUpId, ...shownIds], actor.aadObjectId);
    if (!read.group) return answer(t.gone(l));
    const ctx = groupContextOf(read.group, read.roster, actor, read.linkedMemberId);
    l = readerLocale(actor, ctx);
    actor = { ...actor, locale: l };
    const target = read.followUps.find((f) => f.value.followUpId === followUpId);
    if (!target) return answer(t.gone(l));
    const chair = canChair(ctx);
    if (status === 'done' ? !(chair || ownedBy(target.value, ctx.member)) : !chair) return answer(status === 'done' ? t.notYours(l) : t.onlyChair(l));
    const meeting = view === 'meeting' ? await this.runningMeetingOf(groupId, str(data.meetingId)) : undefined;
    const meetingId = meeting?.meetingId;
    const by = ctx.member ? `${ctx.member.firstName} ${ctx.member.lastName}` : actor.name;
    let first: Versioned<FollowUp> | undefined = target;
    const saved = await retryOnConflict(async () => {
      const current = first ?? (await this.repos.followUps.get(groupId, followUpId));
      first = undefined;
      if (!current) return undefined;
      const next = setStatus(current.value, status, by, this.now().toISOString(), meetingId);
      return next.changed ? (await this.repos.followUps.replace(next.followUp, current.etag)).value : current.value;
    });
    if (!saved) return answer(t.gone(l));
    const rows = read.followUps.map((f) => (f.value.followUpId === followUpId ? saved : f.value));
    const item = meeting?.agenda.find((i) => i.kind === 'follow-ups');
    const heading = item && meeting ? itemRefTexts.headingIn(l, meeting, item.number) : '';
    const title = view === 'mine' ? t.mineTitle(l) : view === 'meeting' && heading ? t.meetingItemTitle(l, heading) : t.groupTitle(l, read.group.value.name);
    return {
      text: t.marked(l, saved.status, saved.text),
      live: [],
      posts: [],
      invoke: followUpCard(view, title, groupId, rows, l, { meetingId }),
    };
  }

  /**
   * After `avslutt`: each roster member who owns open follow-ups written in this meeting (personally,
   * or through the organization they speak for), with those follow-ups and the reference of their
   * personal chat (people index; none: they never wrote to the bot, so they cannot be reached).
   */
  async ownerDeliveries(meetingId: string, groupId: string): Promise<OwnerDelivery[]> {
    const [followUps, roster] = await Promise.all([this.repos.followUps.listByGroup(groupId, true), this.repos.rosters.get(groupId)]);
    const mine = followUps.filter((f) => f.meetingId === meetingId && f.owner).sort(byDeadline);
    if (mine.length === 0) return [];
    // With each member's link (their link documents, one request: #15 §3).
    const members = await withLinks(
      this.repos,
      groupId,
      (roster?.value ?? []).filter((m) => mine.some((f) => ownedBy(f, m))),
    );
    return Promise.all(
      members.map(async (member) => ({
        name: fullName(member),
        reference: await this.chatOf(member),
        followUps: mine.filter((f) => ownedBy(f, member)),
      })),
    );
  }

  /** A member's personal chat: through their link (withLinks), else the people index's name record (the Teams users it linked before links had documents). */
  private async chatOf(member: RosterMember): Promise<Record<string, unknown> | undefined> {
    const aad = member.aadObjectId ?? (await this.repos.people.get(nameKey(fullName(member))))?.value.linkedAad?.[0];
    return aad ? personalChatReference(this.repos, aad) : undefined;
  }

  /**
   * After a meeting ended in this turn (#18 §1): every owner of its open follow-ups gets them in their
   * personal chat (members who never wrote to Referent are skipped), and the chat where it ended is
   * told how many were reached and who could not be. The ended answer as it was when there are none.
   */
  async withOwnerNotices(ended: Outcome, l: Locale): Promise<Outcome> {
    if (!ended.endedNow || !ended.meetingId) return ended;
    const meeting = (await this.repos.meetings.get(ended.meetingId))?.value;
    if (!meeting) return ended;
    const deliveries = await this.ownerDeliveries(ended.meetingId, meeting.groupId);
    if (deliveries.length === 0) return ended;
    const groupName = (await this.repos.groups.get(meeting.groupId))?.value.name ?? '';
    const messages = deliveries.map((d) => ({
      name: d.name,
      reference: d.reference,
      text: d.reference ? this.ownerMessage(d, groupName, localeOf(String(d.reference.locale ?? ''))) : '',
    }));
    return { ...ended, direct: { messages, report: (sent, unreachable) => ({ text: t.ownersNotified(l, sent, unreachable) }) } };
  }

  /** The personal message of one delivery, in the reader's language. */
  ownerMessage(delivery: OwnerDelivery, groupName: string, l: Locale): string {
    const [first] = delivery.followUps;
    const lines = delivery.followUps.map((f) =>
      t.ownerLine(l, f.text, itemRefTexts.ofFollowUp(l, f), f.due && formatDate(f.due), f.owner?.kind === 'organization' ? f.owner.organization : undefined),
    );
    return t.ownerMessage(l, groupName, first ? formatDate(first.meetingDate) : '', lines);
  }

  /**
   * The card of the item «Oppfølging fra forrige møte» when a running meeting moves onto it: the
   * follow-ups the item names, read in one request, with the chair's buttons (the marks go into
   * each follow-up's history with this meeting).
   */
  async itemCards(meeting: MeetingData, l: Locale): Promise<CardRef[]> {
    const item = currentItem(meeting);
    if (item?.kind !== 'follow-ups' || !item.followUpIds?.length) return [];
    const read = await this.repos.followUps.readWithGroup(meeting.groupId, item.followUpIds);
    const rows = read.followUps.map((f) => f.value);
    if (rows.length === 0) return [];
    const title = t.meetingItemTitle(l, itemRefTexts.headingIn(l, meeting, item.number));
    return [followUpCard('meeting', title, meeting.groupId, rows, l, { meetingId: meeting.meetingId })];
  }

  /** The meeting a card of a meeting's follow-up item names, when it is this group's and running (one point read). */
  private async runningMeetingOf(groupId: string, meetingId: string): Promise<MeetingData | undefined> {
    if (!meetingId) return undefined;
    const m = await this.repos.meetings.get(meetingId);
    return m && m.value.groupId === groupId && m.value.state === 'in-progress' ? m.value : undefined;
  }

  private parseRefusal(l: Locale, reason: 'empty' | 'too-long' | 'bad-date' | 'past-date' | 'empty-owner', value = ''): string {
    switch (reason) {
      case 'empty':
        return t.empty(l);
      case 'too-long':
        return t.tooLong(l, MAX_FOLLOW_UP_LENGTH);
      case 'bad-date':
        return t.badDate(l, value);
      case 'past-date':
        return t.pastDate(l, value);
      case 'empty-owner':
        return t.emptyOwner(l);
    }
  }
}
