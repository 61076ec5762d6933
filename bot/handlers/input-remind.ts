import { MessageFactory, type CloudAdapterBase, type ConversationReference, type TurnContext } from 'botbuilder';
import { reminderRecipients } from '../../src/app/input-status';
import { deadlineOf } from '../../src/domain/contribution';
import type { GroupContext } from '../../src/app/group-context';
import { say, type Actor, type Reply } from '../../src/app/actor';
import { inputTexts as t } from '../../src/app/texts-input';
import type { Services } from '../services';

/**
 * `påminnelse`: a proactive message in each missing member's personal chat, through the stored
 * conversation reference (adapter.continueConversationAsync). 429/412/502/504 are retried with
 * exponential backoff and jitter inside ~10 s; every reminder goes to its own conversation, and at
 * most REMIND_PARALLEL are in flight, far inside 7 messages/s per conversation.
 */
const RETRYABLE = new Set([412, 429, 502, 504]);
const REMIND_PARALLEL = 4;

export async function withBackoff<T>(send: () => Promise<T>, budgetMs = 10_000, baseMs = 200): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const e = err as { statusCode?: unknown; status?: unknown };
      const status = typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
      const pause = baseMs * 2 ** attempt * (0.5 + Math.random());
      if (status === undefined || !RETRYABLE.has(status) || Date.now() - started + pause > budgetMs) throw err;
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

/** Sends the reminders. The caller has checked that the actor is the group's secretariat (router, or the card's own check). */
export async function remind(context: TurnContext, actor: Actor, group: GroupContext, services: Services): Promise<Reply> {
  const l = actor.locale;
  const now = services.now();
  const { tally, recipients } = await reminderRecipients(services.repos, group, now);
  if (!tally) return say(t.noMeeting(l));
  if (tally.missing.length === 0) return say(t.remindNoneMissing(l));
  const adapter = context.adapter as CloudAdapterBase;
  const appId = services.config.bot.appId ?? '';
  const deadline = deadlineOf(tally.window);
  const unreachable: string[] = [];
  let sent = 0;
  const queue = [...recipients];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const label = `${r.name} (${r.organization})`;
      if (!r.reference) {
        unreachable.push(label);
        continue;
      }
      const reference = r.reference as Partial<ConversationReference>;
      const text = t.reminder(localeOfReference(reference), group.group.value.name, r.organization, tally.window, deadline);
      try {
        await withBackoff(() => adapter.continueConversationAsync(appId, reference, async (proactive) => void (await proactive.sendActivity(MessageFactory.text(text)))));
        sent++;
      } catch (err) {
        services.log.warn({ err: (err as Error).message, organization: r.organization }, 'reminder could not be delivered');
        unreachable.push(label);
      }
    }
  };
  await Promise.all(Array.from({ length: REMIND_PARALLEL }, worker));
  return say(t.remindDone(l, sent, unreachable.sort((a, b) => a.localeCompare(b, 'nb'))));
}

function localeOfReference(reference: Partial<ConversationReference>): 'nb' | 'en' {
  return reference.locale && /^en\b/i.test(reference.locale) ? 'en' : 'nb';
}
