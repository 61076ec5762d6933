"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ICON_SIZES = exports.PackageError = void 0;
exports.findRoot = findRoot;
exports.parseEnvFile = parseEnvFile;
exports.loadEnvironment = loadEnvironment;
exports.substitute = substitute;
exports.schemaPathFor = schemaPathFor;
exports.validateManifest = validateManifest;
exports.pngSize = pngSize;
exports.packageApp = packageApp;
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
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const ajv_draft_04_1 = __importDefault(require("ajv-draft-04"));
const ajv_formats_1 = __importDefault(require("ajv-formats"));
const fflate_1 = require("fflate");
class PackageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PackageError';
    }
}
exports.PackageError = PackageError;
/** ${{ NAME }}, as Teams Toolkit writes them. */
const PLACEHOLDER = /\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;
/** Variables that may resolve to an empty string (Teams Toolkit treats APP_NAME_SUFFIX the same way). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
exports.ICON_SIZES = { color: 192, outline: 32 };
/** The project root: the nearest folder above this file that has appPackage/manifest.json (works from scripts/ and dist/scripts/). */
function findRoot(from = __dirname) {
    let dir = from;
    for (;;) {
        if ((0, node_fs_1.existsSync)(node_path_1.default.join(dir, 'appPackage', 'manifest.json')) && (0, node_fs_1.existsSync)(node_path_1.default.join(dir, 'package.json')))
            return dir;
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new PackageError(`package-app: no appPackage/manifest.json found above ${from}`);
        dir = parent;
    }
}
/** Parses a .env file the way dotenv does for the simple cases the Toolkit writes: KEY=VALUE, # comments, optional quotes. */
function parseEnvFile(text) {
    const vars = {};
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
        if (!m)
            continue;
        let value = m[2];
        const quoted = /^(['"`])([\s\S]*)\1$/.exec(value);
        if (quoted)
            value = quoted[1] === '"' ? quoted[2].replace(/\\n/g, '\n') : quoted[2];
        else
            value = value.replace(/\s+#.*$/, '').trim();
        vars[m[1]] = value;
    }
    return vars;
}
/** The variables for one environment: env/.env.<env>, then env/.env.<env>.user, then `overrides` (process env). */
function loadEnvironment(root, env, overrides = process.env) {
    const file = node_path_1.default.join(root, 'env', `.env.${env}`);
    if (!(0, node_fs_1.existsSync)(file))
        throw new PackageError(`package-app: environment "${env}" has no file ${node_path_1.default.relative(root, file)} (set TEAMSFX_ENV to dev or local)`);
    const vars = { ...parseEnvFile((0, node_fs_1.readFileSync)(file, 'utf8')) };
    const userFile = node_path_1.default.join(root, 'env', `.env.${env}.user`);
    if ((0, node_fs_1.existsSync)(userFile))
        Object.assign(vars, parseEnvFile((0, node_fs_1.readFileSync)(userFile, 'utf8')));
    for (const [k, v] of Object.entries(overrides))
        if (v !== undefined)
            vars[k] = v;
    return vars;
}
/** Replaces ${{VAR}}; returns the names that had no value. Values are JSON-string-escaped (the template is JSON). */
function substitute(template, vars) {
    const unresolved = new Set();
    const text = template.replace(PLACEHOLDER, (whole, name) => {
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
function schemaPathFor(manifestVersion) {
    const pkg = node_path_1.default.dirname(require.resolve('@microsoft/app-manifest/package.json'));
    const file = node_path_1.default.join(pkg, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
    if (!(0, node_fs_1.existsSync)(file))
        throw new PackageError(`package-app: @microsoft/app-manifest has no schema for manifestVersion ${manifestVersion} (${file})`);
    return file;
}
const validators = new Map();
/** Schema errors of a resolved manifest ([] when valid), as "<path> <message>" lines. */
function validateManifest(manifest) {
    const version = manifest['manifestVersion'];
    if (typeof version !== 'string')
        return { errors: ['/manifestVersion is missing'], schemaPath: '' };
    const schemaPath = schemaPathFor(version);
    let validate = validators.get(schemaPath);
    if (!validate) {
        // Same settings as the Toolkit's own validation (AppManifestUtils.validateAgainstSchema).
        const ajv = new ajv_draft_04_1.default({ allErrors: true, strictTypes: false });
        (0, ajv_formats_1.default)(ajv, ['uri', 'email', 'regex']);
        validate = ajv.compile(JSON.parse((0, node_fs_1.readFileSync)(schemaPath, 'utf8')));
        validators.set(schemaPath, validate);
    }
    if (validate(manifest))
        return { errors: [], schemaPath };
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
    return { errors, schemaPath };
}
/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes) {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < 33 || !signature.every((b, i) => buf[i] === b) || buf.toString('ascii', 12, 16) !== 'IHDR')
        throw new PackageError('not a PNG file');
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] };
}
function readIcon(root, file, kind) {
    if (typeof file !== 'string' || file.includes('/') || file.includes('\\'))
        throw new PackageError(`package-app: icons.${kind} must be a file name next to manifest.json (got ${JSON.stringify(file)})`);
    const full = node_path_1.default.join(root, 'appPackage', file);
    if (!(0, node_fs_1.existsSync)(full))
        throw new PackageError(`package-app: icons.${kind} ${file} does not exist in appPackage/ (npm run build && node dist/scripts/make-icons.js draws it)`);
    const bytes = (0, node_fs_1.readFileSync)(full);
    let size;
    try {
        size = pngSize(bytes);
    }
    catch {
        throw new PackageError(`package-app: appPackage/${file} is not a PNG`);
    }
    const want = exports.ICON_SIZES[kind];
    if (size.width !== want || size.height !== want)
        throw new PackageError(`package-app: appPackage/${file} is ${size.width}×${size.height}; the ${kind} icon must be ${want}×${want}`);
    return bytes;
}
/** Builds and validates the package; throws PackageError naming what is wrong. */
function packageApp(options = {}) {
    const overrides = options.vars ?? process.env;
    const env = options.env ?? overrides['TEAMSFX_ENV'] ?? 'dev';
    if (!/^[A-Za-z0-9_-]+$/.test(env))
        throw new PackageError(`package-app: invalid environment name ${JSON.stringify(env)}`);
    const root = options.root ?? findRoot();
    const vars = loadEnvironment(root, env, overrides);
    const template = (0, node_fs_1.readFileSync)(node_path_1.default.join(root, 'appPackage', 'manifest.json'), 'utf8');
    const { text, unresolved } = substitute(template, vars);
    if (unresolved.length > 0) {
        throw new PackageError(`package-app: appPackage/manifest.json has unresolved variables for environment "${env}": ${unresolved.join(', ')}.\n` +
            `  Set them in env/.env.${env} (teamsapp provision --env ${env} writes the generated ids there) or in the process environment.`);
    }
    const manifest = JSON.parse(text);
    const { errors, schemaPath } = validateManifest(manifest);
    if (errors.length > 0) {
        throw new PackageError(`package-app: the ${env} manifest does not match the Teams manifest schema v${String(manifest['manifestVersion'])}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    }
    const icons = (manifest['icons'] ?? {});
    const color = readIcon(root, icons['color'], 'color');
    const outline = readIcon(root, icons['outline'], 'outline');
    const outDir = options.outDir ?? node_path_1.default.join(root, 'appPackage', 'build');
    (0, node_fs_1.mkdirSync)(outDir, { recursive: true });
    const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
    // A fixed timestamp keeps the zip byte-for-byte reproducible for the same inputs.
    const mtime = new Date(2024, 0, 1);
    const zip = (0, fflate_1.zipSync)({
        'manifest.json': [new TextEncoder().encode(manifestJson), { level: 9, mtime }],
        [String(icons['color'])]: [new Uint8Array(color), { level: 0, mtime }],
        [String(icons['outline'])]: [new Uint8Array(outline), { level: 0, mtime }],
    }, {});
    const zipPath = node_path_1.default.join(outDir, `appPackage.${env}.zip`);
    const manifestPath = node_path_1.default.join(outDir, `manifest.${env}.json`);
    (0, node_fs_1.writeFileSync)(zipPath, zip);
    (0, node_fs_1.writeFileSync)(manifestPath, manifestJson);
    return { env, zipPath, manifestPath, manifest, schemaPath };
}
if (require.main === module) {
    try {
        const result = packageApp();
        process.stdout.write(`package-app: ${node_path_1.default.relative(process.cwd(), result.zipPath)} (manifest v${String(result.manifest['manifestVersion'])}, validated against ${node_path_1.default.relative(process.cwd(), result.schemaPath)})\n`);
    }
    catch (err) {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
    }
}
//# sourceMappingURL=package-app.js.map