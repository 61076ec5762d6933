import { say } from '../../src/app/actor';
import { meetingTexts } from '../../src/app/texts-meetings';
import { postToConversation, sendAll } from '../proactive';
import { toActivity } from '../turn';
import type { GroupContext } from '../../src/app/group-context';
import type { Reply } from '../../src/app/actor';
import type { Capability, CommandTurn } from './types';

/** The group of this chat; in a chat of no group (personal chat), the one group the sender is secretariat of. */
async function groupOf({ actor, group, services }: CommandTurn): Promise<GroupContext | Reply> {
  return group ?? services.meetings.groupForSecretariat(actor);
}
const isReply = (g: GroupContext | Reply): g is Reply => !('roles' in g);

const sameConversation = (a: string, b: string) => a === b || a.split(';')[0] === b.split(';')[0];

/** nytt møte, sakskart, innkalling. */
export const meetings: Capability = {
  commands: {
    'new-meeting': async (turn) => {
      const group = await groupOf(turn);
      return isReply(group) ? group : turn.services.meetings.createMeeting(turn.actor, group, turn.command.args);
    },
    agenda: async (turn) => {
      const group = await groupOf(turn);
      return isReply(group) ? group : turn.services.meetings.setAgenda(turn.actor, group, turn.command.rest);
    },
    /**
     * Publishes the notice in the group's home conversation: here when this is the home, otherwise
     * proactively through the home's stored conversation reference (checked before anything changes).
     */
    notice: async (turn) => {
      const { context, actor, command, services } = turn;
      const l = actor.locale;
      const group = await groupOf(turn);
      if (isReply(group)) return group;
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
