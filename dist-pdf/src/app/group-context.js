"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findMember = findMember;
exports.rolesOf = rolesOf;
exports.loadGroupContext = loadGroupContext;
exports.groupsOfActor = groupsOfActor;
const roster_import_1 = require("../domain/roster-import");
const keys_1 = require("../domain/keys");
const actor_1 = require("./actor");
const people_1 = require("./people");
/** Finds the roster member this actor is: by linked AAD id first, then by full name. */
function findMember(roster, actor) {
    if (actor.aadObjectId) {
        const linked = roster.find((m) => m.aadObjectId === actor.aadObjectId);
        if (linked)
            return linked;
    }
    const name = (0, keys_1.personKey)(actor.name);
    const byName = roster.filter((m) => !m.aadObjectId && (0, keys_1.personKey)((0, roster_import_1.fullName)(m)) === name);
    return byName.length === 1 ? byName[0] : undefined;
}
/** The roles a user holds in a group: by their Teams identity and by the roster members they are. */
function rolesOf(group, actor, members = []) {
    const keys = [(0, actor_1.actorKey)(actor), `user:${actor.userId}`, ...members.map((m) => `member:${m.id}`)];
    const roles = new Set();
    for (const key of keys)
        for (const role of group.roles[key]?.roles ?? [])
            roles.add(role);
    return [...roles];
}
/** Two point reads: the group and its roster. */
async function loadGroupContext(repos, groupId, actor) {
    const [group, roster] = await Promise.all([repos.groups.get(groupId), repos.rosters.get(groupId)]);
    if (!group)
        return undefined;
    const members = roster?.value ?? [];
    const member = findMember(members, actor);
    return { group, roster: members, rosterEtag: roster?.etag, member, roles: rolesOf(group.value, actor, member ? [member] : []) };
}
/**
 * Every group whose roster holds the actor (people index: their aad: and name: records, point reads),
 * with the actor's place in each. For commands typed where no group lives, such as personal chat.
 */
async function groupsOfActor(repos, actor) {
    const keys = [actor.aadObjectId ? (0, people_1.aadKey)(actor.aadObjectId) : undefined, actor.name ? (0, people_1.nameKey)(actor.name) : undefined].filter((k) => !!k);
    const groupIds = new Set();
    for (const key of keys)
        for (const m of (await repos.people.get(key))?.value.memberships ?? [])
            groupIds.add(m.groupId);
    const contexts = await Promise.all([...groupIds].map((g) => loadGroupContext(repos, g, actor)));
    return contexts.filter((c) => c !== undefined);
}
//# sourceMappingURL=group-context.js.map