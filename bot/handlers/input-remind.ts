import { MessageFactory, type CloudAdapterBase, type ConversationReference, type TurnContext } from 'botbuilder';
import { reminderRecipients } from '../../src/app/input-status';
import { deadlineOf } from '../../src/domain/contribution';
import type { GroupContext } from '../../src/app/group-context';
import { localeOf, say, type Actor, type Reply } from '../../src/app/actor';
import { inputTexts as t } from '../../src/app/texts-input';
import { cancelTexts } from '../../src/app/texts-cancel';
import { formatDate } from '../../src/domain/norwegian-time';
import type { Services } from '../services';
import { withTeamsRetry } from '../teams-retry';

/**
 * `påminnelse`: a proactive message in each missing member's personal chat, through the stored
 * conversation reference (adapter.continueConversationAsync), with the one Teams retry policy
 * (bot/teams-retry.ts: 429/412/502/504, backoff with jitter, Retry-After, a time budget); every reminder
 * goes to its own conversation, and at most REMIND_PARALLEL are in flight, far inside 7 messages/s per conversation.
 */
const REMIND_PARALLEL = 4;

/** Sends the reminders. The caller has checked that the actor is the group's secretariat (router, or the card's own check). */
export async function remind(context: TurnContext, actor: Actor, group: GroupContext, services: Services): Promise<Reply> {
  const l = actor.locale;
  const now = services.now();
  const { tally, recipients } = await reminderRecipients(services.repos, group, now);
  if (!tally) return say(t.noMeeting(l));
  // The latest meeting was cancelled (no other takes input): nobody is asked for input to it.
  if (tally.window.state === 'cancelled') return say(cancelTexts.noReminder(l, formatDate(tally.window.date)));
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
      // The member's own language (`mitt språk`), else the group's, else their Teams client's (#19).
      const language = r.language ?? group.group.value.settings?.language ?? localeOf(reference.locale);
      const text = t.reminder(language, group.group.value.name, r.organization, tally.window, deadline);
      try {
        await withTeamsRetry(() =>
          adapter.continueConversationAsync(appId, reference, async (proactive) => void (await proactive.sendActivity(MessageFactory.text(text)))),
        );
        sent++;
      } catch (err) {
        services.log.warn({ err: (err as Error).message, organization: r.organization }, 'reminder could not be delivered');
        unreachable.push(label);
      }
    }
  };
  await Promise.all(Array.from({ length: REMIND_PARALLEL }, worker));
  return say(
    t.remindDone(
      l,
      sent,
      unreachable.sort((a, b) => a.localeCompare(b, 'nb')),
    ),
  );
}
