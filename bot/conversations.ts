import { TurnContext, type Activity } from 'botbuilder';
import { aadKey, updatePerson } from '../src/app/people';
import type { ConversationRecord, Repositories } from '../src/app/ports';
import type { PreRead } from './handlers/types';

const cap = (v: unknown, max = 256): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);

/**
 * The conversation reference we store: only the fields a proactive message needs, each capped. The
 * activity's own `conversation` / `from` objects carry whatever a client put in them (a 1.9 MB junk
 * field once became a 1.9 MB document), so they are never stored whole (#14). The activity guard has
 * already refused ids over 1,024 characters, so the caps here never cut a real id.
 */
export function storedReference(activity: Partial<Activity>): Record<string, unknown> {
  const r = TurnContext.getConversationReference(activity);
  const ref: Record<string, unknown> = {
    activityId: cap(r.activityId, 1_024),
    channelId: cap(r.channelId, 64),
    serviceUrl: cap(r.serviceUrl, 1_024),
    locale: cap(r.locale, 35),
    user: r.user && { id: cap(r.user.id, 1_024), name: cap(r.user.name), aadObjectId: cap(r.user.aadObjectId, 64), role: cap(r.user.role, 32) },
    bot: r.bot && { id: cap(r.bot.id, 1_024), name: cap(r.bot.name), role: cap(r.bot.role, 32) },
    conversation: r.conversation && {
      id: cap(r.conversation.id, 1_024),
      conversationType: cap(r.conversation.conversationType, 32),
      tenantId: cap(r.conversation.tenantId, 64),
      isGroup: typeof r.conversation.isGroup === 'boolean' ? r.conversation.isGroup : undefined,
      name: cap(r.conversation.name),
    },
  };
  // JSON without the undefined fields: what Cosmos would store anyway, and what tests compare.
  return JSON.parse(JSON.stringify(ref)) as Record<string, unknown>;
}

/**
 * Keeps the conversation reference of every conversation and user the bot meets (for proactive
 * reminders later). One read per turn, which the handlers need anyway to find the group;
 * a write only when the reference is new or its serviceUrl changed. In personal chat that one read
 * is the turn's pre-read (person + windows), returned for the turn (`turn.pre`) and read nowhere else.
 */
export async function rememberConversation(context: TurnContext, repos: Repositories): Promise<{ conversation: ConversationRecord; pre?: PreRead }> {
  const reference = storedReference(context.activity);
  const key = context.activity.conversation?.id ?? '';
  // Personal chat of a linked member: the people record holds the chat too, so this one request also
  // answers "who is this" and "which meetings take input" for the input flow (see src/app/people.ts).
  const personalAad = context.activity.conversation?.conversationType === 'personal' ? context.activity.from?.aadObjectId : undefined;
  const read = personalAad ? await repos.people.getWithWindows(aadKey(personalAad)) : undefined;
  const person = read?.person;
  let pre: PreRead | undefined = read && { person: person ?? null, windows: read.windows };
  const chat = person?.value.chat;
  if (chat && chat.conversationId === key && (chat.reference as { serviceUrl?: string }).serviceUrl === context.activity.serviceUrl) {
    return { conversation: { key, reference: chat.reference, updatedAt: chat.updatedAt }, pre };
  }
  if (person && personalAad && pre) {
    const updatedAt = new Date().toISOString();
    const saved = await updatePerson(repos, aadKey(personalAad), (cur) => cur && { ...cur, chat: { conversationId: key, reference, updatedAt } }, person);
    pre = { ...pre, person: saved ?? null };
  }
  const existing = await repos.conversations.get(key);
  if (existing && (existing.reference as { serviceUrl?: string }).serviceUrl === context.activity.serviceUrl) return { conversation: existing, pre };
  const record: ConversationRecord = { key, reference, groupId: existing?.groupId, meetingId: existing?.meetingId, updatedAt: new Date().toISOString() };
  await repos.conversations.put(record);
  const aad = context.activity.from?.aadObjectId;
  if (aad && context.activity.conversation?.conversationType === 'personal') {
    await repos.conversations.putUserChat(aad, reference, record.updatedAt);
  }
  return { conversation: record, pre };
}
