/**
 * Builds the Teams app package: appPackage/build/appPackage.<env>.zip with manifest.json, color.png
 * and outline.png at the zip root.
 *
 *   npm run package                         # env "dev" (TEAMSFX_ENV picks another)
 *   TEAMSFX_ENV=local npm run package
 *
 * It does what Teams Toolkit's teamsApp/zipAppPackage does, offline and without the Toolkit:
 * 1. reads env/.env.<env> and env/.env.<env>.user (when present); variables already in the process
 *    environment win, so CI can pass values without writing files;
 * 2. replaces every ${{VAR}} in appPackage/manifest.json. Like the Toolkit, an empty value counts as
 *    unresolved (except APP_NAME_SUFFIX, which may be empty): the build fails and names them all;
 * 3. validates the result against the official manifest JSON schema of its manifestVersion, as shipped
 *    in the npm package @microsoft/app-manifest (draft-04, checked with ajv-draft-04 and ajv-formats,
 *    the same way the Toolkit does), and checks the icons (PNG, 192×192 colour, 32×32 outline);
 * 4. writes the zip (and the resolved manifest.<env>.json beside it, for inspection).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  /** The Teams Toolkit environment name: env/.env.<env>. Default: TEAMSFX_ENV, else 'dev'. */
  env?: string;
  /** Project root (holds appPackage/ and env/). Default: found from this file's location. */
  root?: string;
  /** Where the zip goes. Default: <root>/appPackage/build. */
  outDir?: string;
  /** Variables that win over the env files; default process.env. */
  vars?: Record<string, string | undefined>;
}

export interface PackageResult {
  env: string;
  zipPath: string;
  manifestPath: string;
  /** The resolved manifest. */
  manifest: Record<string, unknown>;
  /** The schema file the manifest was validated against. */
  schemaPath: string;
}

/** ${{ NAME }}, as Teams Toolkit writes them. */
const PLACEHOLDER = /\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;
/** Variables that may resolve to an empty string (Teams Toolkit treats APP_NAME_SUFFIX the same way). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** The project root: the nearest folder above this file that has appPackage/manifest.json (works from scripts/ and dist/scripts/). */
export function findRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'appPackage', 'manifest.json')) && existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new PackageError(`package-app: no appPackage/manifest.json found above ${from}`);
    dir = parent;
  }
}

/** Parses a .env file the way dotenv does for the simple cases the Toolkit writes: KEY=VALUE, # comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!;
    const quoted = /^(['"`])([\s\S]*)\1$/.exec(value);
    if (quoted) value = quoted[1] === '"' ? quoted[2]!.replace(/\\n/g, '\n') : quoted[2]!;
    else value = value.replace(/\s+#.*$/, '').trim();
    vars[m[1]!] = value;
  }
  return vars;
}

/** The variables for one environment: env/.env.<env>, then env/.env.<env>.user, then `overrides` (process env). */
export function loadEnvironment(root: string, env: string, overrides: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  const file = path.join(root, 'env', `.env.${env}`);
  if (!existsSync(file)) throw new PackageError(`package-app: environment "${env}" has no file ${path.relative(root, file)} (set TEAMSFX_ENV to dev or local)`);
  const vars: Record<string, string | undefined> = { ...parseEnvFile(readFileSync(file, 'utf8')) };
  const userFile = path.join(root, 'env', `.env.${env}.user`);
  if (existsSync(userFile)) Object.assign(vars, parseEnvFile(readFileSync(userFile, 'utf8')));
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) vars[k] = v;
  return vars;
}

/** Replaces ${{VAR}}; returns the names that had no value. Values are JSON-string-escaped (the template is JSON). */
export function substitute(template: string, vars: Record<string, string | undefined>): { text: string; unresolved: string[] } {
  const unresolved = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined || (value === '' && !MAY_BE_EMPTY.has(name))) {
      unresolved.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text, unresolved: [...unresolved].sort() };
}

/** The official schema file for a manifestVersion, from the @microsoft/app-manifest package. */
export function schemaPathFor(manifestVersion: string): string {
  const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(pkg, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new PackageError(`package-app: @microsoft/app-manifest has no schema for manifestVersion ${manifestVersion} (${file})`);
  return file;
}

const validators = new Map<string, ValidateFunction>();

/** Schema errors of a resolved manifest ([] when valid), as "<path> <message>" lines. */
export function validateManifest(manifest: Record<string, unknown>): { errors: string[]; schemaPath: string } {
  const version = manifest['manifestVersion'];
  if (typeof version !== 'string') return { errors: ['/manifestVersion is missing'], schemaPath: '' };
  const schemaPath = schemaPathFor(version);
  let validate = validators.get(schemaPath);
  if (!validate) {
    // Same settings as the Toolkit's own validation (AppManifestUtils.validateAgainstSchema).
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    validators.set(schemaPath, validate);
  }
  if (validate(manifest)) return { errors: [], schemaPath };
  const errors = (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
  return { errors, schemaPath };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number; colorType: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !signature.every((b, i) => buf[i] === b) || buf.toString('ascii', 12, 16) !== 'IHDR') throw new PackageError('not a PNG file');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25]! };
}

function readIcon(root: string, file: unknown, kind: keyof typeof ICON_SIZES): Buffer {
  if (typeof file !== 'string' || file.includes('/') || file.includes('\\'))
    throw new PackageError(`package-app: icons.${kind} must be a file name next to manifest.json (got ${JSON.stringify(file)})`);
  const full = path.join(root, 'appPackage', file);
  if (!existsSync(full))
    throw new PackageError(`package-app: icons.${kind} ${file} does not exist in appPackage/ (npm run build && node dist/scripts/make-icons.js draws it)`);
  const bytes = readFileSync(full);
  let size: { width: number; height: number };
  try {
    size = pngSize(bytes);
  } catch {
    throw new PackageError(`package-app: appPackage/${file} is not a PNG`);
  }
  const want = ICON_SIZES[kind];
  if (size.width !== want || size.height !== want)
    throw new PackageError(`package-app: appPackage/${file} is ${size.width}×${size.height}; the ${kind} icon must be ${want}×${want}`);
  return bytes;
}

/** Builds and validates the package; throws PackageError naming what is wrong. */
export function packageApp(options: PackageOptions = {}): PackageResult {
  const overrides = options.vars ?? process.env;
  const env = options.env ?? overrides['TEAMSFX_ENV'] ?? 'dev';
  if (!/^[A-Za-z0-9_-]+$/.test(env)) throw new PackageError(`package-app: invalid environment name ${JSON.stringify(env)}`);
  const root = options.root ?? findRoot();
  const vars = loadEnvironment(root, env, overrides);

  const template = readFileSync(path.join(root, 'appPackage', 'manifest.json'), 'utf8');
  const { text, unresolved } = substitute(template, vars);
  if (unresolved.length > 0) {
    throw new PackageError(
      `package-app: appPackage/manifest.json has unresolved variables for environment "${env}": ${unresolved.join(', ')}.\n` +
        `  Set them in env/.env.${env} (teamsapp provision --env ${env} writes the generated ids there) or in the process environment.`,
    );
  }
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const { errors, schemaPath } = validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(
      `package-app: the ${env} manifest does not match the Teams manifest schema v${String(manifest['manifestVersion'])}:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
  }
  const icons = (manifest['icons'] ?? {}) as Record<string, unknown>;
  const color = readIcon(root, icons['color'], 'color');
  const outline = readIcon(root, icons['outline'], 'outline');

  const outDir = options.outDir ?? path.join(root, 'appPackage', 'build');
  mkdirSync(outDir, { recursive: true });
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  // A fixed timestamp keeps the zip byte-for-byte reproducible for the same inputs.
  const mtime = new Date(2024, 0, 1);
  const zip = zipSync(
    {
      'manifest.json': [new TextEncoder().encode(manifestJson), { level: 9, mtime }],
      [String(icons['color'])]: [new Uint8Array(color), { level: 0, mtime }],
      [String(icons['outline'])]: [new Uint8Array(outline), { level: 0, mtime }],
    },
    {},
  );
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  const manifestPath = path.join(outDir, `manifest.${env}.json`);
  writeFileSync(zipPath, zip);
  writeFileSync(manifestPath, manifestJson);
  return { env, zipPath, manifestPath, manifest, schemaPath };
}

if (require.main === module) {
  try {
    const result = packageApp();
    process.stdout.write(
      `package-app: ${path.relative(process.cwd(), result.zipPath)} (manifest v${String(result.manifest['manifestVersion'])}, validated against ${path.relative(process.cwd(), result.schemaPath)})\n`,
    );
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
