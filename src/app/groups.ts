import { createHash } from 'node:crypto';
import { fullName, mergeRoster, parseRosterLines } from '../domain/roster-import';
import { personKey } from '../domain/keys';
import type { GroupData } from '../domain/group';
import { stripBidi } from '../domain/text';
import type { GroupRole, RosterMember } from '../domain/roster';
import { actorKey, say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import { indexRoster } from './people';
import type { Repositories } from './ports';
import { pasteForm } from './paste-forms';
import { retryOnConflict } from './retry';
import { texts, type RoleGrant } from './texts';

/** How many refused roster lines the answer lists with their reasons; the rest are counted (#16 §2). */
export const REFUSED_LISTED = 10;

/** A group's id is derived from its home conversation, so a repeated "ny gruppe" cannot make two. */
export function groupIdFor(conversationId: string): string {
  return 'g-' + createHash('sha256').update(conversationId).digest('hex').slice(0, 20);
}

/** Audience, place and group of each command are checked by the bot's router before these run (bot/router.ts). */
export class GroupUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createGroup(actor: Actor, name: string): Promise<Reply> {
    const l = actor.locale;
    const clean = stripBidi(name).replace(/\s+/g, ' ').trim();
    if (!clean) return say(texts.groupNameMissing(l));
    if (clean.length > 120) return say(texts.groupNameTooLong(l));
    const groupId = groupIdFor(actor.conversationId);
    const group: GroupData = {
      groupId,
      name: clean,
      homeConversationId: actor.conversationId,
      roles: { [actorKey(actor)]: { name: actor.name, roles: ['secretariat'] } },
      createdAt: this.now().toISOString(),
    };
    const created = await this.repos.groups.create(group);
    const existing = created ? undefined : await this.repos.groups.get(groupId);
    const record = await this.repos.conversations.get(actor.conversationId);
    await this.repos.conversations.put({ key: actor.conversationId, reference: record?.reference ?? {}, groupId, updatedAt: this.now().toISOString() });
    if (!created) return say(texts.groupExists(l, existing?.value.name ?? clean));
    // «Neste steg» is the roster: its form comes with the answer (#16 §1), so nobody has to know the command.
    return { ...pasteForm(l, 'members', groupId), text: texts.groupCreated(l, clean) };
  }

  async importRoster(actor: Actor, ctx: GroupContext, text: string): Promise<Reply> {
    const l = actor.locale;
    const parsed = parseRosterLines(text);
    if (parsed.members.length === 0 && parsed.refused.length === 0) return say(texts.rosterEmpty(l));
    const groupId = ctx.group.value.groupId;
    const merge = await retryOnConflict(async () => {
      const current = await this.repos.rosters.get(groupId);
      const result = mergeRoster(current?.value ?? [], parsed.members);
      // Importing the same list again writes nothing.
      if (result.added + result.updated > 0) await this.repos.rosters.put(groupId, result.members, current?.etag);
      return result;
    });
    const granted = await this.grantNotedRoles(groupId, merge.members, parsed.roles);
    // The people index (src/app/people.ts): lets a member's first message find them with point reads.
    // Role holders (stored, or noted on this list) are never linked there by a name alone.
    const roles = ctx.group.value.roles;
    const roleHolders = new Set(merge.members.filter((m) => parsed.roles[m.id]?.length || roles[`member:${m.id}`]?.roles.length).map((m) => m.id));
    await indexRoster(this.repos, groupId, merge.members, this.now(), roleHolders);
    const noted = parsed.members.filter((m) => m.note).map((m) => `${fullName(m)} (${m.note})`);
    const lines = [
      texts.rosterImported(l, { ...merge, refused: parsed.refused.length, total: merge.members.length }),
      ...(granted.set.length ? [texts.rosterRolesSet(l, granted.set)] : []),
      ...(granted.kept.length ? [texts.rosterRolesKept(l, granted.kept)] : []),
      ...(noted.length ? [texts.rosterNotes(l, noted)] : []),
      // The first refused lines with their reasons, then how many more (#16 §2): counted in the summary above, never dropped silently.
      ...parsed.refused.slice(0, REFUSED_LISTED).map((r) => texts.refusedLine(l, r.lineNumber, r.line, r.reason)),
      ...(parsed.refused.length > REFUSED_LISTED ? [texts.andMore(l, parsed.refused.length - REFUSED_LISTED)] : []),
    ];
    return say(lines.join('\n'));
  }

  /**
   * Roles written as notes on the roster lines ("(møteleder)"): group roles keyed by the roster member
   * (`member:<id>`, as `rolle` grants them), so the Teams user linked to that member holds them. Adds only.
   */
  private async grantNotedRoles(groupId: string, roster: RosterMember[], noted: Record<string, GroupRole[]>): Promise<{ set: RoleGrant[]; kept: RoleGrant[] }> {
    const wanted = roster.flatMap((m) => (noted[m.id] ?? []).map((role) => ({ member: m, role })));
    if (wanted.length === 0) return { set: [], kept: [] };
    return retryOnConflict(async () => {
      const current = await this.repos.groups.get(groupId);
      if (!current) throw new Error('group vanished');
      const roles = { ...current.value.roles };
      const set: RoleGrant[] = [];
      const kept: RoleGrant[] = [];
      for (const { member, role } of wanted) {
        const key = `member:${member.id}`;
        const entry = roles[key] ?? { name: fullName(member), roles: [] };
        const grant = { name: fullName(member), role };
        if (entry.roles.includes(role)) {
          kept.push(grant);
          continue;
        }
        roles[key] = { name: fullName(member), roles: [...entry.roles, role] };
        set.push(grant);
      }
      if (set.length) await this.repos.groups.replace({ ...current.value, roles }, current.etag);
      return { set, kept };
    });
  }

  async grantRole(actor: Actor, ctx: GroupContext, args: string): Promise<Reply> {
    const l = actor.locale;
    const match = /^(.+?)\s+(sekretariat|sekretariatet|secretariat|møteleder|moteleder|chair)$/i.exec(args.trim());
    if (!match) return say(texts.roleUsage(l));
    const role: GroupRole = /^(sekretariat|sekretariatet|secretariat)$/i.test(match[2]) ? 'secretariat' : 'chair';
    const wanted = personKey(match[1]);
    const exact = ctx.roster.filter((m) => personKey(fullName(m)) === wanted);
    const candidates = exact.length ? exact : ctx.roster.filter((m) => personKey(fullName(m)).includes(wanted));
    if (candidates.length === 0) return say(texts.roleNoMatch(l, match[1]));
    if (candidates.length > 1) return say(texts.roleAmbiguous(l, match[1], candidates.slice(0, 8).map(fullName)));
    const person = candidates[0];
    const key = `member:${person.id}`;
    const changed = await retryOnConflict(async () => {
      const current = await this.repos.groups.get(ctx.group.value.groupId);
      if (!current) throw new Error('group vanished');
      const entry = current.value.roles[key] ?? { name: fullName(person), roles: [] };
      if (entry.roles.includes(role)) return false;
      const roles = { ...current.value.roles, [key]: { name: fullName(person), roles: [...entry.roles, role] } };
      await this.repos.groups.replace({ ...current.value, roles }, current.etag);
      return true;
    });
    return say(changed ? texts.roleGranted(l, fullName(person), role) : texts.roleAlready(l, fullName(person)));
  }
}
