import { say, type Actor } from './actor';
import type { GroupContext } from './group-context';
import type { MeetingUseCases } from './meetings';
import type { Outcome } from './outcome';
import type { ConversationRecord, Repositories } from './ports';
import { meetingTexts } from './texts-meetings';

/*
 * The group's home chat, where the notice and the news of a moved meeting are posted: this chat when it
 * is the home, else the home's stored conversation reference (the presenter posts through it).
 */

/** The same conversation, a channel's thread or the channel itself. */
export const sameConversation = (a: string, b: string): boolean => a === b || a.split(';')[0] === b.split(';')[0];

export type GroupHome = { here: true } | { here: false; reference: Record<string, unknown> };

/** Where to post to the group's home: here (no store request), else its stored reference; undefined when it cannot be reached. */
export async function homeOf(repos: Repositories, actor: Actor, ctx: GroupContext): Promise<GroupHome | undefined> {
  const home = ctx.group.value.homeConversationId;
  if (sameConversation(actor.conversationId, home)) return { here: true };
  const reference = await homeReference(repos, home);
  return reference ? { here: false, reference } : undefined;
}

/**
 * `innkalling`: publishes the notice in the group's home conversation, here when this is the home,
 * otherwise through the home's stored reference (checked before anything changes).
 */
export async function publishNoticeHome(repos: Repositories, meetings: MeetingUseCases, actor: Actor, ctx: GroupContext, args: string): Promise<Outcome> {
  const l = actor.locale;
  const name = ctx.group.value.name;
  const home = await homeOf(repos, actor, ctx);
  if (!home) return say(meetingTexts.noHomeReference(l, name));
  const result = await meetings.publishNotice(actor, ctx, args);
  if (!('posts' in result)) return result;
  const answer = home.here ? meetingTexts.noticePublishedHere(l, result.deadline) : meetingTexts.noticePublishedElsewhere(l, name, result.deadline);
  return { text: answer, home: { ...home, posts: result.posts } };
}

/** The home's stored reference, for posting there from any chat; undefined when the bot cannot reach it. */
export async function homeReference(repos: Repositories, homeConversationId: string): Promise<Record<string, unknown> | undefined> {
  const record = await repos.conversations.get(homeConversationId);
  return record?.reference.serviceUrl ? record.reference : undefined;
}

/** A conversation's stored record when it belongs to a group (Teams meeting events, which carry no command). */
export async function groupConversation(repos: Repositories, conversationId: string): Promise<{ record: ConversationRecord; groupId: string } | undefined> {
  const record = await repos.conversations.get(conversationId);
  return record?.groupId ? { record, groupId: record.groupId } : undefined;
}
