import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import { say, type Actor, type Reply } from './actor';
import { mayUse } from './commands';
import { loadGroupContext } from './group-context';
import { identityLinkCard } from './cards/identity-link';
import { addMemberships } from './identity';
import { aadKey, askKey, linkKey, membershipOf, rememberLink, updatePerson } from './people';
import { ConflictError, type LinkQuestion, type Repositories } from './ports';
import { meetingTexts } from './texts-meetings';
import { texts } from './texts';
import { identityTexts as t } from './texts-identity';

/*
 * The secretariat's click on «Hvem er «<Teams-navn>»?» (issue #15 §1). A card click does not pass the
 * router, so the role is checked here, from the group's stored roles and the activity's user; the
 * card data only names the question (group, Teams user) and the choice, which must be one of the
 * question's own candidates. Decided once, on any instance: the question is marked with If-Match
 * before anything is linked, and the loser of a race is told who decided.
 */

export interface LinkAnswer {
  reply: Reply;
  /** Tell the linked user in their personal chat. */
  tell?: { aadObjectId: string; text: string };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function answerLinkCard(repos: Repositories, actor: Actor, data: Record<string, unknown>, now: Date): Promise<LinkAnswer> {
  const l = actor.locale;
  const groupId = str(data.groupId);
  const aad = str(data.aad);
  const memberId = str(data.memberId);
  if (!groupId || !aad) return { reply: say(meetingTexts.invalidCard(l)) };
  const ctx = await loadGroupContext(repos, groupId, actor);
  if (!ctx) return { reply: say(meetingTexts.invalidCard(l)) };
  if (!mayUse('secretariat', ctx.roles)) return { reply: say(texts.onlySecretariat(l)) };
  const found = await repos.people.get(askKey(groupId, aad));
  const q = found?.value.ask;
  if (!found || !q) return { reply: say(t.noQuestion(l)) };
  if (memberId && !q.candidates.includes(memberId)) return { reply: say(t.notCandidate(l)) };
  const member = memberId ? ctx.roster.find((m) => m.id === memberId) : undefined;
  if (memberId && !member) return { reply: say(t.notCandidate(l)) };
  const card = (outcome: string): Reply => ({ card: identityLinkCard(l, q, ctx.group.value, candidatesOf(q, ctx.roster), outcome) });
  if (q.resolved) {
    if ((q.resolved.memberId ?? '') !== memberId) return { reply: say(t.alreadyDecided(l, q.resolved.by)) };
    // The same choice again (a second click, Teams re-sending it): the link is made again, idempotently.
    if (member) await link(repos, q, member, now);
    return { reply: card(outcomeText(l, q, member, q.resolved.by)) };
  }
  const resolved: LinkQuestion = { ...q, resolved: { memberId: memberId || null, by: actor.name, at: now.toISOString() } };
  try {
    await repos.people.replace({ ...found.value, ask: resolved, updatedAt: now.toISOString() }, found.etag);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const by = (await repos.people.get(askKey(groupId, aad)))?.value.ask?.resolved?.by ?? '?';
    return { reply: say(t.alreadyDecided(l, by)) };
  }
  if (!member) return { reply: card(outcomeText(l, q, undefined, actor.name)) };
  await link(repos, q, member, now);
  return {
    reply: card(outcomeText(l, q, member, actor.name)),
    tell: { aadObjectId: aad, text: t.toldLinked(l, fullName(member), member.organization, ctx.group.value.name) },
  };
}

const candidatesOf = (q: LinkQuestion, roster: readonly RosterMember[]) => roster.filter((m) => q.candidates.includes(m.id));

function outcomeText(l: Actor['locale'], q: LinkQuestion, member: RosterMember | undefined, by: string): string {
  return member ? t.linkedOnCard(l, q.teamsName, `${fullName(member)} (${member.organization})`, by) : t.dismissedOnCard(l, q.teamsName, by);
}

/**
 * The secretariat's link: the member's link document names this user (a member linked to someone
 * else moves, and that person's record loses the membership), and the user's own record gains it.
 */
async function link(repos: Repositories, q: LinkQuestion, member: RosterMember, now: Date): Promise<void> {
  const key = linkKey(q.groupId, member.id);
  let previous: string | undefined;
  await updatePerson(repos, key, (cur) => {
    previous = cur?.link?.aadObjectId;
    if (previous === q.aadObjectId) return undefined;
    return {
      key,
      memberships: [membershipOf(q.groupId, member)],
      link: { aadObjectId: q.aadObjectId, by: 'secretariat', at: now.toISOString() },
      updatedAt: now.toISOString(),
    };
  });
  const before = previous ?? member.aadObjectId;
  if (before && before !== q.aadObjectId) {
    await repos.rosters.setWho(q.groupId, before, undefined);
    await updatePerson(repos, aadKey(before), (cur) =>
      cur && cur.memberships.some((m) => m.groupId === q.groupId && m.memberId === member.id)
        ? { ...cur, memberships: cur.memberships.filter((m) => !(m.groupId === q.groupId && m.memberId === member.id)), updatedAt: now.toISOString() }
        : undefined,
    );
  }
  await addMemberships(repos, q.aadObjectId, q.teamsName, [membershipOf(q.groupId, member)], now);
  await rememberLink(repos, q.groupId, member, q.aadObjectId);
}
