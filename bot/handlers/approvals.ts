import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { renderNamedCard } from '../../cards';
import type { ApprovalAnswer, ApprovalVerb } from '../../src/app/approvals';
import { withChannelRetry } from '../proactive';
import { teamsDirectory } from '../first-contact';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import type { Capability } from './types';

const VERBS: Record<string, ApprovalVerb> = {
  'approval.approve': 'approve',
  'approval.remark': 'remark',
  'approval.close': 'close',
  'approval.refresh': 'refresh',
};

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

async function invokeResponse(context: TurnContext, body: Record<string, unknown>): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

/*
 * Updates of the shared card, per posted message: one at a time, and only the newest state. Votes
 * that were written together (one batch) or overtaken while waiting skip their update, so 40
 * parallel votes send a handful of updates (Teams allows 7 messages/s per conversation) and an
 * older tally can never land after a newer one from this process.
 */
let updateSeq = 0;
const newest = new Map<string, number>();
const chains = new Map<string, Promise<void>>();

async function updateShared(context: TurnContext, services: Services, replyToId: string, shared: NonNullable<ApprovalAnswer['shared']>): Promise<void> {
  const key = `${context.activity.conversation?.id ?? ''}|${replyToId}`;
  const mine = ++updateSeq;
  newest.set(key, mine);
  const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
    if (newest.get(key) !== mine) return; // a newer state is queued behind us and will be sent
    const update = MessageFactory.attachment(CardFactory.adaptiveCard(renderNamedCard(shared.template, shared.data)));
    update.id = replyToId;
    try {
      await withChannelRetry(() => context.updateActivity(update), { budgetMs: 3_000 });
    } catch (err) {
      // The vote is stored and the clicker sees it; the others see it on their next refresh.
      services.log.warn(
        { activityId: context.activity.id, conversationId: context.activity.conversation?.id, err: (err as Error).message },
        'could not update the approval card for everyone',
      );
    }
  });
  chains.set(key, run);
  await run;
  if (chains.get(key) === run) {
    chains.delete(key);
    newest.delete(key);
  }
}

/**
 * The approval card's Action.Execute verbs. The clicker gets their own view in the invoke answer;
 * when the tally or state changed, the posted message is updated with everyone's view, so the
 * others see the new tally (and their clients refresh their own view through refresh.userIds).
 * A refusal answers with a message and changes nothing.
 */
async function handle(context: TurnContext, services: Services, verb: ApprovalVerb, data: Record<string, unknown>): Promise<string> {
  const actor = actorFrom(context);
  // A vote can be someone's first contact: Teams' member information (e-mail/UPN) may link them; a click asks no one.
  const answer: ApprovalAnswer = await services.approvals.act(actor, verb, data ?? {}, { directory: teamsDirectory(context) });
  if (answer.refusal || !answer.card) {
    await invokeResponse(context, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer.refusal ?? '' });
    return answer.refusal ?? '';
  }
  const replyToId = context.activity.replyToId;
  if (answer.shared && replyToId) await updateShared(context, services, replyToId, answer.shared);
  await invokeResponse(context, { statusCode: 200, type: ADAPTIVE, value: renderNamedCard(answer.card.template, answer.card.data) });
  return '';
}

export const approvals: Capability = {
  commands: [],
  verbs: Object.keys(VERBS),
  register(app, services) {
    for (const [name, verb] of Object.entries(VERBS)) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(name, async (context, _state, data) => handle(context, services, verb, data));
    }
  },
};
