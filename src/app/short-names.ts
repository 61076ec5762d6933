import type { GroupSettings } from '../domain/group';
import { orgKey } from '../domain/keys';
import { MAX_SHORT_NAME, parseShortNameArgs, rosterOrganization, type ShortNames } from '../domain/short-names';
import { say, type Actor, type Reply } from './actor';
import type { GroupContext } from './group-context';
import type { Repositories } from './ports';
import { retryOnConflict } from './retry';
import { shortNameTexts as t } from './texts-short-names';

/** The words `innstilling` answers to for short names (nb, nn, en). */
export const SHORT_NAME_WORDS = ['kortnavn', 'kortnamn', 'short-name', 'short name'];

/** The group's short names by organization (alphabetical), for the settings list. */
export function shortNamePairs(shortNames: ShortNames | undefined): { organization: string; short: string }[] {
  return Object.values(shortNames ?? {}).sort((a, b) => a.organization.localeCompare(b.organization, 'nb'));
}

/**
 * `innstilling kortnavn <organisasjon> = <kortnavn>|av` (#17 §1.3). The organization must be on the
 * roster (its spelling there is kept); the short name is stored on the group's settings, so a new
 * paste of the Inviterte list keeps it. A repeat keeps the etag; nothing else is touched.
 */
export async function changeShortName(repos: Repositories, actor: Actor, ctx: GroupContext, raw: string): Promise<Reply> {
  const l = actor.locale;
  const args = parseShortNameArgs(raw);
  if (args.kind === 'list') return say(t.list(l, shortNamePairs(ctx.group.value.settings?.shortNames)));
  if (args.kind === 'usage') return say(t.usage(l));
  if (args.kind === 'too-long') return say(t.tooLong(l, MAX_SHORT_NAME));
  const organization = rosterOrganization(
    ctx.roster.map((m) => m.organization),
    args.organization,
  );
  if (!organization) return say(t.unknownOrganization(l, args.organization));
  const key = orgKey(organization);
  const short = args.kind === 'set' ? args.short : undefined;
  const changed = await retryOnConflict(async () => {
    const current = await repos.groups.get(ctx.group.value.groupId);
    if (!current) throw new Error('group vanished');
    const before = current.value.settings?.shortNames ?? {};
    if (before[key]?.short === short && (short === undefined || before[key]?.organization === organization)) return false;
    const shortNames: ShortNames = { ...before };
    if (short === undefined) delete shortNames[key];
    else shortNames[key] = { organization, short };
    const settings: GroupSettings = { ...current.value.settings, shortNames };
    if (Object.keys(shortNames).length === 0) delete settings.shortNames;
    await repos.groups.replace({ ...current.value, settings }, current.etag);
    return true;
  });
  if (!changed) return say(t.unchanged(l, organization, short));
  return say(short === undefined ? t.cleared(l, organization) : t.set(l, organization, short));
}
