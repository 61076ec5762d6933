import { CloudAdapterBase, TurnContext, type ConversationReference } from 'botbuilder';
import { say, type Reply } from '../../src/app/actor';
import type { TallyCardRef } from '../../src/domain/review';
import { clickHandler } from '../present';
import { postTo } from '../proactive';
import type { Services } from '../services';
import { actorFrom, retried, toActivity, UPDATE_CAP_MS } from '../turn';
import { command, type Capability } from './types';

/** At most this many personal messages in flight, each to its own conversation (as the follow-up notices). */
const PARALLEL = 4;

/*
 * The tally card is redrawn from the round each answer wrote. Per card, one update at a time and only
 * the newest (as the approval cards do): an older tally from this process never lands after a newer one.
 */
let updateSeq = 0;
const newest = new Map<string, number>();
const chains = new Map<string, Promise<void>>();

/** Redraws the tally card where it lives (the chat the round was sent from), through its stored reference. */
async function updateTally(context: TurnContext, services: Services, tally: { ref: TallyCardRef; card: NonNullable<Reply['card']> }): Promise<void> {
  const key = tally.ref.activityId;
  const mine = ++updateSeq;
  newest.set(key, mine);
  const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
    if (newest.get(key) !== mine) return;
    const activity = { ...toActivity({ card: tally.card }), id: tally.ref.activityId };
    const reference = tally.ref.reference as Partial<ConversationReference>;
    try {
      const adapter = context.adapter as CloudAdapterBase;
      await adapter.continueConversationAsync(services.config.bot.appId ?? '', reference, async (proactive) => {
        await retried(context, () => proactive.updateActivity({ ...activity, conversation: reference.conversation }), UPDATE_CAP_MS);
      });
    } catch (err) {
      // The answer is stored and the member sees it; the tally card shows it with the next update.
      services.log.warn({ err: (err as Error).message }, 'could not update the review tally card');
    }
  });
  chains.set(key, run);
  await run;
  if (chains.get(key) === run) {
    chains.delete(key);
    newest.delete(key);
  }
}

/** Sends each member's card to their personal chat; answers the member ids it could not reach. */
async function deliver(
  context: TurnContext,
  services: Services,
  deliveries: { memberId: string; reference: Record<string, unknown>; card: NonNullable<Reply['card']> }[],
) {
  const unreached: string[] = [];
  const queue = [...deliveries];
  const worker = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      try {
        await postTo(context, services, d.reference, [toActivity({ card: d.card })]);
      } catch (err) {
        services.log.warn({ err: (err as Error).message }, 'a review card could not be delivered');
        unreached.push(d.memberId);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return unreached;
}

/** `send referat på høring`, `rett referat sak <n>: …` and the member card's «Godkjenn» / «Har merknad» (#18 §2). */
export const review: Capability = {
  commands: [
    command(
      {
        name: 'send-review',
        aliases: ['send referat på høring', 'send referat på høyring', 'send minutes for review'],
        audience: 'secretariat',
        where: 'shared',
        group: 'here',
        nb: 'send referat på høring [dd.mm.åååå] [frist dd.mm.åååå] – de som var til stede, får utkastet med «Godkjenn» / «Har merknad» i personlig chat',
        nn: 'send referat på høyring [dd.mm.åååå] [frist dd.mm.åååå] – dei som var til stades, får utkastet med «Godkjenn» / «Har merknad» i personleg chat',
        en: 'send minutes for review [dd.mm.yyyy] [due dd.mm.yyyy] – those present get the draft with "Approve" / "I have a remark" in personal chat',
      },
      async ({ context, actor, command: c, group, services }) => {
        const plan = await services.review.prepare(actor, group, c.args, context.activity.id);
        if ('refusal' in plan) return say(plan.refusal);
        if (plan.closed) await updateTally(context, services, plan.closed);
        const unreached = await deliver(context, services, plan.deliveries);
        const posted = await retried(context, () => context.sendActivity(toActivity({ card: services.review.tallyOf(plan.round, unreached) })));
        const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
        const ref = posted?.id ? { activityId: posted.id, reference: { ...reference, activityId: undefined } } : undefined;
        await services.review.recordDelivery(plan.round, unreached, ref);
        return say(services.review.sentText(actor.locale, plan.round, unreached, plan.defaultDeadline));
      },
    ),
    command(
      {
        name: 'correct-minutes',
        aliases: ['rett referat', 'correct minutes'],
        audience: 'secretariat',
        where: 'shared',
        group: 'here',
        nb: 'rett referat sak <nr>: <tekst> – ny tekst under saken i utkastet (den gamle blir tatt vare på)',
        nn: 'rett referat sak <nr>: <tekst> – ny tekst under saka i utkastet (den gamle blir teken vare på)',
        en: 'correct minutes item <no>: <text> – new text under the item in the draft (the old one is kept)',
      },
      async ({ context, actor, command: c, group, services }) => {
        const result = await services.review.correct(actor, group, c.rest);
        if (result.tally) await updateTally(context, services, result.tally);
        return say(result.text);
      },
    ),
  ],
  verbs: ['review.approve', 'review.remark'],
  register(app, services: Services) {
    for (const [verb, choice] of [
      ['review.approve', 'approve'],
      ['review.remark', 'remark'],
    ] as const) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, async (context, data) => {
          const answer = await services.review.answer(actorFrom(context), choice, data);
          if (answer.tally) await updateTally(context, services, answer.tally);
          return answer.card ? { invoke: answer.card } : say(answer.refusal ?? '');
        }),
      );
    }
  },
};
