/**
 * The command table (bot/commands.ts) is the one definition of the chat commands: the README's
 * command table and the Teams manifest's command lists are checked against it, so a command added,
 * renamed or given another audience in one place and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, parseCommand } from '../../bot/commands';
import type { Audience } from '../../src/app/commands';

const root = path.resolve(__dirname, '..', '..');

/** A usage such as `nytt møte <dd.mm.åååå> <tt:mm>-<tt:mm> [sted]` as a user would type it, placeholders out, first alternative of `a\|b`. */
function typed(usage: string): string {
  return usage
    .replace(/\\\|/g, '|')
    .replace(/([^\s|]+)(\|[^\s|]+)+/g, '$1')
    .replace(/<[^>]*>|\[[^\]]*\]|…/g, '')
    .replace(/\s+-\s*$|\s+/g, ' ')
    .trim();
}

/** A secretariat-only form of a member command, not a command of its own: `innspill for <organisasjon>: …` (bot/handlers/input.ts). */
const SUB_FORMS = new Map<string, Audience>([['innspill for :', 'secretariat']]);

interface Row {
  usages: string[];
  who: string;
}

function readmeRows(): Row[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split('## Chat commands')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| command') && !line.startsWith('|---'))
    .map((line) => {
      const [first = '', who = ''] = line
        .slice(1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      return { usages: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), who };
    });
}

const AUDIENCES: Audience[] = ['anyone', 'member', 'chair', 'secretariat'];
const audienceOf = (who: string): Audience | undefined => AUDIENCES.find((a) => who.toLowerCase().startsWith(a));

describe('the README command table matches the command table', () => {
  const rows = readmeRows();

  it('reads the README table', () => {
    expect(rows.length).toBeGreaterThan(15);
  });

  it('lists only commands the bot knows, each under its audience and place', () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      for (const usage of row.usages) {
        const text = typed(usage);
        if (!text) continue; // a bare placeholder, e.g. [`<navn>`]
        const parsed = parseCommand(text);
        if (!parsed) {
          mismatches.push(`${usage}: not a command`);
          continue;
        }
        const audience = SUB_FORMS.get(text) ?? parsed.spec.audience;
        if (audienceOf(row.who) !== audience) mismatches.push(`${usage}: README says «${row.who}», the table says ${audience}`);
        if (/personal chat/.test(row.who) && parsed.spec.where !== 'personal')
          mismatches.push(`${usage}: README says personal chat, the table says ${parsed.spec.where}`);
        if (/group chat/.test(row.who) && parsed.spec.where !== 'shared')
          mismatches.push(`${usage}: README says group chat, the table says ${parsed.spec.where}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lists every command of the table, and a personal-chat command says so', () => {
    const documented = new Map<string, string>();
    for (const row of rows)
      for (const usage of row.usages) {
        const parsed = parseCommand(typed(usage));
        if (parsed) documented.set(parsed.spec.name, row.who);
      }
    expect(COMMANDS.map((c) => c.name).filter((n) => !documented.has(n))).toEqual([]);
    for (const c of COMMANDS.filter((c) => c.where === 'personal'))
      expect({ [c.name]: documented.get(c.name) }).toEqual({ [c.name]: expect.stringContaining('personal chat') });
  });
});

interface Manifest {
  bots: { commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
}

describe('the manifest command lists match the command table', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'appPackage', 'manifest.json'), 'utf8')) as Manifest;
  const entries = manifest.bots[0]!.commandLists.flatMap((list) => list.commands.map((c) => ({ ...c, scopes: list.scopes })));

  it('offers each command by one of its names, in a scope where it may be used, with its audience in the description', () => {
    const mismatches: string[] = [];
    for (const { title, description, scopes } of entries) {
      const parsed = parseCommand(title);
      if (!parsed || parsed.args) {
        mismatches.push(`${title}: not a command name`);
        continue;
      }
      const { where, audience } = parsed.spec;
      for (const scope of scopes) {
        if (scope === 'personal' ? where === 'shared' : where === 'personal') mismatches.push(`${title} in ${scope}: the table says ${where}`);
      }
      const said: Audience | undefined = description.startsWith('Sekretariatet:') ? 'secretariat' : description.startsWith('Møteleder:') ? 'chair' : undefined;
      const expected = audience === 'secretariat' || audience === 'chair' ? audience : undefined;
      if (said !== expected) mismatches.push(`${title}: the description says ${said ?? 'everyone'}, the table says ${audience}`);
    }
    expect(mismatches).toEqual([]);
  });
});
