import { nextMeeting, parseNorwegianDate } from '../domain/meeting';
import { parseMeetingArgs } from '../domain/meeting-args';
import { moveMeeting, type MoveResult } from '../domain/meeting-move';
import { formatDate, formatMeetingTime } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { mutateMeeting } from './meeting-writes';
import { formatDeadline } from './meetings';
import type { Repositories } from './ports';
import { moveTexts as t } from './texts-move';

/**
 * `flytt møte [<fra dd.mm.åååå> til] <dd.mm.åååå> <tt:mm>-<tt:mm> [sted]` (#15 §2; the router lets only
 * the secretariat here): moves the group's next meeting, or the one on the given date. The write goes
 * through meeting-writes, which moves the group's input window with it.
 */
export async function moveMeetingCommand(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  const from = /^(\S+)\s+(?:til|to)\s+(.*)$/is.exec(args.trim());
  const fromDate = from ? parseNorwegianDate(from[1]) : undefined;
  if (from && !fromDate) return say(t.badFrom(l, from[1]));
  const all = await repos.meetings.listByGroup(ctx.group.value.groupId);
  const target = fromDate ? all.find((m) => m.date === fromDate) : (nextMeeting(all) ?? all.at(-1));
  if (!target) return say(fromDate ? t.noMeetingOn(l, formatDate(fromDate)) : t.noMeeting(l));
  const parsed = parseMeetingArgs(from ? from[2] : args, now, { verb: t.verb, defaultPlace: target.place });
  if (!parsed.ok) return say(parsed.message[l]);
  const done = await mutateMeeting<MoveResult>(repos, target.meetingId, (m) => {
    const result = moveMeeting(m, parsed, all);
    return { next: result.ok && result.changed ? result.meeting : undefined, result };
  }, now);
  if (!done) return say(t.noMeeting(l));
  const { result } = done;
  if (!result.ok) return say(result.reason === 'clash' ? t.clash(l, formatDate(result.date)) : result.reason === 'running' ? t.running(l, formatDate(result.date)) : t.ended(l, formatDate(result.date)));
  const m = result.meeting;
  const to = formatMeetingTime(m.date, m.start, m.end, l);
  if (!result.changed) return say(t.unchanged(l, to));
  const lines = [t.moved(l, formatMeetingTime(target.date, target.start, target.end, l), to, m.place)];
  if (m.inputDeadline) lines.push(t.deadline(l, formatDeadline(m.inputDeadline, l)));
  if (m.state === 'notice-published') lines.push(t.noticeOut(l, to));
  return say(lines.join('\n\n'));
}
