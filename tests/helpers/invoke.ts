import { message, nextId } from '../../scripts/bench/activities';
import { post, type TestUser } from './bot-client';

/** The invoke answer the bot wrote into the HTTP response: { statusCode, type, value }. */
export interface InvokeAnswer {
  statusCode?: number;
  type?: string;
  value?: unknown;
}

/**
 * Posts a Teams-shaped `adaptiveCard/action` invoke (Action.Execute) to the bot's real HTTP endpoint
 * and returns the invoke response body: the updated card, or a message for a refusal.
 */
export async function invoke(
  botUrl: string,
  serviceUrl: string,
  conversation: { id: string; type: 'personal' | 'groupChat' | 'channel' },
  from: TestUser,
  verb: string,
  data: Record<string, unknown>,
  opts: { replyToId?: string; locale?: string } = {},
): Promise<InvokeAnswer & { httpStatus: number }> {
  const base = message(serviceUrl, conversation, from, '', nextId('inv'), { tenant: 'tenant-1', locale: opts.locale });
  const activity = {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelData: { ...base.channelData, source: { name: 'message' } },
    replyToId: opts.replyToId ?? 'card-1',
    value: { action: { type: 'Action.Execute', verb, data } },
  };
  delete (activity as { text?: string }).text;
  const res = await post(botUrl, activity);
  const body = res.body ? (JSON.parse(res.body) as InvokeAnswer) : {};
  return { ...body, httpStatus: res.status };
}

/** Every string a card shows (text, title, value, facts), joined by newlines: for assertions. */
export function cardText(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
      if (typeof v === 'string' && ['text', 'title', 'value'].includes(k)) out.push(v);
      else walk(v);
    }
  };
  walk(node);
  return out.join('\n');
}

/** A card's Action.Execute buttons, wherever they sit in it (actions, action sets, containers). */
export type CardAction = { title: string; verb: string; data: Record<string, unknown> };
export function cardActions(node: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Action.Execute') found.push(o as never);
    Object.values(o).forEach(walk);
  };
  walk(node);
  return found;
}
