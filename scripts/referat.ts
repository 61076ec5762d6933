import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MinutesUseCases } from '../src/app/minutes';
import { loadConfig } from '../src/config';
import { isExportFormat, type ExportFormat } from '../src/exports';
import { openCosmosStore } from '../src/persistence/cosmos/client';
import { cosmosRepositories } from '../src/persistence/cosmos/repositories';
import { startLocalStore } from '../src/persistence/local-store/local-store';

/**
 * `npm run referat -- --meeting <id> --format docx|md|html|pdf|archive --out <file> [--kind referat|innkalling]`
 * for the secretariat: writes one meeting's document from the store (COSMOS_ENDPOINT, or the local
 * snapshot in REFERENT_DATA_DIR, opened read-only so a running bot's data is never touched). `archive`:
 * the archive package (ZIP) of locked minutes, see docs/archive.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      meeting: { type: 'string' },
      format: { type: 'string', default: 'docx' },
      out: { type: 'string' },
      kind: { type: 'string', default: 'referat' },
    },
  });
  const usage = 'usage: npm run referat -- --meeting <id> --format docx|md|html|pdf|archive --out <file> [--kind referat|innkalling]';
  if (!values.meeting || !values.out) throw new Error(usage);
  const format = values.format === 'arkiv' ? 'archive' : (values.format ?? '');
  if (format !== 'archive' && !isExportFormat(format)) throw new Error(`--format must be docx, md, html, pdf or archive. ${usage}`);
  if (values.kind !== 'referat' && values.kind !== 'innkalling') throw new Error(`--kind must be referat or innkalling. ${usage}`);
  const config = loadConfig(process.env);
  const local = config.cosmos.endpoint ? undefined : await startLocalStore({ dataDir: config.dataDir, database: config.cosmos.database, readOnly: true });
  const store = await openCosmosStore(
    local
      ? { endpoint: local.endpoint, key: local.key, database: config.cosmos.database, local: true }
      : { ...config.cosmos, endpoint: config.cosmos.endpoint as string, local: /^http:\/\/(127\.|localhost)/.test(config.cosmos.endpoint ?? '') },
  );
  try {
    const minutes = new MinutesUseCases(cosmosRepositories(store), () => '');
    const doc = await minutes.renderStored(values.meeting, values.kind, format as ExportFormat | 'archive');
    await writeFile(values.out, doc.body);
    process.stdout.write(`Wrote ${values.out} (${doc.body.length} bytes, ${doc.fileName})\n`);
  } finally {
    store.client.dispose();
    await local?.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
