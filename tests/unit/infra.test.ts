/**
 * infra/azure.bicep, its parameters, teamsapp.yml / teamsapp.local.yml and the deploy ignore file.
 *
 * No Bicep compiler or Azure CLI can be installed on this machine (the Bicep CLI is a download from
 * GitHub), so the template is checked as text: the essentials that keep the bot keyless and on
 * Node 22, the Cosmos DB containers in sync with the code, and the settings the bot actually reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { CONTAINERS } from '../../src/persistence/cosmos/client';
import { parseEnvFile } from '../../scripts/package-app';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const bicep = read('infra/azure.bicep');

/** The bicep text without // and /* comments (strings kept). */
function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = findStringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (text.startsWith('/*', i)) {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += ch;
  }
  return out;
}

function findStringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === "'") return i;
  }
  throw new Error(`unterminated string at ${start}`);
}

const code = stripComments(bicep);

/** The text between the `{` (or `[`) that follows `header` and its matching close, strings respected. */
function blockAfter(text: string, header: RegExp): string {
  const m = header.exec(text);
  if (!m) throw new Error(`not found: ${header}`);
  let i = m.index + m[0].length;
  while (text[i] !== '{' && text[i] !== '[') i++;
  const open = i;
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") i = findStringEnd(text, i);
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced block after ${header}`);
}

/** `key: value` lines at the top level of a block (nested blocks skipped). */
function topLevelEntries(block: string): Record<string, string> {
  const entries: Record<string, string> = {};
  let depth = 0;
  for (const line of block.split('\n')) {
    const trimmed = line.trim();
    if (depth === 0) {
      const m = /^'?([A-Za-z_][\w.-]*)'?\s*:\s*(.*)$/.exec(trimmed);
      if (m) entries[m[1]!] = m[2]!.trim();
    }
    for (const ch of trimmed.replace(/'(?:\\.|[^'\\])*'/g, "''")) {
      if (ch === '{' || ch === '[') depth++;
      if (ch === '}' || ch === ']') depth--;
    }
  }
  return entries;
}

const resource = (symbol: string) => blockAfter(code, new RegExp(`^resource ${symbol} '[^']+' = (\\[for [^:]+:\\s*)?`, 'm'));

describe('infra/azure.bicep', () => {
  it('is balanced and declares every resource with an explicit API version', () => {
    let depth = 0;
    for (let i = 0; i < code.length; i++) {
      const ch = code[i]!;
      if (ch === "'") i = findStringEnd(code, i);
      else if ('{[('.includes(ch)) depth++;
      else if ('}])'.includes(ch)) depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const types = [...code.matchAll(/^resource \w+ '([^']+)'/gm)].map((m) => m[1]!);
    for (const t of types) expect(t).toMatch(/^Microsoft\.[A-Za-z]+\/[\w/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
    expect(types.map((t) => t.split('@')[0])).toEqual(
      expect.arrayContaining([
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.DocumentDB/databaseAccounts',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
        'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
        'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Web/sites/config',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
      ]),
    );
  });

  it('creates a serverless Cosmos DB for NoSQL account with keys disabled, in Norway East by default', () => {
    const account = resource('cosmos');
    expect(account).toMatch(/kind: 'GlobalDocumentDB'/);
    expect(account).toMatch(/name: 'EnableServerless'/);
    expect(account).toMatch(/disableLocalAuth: true/);
    expect(account).toMatch(/location: cosmosLocation/);
    expect(code).toMatch(/^param cosmosLocation string = 'norwayeast'$/m);
    expect(code).not.toMatch(/listKeys|primaryMasterKey|connectionStrings|COSMOS_KEY/);
  });

  it('creates the database and the containers the code uses, with their partition keys, from one array parameter', () => {
    expect(code).toMatch(/^param cosmosDatabaseName string = 'referent'$/m);
    const list = blockAfter(code, /^param cosmosContainers array = /m);
    const declared = [...list.matchAll(/name: '([^']+)'\s+partitionKey: '([^']+)'/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(declared)).toEqual({ groups: '/groupId', meetings: '/meetingId', conversations: '/key', people: '/key' });
    expect(Object.fromEntries(declared)).toEqual(CONTAINERS);
    const containers = resource('containers');
    expect(code).toMatch(/^resource containers '[^']+' = \[for c in cosmosContainers:/m);
    expect(containers).toMatch(/paths: \[\s*c\.partitionKey\s*\]/);
    // The same hash version the local store's ensureSchema() uses (tests/storage/local-store.test.ts).
    expect(containers).toMatch(/kind: 'Hash'\s+version: 2/);
    expect(containers).toMatch(/indexingMode: 'consistent'/);
    expect(containers).toMatch(/excludedPaths: cosmosIndexExclusions/);
    const excluded = blockAfter(code, /^param cosmosExcludedIndexPaths array = /m);
    expect(excluded).toContain("'/text/?'");
    expect(excluded).toContain("'/agenda/*'");
    // Nothing the repositories filter or sort on is excluded from the index.
    for (const queried of ['/type', '/groupId', '/meetingId', '/date', '/key', '/organization']) expect(excluded).not.toContain(`'${queried}`);
  });

  it('gives the managed identity the built-in Cosmos DB Data Contributor role on the account', () => {
    const assignment = resource('botDataContributor');
    expect(code).toMatch(/var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    expect(assignment).toMatch(/roleDefinitionId: '\$\{cosmos\.id\}\/sqlRoleDefinitions\/\$\{cosmosDataContributorRoleId\}'/);
    expect(assignment).toMatch(/principalId: identity\.properties\.principalId/);
    expect(assignment).toMatch(/scope: cosmos\.id/);
  });

  it('runs the bot on a Linux App Service with Node 22 LTS, HTTPS only, started with npm start, as the managed identity', () => {
    expect(resource('plan')).toMatch(/reserved: true/);
    const site = resource('webApp');
    expect(site).toMatch(/kind: 'app,linux'/);
    expect(site).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(site).toMatch(/httpsOnly: true/);
    expect(site).toMatch(/appCommandLine: 'npm start'/);
    expect(site).toMatch(/type: 'UserAssigned'/);
    expect(site).toMatch(/'\$\{identity\.id\}': \{\}/);
  });

  it('sets the app settings the bot reads, and src/config.ts accepts them', () => {
    const settings = topLevelEntries(blockAfter(resource('webAppSettings'), /properties: /));
    expect(settings).toMatchObject({
      MicrosoftAppType: "'UserAssignedMSI'",
      MicrosoftAppId: 'identity.properties.clientId',
      AZURE_CLIENT_ID: 'identity.properties.clientId',
      COSMOS_ENDPOINT: 'cosmos.properties.documentEndpoint',
      COSMOS_DATABASE: 'cosmosDatabaseName',
      NODE_ENV: "'production'",
      WEBSITE_RUN_FROM_PACKAGE: "'1'",
    });
    expect(Object.keys(settings)).toEqual(expect.arrayContaining(['MicrosoftAppTenantId', 'ALLOWED_TENANTS', 'PUBLIC_URL']));
    expect(Object.keys(settings).filter((k) => /PASSWORD|SECRET|_KEY$/i.test(k))).toEqual([]);
    // Every setting is one the bot reads (src/config.ts), or one for the platform / the Azure SDK.
    const platform = new Set(['WEBSITE_RUN_FROM_PACKAGE', 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'NODE_ENV', 'AZURE_CLIENT_ID']);
    const configText = read('src/config.ts');
    for (const name of Object.keys(settings))
      if (!platform.has(name)) expect(configText.includes(`${name}:`) ? name : `${name} (unknown to src/config.ts)`).toBe(name);
    // With representative values the bot's own config validation passes: a keyless, MSI bot in Azure.
    const sample: Record<string, string> = {
      'identity.properties.clientId': '11111111-2222-3333-4444-555555555555',
      tenantId: '66666666-7777-8888-9999-000000000000',
      'cosmos.properties.documentEndpoint': 'https://referentabc123-cosmos.documents.azure.com:443/',
      cosmosDatabaseName: 'referent',
      effectiveAllowedTenants: '66666666-7777-8888-9999-000000000000',
    };
    const env: Record<string, string> = {};
    for (const [name, expr] of Object.entries(settings)) {
      env[name] = sample[expr] ?? expr.replace(/^'|'$/g, '').replace(/\$\{webApp\.properties\.defaultHostName\}/, 'referentabc123.azurewebsites.net');
    }
    const config = loadConfig(env);
    expect(config.localMode).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.bot).toMatchObject({ appType: 'UserAssignedMSI', appId: sample['identity.properties.clientId'], appPassword: undefined });
    expect(config.cosmos).toMatchObject({ endpoint: sample['cosmos.properties.documentEndpoint'], key: undefined, database: 'referent' });
    expect(config.publicUrl).toBe('https://referentabc123.azurewebsites.net');
  });

  it('registers a single-tenant Azure Bot on the managed identity with the Teams channel', () => {
    const bot = resource('bot');
    expect(bot).toMatch(/kind: 'azurebot'/);
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppId: identity\.properties\.clientId/);
    expect(bot).toMatch(/msaAppMSIResourceId: identity\.id/);
    expect(bot).toMatch(/msaAppTenantId: tenantId/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    const channel = resource('teamsChannel');
    expect(channel).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(channel).toMatch(/isEnabled: true/);
  });

  it('outputs what the Toolkit writes to env/.env.<env> and the manifest and deploy need', () => {
    const outputs = [...code.matchAll(/^output (\w+) string = /gm)].map((m) => m[1]);
    expect(outputs).toEqual(
      expect.arrayContaining(['BOT_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'AZURE_APP_SERVICE_RESOURCE_ID', 'COSMOS_ENDPOINT', 'COSMOS_DATABASE']),
    );
  });

  it('gets every parameter without a default from azure.parameters.json, whose placeholders env/.env.dev defines', () => {
    const params = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> };
    const declared = [...code.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map((m) => ({ name: m[1]!, hasDefault: m[3] !== undefined }));
    const names = declared.map((d) => d.name);
    for (const key of Object.keys(params.parameters)) expect(names).toContain(key);
    for (const d of declared) if (!d.hasDefault) expect(Object.keys(params.parameters)).toContain(d.name);
    const dev = parseEnvFile(read('env/.env.dev'));
    const placeholders = [...read('infra/azure.parameters.json').matchAll(/\$\{\{ *(\w+) *\}\}/g)].map((m) => m[1]!);
    // RESOURCE_SUFFIX is generated by the Toolkit on first provision; APP_NAME_SUFFIX may be empty.
    for (const name of placeholders) {
      if (name === 'RESOURCE_SUFFIX' || name === 'APP_NAME_SUFFIX') expect(dev).toHaveProperty(name);
      else expect(`${name}=${dev[name] ?? ''}`).not.toBe(`${name}=`);
    }
    expect(dev['AZURE_LOCATION']).toBe('norwayeast');
  });
});

/** The `uses:` of each lifecycle (provision, deploy, publish) of a Teams Toolkit project file, in order. */
function lifecycles(yml: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of yml.split('\n')) {
    const top = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
    if (top) {
      current = top[1]!;
      result[current] = [];
      continue;
    }
    const uses = /^ {2}- uses: (\S+)/.exec(line);
    if (uses && current) result[current]!.push(uses[1]!);
  }
  return result;
}

describe('teamsapp.yml and teamsapp.local.yml', () => {
  const remote = read('teamsapp.yml');
  const local = read('teamsapp.local.yml');

  it('use a Toolkit schema version both the teamsapp CLI and the Agents Toolkit read, and the env/ folder', () => {
    for (const yml of [remote, local]) {
      expect(yml).toMatch(/^version: v1\.8$/m);
      expect(yml).toMatch(/^environmentFolderPath: \.\/env$/m);
      expect(yml).not.toMatch(/\t/);
    }
  });

  it('provision the Teams app and the Azure resources, then validate, zip and update the app package; deploy builds and zip-deploys', () => {
    const l = lifecycles(remote);
    expect(l['provision']).toEqual([
      'teamsApp/create',
      'arm/deploy',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(l['deploy']).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(l['publish']).toContain('teamsApp/publishAppPackage');
    expect(remote).toMatch(/- path: \.\/infra\/azure\.bicep\n\s+parameters: \.\/infra\/azure\.parameters\.json/);
    expect(remote).toMatch(/args: ci\b/);
    expect(remote).toMatch(/args: run build/);
    expect(remote).toMatch(/resourceId: \$\{\{AZURE_APP_SERVICE_RESOURCE_ID\}\}/);
  });

  it("locally: register the bot (Entra app + secret, Bot Framework with Teams) and write the bot's settings to a gitignored file", () => {
    const l = lifecycles(local);
    expect(l['provision']).toEqual([
      'teamsApp/create',
      'botAadApp/create',
      'botFramework/create',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(l['deploy']).toEqual(['cli/runNpmCommand', 'file/createOrUpdateEnvironmentFile']);
    expect(local).toMatch(/botPassword: SECRET_BOT_PASSWORD/);
    expect(local).toMatch(/messagingEndpoint: \$\{\{BOT_ENDPOINT\}\}\/api\/messages/);
    expect(local).toMatch(/- name: msteams/);
    const target = /target: (\S+)/.exec(local)![1]!;
    const ignored = read('.gitignore')
      .split('\n')
      .map((p) => p.trim());
    expect(ignored.filter((p) => p === target.replace(/^\.\//, '') || p === target.replace(/^\./, ''))).not.toEqual([]);
    // The settings written there are ones src/config.ts reads, and it accepts them.
    const envs = /^( +)envs:\n((?:\1 +.*\n)+)/m.exec(local)![2]!;
    const names = [...envs.matchAll(/^\s+(\w+): /gm)].map((m) => m[1]!);
    const configText = read('src/config.ts');
    for (const n of names) expect(configText.includes(`${n}:`) ? n : `${n} (unknown to src/config.ts)`).toBe(n);
    const sample = {
      PORT: '3978',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: 'a6e0b2c4-1d3f-4a5b-8c7d-9e0f1a2b3c4d',
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: 't',
      ALLOWED_TENANTS: 't',
      PUBLIC_URL: 'https://example.devtunnels.ms',
    };
    expect(Object.keys(sample).sort()).toEqual([...names].sort());
    expect(loadConfig(sample).bot.appType).toBe('SingleTenant');
  });

  it('refer only to files that exist', () => {
    for (const yml of [remote, local]) {
      for (const m of yml.matchAll(/(?:manifestPath|path|parameters|ignoreFile): (\.\/\S+)/g))
        expect(existsSync(path.join(root, m[1]!)) ? m[1] : `${m[1]} (missing)`).toBe(m[1]);
    }
  });
});

describe('infra/.webappignore (what teamsapp deploy leaves out)', () => {
  const patterns = read('infra/.webappignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps what `npm start` needs: dist/bot, dist/src, cards, package.json and the runtime packages', () => {
    for (const kept of [
      '/dist/',
      '/dist/bot/',
      '/dist/src/',
      '/cards/',
      'package.json',
      '/node_modules/',
      '/node_modules/botbuilder/',
      '/node_modules/@azure/',
    ])
      expect(patterns).not.toContain(kept);
  });

  it('leaves out only packages that nothing but devDependencies needs (package-lock.json "dev": true)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean }> };
    const excluded = patterns.filter((p) => p.startsWith('/node_modules/') && !/^\/node_modules\/\.(bin|cache)\/$/.test(p));
    expect(excluded.length).toBeGreaterThan(0);
    for (const pattern of excluded) {
      const re = new RegExp(
        `^${pattern
          .slice(1, -1)
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')}(/[^/]+)?$`,
      );
      const hits = Object.entries(lock.packages).filter(([k]) => re.test(k));
      for (const [name, entry] of hits) expect(entry.dev ? name : `${name} is a runtime package`).toBe(name);
    }
  });
});
