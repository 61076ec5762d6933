import { fullName } from '../domain/roster-import';
import { personKey } from '../domain/keys';
import type { RosterMember } from '../domain/roster';
import type { Actor } from './actor';
import { ConflictError, type Membership, type PersonRecord, type Repositories, type Versioned } from './ports';
import { retryOnConflict } from './retry';

/*
 * The people index (see PersonRecord in ports.ts). Roster import writes `name:` and `email:`
 * records (and refreshes `aad:` ones of linked members); the first message of a Teams user finds
 * them with one point read and links the user: an `aad:` record with the memberships, and the AAD
 * object id written onto the roster member. From then on one point read answers "who is this".
 */

export const aadKey = (aadObjectId: string) => `aad:${aadObjectId}`;
export const nameKey = (name: string) => `name:${personKey(name)}`;
export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;

/** The reference of a person's personal chat with the bot: kept on their people record, else the older per-user record. */
export async function personalChatReference(repos: Repositories, aadObjectId: string): Promise<Record<string, unknown> | undefined> {
  return (await repos.people.get(aadKey(aadObjectId)))?.value.chat?.reference ?? (await repos.conversations.getUserChat(aadObjectId))?.reference;
}

function membershipOf(groupId: string, m: RosterMember): Membership {
  return { groupId, memberId: m.id, organization: m.organization, name: fullName(m) };
}

/**
 * Read-modify-write of one person record with If-Match (created when missing). `change` returns
 * the new record, or undefined to write nothing.
 */
export async function updatePerson(
  repos: Repositories,
  key: string,
  change: (current: PersonRecord | undefined) => PersonRecord | undefined,
  known?: Versioned<PersonRecord>,
): Promise<Versioned<PersonRecord> | undefined> {
  let first = known;
  return retryOnConflict(async () => {
    const current = first ?? (await repos.people.get(key));
    first = undefined;
    const next = change(current?.value);
    if (!next) return current;
    if (current) return repos.people.replace(next, current.etag);
    const created = await repos.people.create(next);
    if (created === false) throw new ConflictError(key);
    return created;
  });
}

/** This group's memberships replaced by `mine` (other groups' kept); undefined when nothing changes. */
function withGroup(current: PersonRecord | undefined, key: string, groupId: string, mine: Membership[], now: Date): PersonRecord | undefined {
  const others = (current?.memberships ?? []).filter((m) => m.groupId !== groupId);
  const order = (m: Membership) => `${m.groupId}\u0000${m.memberId}`;
  const memberships = [...others, ...mine].sort((a, b) => order(a).localeCompare(order(b)));
  if (current && JSON.stringify(current.memberships) === JSON.stringify(memberships)) return undefined;
  return { ...(current ?? { key }), key, memberships, updatedAt: now.toISOString() };
}

/** The roster-import hook: writes the index for every member of the group (only records that change). */
export async function indexRoster(repos: Repositories, groupId: string, members: RosterMember[], now: Date = new Date()): Promise<void> {
  const byKey = new Map<string, Membership[]>();
  const add = (key: string, m: RosterMember) => byKey.set(key, [...(byKey.get(key) ?? []), membershipOf(groupId, m)]);
  for (const m of members) {
    add(nameKey(fullName(m)), m);
    if (m.email) add(emailKey(m.email), m);
    if (m.aadObjectId) add(aadKey(m.aadObjectId), m);
  }
  const write = async (index: Map<string, Membership[]>) => {
    const keys = [...index.keys()];
    const saved = new Map<string, PersonRecord | undefined>();
    // A few at a time: 45 members are ~90 small records, read and written once per import.
    for (let i = 0; i < keys.length; i += 8) {
      await Promise.all(
        keys
          .slice(i, i + 8)
          .map(async (key) => saved.set(key, (await updatePerson(repos, key, (cur) => withGroup(cur, key, groupId, index.get(key) ?? [], now)))?.value)),
      );
    }
    return saved;
  };
  const saved = await write(byKey);
  // People already linked through a name/e-mail record (on another group's roster) get this group too.
  const linked = new Map<string, Membership[]>();
  for (const [key, record] of saved) {
    for (const aad of record?.linkedAad ?? []) {
      const k = aadKey(aad);
      linked.set(k, dedupe([...(linked.get(k) ?? byKey.get(k) ?? []), ...(byKey.get(key) ?? [])]));
    }
  }
  if (linked.size) await write(linked);
}

export interface Identified {
  person?: Versioned<PersonRecord>;
}

/**
 * Who the actor is on the rosters: the linked `aad:` record (given by the turn when it already read
 * it, else one point read); on first contact the `email:` then `name:` index, and the link is made.
 */
export async function identify(
  repos: Repositories,
  actor: Pick<Actor, 'aadObjectId' | 'name' | 'userId'>,
  now: Date,
  options: { known?: Versioned<PersonRecord> | null; email?: () => Promise<string | undefined>; chat?: PersonRecord['chat'] } = {},
): Promise<Identified> {
  if (!actor.aadObjectId) return {};
  const key = aadKey(actor.aadObjectId);
  const linked = options.known === undefined ? await repos.people.get(key) : (options.known ?? undefined);
  if (linked && linked.value.memberships.length > 0) return { person: linked };
  const email = options.email ? await options.email().catch(() => undefined) : undefined;
  const found = (email ? await repos.people.get(emailKey(email)) : undefined) ?? (actor.name ? await repos.people.get(nameKey(actor.name)) : undefined);
  if (!found || found.value.memberships.length === 0) return { person: linked };
  const memberships = await linkRosters(repos, actor.aadObjectId, found.value.memberships);
  if (memberships.length === 0) return { person: linked };
  // Remembered on the index record, so a later import of another roster with this person reaches the aad: record.
  const aad = actor.aadObjectId;
  await updatePerson(
    repos,
    found.value.key,
    (cur) => (cur && !cur.linkedAad?.includes(aad) ? { ...cur, linkedAad: [...(cur.linkedAad ?? []), aad] } : undefined),
    found,
  );
  const person = await updatePerson(
    repos,
    key,
    // The personal chat goes onto the new record too, so the next turn there is one point read (bot/conversations.ts).
    (cur) => ({
      ...(cur ?? { key }),
      key,
      name: actor.name,
      ...(options.chat && !cur?.chat ? { chat: options.chat } : {}),
      memberships: [...(cur?.memberships ?? []).filter((m) => !memberships.some((x) => x.groupId === m.groupId)), ...memberships],
      updatedAt: now.toISOString(),
    }),
    linked,
  );
  return { person };
}

/** Writes the AAD object id onto the roster members; a member already linked to someone else is skipped. */
async function linkRosters(repos: Repositories, aadObjectId: string, candidates: Membership[]): Promise<Membership[]> {
  const linked: Membership[] = [];
  for (const groupId of [...new Set(candidates.map((m) => m.groupId))]) {
    const ids = new Set(candidates.filter((m) => m.groupId === groupId).map((m) => m.memberId));
    // Best effort under contention: the aad: record is the link that counts; the roster copy helps findMember.
    const here = await spreadRetry(async () => {
      const roster = await repos.rosters.get(groupId);
      if (!roster) return [];
      const mine: Membership[] = [];
      let changed = false;
      const members = roster.value.map((m) => {
        if (!ids.has(m.id) || (m.aadObjectId && m.aadObjectId !== aadObjectId)) return m;
        mine.push(membershipOf(groupId, m));
        if (m.aadObjectId === aadObjectId) return m;
        changed = true;
        return { ...m, aadObjectId };
      });
      if (changed) await repos.rosters.put(groupId, members, roster.etag);
      return mine;
    }).catch((err: unknown) => {
      if (!(err instanceof ConflictError)) throw err;
      return candidates.filter((m) => m.groupId === groupId);
    });
    linked.push(...here);
  }
  return dedupe(linked);
}

function dedupe(list: Membership[]): Membership[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(`${m.groupId}/${m.memberId}`) ? false : (seen.add(`${m.groupId}/${m.memberId}`), true)));
}

/**
 * The roster is one document, and after a notice many members write for the first time at once:
 * If-Match retries with a widening random pause, so 40 writers do not all collide round after round.
 */
async function spreadRetry<T>(attempt: () => Promise<T>, maxAttempts = 30): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ConflictError) || i >= maxAttempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(400, 10 * 2 ** i)));
    }
  }
}
