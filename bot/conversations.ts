import { TurnContext } from 'botbuilder';
import { aadKey, updatePerson } from '../src/app/people';
import type { ConversationRecord, PersonRecord, Repositories, Versioned, WindowsByGroup } from '../src/app/ports';

const PERSON = Symbol('referent.person');
const WINDOWS = Symbol('referent.windows');

/**
 * The `aad:` people record rememberConversation read in personal chat this turn (null: read, none
 * stored; undefined: not read). Per-turn only, never kept between turns.
 */
export function personOfTurn(context: TurnContext): Versioned<PersonRecord> | null | undefined {
  return context.turnState.get(PERSON) as Versioned<PersonRecord> | null | undefined;
}

/** The input windows read with the person this turn (personal chat), or undefined. Per-turn only. */
export function windowsOfTurn(context: TurnContext): WindowsByGroup | undefined {
  return context.turnState.get(WINDOWS) as WindowsByGroup | undefined;
}

/**
 * Keeps the conversation reference of every conversation and user the bot meets (for proactive
 * reminders later). One read per turn, which the handlers need anyway to find the group;
 * a write only when the reference is new or its serviceUrl changed.
 */
export async function rememberConversation(context: TurnContext, repos: Repositories): Promise<ConversationRecord> {
  const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
  const key = context.activity.conversation?.id ?? '';
  // Personal chat of a linked member: the people record holds the chat too, so this one request also
  // answers "who is this" and "which meetings take input" for the input flow (see src/app/people.ts).
  const personalAad = context.activity.conversation?.conversationType === 'personal' ? context.activity.from?.aadObjectId : undefined;
  const read = personalAad ? await repos.people.getWithWindows(aadKey(personalAad)) : undefined;
  const person = read?.person;
  if (personalAad) {
    context.turnState.set(PERSON, person ?? null);
    context.turnState.set(WINDOWS, read?.windows);
  }
  const chat = person?.value.chat;
  if (chat && chat.conversationId === key && (chat.reference as { serviceUrl?: string }).serviceUrl === context.activity.serviceUrl) {
    return { key, reference: chat.reference, updatedAt: chat.updatedAt };
  }
  if (person && personalAad) {
    const updatedAt = new Date().toISOString();
    const saved = await updatePerson(repos, aadKey(personalAad), (cur) => cur && { ...cur, chat: { conversationId: key, reference, updatedAt } }, person);
    context.turnState.set(PERSON, saved ?? null);
  }
  const existing = await repos.conversations.get(key);
  if (existing && (existing.reference as { serviceUrl?: string }).serviceUrl === context.activity.serviceUrl) return existing;
  const record: ConversationRecord = { key, reference, groupId: existing?.groupId, meetingId: existing?.meetingId, updatedAt: new Date().toISOString() };
  await repos.conversations.put(record);
  const aad = context.activity.from?.aadObjectId;
  if (aad && context.activity.conversation?.conversationType === 'personal') {
    await repos.conversations.put({ key: `user:${aad}`, reference, updatedAt: record.updatedAt });
  }
  return record;
}
