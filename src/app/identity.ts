import { displayNameWords, nameCandidates, sameAddress } from '../domain/display-name';
import { decideLink, type LinkDecision } from '../domain/identity';
import type { GroupData } from '../domain/group';
import type { RosterMember } from '../domain/roster';
import type { Actor } from './actor';
import { aadKey, askKey, claimLink, emailKey, looseKey, membershipOf, nameKey, rememberLink, updatePerson } from './people';
import type { FirstContactPorts, LinkQuestion, Membership, PersonRecord, Repositories, Versioned } from './ports';
import { identityLinkCard } from './cards/identity-link';

/*
 * Who is this Teams user (issue #15 §1 and §3)? A linked user is one point read: their `aad:` record
 * holds their memberships. On first contact the rules of src/domain/identity.ts decide, and the link
 * is written to documents of that person alone, never to the shared roster document:
 *   link:<group>:<member>   the member's claim (conditional create: a member is linked once)
 *   aad:<id>                the person's memberships (their own record)
 * so 40 first contacts at once write 80 independent documents. What the rules may not decide goes
 * to the secretariat: `ask:<group>:<aad>` (conditional create: one card per person and group).
 */

/** The roster member this user is in the group: by their `aad:` record, else the roster's own older link. */
export function linkedMember(
  roster: readonly RosterMember[],
  groupId: string,
  actor: Pick<Actor, 'aadObjectId'>,
  person?: PersonRecord,
): RosterMember | undefined {
  if (!actor.aadObjectId) return undefined;
  const ids = new Set((person?.memberships ?? []).filter((m) => m.groupId === groupId).map((m) => m.memberId));
  return roster.find((m) => ids.has(m.id)) ?? roster.find((m) => m.aadObjectId === actor.aadObjectId);
}

const holdsRole = (group: GroupData, m: RosterMember) => (group.roles[`member:${m.id}`]?.roles.length ?? 0) > 0;

/** Adds memberships (and forgets the groups they answer) on the person's own record. */
export function addMemberships(
  repos: Repositories,
  aad: string,
  name: string,
  added: Membership[],
  now: Date,
  known?: Versioned<PersonRecord>,
  extra: { chat?: PersonRecord['chat']; asked?: string[] } = {},
): Promise<Versioned<PersonRecord> | undefined> {
  const key = aadKey(aad);
  return updatePerson(
    repos,
    key,
    (cur) => {
      const kept = (cur?.memberships ?? []).filter((m) => !added.some((x) => x.groupId === m.groupId && x.memberId === m.memberId));
      const groups = new Set(added.map((m) => m.groupId));
      const asked = [...new Set([...(cur?.asked ?? []).filter((g) => !groups.has(g)), ...(extra.asked ?? [])])];
      return {
        ...(cur ?? { key }),
        key,
        name: cur?.name ?? name,
        ...(extra.chat && !cur?.chat ? { chat: extra.chat } : {}),
        memberships: [...kept, ...added],
        ...(asked.length ? { asked } : { asked: undefined }),
        updatedAt: now.toISOString(),
      };
    },
    known,
  );
}

export interface Met {
  /** The member linked now (or found linked by their link document). */
  member?: RosterMember;
  /** The secretariat has been asked who the user is and has not answered yet: 'now' by this turn, or earlier. */
  asked?: 'now' | 'earlier';
}

/**
 * First contact of an unlinked user with one group: the rules decide on the roster (already read),
 * and the link is claimed. A question for the secretariat is posted only with a desk (a message
 * turn); a card click or an event without one links only what the rules allow, never asks.
 */
export async function meetInGroup(
  repos: Repositories,
  ports: FirstContactPorts,
  actor: Pick<Actor, 'aadObjectId' | 'name' | 'locale'>,
  group: GroupData,
  roster: readonly RosterMember[],
  now: Date,
  addresses: () => Promise<string[]>,
): Promise<Met> {
  const aad = actor.aadObjectId;
  if (!aad) return {};
  const { exact, partial } = nameCandidates(actor.name, roster);
  // The e-mail lookup costs a call to Teams: only when the roster has e-mail addresses to compare with.
  const addrs = roster.some((m) => m.email) ? await addresses() : [];
  const relevant = roster.filter((m) => exact.includes(m) || partial.includes(m) || addrs.some((a) => sameAddress(a, m.email)));
  if (relevant.length === 0) return {};
  // Who is linked already is not read first: the claim (a conditional create) answers it for the one
  // member a link would take, and a question to the secretariat does not depend on it.
  let decision: LinkDecision = decideLink({
    aadObjectId: aad,
    displayName: actor.name,
    addresses: addrs,
    roster: relevant,
    linkedTo: (m) => m.aadObjectId,
    holdsRole: (m) => holdsRole(group, m),
  });
  if (decision.kind === 'linked') {
    const { member, by } = decision;
    if (await claimLink(repos, group.groupId, member, aad, by, now)) {
      await rememberLink(repos, group.groupId, member, aad);
      return { member };
    }
    decision = { kind: 'ask', candidates: [member], reason: 'taken' };
  }
  if (decision.kind === 'none') return {};
  const asked = await askSecretariat(repos, ports, actor, group, decision, now);
  return asked ? { asked } : {};
}

/** The question and its card in the group's home chat, once per person and group. True while it waits. */
async function askSecretariat(
  repos: Repositories,
  ports: FirstContactPorts,
  actor: Pick<Actor, 'aadObjectId' | 'name' | 'locale'>,
  group: GroupData,
  decision: Extract<LinkDecision, { kind: 'ask' }>,
  now: Date,
): Promise<'now' | 'earlier' | undefined> {
  const aad = actor.aadObjectId!;
  const key = askKey(group.groupId, aad);
  const earlier = async () => {
    const open = (await repos.people.get(key))?.value.ask;
    return open && !open.resolved ? ('earlier' as const) : undefined;
  };
  if (!ports.desk) return earlier();
  const question: LinkQuestion = {
    groupId: group.groupId,
    aadObjectId: aad,
    teamsName: actor.name,
    candidates: decision.candidates.map((m) => m.id),
    reason: decision.reason,
    createdAt: now.toISOString(),
  };
  const created = await repos.people.create({ key, memberships: [], ask: question, updatedAt: now.toISOString() });
  if (created === false) return earlier();
  const posted = await ports.desk.post(group, identityLinkCard(actor.locale, question, group, decision.candidates)).catch(() => false);
  // Not posted: forget the question, so the next message asks again.
  if (!posted) await repos.people.delete(key);
  return posted ? 'now' : undefined;
}

/**
 * First contact from personal chat, where no conversation names a group: the people index (the
 * e-mail/UPN Teams gives, and the loose name key) names the groups whose rosters may hold the user;
 * each group's roster then decides as in its own chat.
 */
export async function identify(
  repos: Repositories,
  actor: Pick<Actor, 'aadObjectId' | 'name' | 'userId' | 'locale'>,
  now: Date,
  options: { known?: Versioned<PersonRecord> | null; chat?: PersonRecord['chat']; ports?: FirstContactPorts } = {},
): Promise<{ person?: Versioned<PersonRecord>; asked: string[] }> {
  const aad = actor.aadObjectId;
  if (!aad) return { asked: [] };
  const linked = options.known === undefined ? await repos.people.get(aadKey(aad)) : (options.known ?? undefined);
  if (linked && linked.value.memberships.length > 0) return { person: linked, asked: [] };
  const ports = options.ports ?? {};
  // Teams' member information and the name index at the same time; the e-mail index after, only with an address.
  const nameKeys = [looseKey(displayNameWords(actor.name)), nameKey(actor.name)].filter((k): k is string => !!k);
  const [addrs, byName] = await Promise.all([
    ports.directory?.addressesOfSender().catch(() => []) ?? Promise.resolve([] as string[]),
    // name: too: rosters imported before the loose: key existed are found by the exact name.
    repos.people.getMany(nameKeys),
  ]);
  const addresses = async () => addrs;
  const byEmail = addrs.length ? await repos.people.getMany(addrs.map(emailKey)) : [];
  const index = [...byName, ...byEmail];
  const groupIds = [...new Set(index.flatMap((r) => r?.value.memberships.map((m) => m.groupId) ?? []))];
  const met = await Promise.all(
    groupIds.map(async (groupId) => {
      const { group, roster } = await repos.groups.getWithRoster(groupId);
      if (!group) return { groupId, met: {} as Met };
      return { groupId, group: group.value, met: await meetInGroup(repos, ports, actor, group.value, roster?.value ?? [], now, addresses) };
    }),
  );
  const added = met.flatMap((x) => (x.met.member ? [membershipOf(x.groupId, x.met.member)] : []));
  const asked = met.filter((x) => x.met.asked).map((x) => x.groupId);
  if (added.length === 0 && asked.length === 0) return { person: linked, asked: [] };
  const person = await addMemberships(repos, aad, actor.name, added, now, linked, { chat: options.chat, asked });
  const names = met.filter((x) => x.met.asked && x.group).map((x) => x.group!.name);
  return { person, asked: names };
}
