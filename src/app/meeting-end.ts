import { defaultInputDeadline, lastEnded } from '../domain/meeting';
import { reopenMeeting, unheardOrganizations, type Reopen } from '../domain/meeting-end';
import { endMeeting, type Flow } from '../domain/meeting-flow';
import type { Input } from '../domain/meeting-types';
import { formatDate } from '../domain/norwegian-time';
import type { Actor } from './actor';
import { endConfirmCard } from './cards/end-confirm';
import type { GroupContext } from './group-context';
import { itemCard } from './cards/current-item';
import { itemRefTexts } from './texts-item-ref';
import { flowText } from './meeting-run';
import type { ConversationRecord, Repositories } from './ports';
import { answer, meetingOfCard, canChair, findMeeting, linkConversation, liveId, mutateMeeting, notRunningText } from './run-shared';
import { summaryCard } from './cards/meeting-summary';
import type { Outcome } from './outcome';
import { texts } from './texts';
import { endTexts as t } from './texts-end';
import { runTexts } from './texts-run';

/**
 * `avslutt` (#4, #15 §2): ends the running meeting, or first asks on a card when organizations of the
 * roster have neither spoken nor sent input; `gjenåpne møte` undoes an `avslutt` made by mistake.
 * Typed commands come through the router (chair or secretariat); card clicks check the stored role here.
 */
export class MeetingEndUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** avslutt: ends the meeting (the summary card follows), or asks first when organizations were not heard. */
  async end(actor: Actor, ctx: GroupContext, conversation: ConversationRecord | undefined): Promise<Outcome> {
    const l = actor.locale;
    const found = await findMeeting(this.repos, ctx.group.value.groupId, conversation, 'running', this.now());
    if (!found) return answer(await notRunningText(this.repos, conversation, l));
    const inputs = await this.repos.inputs.listByMeeting(found.value.meetingId);
    const missing = found.value.state === 'in-progress' ? unheardOrganizations(ctx.roster, inputs, found.value) : [];
    if (missing.length) return { live: [], posts: [endConfirmCard(found.value, missing, l, true)], meetingId: found.value.meetingId };
    return this.endById(actor, ctx, found.value.meetingId, inputs);
  }

  /** «Avslutt likevel» / «Avbryt» on the card above: the role from the store, the meeting from the card; two clicks end once. */
  async endFromCard(actor: Actor, confirm: boolean, data: Record<string, unknown>): Promise<Outcome> {
    const read = await meetingOfCard(this.repos, actor, data);
    if (read.missing) return answer(read.missing === 'meeting' ? t.notRunning(actor.locale) : texts.noGroupHere(actor.locale));
    const { meeting: found, ctx } = read;
    actor = read.actor;
    const l = actor.locale;
    const meetingId = found.value.meetingId;
    if (!canChair(ctx)) return answer(texts.onlyChair(l));
    const inputs = await this.repos.inputs.listByMeeting(meetingId);
    const missing = unheardOrganizations(ctx.roster, inputs, found.value);
    if (!confirm) return answer(t.endCancelled(l), { invoke: endConfirmCard(found.value, missing, l, false, t.endCancelled(l)) });
    const ended = await this.endById(actor, ctx, meetingId, inputs);
    return { ...ended, invoke: endConfirmCard(found.value, missing, l, false, ended.text ?? '') };
  }

  private async endById(actor: Actor, ctx: GroupContext, meetingId: string, inputs: readonly Input[]): Promise<Outcome> {
    const l = actor.locale;
    const done = await mutateMeeting<Flow>(
      this.repos,
      meetingId,
      (m) => {
        const flow = endMeeting(m, this.now(), defaultInputDeadline(m));
        return { next: flow.ok && flow.changed ? flow.meeting : undefined, result: flow };
      },
      this.now(),
    );
    if (!done) return answer(t.notRunning(l));
    if (!done.result.ok) return answer(flowText(l, done.result.reason, done.meeting));
    const meeting = done.meeting;
    const card = itemCard(meeting, ctx.group.value.name, l);
    const activityId = liveId(meeting, 'item', actor.conversationId);
    return {
      text: runTexts.endedNow(l),
      live: activityId ? [{ slot: 'item', card, activityId }] : [],
      posts: [summaryCard(meeting, ctx, inputs, l)],
      meetingId: meeting.meetingId,
      endedNow: done.result.changed,
    };
  }

  /** gjenåpne møte: the latest ended meeting runs again at the item where it ended; never locked minutes. */
  async reopen(actor: Actor, ctx: GroupContext): Promise<Outcome> {
    const l = actor.locale;
    const all = await this.repos.meetings.listByGroup(ctx.group.value.groupId);
    const running = all.find((m) => m.state === 'in-progress');
    if (running) return answer(t.otherRunning(l, formatDate(running.date)));
    const last = lastEnded(all);
    if (!last) return answer(t.noEnded(l));
    const done = await mutateMeeting<Reopen>(
      this.repos,
      last.meetingId,
      (m) => {
        const result = reopenMeeting(m);
        return { next: result.ok ? result.meeting : undefined, result };
      },
      this.now(),
    );
    if (!done || !done.result.ok) {
      const m = done?.meeting ?? last;
      return answer(m.state === 'locked' ? t.locked(l, formatDate(m.date)) : m.state === 'in-progress' ? t.otherRunning(l, formatDate(m.date)) : t.noEnded(l));
    }
    const meeting = done.meeting;
    await linkConversation(this.repos, actor.conversationId, meeting.groupId, meeting.meetingId, this.now());
    // A fresh current-item card at the bottom of this chat (the old one, further up, stays as it was).
    return {
      text: t.reopened(l, formatDate(meeting.date), meeting.currentItem === undefined ? '' : itemRefTexts.nameIn(l, meeting, meeting.currentItem)),
      live: [{ slot: 'item', card: itemCard(meeting, ctx.group.value.name, l) }],
      posts: [],
      meetingId: meeting.meetingId,
    };
  }
}
