import type { Locale } from '../domain/language';
import { orgKey, sameOrganization } from '../domain/keys';
import { checkInputText, deadlineOf, inputWindow, withReceipt, type MeetingWindow } from '../domain/input';
import type { Input } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import { localeOf, say, type Actor, type Reply } from './actor';
import type { Outcome } from './outcome';
import { cancelTexts } from './texts-cancel';
import { formatDate } from '../domain/norwegian-time';
import { previewCard } from './cards/input-preview';
import { inputStatusCard } from './cards/input-status';
import { refusal, storeNew } from './input-store';
import type { GroupContext } from './group-context';
import { windowsOfGroup, type Target } from './input-windows';
import { personalChat, withLinks } from './people';
import { reminderStatus } from './reminders';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { inputTexts as t } from './texts-input';

/** The secretariat's side of round-table input: status, reminders, input entered for an organization. */

/** The meeting the secretariat means: the latest one that takes input, else the latest published one. */
function currentWindow(windows: MeetingWindow[], now: Date): MeetingWindow | undefined {
  const open = windows.filter((w) => inputWindow(w, now).open);
  return (open.length ? open : windows).at(-1);
}

/** The roster's organizations, each once (loosely compared), in roster order. */
export function organizationsOf(ctx: GroupContext): string[] {
  const orgs: string[] = [];
  for (const m of ctx.roster) if (!orgs.some((o) => sameOrganization(o, m.organization))) orgs.push(m.organization);
  return orgs;
}

export interface InputTally {
  window: MeetingWindow;
  organizations: string[];
  received: Input[];
  missing: string[];
}

/** The input of the current meeting (or of `chosen`, the meeting a scheduled reminder is about). */
export async function tally(repos: Repositories, ctx: GroupContext, now: Date, chosen?: MeetingWindow): Promise<InputTally | undefined> {
  const window = chosen ?? currentWindow(await windowsOfGroup(repos, ctx.group.value.groupId, now), now);
  if (!window) return undefined;
  const organizations = organizationsOf(ctx);
  const all = await repos.inputs.listByMeeting(window.meetingId);
  const received = organizations.flatMap((o) => all.filter((c) => sameOrganization(c.organization, o)).slice(0, 1));
  const missing = organizations.filter((o) => !received.some((c) => sameOrganization(c.organization, o)));
  return { window, organizations, received, missing };
}

/** `status`: "X av Y organisasjoner har sendt innspill" and who is missing (the router lets only the secretariat here). */
export async function inputStatus(repos: Repositories, actor: Actor, ctx: GroupContext, now: Date): Promise<Reply> {
  const l = actor.locale;
  const [result, schedule] = await Promise.all([tally(repos, ctx, now), reminderStatus(repos, ctx.group.value, l)]);
  if (!result) return say([t.noMeeting(l), ...schedule].join('\n'));
  const summary = t.statusSummary(l, result.received.length, result.organizations.length);
  return { text: summary, card: inputStatusCard(l, result, summary, schedule, now) };
}

export interface ReminderRecipient {
  /** The roster member's id. */
  memberId: string;
  name: string;
  organization: string;
  aadObjectId?: string;
  /** The personal chat reference, when the bot has one. */
  reference?: Record<string, unknown>;
  /** The language the member chose for personal chat (`mitt språk`, #19). */
  language?: Locale;
}

/** `påminnelse`: every roster member of a missing organization, with the address the bot has for them. */
export async function reminderRecipients(
  repos: Repositories,
  ctx: GroupContext,
  now: Date,
  chosen?: MeetingWindow,
): Promise<{ tally?: InputTally; recipients: ReminderRecipient[] }> {
  const result = await tally(repos, ctx, now, chosen);
  if (!result) return { recipients: [] };
  const recipients = await addressesOf(repos, ctx, (m) => result.missing.some((o) => sameOrganization(o, m.organization)));
  return { tally: result, recipients };
}

/** The roster members `wanted` picks, each with the personal chat the bot has for them (a scheduled reminder to all uses it too). */
export async function addressesOf(repos: Repositories, ctx: GroupContext, wanted: (m: RosterMember) => boolean = () => true): Promise<ReminderRecipient[]> {
  // Links live in the members' own link documents (src/app/identity.ts): one request for the roster.
  const roster = await withLinks(repos, ctx.group.value.groupId, ctx.roster);
  const members = roster.filter(wanted);
  return Promise.all(
    members.map(async (m): Promise<ReminderRecipient> => {
      const base = { memberId: m.id, name: fullName(m), organization: m.organization, aadObjectId: m.aadObjectId };
      if (!m.aadObjectId) return base;
      const { reference, language } = await personalChat(repos, m.aadObjectId);
      return reference ? { ...base, reference, ...(language ? { language } : {}) } : base;
    }),
  );
}

/**
 * `innspill for <organisasjon>: <tekst>`: the secretariat enters (or replaces) an organization's input
 * (its one caller, the `innspill` handler, checks the role).
 */
export async function enterForOrganization(repos: Repositories, actor: Actor, ctx: GroupContext, args: string, receipt: string, now: Date): Promise<Reply> {
  const l = actor.locale;
  const match = /^for\s+([^:\n]+?)\s*:\s*([\s\S]*)$/i.exec(args.trim());
  if (!match) return say(t.forUsage(l));
  const wanted = orgKey(match[1]);
  const orgs = organizationsOf(ctx);
  const exact = orgs.filter((o) => orgKey(o) === wanted);
  const candidates = exact.length ? exact : orgs.filter((o) => orgKey(o).includes(wanted));
  if (candidates.length === 0) return say(t.orgUnknown(l, match[1]));
  if (candidates.length > 1) return say(t.orgAmbiguous(l, match[1], candidates.slice(0, 8)));
  const organization = candidates[0];
  const check = checkInputText(match[2]);
  if (!check.ok) return say(check.reason === 'empty' ? t.empty(l) : t.tooLong(l, check.length));
  const windows = await windowsOfGroup(repos, ctx.group.value.groupId, now);
  const window = currentWindow(windows, now);
  if (!window) return say(t.noMeeting(l));
  const decision = inputWindow(window, now);
  if (!decision.open) return refusal(l, { kind: 'closed', window, decision });
  const member = ctx.roster.find((m) => sameOrganization(m.organization, organization));
  const target: Target = {
    groupId: ctx.group.value.groupId,
    memberId: member?.id ?? '',
    organization,
    window,
    received: decision.received,
    deadline: deadlineOf(window),
  };
  const outcome = await storeNew(repos, target, check.text, actor, receipt, now, true);
  let replaced = false;
  if (outcome.kind === 'exists') {
    replaced = true;
    await retryOnConflict(async () => {
      const existing = await repos.inputs.get(window.meetingId, organization);
      if (!existing) return storeNew(repos, target, check.text, actor, receipt, now, true);
      if (existing.value.receipts?.includes(receipt)) return;
      const next: Input = {
        ...existing.value,
        text: check.text,
        authorName: actor.name,
        authorAadObjectId: actor.aadObjectId,
        enteredBySecretariat: true,
        updatedAt: now.toISOString(),
        receipts: withReceipt(existing.value.receipts, receipt),
      };
      await repos.inputs.put(next, existing.etag);
    });
  }
  return previewCard(l, { mode: 'done', answer: 'message', target, text: check.text, note: t.enteredForOrg(l, organization, replaced) });
}

/**
 * `påminnelse`: a personal message to each member of a missing organization, in the member's own
 * language (`mitt språk`), else the group's, else their Teams client's (#19); those the bot cannot
 * reach are named in the answer. The caller has checked that the actor is the group's secretariat
 * (router, or the status card's own check).
 */
export async function remindMissing(repos: Repositories, actor: Actor, ctx: GroupContext, now: Date): Promise<Outcome> {
  const l = actor.locale;
  const { tally, recipients } = await reminderRecipients(repos, ctx, now);
  if (!tally) return say(t.noMeeting(l));
  // The latest meeting was cancelled (no other takes input): nobody is asked for input to it.
  if (tally.window.state === 'cancelled') return say(cancelTexts.noReminder(l, formatDate(tally.window.date)));
  if (tally.missing.length === 0) return say(t.remindNoneMissing(l));
  const deadline = deadlineOf(tally.window);
  const group = ctx.group.value;
  const messages = recipients.map((r) => {
    const language = r.language ?? group.settings?.language ?? localeOf(typeof r.reference?.locale === 'string' ? r.reference.locale : undefined);
    return { name: `${r.name} (${r.organization})`, reference: r.reference, text: t.reminder(language, group.name, r.organization, tally.window, deadline) };
  });
  return { direct: { messages, report: (sent, unreachable) => say(t.remindDone(l, sent, unreachable)) } };
}
