import { nextMeeting } from '../domain/meeting';
import { formatDate } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { mutateMeeting } from './meeting-writes';
import type { Repositories } from './ports';
import { prepareTexts as t } from './texts-prepare';

const MAX_TEXT = 2000;
const CLEAR = /^(av|fjern|off|remove|-)$/i;

/**
 * `forbered <saksnr> <tekst>|av` (#17 §1.9; the router lets only the secretariat here): what members
 * should prepare for an item of the next meeting. The innkalling lists it under «Vi ber deltakere i
 * møtet forberede følgende:»; the round table keeps its standing request unless it gets its own.
 */
export async function setPreparation(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  const m = /^\s*(?:sak\s*)?(\d{1,3})[.:]?\s+([\s\S]+)$/i.exec(args);
  if (!m) return say(t.usage(l));
  const number = Number(m[1]);
  const raw = m[2].trim();
  const text = CLEAR.test(raw) ? undefined : raw;
  if (text && text.length > MAX_TEXT) return say(t.tooLong(l, MAX_TEXT));
  const target = nextMeeting(await repos.meetings.listByGroup(ctx.group.value.groupId));
  if (!target) return say(t.noMeeting(l));
  const date = formatDate(target.date);
  const done = await mutateMeeting(
    repos,
    target.meetingId,
    (meeting) => {
      const item = meeting.agenda.find((i) => i.number === number);
      if (!item) return { result: 'no-item' as const };
      if ((item.prepare ?? undefined) === text) return { result: 'unchanged' as const };
      const agenda = meeting.agenda.map((i) => {
        if (i !== item) return i;
        const { prepare: _old, ...rest } = i;
        return text ? { ...rest, prepare: text } : rest;
      });
      return { next: { ...meeting, agenda }, result: 'written' as const };
    },
    now,
  );
  if (!done) return say(t.noMeeting(l));
  if (done.result === 'no-item') return say(t.noItem(l, number, date));
  if (done.result === 'unchanged') return say(t.unchanged(l, number));
  return say(text ? t.set(l, number, date) : t.removed(l, number, date));
}
