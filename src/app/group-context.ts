import type { GroupData } from '../domain/group';
import type { GroupRole, RosterMember } from '../domain/roster';
import { actorKey, type Actor } from './actor';
import { mayUse, type Audience } from './commands';
import { addMemberships, linkedMember, meetInGroup } from './identity';
import { aadKey, membershipOf, nameKey } from './people';
import type { FirstContactPorts, Repositories, Versioned } from './ports';

/** The group a conversation belongs to, with the acting person's place in it. */
export interface GroupContext {
  group: Versioned<GroupData>;
  roster: RosterMember[];
  rosterEtag?: string;
  /** The roster member the actor is linked to (never found by a name alone). */
  member?: RosterMember;
  roles: GroupRole[];
  /** Not linked: the secretariat has been asked who the actor is ('now': by this turn). */
  asked?: 'now' | 'earlier';
}

/** The roles a user holds in a group: by their Teams identity and by the roster members they are. */
export function rolesOf(group: GroupData, actor: Pick<Actor, 'aadObjectId' | 'userId'>, members: readonly RosterMember[] = []): GroupRole[] {
  const keys = [actorKey(actor), `user:${actor.userId}`, ...members.map((m) => `member:${m.id}`)];
  const roles = new Set<GroupRole>();
  for (const key of keys) for (const role of group.roles[key]?.roles ?? []) roles.add(role);
  return [...roles];
}

/**
 * One request for a linked actor: the group, its roster and the actor's `who:` document (their
 * link) in one bulk read of the group's partition; else their own `aad:` record too. An actor not
 * linked in this group yet meets it (src/app/identity.ts): with the ports of a message turn the
 * e-mail/UPN from Teams counts and the secretariat may be asked; without them (card clicks,
 * events) only a link the rules allow by name is made. A name never gives a role.
 */
export async function loadGroupContext(
  repos: Repositories,
  groupId: string,
  actor: Actor,
  ports: FirstContactPorts = {},
  now: Date = new Date(),
): Promise<GroupContext | undefined> {
  const { group, roster, linkedMemberId } = await repos.groups.getWithRoster(groupId, actor.aadObjectId);
  if (!group) return undefined;
  const members = roster?.value ?? [];
  // Linked: their who: document (read with the group) or the roster's older link; else their own record.
  let member = groupContextOf(group, roster, actor, linkedMemberId).member;
  const person = !member && actor.aadObjectId ? await repos.people.get(aadKey(actor.aadObjectId)) : undefined;
  member ??= linkedMember(members, groupId, actor, person?.value);
  let asked: GroupContext['asked'];
  if (!member && actor.aadObjectId) {
    let looked: Promise<string[]> | undefined;
    const addresses = () => (looked ??= ports.directory?.addressesOfSender().catch(() => []) ?? Promise.resolve([]));
    const met = await meetInGroup(repos, ports, actor, group.value, members, now, addresses);
    if (met.member) {
      member = met.member;
      await addMemberships(repos, actor.aadObjectId, actor.name, [membershipOf(groupId, met.member)], now, person);
    }
    asked = met.asked;
    // Remembered on the person's record, so `slett mine data` finds the question too.
    if (asked && !person?.value.asked?.includes(groupId)) await addMemberships(repos, actor.aadObjectId, actor.name, [], now, person, { asked: [groupId] });
  }
  return { group, roster: members, rosterEtag: roster?.etag, member, roles: rolesOf(group.value, actor, member ? [member] : []), ...(asked ? { asked } : {}) };
}

/**
 * The actor's place in a group already read with its roster, in one request with `who:` (the member
 * the actor is linked to there, see RosterRepository.setWho). No first contact here: a user not
 * linked yet has no member and no member role.
 */
export function groupContextOf(
  group: Versioned<GroupData>,
  roster: Versioned<RosterMember[]> | undefined,
  actor: Actor,
  linkedMemberId?: string,
): GroupContext {
  const members = roster?.value ?? [];
  const member = (linkedMemberId ? members.find((m) => m.id === linkedMemberId) : undefined) ?? linkedMember(members, group.value.groupId, actor);
  return { group, roster: members, rosterEtag: roster?.etag, member, roles: rolesOf(group.value, actor, member ? [member] : []) };
}

/**
 * Every group whose roster holds the actor (people index: their aad: and name: records, point reads),
 * with the actor's place in each. For commands typed where no group lives, such as personal chat.
 * With `roleHolder`, also every group where the actor's Teams user holds a stored role (one query more).
 */
export async function groupsOfActor(repos: Repositories, actor: Actor, options: { roleHolder?: boolean } = {}): Promise<GroupContext[]> {
  const keys = [actor.aadObjectId ? aadKey(actor.aadObjectId) : undefined, actor.name ? nameKey(actor.name) : undefined].filter((k): k is string => !!k);
  const groupIds = new Set<string>();
  for (const key of keys) for (const m of (await repos.people.get(key))?.value.memberships ?? []) groupIds.add(m.groupId);
  // roleHolder: also the groups whose stored roles name this Teams user (the secretariat who created the group
  // need not be on its roster). By the stored role key only, never by a name.
  if (options.roleHolder && actor.aadObjectId) for (const g of await repos.groups.listIdsWithRoleHolder(actorKey(actor))) groupIds.add(g);
  const contexts = await Promise.all([...groupIds].map((g) => loadGroupContext(repos, g, actor)));
  return contexts.filter((c): c is GroupContext => c !== undefined);
}

/**
 * A command typed where no group lives (personal chat, a meeting chat not linked yet) that acts on
 * "my" group: the groups among the actor's memberships where they may use it.
 */
export async function groupsWhere(repos: Repositories, actor: Actor, audience: Audience): Promise<GroupContext[]> {
  // Also the groups where the actor's Teams user holds a stored role: the secretariat who created a group is
  // seldom on its roster of members. One query more; none of these commands is a hot path (input is not one).
  return (await groupsOfActor(repos, actor, { roleHolder: true })).filter((c) => mayUse(audience, c.roles));
}

/** The group of the conversation a card was clicked in (a click does not pass the router): one read of the conversation record. */
export async function groupOfConversation(repos: Repositories, actor: Actor): Promise<GroupContext | undefined> {
  const record = await repos.conversations.get(actor.conversationId);
  return record?.groupId ? loadGroupContext(repos, record.groupId, actor) : undefined;
}
