import { lastEnded, nextMeeting, parseNorwegianDate } from '../domain/meeting';
import { parseLinkArgs } from '../domain/meeting-links';
import type { MeetingData, MeetingLinks } from '../domain/meeting-types';
import { formatDate } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { mutateMeeting } from './meeting-writes';
import type { Repositories } from './ports';
import { linkTexts as t } from './texts-links';

/**
 * `lenke [sakspapirer|presentasjoner|teams <url>|av] [dd.mm.åååå]` (#17 §1.4; the router lets only the
 * secretariat here). Which meeting, without a date: the running one; else, for presentations (shown
 * in the referat), the one that ended last; else the next. Locked minutes keep their links.
 */
export async function setMeetingLink(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  const all = await repos.meetings.listByGroup(ctx.group.value.groupId);
  if (!args.trim()) {
    const shown = pick(all, 'documents');
    return say(shown ? t.list(l, formatDate(shown.date), shown.links ?? {}) : t.noMeeting(l));
  }
  const dateOnly = parseNorwegianDate(args.trim());
  if (dateOnly) {
    const m = all.find((x) => x.date === dateOnly);
    return say(m ? t.list(l, formatDate(m.date), m.links ?? {}) : t.noMeetingOn(l, formatDate(dateOnly)));
  }
  const parsed = parseLinkArgs(args);
  if (!parsed.ok) {
    if (parsed.reason === 'kind') return say(t.badKind(l, parsed.word));
    if (parsed.reason === 'missing') return say(t.missing(l));
    return say(parsed.reason === 'url' ? t.badUrl(l, parsed.word) : t.badDate(l, parsed.word));
  }
  const target = parsed.date ? all.find((m) => m.date === parsed.date) : pick(all, parsed.kind);
  if (!target) return say(parsed.date ? t.noMeetingOn(l, formatDate(parsed.date)) : t.noMeeting(l));
  const date = formatDate(target.date);
  if (target.state === 'locked') return say(t.locked(l, date));
  const done = await mutateMeeting(
    repos,
    target.meetingId,
    (m) => {
      if (m.state === 'locked') return { result: 'locked' as const };
      if ((m.links?.[parsed.kind] ?? undefined) === parsed.url) return { result: 'unchanged' as const };
      const links: MeetingLinks = { ...m.links, [parsed.kind]: parsed.url };
      if (parsed.url === undefined) delete links[parsed.kind];
      return { next: { ...m, links }, result: 'written' as const };
    },
    now,
  );
  if (!done) return say(t.noMeeting(l));
  if (done.result === 'locked') return say(t.locked(l, date));
  if (done.result === 'unchanged') return say(t.unchanged(l, parsed.kind, date));
  return say(parsed.url ? t.set(l, parsed.kind, date) : t.removed(l, parsed.kind, date));
}

function pick(all: MeetingData[], kind: keyof MeetingLinks): MeetingData | undefined {
  const running = all.find((m) => m.state === 'in-progress');
  if (running) return running;
  if (kind === 'presentations') {
    const ended = lastEnded(all);
    if (ended && ended.state !== 'locked') return ended;
  }
  return nextMeeting(all) ?? all.at(-1);
}
