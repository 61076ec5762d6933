import { TeamsInfo, type TurnContext } from 'botbuilder';
import { homeReference } from '../src/app/group-home';
import type { FirstContactPorts, MemberDirectory, SecretariatDesk } from '../src/app/ports';
import { postTo } from './proactive';
import type { Services } from './services';
import { toActivity } from './turn';

/*
 * The ports of a first contact (src/app/identity.ts), for one turn: Teams' member information about
 * the sender, and the group's home chat where the secretariat is asked who someone is.
 */

const LOOKUP_MS = 2_000;
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** TeamsInfo.getMember: the sender's e-mail and UPN (asked only when the sender is not linked yet). */
export function teamsDirectory(context: TurnContext): MemberDirectory {
  return {
    async addressesOfSender() {
      const id = context.activity.from?.id;
      if (!id || !context.activity.serviceUrl) return [];
      const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), LOOKUP_MS).unref());
      const member = await Promise.race([TeamsInfo.getMember(context, id).catch(() => undefined), timeout]);
      return [...new Set([member?.email, member?.userPrincipalName].filter((a): a is string => !!a && ADDRESS.test(a)).map((a) => a.toLowerCase()))];
    },
  };
}

/** Posts the link card in the group's home chat through its stored conversation reference. */
export function homeDesk(context: TurnContext, services: Services): SecretariatDesk {
  return {
    async post(group, card) {
      const home = await homeReference(services.repos, group.homeConversationId);
      if (!home) return false;
      await postTo(context, services, home, [toActivity({ card })]);
      return true;
    },
  };
}

export const firstContactPorts = (context: TurnContext, services: Services): FirstContactPorts => ({
  directory: teamsDirectory(context),
  desk: homeDesk(context, services),
});
