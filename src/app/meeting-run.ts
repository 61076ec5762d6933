import { resolveItemRef, type ItemRef, type ItemRefError } from '../domain/agenda-parts';
import { itemTitle } from '../domain/standard-wording';
import {
  addNote,
  currentItem,
  goTo,
  hasReceipt,
  isStale,
  setDecision,
  startMeeting,
  step,
  withReceipt,
  type Flow,
  type FlowError,
} from '../domain/meeting-flow';
import type { MeetingData } from '../domain/meeting-types';
import { formatMeetingTimeInSentence, osloDateOf } from '../domain/norwegian-time';
import type { Actor, Locale } from './actor';
import type { GroupContext } from './group-context';
import type { ConversationRecord, Repositories } from './ports';
import { answer, meetingOfCard, canChair, findMeeting, linkConversation, liveId, mutateMeeting, notRunningText, type CardRef } from './run-shared';
import { rollCallCard } from './cards/roll-call';
import { itemCard } from './cards/current-item';
import { startConfirmCard } from './cards/start-confirm';
import { texts } from './texts';
import { runTexts } from './texts-run';
import { itemRefTexts, placeIn } from './texts-item-ref';
import { cancelTexts } from './texts-cancel';
import type { Outcome } from './outcome';

/** Where a change comes from: a typed command (its activity id, so a re-sent copy applies once) or a card click. */
export type Source = { kind: 'typed'; activityId?: string } | { kind: 'card'; version: unknown; item?: unknown; record: boolean; activityId?: string };

/** `sak <n>`: `ref` is the item as the chair typed it, counted within the part being held unless it names a part. */
export type Move = { to: 'next' } | { to: 'prev' } | { to: 'item'; ref: ItemRef };

/** A refused `sak <n>`: in a meeting in one part the words it always had; in parts, the part and its numbers. */
export function itemRefText(l: Locale, error: ItemRefError): string {
  return itemRefTexts.refusedOr(l, error, (n) => runTexts.noSuchItem(l, String(n), error.code === 'no-such-item' ? error.count : 0));
}

export function flowText(l: Locale, reason: FlowError, meeting: MeetingData, n?: string): string {
  switch (reason) {
    case 'not-started':
      return runTexts.notStarted(l);
    case 'ended':
      return runTexts.ended(l);
    case 'cancelled':
      return cancelTexts.cannotStart(l);
    case 'no-agenda':
      return runTexts.noAgenda(l);
    case 'first-item':
      return runTexts.firstItem(l);
    case 'last-item':
      return runTexts.lastItem(l);
    case 'no-such-item':
      return runTexts.noSuchItem(l, n ?? '?', meeting.agenda.length);
    case 'stale':
      return runTexts.stale(l);
    case 'empty-text':
      return runTexts.emptyNote(l);
    case 'too-long':
      return runTexts.tooLong(l);
  }
}

type StepResult = { kind: 'stale' } | { kind: 'refused'; reason: FlowError } | { kind: 'ok' };

export class MeetingRunUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
    /** Cards posted when the meeting moves onto an item (the follow-up item's card, follow-ups.ts). */
    private readonly itemCards: (meeting: MeetingData, l: Locale) => Promise<CardRef[]> = async () => [],
  ) {}

  /**
   * start: the meeting in progress, else today's or the next; links this conversation to it. Typed
   * only: the router has checked that the actor chairs (as for every typed command of this class).
   */
  async start(actor: Actor, ctx: GroupContext, conversation: ConversationRecord | undefined, teamsMeetingId?: string, activityId?: string): Promise<Outcome> {
    const l = actor.locale;
    const found = await findMeeting(this.repos, ctx.group.value.groupId, conversation, 'upcoming', this.now());
    if (!found) return answer(runTexts.noMeetingToStart(l));
    // A meeting dated another day is started only when the chair confirms it on a card (#15 §2).
    const m = found.value;
    if (m.state !== 'in-progress' && m.state !== 'ended' && m.state !== 'locked' && m.date !== osloDateOf(this.now())) {
      return { live: [], posts: [startConfirmCard(m, l, true)], meetingId: m.meetingId };
    }
    return this.startById(actor, ctx, m.meetingId, teamsMeetingId, activityId);
  }

  /** «Start nå» / «Avbryt» on the card above: the role from the store, the meeting from the card; twice starts once. */
  async startFromCard(actor: Actor, confirm: boolean, data: Record<string, unknown>, activityId?: string): Promise<Outcome> {
    const read = await meetingOfCard(this.repos, actor, data);
    if (read.missing) return answer(read.missing === 'meeting' ? runTexts.noMeetingToStart(actor.locale) : texts.noGroupHere(actor.locale));
    const { meeting: found, ctx } = read;
    actor = read.actor;
    const l = actor.locale;
    const meetingId = found.value.meetingId;
    if (!canChair(ctx)) return answer(texts.onlyChair(l));
    if (!confirm) return answer(runTexts.startCancelled(l), { invoke: startConfirmCard(found.value, l, false, runTexts.startCancelled(l)) });
    const started = await this.startById(actor, ctx, meetingId, undefined, activityId, true);
    return { ...started, invoke: startConfirmCard(found.value, l, false, started.text ?? '') };
  }

  private async startById(
    actor: Actor,
    ctx: GroupContext,
    meetingId: string,
    teamsMeetingId?: string,
    activityId?: string,
    fromCard = false,
  ): Promise<Outcome> {
    const l = actor.locale;
    const groupId = ctx.group.value.groupId;
    let repeated = false;
    const done = await mutateMeeting<Flow>(
      this.repos,
      meetingId,
      (m) => {
        repeated = hasReceipt(m, activityId);
        if (repeated) return { result: { ok: true, meeting: m, changed: false } };
        const flow = startMeeting(m, this.now());
        if (!flow.ok) return { result: flow };
        const run = flow.meeting.run ?? { version: 0 };
        const here = { ...run, conversationId: actor.conversationId, ...(teamsMeetingId ? { teamsMeetingId } : {}) };
        return { next: withReceipt({ ...flow.meeting, run: here }, activityId), result: flow };
      },
      this.now(),
    );
    if (!done) return answer(runTexts.noMeetingToStart(l));
    const { meeting, result } = done;
    if (!result.ok) return answer(flowText(l, result.reason, meeting));
    // A re-sent start (Teams retried the activity): the card is posted already.
    if (repeated) return answer(runTexts.alreadyRunning(l), { meetingId: meeting.meetingId });
    await linkConversation(this.repos, actor.conversationId, groupId, meeting.meetingId, this.now());
    const when = formatMeetingTimeInSentence(meeting.date, meeting.start, meeting.end, l);
    // A repeated start brings the live card to the bottom of the chat: a new card, remembered instead of the old.
    // A second click on the confirmation card posts nothing: the meeting runs, its card is there.
    return {
      text: result.changed ? runTexts.started(l, when) : runTexts.alreadyRunning(l),
      live: [
        ...(result.changed || !fromCard ? [{ slot: 'item' as const, card: itemCard(meeting, ctx.group.value.name, l) }] : []),
        // The roll-call is posted once and its id remembered: every attendance change redraws it in place (#16 §4).
        ...(result.changed ? [{ slot: 'roll' as const, card: rollCallCard(meeting, ctx.roster, l) }] : []),
      ],
      posts: [],
      meetingId: meeting.meetingId,
    };
  }

  /** neste / sak <n> / forrige, typed in the meeting's conversation. */
  async moveTyped(actor: Actor, ctx: GroupContext, conversation: ConversationRecord | undefined, move: Move, activityId?: string): Promise<Outcome> {
    const l = actor.locale;
    const moved = (m: MeetingData) => {
      const item = currentItem(m);
      return item ? runTexts.movedTo(l, itemRefTexts.heading(l, placeIn(m, item.number)), itemTitle(item, l)) : undefined;
    };
    // The reference is resolved against the meeting as it is read for the write (the part being held then).
    let refused: ItemRefError | undefined;
    const decide = (m: MeetingData): Flow => {
      if (move.to !== 'item') return this.decideMove(m, move);
      const target = resolveItemRef(m, move.ref);
      refused = target.ok ? undefined : target.error;
      // No such item: goTo with a number no agenda holds refuses as it would (a closed meeting first, then no-such-item).
      return goTo(m, target.ok ? target.number : -1);
    };
    return this.onRunning(actor, ctx, conversation, { kind: 'typed', activityId }, decide, moved, () => (refused ? itemRefText(l, refused) : undefined));
  }

  /** vedtak: / notat: typed: on the current item. */
  async recordTyped(
    actor: Actor,
    ctx: GroupContext,
    conversation: ConversationRecord | undefined,
    kind: 'decision' | 'note',
    text: string,
    activityId?: string,
  ): Promise<Outcome> {
    if (!text.trim()) return answer(kind === 'decision' ? runTexts.emptyDecision(actor.locale) : runTexts.emptyNote(actor.locale));
    const saved = (m: MeetingData) =>
      (kind === 'decision' ? runTexts.decisionSaved : runTexts.noteSaved)(actor.locale, itemRefTexts.nameIn(actor.locale, m, m.currentItem ?? 0));
    return this.onRunning(actor, ctx, conversation, { kind: 'typed', activityId }, (m) => this.decideRecord(m, kind, m.currentItem ?? 0, text), saved);
  }

  /** A click on the current-item card: the meeting and group come from the stored meeting, the roles from the group. */
  async click(actor: Actor, verb: 'prev' | 'next' | 'decision' | 'note', data: Record<string, unknown>, activityId?: string): Promise<Outcome> {
    const read = await meetingOfCard(this.repos, actor, data);
    if (read.missing) return answer(read.missing === 'meeting' ? runTexts.noMeetingToStart(actor.locale) : texts.noGroupHere(actor.locale));
    const { meeting: found, ctx } = read;
    actor = read.actor;
    const l = actor.locale;
    const meetingId = found.value.meetingId;
    // A card is not a command: the router never checked this click, so the role is checked here.
    if (!canChair(ctx)) return answer(texts.onlyChair(l));
    const record = verb === 'decision' || verb === 'note';
    const source: Source = { kind: 'card', version: data.version, item: data.item, record, activityId };
    const text = typeof data.text === 'string' ? data.text : '';
    if (record && !text.trim()) return answer(verb === 'decision' ? runTexts.emptyDecision(l) : runTexts.emptyNote(l));
    const decide =
      verb === 'prev' || verb === 'next'
        ? (m: MeetingData) => this.decideMove(m, { to: verb })
        : (m: MeetingData) => this.decideRecord(m, verb, Number(data.item), text);
    return this.onRunning(actor, ctx, { key: actor.conversationId, reference: {}, meetingId, updatedAt: '' }, source, decide, () => undefined);
  }

  private decideMove(m: MeetingData, move: { to: 'next' | 'prev' }): Flow {
    return step(m, move.to === 'next' ? 1 : -1);
  }

  private decideRecord(m: MeetingData, kind: 'decision' | 'note', item: number, text: string): Flow {
    return kind === 'decision' ? setDecision(m, item, text) : addNote(m, item, text);
  }

  /**
   * The common path of every change to a running meeting (the role is checked by the caller: the
   * router for typed commands, `click` for the card): read → (re-sent? stale?) →
   * decide → replace with If-Match, then the live card redrawn. A click on a card drawn from an
   * older version moves nothing; a decision or note typed on a card still counts when its item is
   * the current one.
   */
  private async onRunning(
    actor: Actor,
    ctx: GroupContext,
    conversation: ConversationRecord | undefined,
    source: Source,
    decide: (m: MeetingData) => Flow,
    okText: (m: MeetingData) => string | undefined,
    /** The answer to a refused item reference, when the refusal was one. */
    refusedText: () => string | undefined = () => undefined,
  ): Promise<Outcome> {
    const l = actor.locale;
    const name = ctx.group.value.name;
    const found = await findMeeting(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
    if (!found || found.value.state !== 'in-progress')
      return answer(
        found && found.value.state !== 'in-progress'
          ? flowText(l, found.value.state === 'ended' || found.value.state === 'locked' ? 'ended' : 'not-started', found.value)
          : await notRunningText(this.repos, conversation, l),
      );
    const done = await mutateMeeting<StepResult>(
      this.repos,
      found.value.meetingId,
      (m) => {
        // A re-sent activity (Teams retries after 15 s) was applied already: answer as if it were new, change nothing.
        if (hasReceipt(m, source.activityId)) return { result: { kind: 'ok' } };
        if (source.kind === 'card' && isStale(m, source.version)) {
          // A decision or note typed on the card still belongs to the item the card shows, when it is still the current one.
          const sameItem = Number(source.item) === m.currentItem;
          if (!(source.record && sameItem && m.state === 'in-progress')) return { result: { kind: 'stale' } };
        }
        const flow = decide(m);
        if (!flow.ok) return { result: { kind: 'refused', reason: flow.reason } };
        if (!flow.changed) return { result: { kind: 'ok' } };
        return { next: withReceipt(flow.meeting, source.activityId), result: { kind: 'ok' } };
      },
      this.now(),
    );
    if (!done) return answer(runTexts.notStarted(l));
    const { meeting, result } = done;
    const card = itemCard(meeting, name, l);
    if (result.kind === 'stale') return { text: runTexts.stale(l), live: [], posts: [], invoke: card, meetingId: meeting.meetingId };
    if (result.kind === 'refused') return answer(refusedText() ?? flowText(l, result.reason, meeting), { meetingId: meeting.meetingId });
    const activityId = liveId(meeting, 'item', actor.conversationId);
    const live = done.written || !activityId ? [{ slot: 'item' as const, card, activityId }] : [];
    // Onto another item: that item's own cards (a failure there must not read as if the move failed).
    const moved = done.written && meeting.currentItem !== found.value.currentItem;
    const posts = moved ? await this.itemCards(meeting, l).catch(() => []) : [];
    return { text: okText(meeting), live, posts, invoke: card, meetingId: meeting.meetingId };
  }
}
