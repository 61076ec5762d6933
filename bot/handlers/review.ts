import { TurnContext } from 'botbuilder';
import { say, type Reply } from '../../src/app/actor';
import type { TallyCardRef } from '../../src/domain/review';
import type { Outcome } from '../../src/app/outcome';
import { clickHandler, present } from '../present';
import { postTo } from '../proactive';
import type { Services } from '../services';
import { actorFrom, retried, toActivity } from '../turn';
import { command, type Capability } from './types';

/** At most this many personal messages in flight, each to its own conversation (as the follow-up notices). */
const PARALLEL = 4;

/** The review round's tally card redrawn where it lives (the chat the round was sent from), by the presenter. */
const remoteTally = (tally?: { ref: TallyCardRef; card: NonNullable<Reply['card']> }): Outcome =>
  tally ? { remote: { card: tally.card, activityId: tally.ref.activityId, reference: tally.ref.reference } } : {};

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
        await present(context, services, remoteTally(plan.closed));
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
        nb: 'rett referat sak <nr>: <tekst> – ny tekst under saken i utkastet (den gamle blir tatt vare på); i et møte i to deler teller nummeret i gruppens del, «sak 1.2» er sak 2 i del 1',
        nn: 'rett referat sak <nr>: <tekst> – ny tekst under saka i utkastet (den gamle blir teken vare på); i eit møte i to delar tel nummeret i delen til gruppa, «sak 1.2» er sak 2 i del 1',
        en: 'correct minutes item <no>: <text> – new text under the item in the draft (the old one is kept); in a meeting in two parts the number counts in the group’s part, “item 1.2” is item 2 of part 1',
      },
      async ({ actor, command: c, group, services }) => {
        const result = await services.review.correct(actor, group, c.rest);
        return { ...remoteTally(result.tally), ...say(result.text) };
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
          return { ...remoteTally(answer.tally), ...(answer.card ? { invoke: answer.card } : say(answer.refusal ?? '')) };
        }),
      );
    }
  },
};
