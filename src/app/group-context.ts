import { fullName } from '../domain/roster-import';
import { personKey } from '../domain/keys';
import type { GroupData } from '../domain/group';
import type { GroupRole, RosterMember } from '../domain/roster';
import { actorKey, type Actor } from './actor';
import { mayUse, type Audience } from './commands';
import { aadKey, nameKey } from './people';
import type { Repositories, Versioned } from './ports';

/** The group a conversation belongs to, with the acting person's place in it. */
export interface GroupContext {
  group: Versioned<GroupData>;
  roster: RosterMember[];
  rosterEtag?: string;
  member?: RosterMember;
  roles: GroupRole[];
}

/** Finds the roster member this actor is: by linked AAD id first, then by full name. */
export function findMember(roster: RosterMember[], actor: Pick<Actor, 'aadObjectId' | 'name'>): RosterMember | undefined {
  if (actor.aadObjectId) {
    const linked = roster.find((m) => m.aadObjectId === actor.aadObjectId);
    if (linked) return linked;
  }
  const name = personKey(actor.name);
  const byName = roster.filter((m) => !m.aadObjectId && personKey(fullName(m)) === name);
  return byName.length === 1 ? byName[0] : undefined;
}

/** The roles a user holds in a group: by their Teams identity and by the roster members they are. */
export function rolesOf(group: GroupData, actor: Pick<Actor, 'aadObjectId' | 'userId'>, members: readonly RosterMember[] = []): GroupRole[] {
  const keys = [actorKey(actor), `user:${actor.userId}`, ...members.map((m) => `member:${m.id}`)];
  const roles = new Set<GroupRole>();
  for (const key of keys) for (const role of group.roles[key]?.roles ?? []) roles.add(role);
  return [...roles];
}

/** Two point reads: the group and its roster. */
export async function loadGroupContext(repos: Repositories, groupId: string, actor: Actor): Promise<GroupContext | undefined> {
  const [group, roster] = await Promise.all([repos.groups.get(groupId), repos.rosters.get(groupId)]);
  return group && groupContextOf(group, roster, actor);
}

/** The actor's place in a group already read (with its roster). */
export function groupContextOf(group: Versioned<GroupData>, roster: Versioned<RosterMember[]> | undefined, actor: Actor): GroupContext {
  const members = roster?.value ?? [];
  const member = findMember(members, actor);
  return { group, roster: members, rosterEtag: roster?.etag, member, roles: rolesOf(group.value, actor, member ? [member] : []) };
}

/**
 * Every group whose roster holds the actor (people index: their aad: and name: records, point reads),
 * with the actor's place in each. For commands typed where no group lives, such as personal chat.
 */
export async function groupsOfActor(repos: Repositories, actor: Actor): Promise<GroupContext[]> {
  const keys = [actor.aadObjectId ? aadKey(actor.aadObjectId) : undefined, actor.name ? nameKey(actor.name) : undefined].filter((k): k is string => !!k);
  const groupIds = new Set<string>();
  for (const key of keys) for (const m of (await repos.people.get(key))?.value.memberships ?? []) groupIds.add(m.groupId);
  const contexts = await Promise.all([...groupIds].map((g) => loadGroupContext(repos, g, actor)));
  return contexts.filter((c): c is GroupContext => c !== undefined);
}

/**
 * A command typed where no group lives (personal chat, a meeting chat not linked yet) that acts on
 * "my" group: the groups among the actor's memberships where they may use it.
 */
export async function groupsWhere(repos: Repositories, actor: Actor, audience: Audience): Promise<GroupContext[]> {
  return (await groupsOfActor(repos, actor)).filter((c) => mayUse(audience, c.roles));
}
