import type { CloudAdapterBase, TurnContext } from 'botbuilder';
import { say, type Reply } from '../src/app/actor';
import { personalChatReference } from '../src/app/people';
import { minutesTexts as t } from '../src/app/texts-minutes';
import { postTo } from './proactive';
import type { Services } from './services';
import { actorFrom, retried, toActivity } from './turn';

/**
 * A reply meant for the requester only (a personal download link, #16 §3): asked for in a group chat,
 * it goes to the requester's personal chat with the bot (the stored reference, or a 1:1 chat created
 * now), and the group chat only hears that it was sent. The link never appears where others read.
 * Called by the presenter (bot/present.ts) for a reply marked `personal`.
 */
export async function deliverPersonal(context: TurnContext, services: Services, reply: Reply): Promise<Reply> {
  const actor = actorFrom(context);
  if (!reply.personal || actor.conversationType === 'personal') return reply;
  const l = actor.locale;
  const outgoing = [toActivity({ text: reply.text, card: reply.card })];
  try {
    const stored = actor.aadObjectId ? await personalChatReference(services.repos, actor.aadObjectId) : undefined;
    if (stored) {
      await postTo(context, services, stored, outgoing);
    } else {
      // No personal chat yet: create one with the requester (Teams allows it when the app is installed for them).
      const { activity } = context;
      const parameters = {
        isGroup: false,
        bot: activity.recipient,
        members: [activity.from],
        tenantId: actor.tenantId,
        channelData: { tenant: { id: actor.tenantId } },
      };
      const adapter = context.adapter as CloudAdapterBase;
      await retried(context, () =>
        adapter.createConversationAsync(services.config.bot.appId ?? '', activity.channelId, activity.serviceUrl, '', parameters, async (proactive) => {
          for (const a of outgoing) await retried(context, () => proactive.sendActivity(a));
        }),
      );
    }
    return say(t.sentPrivately(l));
  } catch (err) {
    services.log.warn({ err: (err as Error).message }, 'personal link could not be delivered privately');
    return say(t.cannotSendPrivately(l));
  }
}
