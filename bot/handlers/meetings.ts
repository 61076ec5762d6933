import { publishNoticeHome } from '../../src/app/group-home';
import { setMeetingLink } from '../../src/app/meeting-links';
import { setPreparation } from '../../src/app/meeting-prepare';
import { listMeetings } from '../../src/app/meeting-list';
import { moveMeetingCommand } from '../../src/app/meeting-move';
import { pasteForm } from '../../src/app/paste-forms';
import { command, type Capability } from './types';

/**
 * nytt møte, sakskart, innkalling. 'mine': typed in personal chat they act on the one group where
 * the sender is secretariat (the router finds it from their roster memberships).
 */
export const meetings: Capability = {
  commands: [
    command(
      {
        name: 'meetings',
        aliases: ['møter', 'meetings'],
        audience: 'member',
        where: 'any',
        group: 'mine',
        nb: 'møter – gruppens møter med tid, sted og status (også avlyste)',
        nn: 'møter – møta i gruppa med tid, stad og status (også avlyste)',
        en: "meetings – the group's meetings with time, place and state (cancelled ones too)",
      },
      async ({ actor, group, services }) => listMeetings(services.repos, actor, group),
    ),
    command(
      {
        name: 'new-meeting',
        aliases: ['nytt møte', 'new meeting'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'nytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [sted] – oppretter et møte',
        nn: 'nytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [stad] – opprettar eit møte',
        en: 'new meeting <dd.mm.yyyy> <hh:mm>-<hh:mm> [place] – creates a meeting',
      },
      async ({ actor, group, command: c, services }) => services.meetings.createMeeting(actor, group, c.args),
    ),
    command(
      {
        name: 'move-meeting',
        aliases: ['flytt møte', 'move meeting'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'flytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [sted] – flytter neste møte (fristen for innspill følger med)',
        nn: 'flytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [stad] – flyttar neste møte (fristen for innspel følgjer med)',
        en: 'move meeting <dd.mm.yyyy> <hh:mm>-<hh:mm> [place] – moves the next meeting (the input deadline moves with it)',
      },
      async ({ actor, group, command: c, services }) => moveMeetingCommand(services.repos, actor, group, c.args, services.now()),
    ),
    command(
      {
        name: 'meeting-link',
        aliases: ['lenke', 'link'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'lenke [sakspapirer|presentasjoner|teams <lenke>|av] [dd.mm.åååå] – lenker i innkallingen og referatet',
        nn: 'lenke [sakspapirer|presentasjoner|teams <lenkje>|av] [dd.mm.åååå] – lenkjer i innkallinga og referatet',
        en: 'link [documents|presentations|teams <url>|off] [dd.mm.yyyy] – links in the notice and the minutes',
      },
      async ({ actor, group, command: c, services }) => setMeetingLink(services.repos, actor, group, c.args, services.now()),
    ),
    command(
      {
        name: 'prepare',
        aliases: ['forbered', 'førebu', 'prepare'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'forbered <saksnr> <tekst>|av – hva deltakerne skal forberede til en sak i neste møte (står i innkallingen); i et møte i to deler teller nummeret i gruppens del, «1.2» er sak 2 i del 1',
        nn: 'forbered <saksnr> <tekst>|av – kva deltakarane skal førebu til ei sak i neste møte (står i innkallinga); i eit møte i to delar tel nummeret i delen til gruppa, «1.2» er sak 2 i del 1',
        en: 'prepare <item no> <text>|off – what participants should prepare for an item of the next meeting (printed in the notice); in a meeting in two parts the number counts in the group’s part, “1.2” is item 2 of part 1',
      },
      async ({ actor, group, command: c, services }) => setPreparation(services.repos, actor, group, c.args, services.now()),
    ),
    command(
      {
        name: 'agenda',
        aliases: ['sakskart', 'saksliste', 'agenda'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'sakskart + tekst – setter sakskartet for neste møte',
        nn: 'saksliste + tekst – set opp sakslista for neste møte (også «sakskart»)',
        en: 'agenda + text – sets the agenda of the next meeting',
      },
      async ({ actor, group, command: c, services }) =>
        c.rest.trim() ? services.meetings.setAgenda(actor, group, c.rest) : pasteForm(actor.locale, 'agenda', group.group.value.groupId),
    ),
    /**
     * Publishes the notice in the group's home conversation: here when this is the home, otherwise
     * proactively through the home's stored conversation reference (checked before anything changes).
     */
    command(
      {
        name: 'notice',
        aliases: ['innkalling', 'notice'],
        audience: 'secretariat',
        where: 'any',
        group: 'mine',
        nb: 'innkalling – publiserer innkallingen og åpner for innspill',
        nn: 'innkalling – publiserer innkallinga og opnar for innspel',
        en: 'notice – publishes the notice and opens the input window',
      },
      async ({ actor, command: c, group, services }) => publishNoticeHome(services.repos, services.meetings, actor, group, c.args),
    ),
  ],
};
