import type { MeetingData, MeetingRun } from '../domain/meeting-types';
import { runOf } from '../domain/meeting-flow';
import { osloDateOf } from '../domain/norwegian-time';
import type { Actor, Locale } from './actor';
import type { CardRef, LiveCard, Slot } from './outcome';
import { mayUse } from './commands';
import { loadGroupContext, type GroupContext } from './group-context';
import { readerLocale } from './language';
import type { ConversationRecord, Repositories, Versioned } from './ports';
import { mutateMeeting } from './meeting-writes';
import { runTexts } from './texts-run';

/*
 * What running a meeting shares between the agenda steps, the round table and attendance: which
 * meeting a turn is about, the read → decide → replace loop, and what the bot layer is asked to do
 * with the live cards (update in place, or post and remember).
 */

export type { CardRef, LiveCard, Slot } from './outcome';
export { answer } from './outcome';

const SLOT_KEY = { item: 'cardActivityId', round: 'roundCardActivityId', roll: 'rollCallActivityId' } as const;

/** For card clicks, which the router does not see: the same rule as the chair commands' audience. */
export const canChair = (ctx: GroupContext): boolean => mayUse('chair', ctx.roles);

/** The live card of a slot in this conversation: its activity id when it lives here, else undefined (post a new one). */
export function liveId(meeting: MeetingData, slot: Slot, conversationId: string): string | undefined {
  const run = runOf(meeting);
  if (run.conversationId !== conversationId) return undefined;
  return run[SLOT_KEY[slot]];
}

/**
 * The roll-call card to redraw after an attendance change, wherever the meeting runs (#16 §4): only
 * when it has been posted (its id is on the meeting's run), never a new post. Read from the meeting
 * the write returned: no store request.
 */
export function liveRollCall(meeting: MeetingData, card: CardRef): LiveCard[] {
  const run = runOf(meeting);
  return run.rollCallActivityId && run.conversationId
    ? [{ slot: 'roll', card, activityId: run.rollCallActivityId, conversationId: run.conversationId, updateOnly: true }]
    : [];
}

/** The meeting's one write path (meeting-writes.ts), here for the run use cases that import it from here. */
export { mutateMeeting };

/** Remembers the activity ids of cards just posted, in one write (no version bump: the cards show the same step). */
export async function rememberCards(
  repos: Repositories,
  meetingId: string,
  posted: { slot: Slot; activityId: string }[],
  conversationId: string,
): Promise<void> {
  if (posted.length === 0) return;
  await mutateMeeting(repos, meetingId, (m) => {
    const run: MeetingRun = runOf(m);
    if (run.conversationId === conversationId && posted.every((p) => run[SLOT_KEY[p.slot]] === p.activityId)) return { result: undefined };
    // A card posted in another conversation moves the meeting there; the other slots' cards stay behind.
    const moved = run.conversationId !== conversationId;
    const next: MeetingRun = moved ? { ...run, cardActivityId: undefined, roundCardActivityId: undefined, rollCallActivityId: undefined } : { ...run };
    for (const p of posted) next[SLOT_KEY[p.slot]] = p.activityId;
    return { next: { ...m, run: { ...next, conversationId } }, result: undefined };
  });
}

/** Remembers the activity id of a card just posted (no version bump: the card shows the same step). */
export async function rememberCard(repos: Repositories, meetingId: string, slot: Slot, activityId: string, conversationId: string): Promise<void> {
  await rememberCards(repos, meetingId, [{ slot, activityId }], conversationId);
}

const CLOSED = new Set(['ended', 'locked', 'cancelled']);
const byTime = (a: MeetingData, b: MeetingData) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`);

/**
 * The meeting a turn in this conversation is about. `running`: only the one in progress.
 * `upcoming`: the one in progress, else today's or the next by date, else the latest earlier one
 * never ended. The conversation's meetingId is tried first (one point read); else a query.
 */
export async function findMeeting(
  repos: Repositories,
  groupId: string,
  conversation: ConversationRecord | undefined,
  purpose: 'running' | 'upcoming',
  now: Date,
): Promise<Versioned<MeetingData> | undefined> {
  if (conversation?.meetingId) {
    const hinted = await repos.meetings.get(conversation.meetingId);
    if (hinted && hinted.value.groupId === groupId && hinted.value.state === 'in-progress') return hinted;
  }
  const all = (await repos.meetings.listByGroup(groupId)).sort(byTime);
  const running = all.find((m) => m.state === 'in-progress');
  const today = osloDateOf(now);
  const open = all.filter((m) => !CLOSED.has(m.state));
  const pick = running ?? (purpose === 'upcoming' ? (open.find((m) => m.date >= today) ?? open.filter((m) => m.date < today).pop()) : undefined);
  return pick ? repos.meetings.get(pick.meetingId) : undefined;
}

/** Links a conversation to the group and the meeting running in it (commands there find both). */
export async function linkConversation(repos: Repositories, conversationId: string, groupId: string, meetingId: string, now: Date): Promise<void> {
  const record = await repos.conversations.get(conversationId);
  if (record?.groupId === groupId && record.meetingId === meetingId) return;
  // A group's home stays the home of that group; a meeting chat is linked to the meeting's group.
  if (record?.groupId && record.groupId !== groupId) return;
  await repos.conversations.put({ key: conversationId, reference: record?.reference ?? {}, groupId, meetingId, updatedAt: now.toISOString() });
}

/**
 * Why a running-meeting command found no running meeting: the one last run in this chat has ended
 * (`neste` right after `avslutt`), or none has started. One read, on the refusal path only (#16 §5).
 */
export async function notRunningText(repos: Repositories, conversation: ConversationRecord | undefined, l: Locale): Promise<string> {
  const last = conversation?.meetingId ? await repos.meetings.get(conversation.meetingId) : undefined;
  return last && (last.value.state === 'ended' || last.value.state === 'locked') ? runTexts.endedAlready(l) : runTexts.notStarted(l);
}

/** What a live card's click is about, or which of the two was not found. */
export type CardMeeting = { missing: 'meeting' | 'group' } | { missing?: undefined; meeting: Versioned<MeetingData>; ctx: GroupContext; actor: Actor };

/**
 * A click on a live card names its meeting in the card's data. The meeting and its group are read
 * from the store (the card only says which), and the clicker is answered in the group's language.
 */
export async function meetingOfCard(repos: Repositories, actor: Actor, data: Record<string, unknown>): Promise<CardMeeting> {
  const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
  const meeting = meetingId ? await repos.meetings.get(meetingId) : undefined;
  if (!meeting) return { missing: 'meeting' };
  const ctx = await loadGroupContext(repos, meeting.value.groupId, actor);
  if (!ctx) return { missing: 'group' };
  return { meeting, ctx, actor: { ...actor, locale: readerLocale(actor, ctx) } };
}
