import type { Locale } from '../domain/language';
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

/**
 * The card templates (cards/<name>.json). cards/index.ts maps every name to its JSON with this type,
 * so a renamed, missing or misspelled template is a compile error, not a runtime one (#13 §4).
 */
export type CardName =
  | 'download'
  | 'agenda'
  | 'notice'
  | 'approval'
  | 'input-preview'
  | 'input-mine'
  | 'input-status'
  | 'pick-meeting'
  | 'current-item'
  | 'round-table'
  | 'roll-call'
  | 'meeting-summary'
  | 'privacy-erase'
  | 'paste-form'
  | 'start-confirm'
  | 'end-confirm'
  | 'follow-ups'
  | 'cancel-confirm'
  | 'identity-link';

/** What a use case answers: plain text, a card, or both. The bot layer renders and sends it. */
export interface Reply {
  text?: string;
  card?: { template: CardName; data: Record<string, unknown> };
  /** Only for the requester's eyes (a personal download link): delivered in their personal chat, never where others read. */
  personal?: boolean;
}

export const say = (text: string): Reply => ({ text });
