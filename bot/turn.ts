import { CardFactory, MessageFactory, TurnContext, type Activity } from 'botbuilder';
import { renderNamedCard } from '../cards';
import { localeOf, type Actor, type Reply } from '../src/app/actor';

/** Reads who is acting from the activity itself: the only source of identity we trust. */
export function actorFrom(context: TurnContext): Actor {
  const a = context.activity;
  const type = a.conversation?.conversationType;
  return {
    userId: a.from?.id ?? '',
    aadObjectId: a.from?.aadObjectId || undefined,
    name: (a.from?.name ?? '').trim(),
    conversationId: a.conversation?.id ?? '',
    conversationType: type === 'groupChat' ? 'groupChat' : type === 'channel' ? 'channel' : 'personal',
    locale: localeOf(a.locale),
    tenantId: a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
  };
}

/** Turns a use case's Reply into an outgoing activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.card) {
    const card = CardFactory.adaptiveCard(renderNamedCard(reply.card.template, reply.card.data));
    return MessageFactory.attachment(card, reply.text);
  }
  return MessageFactory.text(reply.text ?? '');
}

export async function send(context: TurnContext, reply: Reply): Promise<string | undefined> {
  const sent = await context.sendActivity(toActivity(reply));
  return sent?.id;
}
