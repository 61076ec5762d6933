import { groupIdFor } from '../../src/app/groups';
import type { Repositories } from '../../src/app/ports';

export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
  first: string;
  last: string;
  organization: string;
}

export function makeMembers(n: number, tag: string): Member[] {
  return Array.from({ length: n }, (_, i) => {
    const k = String(i + 1).padStart(2, '0');
    const first = `Deltaker${k}`;
    const last = `${tag}sen`;
    return {
      id: `29:${tag}-${k}`,
      aadObjectId: `00000000-0000-4000-a000-${tag.padEnd(6, 'x').slice(0, 6)}${k.padStart(6, '0')}`,
      name: `${first} ${last}`,
      first,
      last,
      organization: `${tag} kommune ${k}`,
    };
  });
}

export function ddmmyyyy(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86400_000);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/**
 * Creates a group with a roster and a meeting whose notice is published (input window open), all
 * through the bot's own commands. `say` sends a group-chat message as the secretariat.
 */
export async function openMeetingViaCommands(say: (text: string) => Promise<unknown>, repos: Repositories, chatId: string, members: Member[], daysAhead = 14) {
  await say('ny gruppe Testgruppe');
  await say(`deltakere\n${members.map((m) => `${m.first}\t${m.last}\t${m.organization}`).join('\n')}`);
  await say(`nytt møte ${ddmmyyyy(daysAhead)} 12:00-13:00 Teams`);
  await say('sakskart\n1. Godkjenning av innkalling og dagsorden\n2. Runde rundt bordet\n3. Eventuelt');
  await say('innkalling');
  const meeting = (await repos.meetings.listByGroup(groupIdFor(chatId))).at(-1);
  if (!meeting || meeting.state !== 'notice-published') throw new Error('the notice was not published');
  return meeting;
}
