/**
 * The Teams app package: built offline by scripts/package-app.ts into a temp folder, validated against
 * the official manifest schema shipped in @microsoft/app-manifest (no fetching), icons, RSC
 * permissions, commands (BRIEF §9) and the zip's contents.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { EXTENSION_COMMAND } from '../../bot/handlers/search';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { COMMANDS } from '../../bot/commands';
import { PackageError, packageApp, parseEnvFile, pngSize, substitute, validateManifest } from '../../scripts/package-app';

const root = path.resolve(__dirname, '..', '..');
const TEAMS_APP_ID = '3f1c2a9e-7b4d-4e21-9c55-0a1b2c3d4e5f';
const BOT_ID = 'a6e0b2c4-1d3f-4a5b-8c7d-9e0f1a2b3c4d';
const BOT_DOMAIN = 'referent-test.azurewebsites.net';
const vars = { TEAMS_APP_ID, BOT_ID, BOT_DOMAIN };

/** BRIEF §9, Norwegian names (the manifest lists Norwegian commands only). */
const BRIEF_COMMANDS = [
  'hjelp',
  'ny gruppe',
  'deltakere',
  'rolle',
  'nytt møte',
  'sakskart',
  'innkalling',
  'start',
  'neste',
  'sak',
  'vedtak:',
  'notat:',
  'runde',
  'avslutt',
  'innspill',
  'mine innspill',
  'trekk innspill',
  'til stede',
  'forfall',
  'status',
  'påminnelse',
  'referat',
];
/** The commands the manifest must offer somewhere (the brief's list for the command menus). */
const MUST_BE_LISTED = [
  'hjelp',
  'ny gruppe',
  'deltakere',
  'nytt møte',
  'sakskart',
  'innkalling',
  'start',
  'neste',
  'vedtak:',
  'notat:',
  'runde',
  'avslutt',
  'innspill',
  'mine innspill',
  'status',
  'påminnelse',
  'referat',
];

const RSC = [
  'ChatMessage.Read.Chat',
  'ChannelMessage.Read.Group',
  'OnlineMeeting.ReadBasic.Chat',
  'OnlineMeetingParticipant.Read.Chat',
  'ChatMember.Read.Chat',
  'TeamMember.Read.Group',
];

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what scripts/make-icons.ts writes), all five row filters. */
function decodeRgba(png: Uint8Array): Uint8Array {
  const buf = Buffer.from(png);
  const { width, height, colorType } = pngSize(buf);
  if (colorType !== 6 || buf[24] !== 8 || buf[28] !== 0) throw new Error('decodeRgba: only 8-bit RGBA, non-interlaced');
  const idat: Buffer[] = [];
  for (let off = 8; off < buf.length;) {
    const len = buf.readUInt32BE(off);
    if (buf.toString('ascii', off + 4, off + 8) === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return out;
}

interface CommandList {
  scopes: string[];
  commands: { title: string; description?: string }[];
}
interface Manifest {
  manifestVersion: string;
  id: string;
  name: { short: string };
  localizationInfo?: { defaultLanguageTag: string };
  icons: { color: string; outline: string };
  bots: { botId: string; scopes: string[]; supportsFiles?: boolean; commandLists: CommandList[] }[];
  composeExtensions?: {
    botId: string;
    commands: { id: string; type: string; title: string; description: string; context?: string[]; parameters: { name: string; title: string }[] }[];
  }[];
  validDomains: string[];
  webApplicationInfo: { id: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
}

describe('Teams app package', () => {
  let tmp: string;
  let result: ReturnType<typeof packageApp>;
  let manifest: Manifest;
  let files: Record<string, Uint8Array>;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'referent-app-'));
    result = packageApp({ env: 'dev', root, outDir: tmp, vars });
    manifest = result.manifest as unknown as Manifest;
    files = unzipSync(new Uint8Array(readFileSync(result.zipPath)));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes appPackage.<env>.zip holding exactly manifest.json, color.png and outline.png at its root', () => {
    expect(path.basename(result.zipPath)).toBe('appPackage.dev.zip');
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const zipped = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
    expect(zipped).toEqual(manifest);
    expect(Buffer.from(files['color.png']!).equals(readFileSync(path.join(root, 'appPackage', 'color.png')))).toBe(true);
  });

  it('substitutes every ${{VAR}} and leaves none behind', () => {
    const text = Buffer.from(files['manifest.json']!).toString('utf8');
    expect(text).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.webApplicationInfo.id).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual([BOT_DOMAIN]);
    expect(manifest.name.short).toBe('Referent-dev');
  });

  it('is valid against the official schema of its manifestVersion, read from the npm package', () => {
    expect(result.schemaPath).toContain(path.join('@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`));
    expect(validateManifest(result.manifest).errors).toEqual([]);
    // The newest released schema the package ships, so the manifest does not fall behind silently.
    const schemas = path.resolve(path.dirname(result.schemaPath), '..');
    const released = readdirSync(schemas)
      .filter((d) => /^v\d+\.\d+$/.test(d))
      .map((d) => d.slice(1))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]) + 1000 * (Number(a.split('.')[0]) - Number(b.split('.')[0])));
    expect(manifest.manifestVersion).toBe(released[released.length - 1]);
    // The validator really rejects: a wrong scope and a command list over the schema's limit of 12.
    const broken = JSON.parse(JSON.stringify(result.manifest)) as Manifest;
    broken.bots[0]!.scopes.push('meeting');
    broken.bots[0]!.commandLists[0]!.commands.push({ title: 'x' });
    const errors = validateManifest(broken as unknown as Record<string, unknown>).errors.join('\n');
    expect(errors).toMatch(/\/bots\/0\/scopes\/3/);
    expect(errors).toMatch(/\/bots\/0\/commandLists\/0\/commands/);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    expect(pngSize(files[manifest.icons.color]!)).toMatchObject({ width: 192, height: 192 });
    const outline = pngSize(files[manifest.icons.outline]!);
    expect(outline).toMatchObject({ width: 32, height: 32, colorType: 6 /* RGBA */ });
    const pixels = decodeRgba(files[manifest.icons.outline]!);
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) continue;
      drawn++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(50); // something is drawn …
    expect(drawn).toBeLessThan((32 * 32) / 2); // … on a mostly transparent background
    expect(pixels[3]).toBe(0); // top-left corner transparent
    const color = decodeRgba(files[manifest.icons.color]!);
    expect(color[3]).toBe(255); // full-bleed colour background
  });

  it('declares the bot in personal, group chat and team scope, without files, in Norwegian', () => {
    const bot = manifest.bots[0]!;
    expect(manifest.bots).toHaveLength(1);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(manifest.localizationInfo?.defaultLanguageTag.toLowerCase()).toBe('nb-no');
  });

  it('requests the RSC permissions the features need (chat/channel messages without @mention, meeting events, members)', () => {
    const rsc = manifest.authorization.permissions.resourceSpecific;
    expect(rsc.map((p) => p.name).sort()).toEqual([...RSC].sort());
    for (const p of rsc) expect(p.type).toBe('Application');
  });

  it('has one command list per scope, each within the schema limit, listing only commands the bot knows', () => {
    const lists = manifest.bots[0]!.commandLists;
    const scopes = lists.flatMap((l) => l.scopes);
    expect([...scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const known = new Set(BRIEF_COMMANDS);
    // The bot's own command table (src/app/commands.ts): every title must be an alias it parses.
    const aliases = new Set(COMMANDS.flatMap((c) => c.aliases));
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(12);
      const titles = list.commands.map((c) => c.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const title of titles) {
        expect(known.has(title) ? title : `${title} (not a BRIEF §9 command)`).toBe(title);
        expect(aliases.has(title) ? title : `${title} (not in src/app/commands.ts)`).toBe(title);
      }
      for (const c of list.commands) expect(c.description?.length ?? 0).toBeGreaterThan(0);
    }
    const listed = new Set(lists.flatMap((l) => l.commands.map((c) => c.title)));
    expect(MUST_BE_LISTED.filter((c) => !listed.has(c))).toEqual([]);
    // Commands that only make sense in a shared conversation are not offered in personal chat.
    const personal = lists.find((l) => l.scopes.includes('personal'))!.commands.map((c) => c.title);
    const sharedOnly = COMMANDS.filter((c) => c.where === 'shared').flatMap((c) => c.aliases);
    expect(personal.filter((t) => sharedOnly.includes(t))).toEqual([]);
  });

  it('declares the message extension «Finn vedtak» (#18 §3): a query command of the bot, handled by the bot under that id', () => {
    expect(manifest.composeExtensions).toHaveLength(1);
    const extension = manifest.composeExtensions![0]!;
    expect(extension.botId).toBe(BOT_ID);
    expect(extension.commands).toHaveLength(1);
    const command = extension.commands[0]!;
    expect(command).toMatchObject({ id: EXTENSION_COMMAND, type: 'query', title: 'Finn vedtak' });
    expect(command.title.length).toBeLessThanOrEqual(32);
    expect(command.description.length).toBeLessThanOrEqual(128);
    expect(command.parameters.map((p) => p.name)).toEqual(['query']);
  });

  it('fails with a message naming every unresolved variable', () => {
    const run = () => packageApp({ env: 'dev', root, outDir: tmp, vars: { BOT_DOMAIN } });
    expect(run).toThrow(PackageError);
    expect(run).toThrow(/unresolved variables for environment "dev": BOT_ID, TEAMS_APP_ID\b/);
  });

  it('builds the local environment from env/.env.local once the provisioned ids are there', () => {
    const local = packageApp({ env: 'local', root, outDir: tmp, vars: { TEAMS_APP_ID, BOT_ID } });
    expect(path.basename(local.zipPath)).toBe('appPackage.local.zip');
    expect((local.manifest as unknown as Manifest).name.short).toBe('Referent-local');
    expect(() => packageApp({ env: 'nope', root, outDir: tmp, vars })).toThrow(/environment "nope" has no file env\/\.env\.nope/);
  });
});

describe('package-app helpers', () => {
  it('parses .env files as the Toolkit writes them', () => {
    expect(parseEnvFile('# c\nA=1\nB=\n  C = "x y"  \nD=plain # comment\nexport E=\'q\'\nnot a line\n')).toEqual({
      A: '1',
      B: '',
      C: 'x y',
      D: 'plain',
      E: 'q',
    });
  });

  it('treats empty values as unresolved, except APP_NAME_SUFFIX, and escapes values for JSON', () => {
    expect(substitute('${{A}}|${{ B }}|${{APP_NAME_SUFFIX}}', { A: '', B: undefined, APP_NAME_SUFFIX: '' })).toEqual({
      text: '${{A}}|${{ B }}|',
      unresolved: ['A', 'B'],
    });
    expect(substitute('"${{X}}"', { X: 'a"b\\c' }).text).toBe('"a\\"b\\\\c"');
  });

  it('keeps committed env files free of secret values', () => {
    for (const file of ['.env.dev', '.env.local']) {
      const values = parseEnvFile(readFileSync(path.join(root, 'env', file), 'utf8'));
      for (const [name, value] of Object.entries(values)) {
        if (/SECRET|PASSWORD|KEY/i.test(name)) expect(`${name}=${value}`).toBe(`${name}=`);
      }
      expect(values['TEAMSFX_ENV']).toBe(file.slice('.env.'.length));
    }
    expect(parseEnvFile(readFileSync(path.join(root, 'env', '.env.dev'), 'utf8'))['AZURE_LOCATION']).toBe('norwayeast');
  });
});
