import type { Locale } from '../domain/language';
import { fullName } from '../domain/roster-import';
import { personKey } from '../domain/keys';
import type { RosterMember } from '../domain/roster';
import { looseNameKey, rosterNameWords } from '../domain/display-name';
import { ConflictError, type Membership, type PersonRecord, type Repositories, type Versioned } from './ports';
import { retryOnConflict } from './retry';

/*
 * The people index (see PersonRecord in ports.ts). Roster import writes `name:`, `loose:` (first
 * given and last family name, folded: every tolerant match shares it) and `email:` records, and
 * refreshes the `aad:` ones of linked members; the first message of a Teams user finds the groups
 * to look in with one request (src/app/identity.ts links them). From then on one point read
 * answers "who is this".
 */

export const aadKey = (aadObjectId: string) => `aad:${aadObjectId}`;
export const nameKey = (name: string) => `name:${personKey(name)}`;
export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const linkKey = (groupId: string, memberId: string) => `link:${groupId}:${memberId}`;
export const askKey = (groupId: string, aadObjectId: string) => `ask:${groupId}:${aadObjectId}`;
/** The people index key every exact and partial name match shares (written at roster import). */
export const looseKey = (words: readonly string[]): string | undefined => {
  const k = looseNameKey(words);
  return k ? `loose:${k}` : undefined;
};
export const looseKeyOfMember = (m: RosterMember) => looseKey(rosterNameWords(m));

/** The roster with each member's link filled in from the link documents (one request; not for hot paths). */
export async function withLinks(repos: Repositories, groupId: string, roster: RosterMember[]): Promise<RosterMember[]> {
  if (roster.length === 0) return roster;
  const links = await repos.people.getMany(roster.map((m) => linkKey(groupId, m.id)));
  return roster.map((m, i) => {
    const aad = links[i]?.value.link?.aadObjectId;
    return aad ? { ...m, aadObjectId: aad } : m;
  });
}

/** Claims the member for this Teams user (conditional create of its link document): true when the link is theirs. */
export async function claimLink(repos: Repositories, groupId: string, m: RosterMember, aad: string, by: 'email' | 'name' | 'aad', now: Date): Promise<boolean> {
  const record: PersonRecord = {
    key: linkKey(groupId, m.id),
    memberships: [membershipOf(groupId, m)],
    link: { aadObjectId: aad, by, at: now.toISOString() },
    updatedAt: now.toISOString(),
  };
  if ((await repos.people.create(record)) !== false) return true;
  return (await repos.people.get(record.key))?.value.link?.aadObjectId === aad;
}

/**
 * What a link writes besides its link: document, a document of this person alone: `who:<aad>` in
 * the group's partition (a click that reads the group and roster in one request finds its clicker
 * there). A later roster of another group finds the link through the index records' memberships
 * and the link documents (indexRoster), so nothing shared is written on first contact.
 */
export async function rememberLink(repos: Repositories, groupId: string, m: RosterMember, aad: string): Promise<void> {
  await repos.rosters.setWho(groupId, aad, m.id);
}

/** The reference of a person's personal chat with the bot: kept on their people record, else the older per-user record. */
export async function personalChatReference(repos: Repositories, aadObjectId: string): Promise<Record<string, unknown> | undefined> {
  return (await personalChat(repos, aadObjectId)).reference;
}

/** The same, with the language the person chose there (`mitt språk`, #19), from the same read. */
export async function personalChat(repos: Repositories, aadObjectId: string): Promise<{ reference?: Record<string, unknown>; language?: Locale }> {
  const person = (await repos.people.get(aadKey(aadObjectId)))?.value;
  const reference = person?.chat?.reference ?? (await repos.conversations.getUserChat(aadObjectId))?.reference;
  return { ...(reference ? { reference } : {}), ...(person?.language ? { language: person.language } : {}) };
}

export function membershipOf(groupId: string, m: RosterMember): Membership {
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
export async function indexRoster(
  repos: Repositories,
  groupId: string,
  members: RosterMember[],
  now: Date = new Date(),
  roleHolders: ReadonlySet<string> = new Set(),
): Promise<void> {
  const byKey = new Map<string, Membership[]>();
  const add = (key: string, m: RosterMember) => byKey.set(key, [...(byKey.get(key) ?? []), membershipOf(groupId, m)]);
  // The members' links (link:<group>:<member> documents, one request), as the roster's own older ones.
  const linked = await withLinks(repos, groupId, members);
  for (const m of linked) {
    add(nameKey(fullName(m)), m);
    const loose = looseKeyOfMember(m);
    if (loose) add(loose, m);
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
  // People linked in another group, found here through their e-mail or exact name record, are this
  // group's members too: by e-mail always, by name only for a member without a role who is the one
  // member of that name here (issue #15 §1), and never a member linked to someone else.
  // Who they are linked to there: the link documents of the other groups' members (one request),
  // and the older linkedAad on the index record.
  const elsewhere = [...saved].flatMap(([key, record]) =>
    key.startsWith('name:') || key.startsWith('email:') ? (record?.memberships ?? []).filter((m) => m.groupId !== groupId) : [],
  );
  const otherKeys = [...new Set(elsewhere.map((m) => linkKey(m.groupId, m.memberId)))];
  const otherLinks = new Map<string, string>();
  (otherKeys.length ? await repos.people.getMany(otherKeys) : []).forEach((l, i) => l?.value.link && otherLinks.set(otherKeys[i], l.value.link.aadObjectId));
  const viaIndex = new Map<string, Membership[]>();
  for (const [key, record] of saved) {
    const here = byKey.get(key) ?? [];
    const fromLinks = (record?.memberships ?? []).flatMap((m) => otherLinks.get(linkKey(m.groupId, m.memberId)) ?? []);
    const aads = [...new Set([...(record?.linkedAad ?? []), ...fromLinks])];
    const byEmail = key.startsWith('email:');
    if (!key.startsWith('name:') && !byEmail) continue;
    if (aads.length !== 1 || here.length !== 1) continue;
    const [aad] = aads;
    const m = linked.find((x) => x.id === here[0].memberId);
    if (!m || (m.aadObjectId && m.aadObjectId !== aad) || (!byEmail && roleHolders.has(m.id))) continue;
    if (!m.aadObjectId) {
      if (!(await claimLink(repos, groupId, m, aad, byEmail ? 'email' : 'name', now))) continue;
      await repos.rosters.setWho(groupId, aad, m.id);
    }
    const k = aadKey(aad);
    viaIndex.set(k, dedupe([...(viaIndex.get(k) ?? byKey.get(k) ?? []), ...here]));
  }
  if (viaIndex.size) await write(viaIndex);
}

function dedupe(list: Membership[]): Membership[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(`${m.groupId}/${m.memberId}`) ? false : (seen.add(`${m.groupId}/${m.memberId}`), true)));
}
