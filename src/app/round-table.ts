import { readerLocale } from './language';
import { roundTableItem } from '../domain/meeting';
import { bump, hasReceipt, runOf, withReceipt } from '../domain/meeting-flow';
import { advanceRound, roundOrder, roundOver, startRound } from '../domain/round-order';
import type { Actor } from './actor';
import { loadGroupContext, type GroupContext } from './group-context';
import { itemCard } from './cards/current-item';
import type { ConversationRecord, Repositories } from './ports';
import { roundCard } from './cards/round-table';
import { answer, meetingOfCard, canChair, findMeeting, liveId, mutateMeeting, notRunningText, type LiveCard } from './run-shared';
import type { Outcome } from './outcome';
import { texts } from './texts';
import { runTexts } from './texts-run';

export class RoundTableUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** runde (typed, role checked by the router; or the card's button, checked in startFromCard): starts the round, or shows the running one again. */
  async start(actor: Actor, ctx: GroupContext, conversation: ConversationRecord | undefined, activityId?: string): Promise<Outcome> {
    const l = actor.locale;
    const found = await findMeeting(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
    if (!found || found.value.state !== 'in-progress') return answer(await notRunningText(this.repos, conversation, l));
    const done = await mutateMeeting(this.repos, found.value.meetingId, (m) => {
      if (m.state !== 'in-progress') return { result: 'not-started' as const };
      // A re-sent runde (Teams retried the activity): the card is posted already.
      if (hasReceipt(m, activityId)) return { result: 'repeated' as const };
      const existing = runOf(m).round;
      if (existing && !roundOver(existing)) return { next: activityId ? withReceipt(m, activityId) : undefined, result: 'again' as const };
      const order = roundOrder(ctx.roster, m.attendance);
      if (order.length === 0) return { result: 'empty' as const };
      const round = startRound(order, this.now());
      // The round belongs to its agenda item: the current-item card moves there too.
      const item = roundTableItem(m.agenda);
      const next = item && m.currentItem !== item.number ? bump(m, { currentItem: item.number }) : m;
      return { next: withReceipt({ ...next, run: { ...runOf(next), round } }, activityId), result: 'started' as const };
    });
    if (!done || done.result === 'not-started') return answer(runTexts.notStarted(l));
    if (done.result === 'empty') return answer(runTexts.roundNoOrganizations(l));
    if (done.result === 'repeated') return answer(runTexts.roundAgain(l), { meetingId: done.meeting.meetingId });
    const { meeting } = done;
    const round = runOf(meeting).round!;
    const inputs = await this.repos.inputs.listByMeeting(meeting.meetingId);
    const live: LiveCard[] = [{ slot: 'round', card: roundCard(meeting, round, inputs, l) }];
    const itemId = liveId(meeting, 'item', actor.conversationId);
    if (done.written && itemId && found.value.currentItem !== meeting.currentItem)
      live.push({ slot: 'item', card: itemCard(meeting, ctx.group.value.name, l), activityId: itemId });
    const text = done.result === 'started' ? runTexts.roundStarted(l, round.order.length) : runTexts.roundAgain(l);
    return { text, live, posts: [], meetingId: meeting.meetingId };
  }

  /** The current-item card's "Runde rundt bordet" button. */
  async startFromCard(actor: Actor, data: Record<string, unknown>, activityId?: string): Promise<Outcome> {
    const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
    const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
    if (!found) return answer(runTexts.notStarted(actor.locale));
    const ctx = await loadGroupContext(this.repos, found.value.groupId, actor);
    if (!ctx) return answer(texts.noGroupHere(actor.locale));
    actor = { ...actor, locale: readerLocale(actor, ctx) };
    // A card is not a command: the router never checked this click.
    if (!canChair(ctx)) return answer(texts.onlyChair(actor.locale));
    return this.start(actor, ctx, { key: actor.conversationId, reference: {}, meetingId, updatedAt: '' }, activityId);
  }

  /** round.next / round.skip: the speaker is done (or skipped); a click from an older step moves nothing. */
  async click(actor: Actor, how: 'spoken' | 'skipped', data: Record<string, unknown>): Promise<Outcome> {
    const read = await meetingOfCard(this.repos, actor, data);
    if (read.missing) return answer(read.missing === 'meeting' ? runTexts.notStarted(actor.locale) : texts.noGroupHere(actor.locale));
    const { meeting: found, ctx } = read;
    actor = read.actor;
    const l = actor.locale;
    const meetingId = found.value.meetingId;
    if (!canChair(ctx)) return answer(texts.onlyChair(l));
    const done = await mutateMeeting(this.repos, meetingId, (m) => {
      const round = runOf(m).round;
      if (!round) return { result: 'none' as const };
      if (m.state !== 'in-progress') return { result: 'ended' as const };
      if (data.step !== round.step) return { result: 'stale' as const };
      if (roundOver(round)) return { result: 'over' as const };
      return { next: { ...m, run: { ...runOf(m), round: advanceRound(round, how, this.now()) } }, result: 'moved' as const };
    });
    if (!done || done.result === 'none') return answer(runTexts.noRound(l));
    if (done.result === 'ended') return answer(runTexts.ended(l));
    const { meeting } = done;
    const round = runOf(meeting).round!;
    const card = roundCard(meeting, round, await this.repos.inputs.listByMeeting(meetingId), l);
    if (done.result !== 'moved') return { text: done.result === 'stale' ? runTexts.roundStale(l) : undefined, live: [], posts: [], invoke: card, meetingId };
    const activityId = liveId(meeting, 'round', actor.conversationId);
    return { live: activityId ? [{ slot: 'round', card, activityId }] : [], posts: [], invoke: card, meetingId };
  }
}
