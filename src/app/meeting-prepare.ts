import { parseItemRef, resolveItemRef, type ItemPlace, type ItemRefError } from '../domain/agenda-parts';
import { nextMeeting } from '../domain/meeting';
import { formatDate } from '../domain/norwegian-time';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { mutateMeeting } from './meeting-writes';
import type { Repositories } from './ports';
import { prepareTexts as t } from './texts-prepare';
import { itemRefTexts } from './texts-item-ref';

const MAX_TEXT = 2000;
const CLEAR = /^(av|fjern|off|remove|-)$/i;

/**
 * `forbered <saksnr> <tekst>|av` (#17 §1.9; the router lets only the secretariat here): what members
 * should prepare for an item of the next meeting. The innkalling lists it under «Vi ber deltakere i
 * møtet forberede følgende:»; the round table keeps its standing request unless it gets its own.
 */
export async function setPreparation(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  // «3 tekst», «sak 3: tekst»; in a meeting in parts «1.2 tekst» / «del 1 sak 2 tekst» for another part than the group's own.
  const parsed = parseItemRef(args);
  const m = parsed && /^[.:]?\s+([\s\S]+)$/.exec(parsed.rest);
  if (!parsed || !m) return say(t.usage(l));
  const raw = m[1].trim();
  const text = CLEAR.test(raw) ? undefined : raw;
  if (text && text.length > MAX_TEXT) return say(t.tooLong(l, MAX_TEXT));
  const target = nextMeeting(await repos.meetings.listByGroup(ctx.group.value.groupId));
  if (!target) return say(t.noMeeting(l));
  const date = formatDate(target.date);
  const done = await mutateMeeting(
    repos,
    target.meetingId,
    (meeting): { result: { kind: 'refused'; error: ItemRefError } | { kind: 'unchanged' | 'written'; place: ItemPlace }; next?: typeof meeting } => {
      // The number counts in the part being held while the meeting runs, else in the group's own part.
      const target = resolveItemRef(meeting, parsed.ref);
      if (!target.ok) return { result: { kind: 'refused', error: target.error } };
      const item = meeting.agenda.find((i) => i.number === target.number);
      if (!item) return { result: { kind: 'refused', error: { code: 'no-such-item', n: parsed.ref.n, count: meeting.agenda.length } } };
      if ((item.prepare ?? undefined) === text) return { result: { kind: 'unchanged', place: target.place } };
      const agenda = meeting.agenda.map((i) => {
        if (i !== item) return i;
        const { prepare: _old, ...rest } = i;
        return text ? { ...rest, prepare: text } : rest;
      });
      return { next: { ...meeting, agenda }, result: { kind: 'written', place: target.place } };
    },
    now,
  );
  if (!done) return say(t.noMeeting(l));
  const result = done.result;
  if (result.kind === 'refused') {
    return say(itemRefTexts.refusedOr(l, result.error, (n) => t.noItem(l, n, date)));
  }
  if (result.kind === 'unchanged') return say(t.unchanged(l, itemRefTexts.Name(l, result.place)));
  return say(text ? t.set(l, itemRefTexts.Name(l, result.place), date) : t.removed(l, itemRefTexts.name(l, result.place), date));
}
