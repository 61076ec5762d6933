import type { Locale } from '../domain/language';
import type { Card } from './cards/card';
export type { Locale } from '../domain/language';

/** Who is acting, as the bot layer read it from the activity (never from card data or message text). */
export interface Actor {
  /** Channel user id (always present). */
  userId: string;
  /** Teams user (AAD object id) when the channel gives one. */
  aadObjectId?: string;
  name: string;
  conversationId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  locale: Locale;
  tenantId?: string;
}

/** The client's locale: en-* English, nn-* Nynorsk, anything else Bokmål. */
export function localeOf(activityLocale: string | undefined): Locale {
  if (activityLocale && /^en\b/i.test(activityLocale)) return 'en';
  return activityLocale && /^nn\b/i.test(activityLocale) ? 'nn' : 'nb';
}

/** The key roles are stored under for this person. */
export function actorKey(actor: Pick<Actor, 'aadObjectId' | 'userId'>): string {
  return actor.aadObjectId ? `aad:${actor.aadObjectId}` : `user:${actor.userId}`;
}

export type { CardName } from './cards/card';

/** What a use case answers: plain text, a card, or both. The bot layer renders and sends it. */
export interface Reply {
  text?: string;
  card?: Card;
  /** Only for the requester's eyes (a personal download link): delivered in their personal chat, never where others read. */
  personal?: boolean;
}

export const say = (text: string): Reply => ({ text });
