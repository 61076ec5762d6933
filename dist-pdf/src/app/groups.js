"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GroupUseCases = void 0;
exports.groupIdFor = groupIdFor;
const node_crypto_1 = require("node:crypto");
const roster_import_1 = require("../domain/roster-import");
const keys_1 = require("../domain/keys");
const text_1 = require("../domain/text");
const actor_1 = require("./actor");
const commands_1 = require("./commands");
const people_1 = require("./people");
const retry_1 = require("./retry");
const texts_1 = require("./texts");
/** A group's id is derived from its home conversation, so a repeated "ny gruppe" cannot make two. */
function groupIdFor(conversationId) {
    return 'g-' + (0, node_crypto_1.createHash)('sha256').update(conversationId).digest('hex').slice(0, 20);
}
class GroupUseCases {
    repos;
    now;
    constructor(repos, now = () => new Date()) {
        this.repos = repos;
        this.now = now;
    }
    async createGroup(actor, name) {
        const l = actor.locale;
        if (actor.conversationType === 'personal')
            return (0, actor_1.say)(texts_1.texts.groupOnlyInSharedChat(l));
        const clean = (0, text_1.stripBidi)(name).replace(/\s+/g, ' ').trim();
        if (!clean)
            return (0, actor_1.say)(texts_1.texts.groupNameMissing(l));
        if (clean.length > 120)
            return (0, actor_1.say)(texts_1.texts.groupNameTooLong(l));
        const groupId = groupIdFor(actor.conversationId);
        const group = {
            groupId,
            name: clean,
            homeConversationId: actor.conversationId,
            roles: { [(0, actor_1.actorKey)(actor)]: { name: actor.name, roles: ['secretariat'] } },
            createdAt: this.now().toISOString(),
        };
        const created = await this.repos.groups.create(group);
        const existing = created ? undefined : await this.repos.groups.get(groupId);
        const record = await this.repos.conversations.get(actor.conversationId);
        await this.repos.conversations.put({ key: actor.conversationId, reference: record?.reference ?? {}, groupId, updatedAt: this.now().toISOString() });
        if (!created)
            return (0, actor_1.say)(texts_1.texts.groupExists(l, existing?.value.name ?? clean));
        return (0, actor_1.say)(texts_1.texts.groupCreated(l, clean));
    }
    async importRoster(actor, ctx, text) {
        const l = actor.locale;
        if (!ctx.roles.includes('secretariat'))
            return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
        const parsed = (0, roster_import_1.parseRosterLines)(text);
        if (parsed.members.length === 0 && parsed.refused.length === 0)
            return (0, actor_1.say)(texts_1.texts.rosterEmpty(l));
        const groupId = ctx.group.value.groupId;
        const merge = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.rosters.get(groupId);
            const result = (0, roster_import_1.mergeRoster)(current?.value ?? [], parsed.members);
            // Importing the same list again writes nothing.
            if (result.added + result.updated > 0)
                await this.repos.rosters.put(groupId, result.members, current?.etag);
            return result;
        });
        // The people index (src/app/people.ts): lets a member's first message find them with point reads.
        await (0, people_1.indexRoster)(this.repos, groupId, merge.members, this.now());
        const lines = [
            texts_1.texts.rosterImported(l, { ...merge, refused: parsed.refused.length, total: merge.members.length }),
            ...parsed.refused.map((r) => texts_1.texts.refusedLine(l, r.lineNumber, r.line, r.reason)),
        ];
        return (0, actor_1.say)(lines.join('\n'));
    }
    async grantRole(actor, ctx, args) {
        const l = actor.locale;
        if (!ctx.roles.includes('secretariat'))
            return (0, actor_1.say)(texts_1.texts.onlySecretariat(l));
        const match = /^(.+?)\s+(sekretariat|sekretariatet|secretariat|møteleder|moteleder|chair)$/i.exec(args.trim());
        if (!match)
            return (0, actor_1.say)(texts_1.texts.roleUsage(l));
        const role = /^(sekretariat|sekretariatet|secretariat)$/i.test(match[2]) ? 'secretariat' : 'chair';
        const wanted = (0, keys_1.personKey)(match[1]);
        const exact = ctx.roster.filter((m) => (0, keys_1.personKey)((0, roster_import_1.fullName)(m)) === wanted);
        const candidates = exact.length ? exact : ctx.roster.filter((m) => (0, keys_1.personKey)((0, roster_import_1.fullName)(m)).includes(wanted));
        if (candidates.length === 0)
            return (0, actor_1.say)(texts_1.texts.roleNoMatch(l, match[1]));
        if (candidates.length > 1)
            return (0, actor_1.say)(texts_1.texts.roleAmbiguous(l, match[1], candidates.slice(0, 8).map(roster_import_1.fullName)));
        const person = candidates[0];
        const key = `member:${person.id}`;
        const changed = await (0, retry_1.retryOnConflict)(async () => {
            const current = await this.repos.groups.get(ctx.group.value.groupId);
            if (!current)
                throw new Error('group vanished');
            const entry = current.value.roles[key] ?? { name: (0, roster_import_1.fullName)(person), roles: [] };
            if (entry.roles.includes(role))
                return false;
            const roles = { ...current.value.roles, [key]: { name: (0, roster_import_1.fullName)(person), roles: [...entry.roles, role] } };
            await this.repos.groups.replace({ ...current.value, roles }, current.etag);
            return true;
        });
        return (0, actor_1.say)(changed ? texts_1.texts.roleGranted(l, (0, roster_import_1.fullName)(person), role) : texts_1.texts.roleAlready(l, (0, roster_import_1.fullName)(person)));
    }
    /** The commands this user may use here. */
    help(actor, ctx) {
        const l = actor.locale;
        const roles = ctx?.roles ?? [];
        const shared = actor.conversationType !== 'personal';
        const allowed = (c) => (c.where === 'any' || (c.where === 'shared') === shared) &&
            (c.audience === 'anyone' ||
                (c.audience === 'member' && (ctx?.member !== undefined || roles.length > 0 || !ctx)) ||
                (c.audience === 'chair' && (roles.includes('chair') || roles.includes('secretariat'))) ||
                (c.audience === 'secretariat' && roles.includes('secretariat')));
        const visible = commands_1.COMMANDS.filter(allowed).filter((c) => !(c.name === 'new-group' && ctx));
        const head = l === 'en' ? 'Commands you can use here:' : 'Kommandoer du kan bruke her:';
        const where = ctx ? (l === 'en' ? `Group: ${ctx.group.value.name}` : `Gruppe: ${ctx.group.value.name}`) : undefined;
        return (0, actor_1.say)([head, ...visible.map((c) => `• ${c[l]}`), ...(where ? ['', where] : [])].join('\n'));
    }
}
exports.GroupUseCases = GroupUseCases;
//# sourceMappingURL=groups.js.map