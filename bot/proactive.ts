import { CloudAdapterBase, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Services } from './services';
import { retried } from './turn';

/**
 * Sends activities into another conversation (the group's home, someone's personal chat) through its
 * stored reference, with adapter.continueConversationAsync. Each send is retried on its own, with the
 * one policy and this turn's budget (bot/turn.ts `retried`), so a retry never duplicates what already went through.
 */
export async function postTo(context: TurnContext, services: Services, reference: Record<string, unknown>, activities: Partial<Activity>[]): Promise<void> {
  const adapter = context.adapter as CloudAdapterBase;
  await adapter.continueConversationAsync(services.config.bot.appId ?? '', reference as Partial<ConversationReference>, async (proactive) => {
    for (const activity of activities) await retried(context, () => proactive.sendActivity(activity));
  });
}
