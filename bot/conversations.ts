import { TurnContext } from 'botbuilder';
import type { ConversationRecord, Repositories } from '../src/app/ports';

/**
 * Keeps the conversation reference of every conversation and user the bot meets (for proactive
 * reminders later). One point read per turn, which the handlers need anyway to find the group;
 * a write only when the reference is new or its serviceUrl changed.
 */
export async function rememberConversation(context: TurnContext, repos: Repositories): Promise<ConversationRecord> {
  const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
  const key = context.activity.conversation?.id ?? '';
  const existing = await repos.conversations.get(key);
  if (existing && (existing.reference as { serviceUrl?: string }).serviceUrl === context.activity.serviceUrl) return existing;
  const record: ConversationRecord = { key, reference, groupId: existing?.groupId, updatedAt: new Date().toISOString() };
  await repos.conversations.put(record);
  const aad = context.activity.from?.aadObjectId;
  if (aad && context.activity.conversation?.conversationType === 'personal') {
    await repos.conversations.put({ key: `user:${aad}`, reference, updatedAt: record.updatedAt });
  }
  return record;
}
