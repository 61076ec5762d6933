import { cancelMeeting, type CancelResult } from '../domain/meeting-cancel';
import { nextMeeting, parseNorwegianDate } from '../domain/meeting';
import type { MeetingData } from '../domain/meeting-types';
import { formatDate } from '../domain/norwegian-time';
import { localeOf, say, type Actor, type Locale, type Reply } from './actor';
import { cancelConfirmCard } from './cards/cancel-confirm';
import type { DirectMessage, Outcome } from './outcome';
import { mayUse } from './commands';
import { loadGroupContext, type GroupContext } from './group-context';
import { mutateMeeting } from './meeting-writes';
import { personalChatReference } from './people';
import type { Repositories } from './ports';
import { texts } from './texts';
import { cancelTexts as t } from './texts-cancel';

/*
 * `avlys møte [dd.mm.åååå]` · `cancel meeting` (#15 §2; the router lets only the secretariat type it):
 * asks on a card, and the click cancels through the meeting's one write path (meeting-writes.ts), which
 * closes its input window. The input stays stored; those who sent it are told in their personal chat
 * (the bot layer delivers the notices). `flytt møte` brings the meeting back.
 */

/** The confirmation card as an answer. */
export function cancelCard(meeting: Pick<MeetingData, 'meetingId' | 'date' | 'start' | 'end'>, l: Locale, ask: boolean, outcome = ''): Reply {
  return { card: cancelConfirmCard(meeting, l, ask, outcome) };
}

function refusalText(l: Locale, result: Extract<CancelResult, { ok: false }>): string {
  const date = formatDate(result.date);
  return result.reason === 'cancelled' ? t.already(l, date) : result.reason === 'running' ? t.running(l, date) : t.ended(l, date);
}

/** The typed command: the next meeting, or the one on the date given; refused with the reason, else the card. */
export async function askCancel(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  const word = args.trim();
  const date = word ? parseNorwegianDate(word) : undefined;
  if (word && !date) return say(t.badDate(l, word));
  const all = await repos.meetings.listByGroup(ctx.group.value.groupId);
  const target = date ? all.find((m) => m.date === date) : nextMeeting(all);
  if (!target) return say(date ? t.noMeetingOn(l, formatDate(date)) : t.noMeeting(l));
  const check = cancelMeeting(target, now);
  if (!check.ok) return say(refusalText(l, check));
  return cancelCard(target, l, true);
}

/** A click's answer is a card: a text-only answer (a refusal) is the card without buttons. */
const plain = (text: string): Outcome => ({
  invoke: { template: 'cancel-confirm', data: { ask: false, title: '', text, labels: { cancel: '', keep: '' }, meetingId: '' } },
});
const onCard = (reply: Reply): Outcome => ({ invoke: reply.card });

/** The language of a personal chat: the locale stored with its reference, read as an activity's. */
const localeOfReference = (reference: Record<string, unknown>): Locale => localeOf(typeof reference.locale === 'string' ? reference.locale : undefined);

/** «Avlys møtet» / «Avbryt» on the card: the role from the stored roles, the meeting from the card; two clicks cancel once. */
export async function cancelFromCard(repos: Repositories, actor: Actor, confirm: boolean, data: Record<string, unknown>, now: Date): Promise<Outcome> {
  const l = actor.locale;
  const meetingId = typeof data.meetingId === 'string' ? data.meetingId : '';
  const found = meetingId ? await repos.meetings.get(meetingId) : undefined;
  if (!found) return plain(t.noMeeting(l));
  const ctx = await loadGroupContext(repos, found.value.groupId, actor);
  if (!ctx) return plain(texts.noGroupHere(l));
  // A card is not a command: the router never saw this click.
  if (!mayUse('secretariat', ctx.roles)) return plain(texts.onlySecretariat(l));
  if (!confirm) return onCard(cancelCard(found.value, l, false, t.kept(l)));
  const done = await mutateMeeting<CancelResult>(
    repos,
    meetingId,
    (m) => {
      const result = cancelMeeting(m, now);
      return { next: result.ok ? result.meeting : undefined, result };
    },
    now,
  );
  if (!done) return plain(t.noMeeting(l));
  if (!done.result.ok) return onCard(cancelCard(done.meeting, l, false, refusalText(l, done.result)));
  const meeting = done.meeting;
  const date = formatDate(meeting.date);
  const group = ctx.group.value.name;
  // Input typed in by the secretariat was not sent by its members: the secretariat knows.
  const inputs = (await repos.inputs.listByMeeting(meetingId)).filter((c) => !c.enteredBySecretariat);
  const messages: DirectMessage[] = [];
  const seen = new Set<string>();
  for (const c of inputs) {
    const key = c.authorAadObjectId ?? `name:${c.authorName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reference = c.authorAadObjectId ? await personalChatReference(repos, c.authorAadObjectId) : undefined;
    // Without a personal chat they are named in the report as not reached.
    const text = reference ? t.inputKept(localeOfReference(reference), group, date) : '';
    messages.push({ name: `${c.authorName} (${c.organization})`, reference, text });
  }
  // The secretariat's card says how many were told and who could not be, once the notices are out.
  return { direct: { messages, report: (told, unreachable) => onCard(cancelCard(meeting, l, false, t.cancelled(l, date, told, unreachable))) } };
}
