import { approvalItems, nextMeeting, parseNorwegianDate } from '../domain/meeting';
import type { MeetingData } from '../domain/meeting-types';
import { parseMeetingArgs } from '../domain/meeting-args';
import { moveMeeting, type MoveResult } from '../domain/meeting-move';
import { formatDate, formatMeetingTimeInSentence } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { homeOf } from './group-home';
import type { Outcome } from './outcome';
import { mutateMeeting } from './meeting-writes';
import { formatDeadline } from './meetings';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { moveTexts as t } from './texts-move';
import { cancelTexts } from './texts-cancel';

/**
 * `flytt møte [<fra dd.mm.åååå> til] <dd.mm.åååå> <tt:mm>-<tt:mm> [sted]` (#15 §2; the router lets only
 * the secretariat here): moves the group's next meeting, or the one on the given date. The write goes
 * through meeting-writes, which moves the group's input window with it.
 */
/**
 * The answer; for a meeting whose notice is out, a short notice of the new time goes to the group's
 * home chat too (typed there, the answer gives it already).
 */
export async function moveMeetingCommand(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Outcome> {
  const moved = await move(repos, actor, ctx, args, now);
  if (!('homeNotice' in moved)) return moved;
  const home = await homeOf(repos, actor, ctx);
  if (!home || home.here) return moved.reply;
  const text = `${moved.reply.text ?? ''}\n\n${t.homePosted(actor.locale, ctx.group.value.name)}`;
  return { ...moved.reply, text, home: { reference: home.reference, posts: [say(moved.homeNotice)] } };
}

async function move(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply | { reply: Reply; homeNotice: string }> {
  const l = actor.locale;
  const from = /^(\S+)\s+(?:til|to)\s+(.*)$/is.exec(args.trim());
  const fromDate = from ? parseNorwegianDate(from[1]) : undefined;
  if (from && !fromDate) return say(t.badFrom(l, from[1]));
  const all = await repos.meetings.listByGroup(ctx.group.value.groupId);
  const target = fromDate ? all.find((m) => m.date === fromDate) : (nextMeeting(all) ?? all.at(-1));
  if (!target) return say(fromDate ? t.noMeetingOn(l, formatDate(fromDate)) : t.noMeeting(l));
  const parsed = parseMeetingArgs(from ? from[2] : args, now, { verb: t.verb, defaultPlace: target.place });
  if (!parsed.ok) return say(parsed.message[l]);
  const done = await mutateMeeting<MoveResult>(
    repos,
    target.meetingId,
    (m) => {
      const result = moveMeeting(m, parsed, all);
      return { next: result.ok && result.changed ? result.meeting : undefined, result };
    },
    now,
  );
  if (!done) return say(t.noMeeting(l));
  const { result } = done;
  if (!result.ok)
    return say(
      result.reason === 'clash'
        ? t.clash(l, formatDate(result.date))
        : result.reason === 'running'
          ? t.running(l, formatDate(result.date))
          : t.ended(l, formatDate(result.date)),
    );
  const m = result.meeting;
  // «Onsdag 23.12.2026 kl. 13.00 – 15.00» stands mid-sentence: the weekday in lower case in Norwegian.
  const when = (x: MeetingData) => formatMeetingTimeInSentence(x.date, x.start, x.end, l);
  const to = when(m);
  if (!result.changed) return say(t.unchanged(l, to));
  await redateApprovals(repos, m);
  const lines = [t.moved(l, when(target), to, m.place)];
  if (target.state === 'cancelled') lines.push(cancelTexts.revived(l));
  if (m.inputDeadline) lines.push(t.deadline(l, formatDeadline(m.inputDeadline, l)));
  if (m.state !== 'notice-published') return say(lines.join('\n\n'));
  lines.push(t.noticeOut(l, to));
  const deadline = m.inputDeadline ? formatDeadline(m.inputDeadline, l) : '';
  return { reply: say(lines.join('\n\n')), homeNotice: t.homeNotice(l, ctx.group.value.name, to, m.place, deadline) };
}

/** The approval cards of items 1–2 name the meeting's date: they name the new one (a refresh redraws a posted card). */
async function redateApprovals(repos: Repositories, meeting: MeetingData): Promise<void> {
  for (const item of approvalItems(meeting.agenda)) {
    await retryOnConflict(async () => {
      const found = await repos.approvals.get(meeting.meetingId, item.number);
      if (found && found.value.meetingDate !== meeting.date) await repos.approvals.replace({ ...found.value, meetingDate: meeting.date }, found.etag);
    });
  }
}
