import type { RosterMember } from '../domain/roster';
import { fullName } from '../domain/roster-import';
import type { Actor } from './actor';
import type { Outcome } from './outcome';
import { mayUse } from './commands';
import { loadGroupContext } from './group-context';
import { identityLinkCard } from './cards/identity-link';
import { addMemberships } from './identity';
import { aadKey, askKey, linkKey, membershipOf, personalChatReference, rememberLink, updatePerson } from './people';
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

/** A click's answer is a card: a text-only answer (a refusal) is the card without buttons. */
const plain = (text: string): Outcome => ({
  invoke: { template: 'identity-link', data: { ask: false, title: '', text, choices: [], noneLabel: '', groupId: '', aad: '' } },
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function answerLinkCard(repos: Repositories, actor: Actor, data: Record<string, unknown>, now: Date): Promise<Outcome> {
  const l = actor.locale;
  const groupId = str(data.groupId);
  const aad = str(data.aad);
  const memberId = str(data.memberId);
  if (!groupId || !aad) return plain(meetingTexts.invalidCard(l));
  const ctx = await loadGroupContext(repos, groupId, actor);
  if (!ctx) return plain(meetingTexts.invalidCard(l));
  if (!mayUse('secretariat', ctx.roles)) return plain(texts.onlySecretariat(l));
  const found = await repos.people.get(askKey(groupId, aad));
  const q = found?.value.ask;
  if (!found || !q) return plain(t.noQuestion(l));
  if (memberId && !q.candidates.includes(memberId)) return plain(t.notCandidate(l));
  const member = memberId ? ctx.roster.find((m) => m.id === memberId) : undefined;
  if (memberId && !member) return plain(t.notCandidate(l));
  const card = (outcome: string): Outcome => ({ invoke: identityLinkCard(l, q, ctx.group.value, candidatesOf(q, ctx.roster), outcome) });
  if (q.resolved) {
    if ((q.resolved.memberId ?? '') !== memberId) return plain(t.alreadyDecided(l, q.resolved.by));
    // The same choice again (a second click, Teams re-sending it): the link is made again, idempotently.
    if (member) await link(repos, q, member, now);
    return card(outcomeText(l, q, member, q.resolved.by));
  }
  const resolved: LinkQuestion = { ...q, resolved: { memberId: memberId || null, by: actor.name, at: now.toISOString() } };
  try {
    await repos.people.replace({ ...found.value, ask: resolved, updatedAt: now.toISOString() }, found.etag);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const by = (await repos.people.get(askKey(groupId, aad)))?.value.ask?.resolved?.by ?? '?';
    return plain(t.alreadyDecided(l, by));
  }
  if (!member) return card(outcomeText(l, q, undefined, actor.name));
  await link(repos, q, member, now);
  // The user hears it in their personal chat when the bot has one with them; else on their next message.
  const reference = await personalChatReference(repos, aad);
  const told = { name: fullName(member), text: t.toldLinked(l, fullName(member), member.organization, ctx.group.value.name) };
  return { ...card(outcomeText(l, q, member, actor.name)), ...(reference?.serviceUrl ? { direct: { messages: [{ ...told, reference }] } } : {}) };
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
