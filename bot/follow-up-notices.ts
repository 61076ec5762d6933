import { MessageFactory, type TurnContext } from 'botbuilder';
import { localeOf, type Locale } from '../src/app/actor';
import { followUpTexts as t } from '../src/app/texts-follow-ups';
import { postToConversation, withChannelRetry } from './proactive';
import type { Services } from './services';

/** At most this many personal messages in flight, each to its own conversation (far inside Teams' per-conversation limit). */
const PARALLEL = 4;

/**
 * After a meeting ended in this turn (#18 §1): every owner of its open follow-ups gets them in their
 * personal chat, through the reference the people index keeps (the proactive path of reminders and
 * private links). Members without a personal chat yet are skipped; the chat where the meeting ended
 * is told how many were reached and who could not be. Nothing when the meeting had no follow-ups.
 */
export async function notifyFollowUpOwners(context: TurnContext, services: Services, meetingId: string, l: Locale): Promise<void> {
  const meeting = (await services.repos.meetings.get(meetingId))?.value;
  if (!meeting) return;
  const deliveries = await services.followUps.ownerDeliveries(meetingId, meeting.groupId);
  if (deliveries.length === 0) return;
  const groupName = (await services.repos.groups.get(meeting.groupId))?.value.name ?? '';
  const appId = services.config.bot.appId ?? '';
  const unreachable: string[] = [];
  let sent = 0;
  const queue = [...deliveries];
  const worker = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      if (!d.reference) {
        unreachable.push(d.name);
        continue;
      }
      const text = services.followUps.ownerMessage(d, groupName, localeOf(String(d.reference.locale ?? '')));
      try {
        await postToConversation(context, appId, d.reference, [MessageFactory.text(text)]);
        sent++;
      } catch (err) {
        services.log.warn({ err: (err as Error).message, meetingId }, 'follow-ups could not be delivered to an owner');
        unreachable.push(d.name);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const report = t.ownersNotified(
    l,
    sent,
    unreachable.sort((a, b) => a.localeCompare(b, 'nb')),
  );
  await withChannelRetry(() => context.sendActivity(MessageFactory.text(report)));
}
