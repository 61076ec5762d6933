import { pick } from '../domain/language';
import type { GroupRole } from '../domain/roster';
import { say, type Actor, type Locale, type Reply } from './actor';
import type { GroupContext } from './group-context';

/**
 * What a chat command is, apart from its handler: Norwegian first, English alias, case-insensitive.
 * Each command is defined once, beside its handler in bot/handlers/<capability>.ts; the bot's router
 * enforces `audience`, `where` and `group` from the definition, so use cases do not repeat them.
 */
export type Audience = 'anyone' | 'member' | 'chair' | 'secretariat';
export type Place = 'shared' | 'personal' | 'any';

export interface CommandSpec {
  name: string;
  aliases: string[];
  /**
   * Who may use it. 'chair' and 'secretariat' are checked by the router against the stored roles
   * of the group. 'member' is left to the use case: being on the roster is what tells it which
   * organization the person speaks for, and from personal chat it looks across their groups.
   */
  audience: Audience;
  /** Where it makes sense: group chat/channel ('shared'), personal chat, or both. */
  where: Place;
  /**
   * The group it acts on. 'here': this conversation's group. 'mine': this conversation's group, or
   * in a chat of no group the one group where the sender has the audience's role. Absent: none
   * needed (or the use case finds it, like round-table input from personal chat).
   */
  group?: 'here' | 'mine';
  /** The help line («ny gruppe <navn> – …»), in each language: the reader's is listed by `hjelp`. */
  nb: string;
  nn: string;
  en: string;
  /** The answer when it needs a group and there is none (default: «hører ikke til noen gruppe»). */
  noGroup?: (l: Locale, personal: boolean) => string;
  /** 'mine' and several groups qualify (default: «Du er sekretariat i flere grupper …»). */
  manyGroups?: (l: Locale, names: string[]) => string;
  /** The answer in the wrong kind of chat (default: no group here / write it in a personal chat). */
  elsewhere?: (l: Locale) => string;
}

/** The one role rule: chair commands are for the chair or the secretariat (README, role matrix). */
export function mayUse(audience: Audience, roles: readonly GroupRole[]): boolean {
  if (audience === 'chair') return roles.includes('chair') || roles.includes('secretariat');
  if (audience === 'secretariat') return roles.includes('secretariat');
  return true;
}

/** Whether the command is meant for this kind of chat. */
export const fitsPlace = (where: Place, personal: boolean): boolean => where === 'any' || (where === 'personal') === personal;

export interface ParsedCommand<S extends CommandSpec = CommandSpec> {
  spec: S;
  /** The alias the user typed (lower case), e.g. "innkalling docx". */
  alias: string;
  /** The rest of the first line, trimmed. */
  args: string;
  /** The lines after the first, as pasted. */
  body: string;
  /** The whole text after the command word(s), first line and body. */
  rest: string;
}

/**
 * A command word run into the text after it («deltakereKari…», «sakskart1. …»: a client lost the line
 * breaks), for the given commands of the table: the command it was, with nothing after it, and the
 * start of the message. The aliases are the table's own, so a new alias is understood here too.
 */
export function gluedCommand<S extends CommandSpec>(text: string, specs: readonly S[]): { command: ParsedCommand<S>; word: string } | undefined {
  const trimmed = text.trim();
  const lower = trimmed.toLocaleLowerCase('nb');
  for (const spec of specs) {
    const alias = spec.aliases.find((a) => lower.startsWith(a) && /^[^\s:]/.test(trimmed.slice(a.length)));
    if (alias) return { command: { spec, alias, args: '', body: '', rest: '' }, word: trimmed.slice(0, 40) };
  }
  return undefined;
}

/**
 * A parser over a command table. Longest alias first, so "innkalling docx" is found before
 * "innkalling" and "mine innspill" before any shorter alias it starts with.
 */
export function commandParser<S extends CommandSpec>(table: readonly S[]): (text: string) => ParsedCommand<S> | undefined {
  const aliases = table.flatMap((spec) => spec.aliases.map((alias) => ({ alias, spec }))).sort((a, b) => b.alias.length - a.alias.length);
  return (text) => {
    const trimmed = text.replace(/^\s+/, '');
    const lower = trimmed.toLocaleLowerCase('nb');
    for (const { alias, spec } of aliases) {
      if (!lower.startsWith(alias)) continue;
      const next = trimmed.charAt(alias.length);
      // The alias must end at a word boundary (or be followed by ':' for "vedtak:" style commands).
      if (next !== '' && !/\s/.test(next) && !alias.endsWith(':') && next !== ':') continue;
      let rest = trimmed.slice(alias.length);
      if (!alias.endsWith(':') && rest.startsWith(':')) rest = rest.slice(1);
      const newline = rest.indexOf('\n');
      const firstLine = newline === -1 ? rest : rest.slice(0, newline);
      const body = newline === -1 ? '' : rest.slice(newline + 1);
      return { spec, alias, args: firstLine.trim(), body, rest: rest.replace(/^[ \t]+/, '').replace(/^\r?\n/, '') };
    }
    return undefined;
  };
}

/** `hjelp`: the commands of the table this user may use here, by the same rules the router enforces. */
export function help(table: readonly CommandSpec[], actor: Actor, ctx: GroupContext | undefined): Reply {
  const l = actor.locale;
  const roles = ctx?.roles ?? [];
  // 'member' commands: shown to roster members, and where no group is known (personal chat finds it later).
  const member = !ctx || ctx.member !== undefined || roles.length > 0;
  const visible = table.filter(
    (c) =>
      fitsPlace(c.where, actor.conversationType === 'personal') &&
      (c.audience === 'member' ? member : c.audience === 'anyone' || (ctx !== undefined && mayUse(c.audience, roles))),
  );
  // A group's own chat already has its group.
  const shown = visible.filter((c) => !(c.name === 'new-group' && ctx));
  const head = pick(l, { nb: 'Kommandoer du kan bruke her:', nn: 'Kommandoar du kan bruke her:', en: 'Commands you can use here:' });
  const where = ctx
    ? pick(l, { nb: `Gruppe: ${ctx.group.value.name}`, nn: `Gruppe: ${ctx.group.value.name}`, en: `Group: ${ctx.group.value.name}` })
    : undefined;
  return say([head, ...shown.map((c) => `• ${c[l]}`), ...(where ? ['', where] : [])].join('\n'));
}

/** The first word the user typed, for "unknown command" answers. */
export function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0]?.slice(0, 40) ?? '';
}
