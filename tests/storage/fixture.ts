import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Repositories } from '../../src/app/ports';
import { openCosmosStore, type CosmosStore } from '../../src/persistence/cosmos/client';
import { cosmosRepositories } from '../../src/persistence/cosmos/repositories';
import { startLocalStore, type LocalStore } from '../../src/persistence/local-store/local-store';

/** The embedded Cosmos server in a temp data folder, used through the real @azure/cosmos SDK. */
export async function embeddedStore(
  dataDir?: string,
): Promise<{ local: LocalStore; store: CosmosStore; repos: Repositories; dataDir: string; close(): Promise<void> }> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'referent-store-')));
  const local = await startLocalStore({ dataDir: dir });
  const store = await openCosmosStore({ endpoint: local.endpoint, key: local.key, database: 'referent', local: true });
  return {
    local,
    store,
    repos: cosmosRepositories(store),
    dataDir: dir,
    async close() {
      store.client.dispose();
      await local.close();
    },
  };
}
