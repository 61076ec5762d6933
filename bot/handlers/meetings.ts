import { say } from '../../src/app/actor';
import { texts } from '../../src/app/texts';
import { meetingTexts } from '../../src/app/texts-meetings';
import { postToConversation, sendAll } from '../proactive';
import { toActivity } from '../turn';
import type { Capability } from './types';

const sameConversation = (a: string, b: string) => a === b || a.split(';')[0] === b.split(';')[0];

/** nytt møte, sakskart, innkalling. */
export const meetings: Capability = {
  commands: {
    'new-meeting': async ({ actor, command, group, services }) => {
      if (!group) return say(texts.noGroupHere(actor.locale));
      return services.meetings.createMeeting(actor, group, command.args);
    },
    agenda: async ({ actor, command, group, services }) => {
      if (!group) return say(texts.noGroupHere(actor.locale));
      return services.meetings.setAgenda(actor, group, command.rest);
    },
    /**
     * Publishes the notice in the group's home conversation: here when this is the home, otherwise
     * proactively through the home's stored conversation reference (checked before anything changes).
     */
    notice: async ({ context, actor, command, group, services }) => {
      const l = actor.locale;
      if (!group) return say(texts.noGroupHere(l));
      const home = group.group.value.homeConversationId;
      const here = sameConversation(actor.conversationId, home);
      const homeRecord = here ? undefined : await services.repos.conversations.get(home);
      if (!here && (!homeRecord || !homeRecord.reference.serviceUrl)) return say(meetingTexts.noHomeReference(l, group.group.value.name));
      const result = await services.meetings.publishNotice(actor, group, command.args);
      if (!('posts' in result)) return result;
      const activities = result.posts.map(toActivity);
      if (here) {
        await sendAll(context, activities);
        return say(meetingTexts.noticePublishedHere(l, result.deadline));
      }
      await postToConversation(context, services.config.bot.appId ?? '', homeRecord!.reference, activities);
      return say(meetingTexts.noticePublishedElsewhere(l, group.group.value.name, result.deadline));
    },
  },
};
