import { formatMeetingTime } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import type { Repositories } from './ports';
import { meetingListTexts as t } from './texts-meeting-list';

/** How many meetings the list shows: the latest ones by date (with every coming one among them). */
export const LISTED = 12;

/**
 * `møter` · `meetings` (#15 §2): the group's meetings by date, each with its place and state — a
 * cancelled one stands as cancelled, a moved one at its new time. One query, on a command.
 */
export async function listMeetings(repos: Repositories, actor: Actor, ctx: GroupContext): Promise<Reply> {
  const l = actor.locale;
  // 'member' is not a stored role: the router lets anyone in this chat through, the roster decides here.
  if (!ctx.member && ctx.roles.length === 0) return say(t.notMember(l));
  const all = (await repos.meetings.listByGroup(ctx.group.value.groupId)).sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
  if (!all.length) return say(t.none(l));
  const shown = all.slice(-LISTED);
  const lines = shown.map((m) => `- ${formatMeetingTime(m.date, m.start, m.end, l)}, ${m.place} – ${t.state(l, m.state)}`);
  const older = all.length - shown.length;
  return say([t.title(l, ctx.group.value.name), ...lines, ...(older ? [t.earlier(l, older)] : [])].join('\n'));
}
