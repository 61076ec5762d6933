import { CosmosClient, PartitionKeyDefinitionVersion, PartitionKeyKind, type Container, type Database } from '@azure/cosmos';

/** Containers and partition keys. Why these keys: see README "Storage". Keep in sync with infra/azure.bicep. */
export const CONTAINERS = {
  groups: '/groupId',
  meetings: '/meetingId',
  conversations: '/key',
  people: '/key',
} as const;
export type ContainerName = keyof typeof CONTAINERS;

export interface CosmosSettings {
  endpoint: string;
  /** Account key; when absent the client authenticates with DefaultAzureCredential (managed identity). */
  key?: string;
  database: string;
  /** The embedded server speaks plain HTTP and advertises https locations: no endpoint discovery. */
  local?: boolean;
  /** Sent with every request (the local store marks its own requests with one). */
  headers?: Record<string, string>;
}

export interface CosmosStore {
  client: CosmosClient;
  database: Database;
  containers: Record<ContainerName, Container>;
}

/**
 * One CosmosClient per process. Each HTTP request times out after 5 s and throttling (429) waits at
 * most 6 s in all; the other SDK retries cannot be set here, so Documents bounds every operation,
 * retries included, by OPERATION_DEADLINE_MS (6 s): a turn stays inside Teams' 15 s budget.
 */
export async function openCosmosStore(settings: CosmosSettings): Promise<CosmosStore> {
  const connectionPolicy = {
    enableEndpointDiscovery: !settings.local,
    requestTimeout: 5_000,
    retryOptions: { maxRetryAttemptCount: 5, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 6 },
  };
  let client: CosmosClient;
  if (settings.key) {
    client = new CosmosClient({ endpoint: settings.endpoint, key: settings.key, connectionPolicy, defaultHeaders: settings.headers });
  } else {
    // Loaded lazily: only production (managed identity) needs it.
    const { DefaultAzureCredential } = await import('@azure/identity');
    client = new CosmosClient({ endpoint: settings.endpoint, aadCredentials: new DefaultAzureCredential(), connectionPolicy });
  }
  const database = client.database(settings.database);
  const containers = {} as Record<ContainerName, Container>;
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) containers[name] = database.container(name);
  return { client, database, containers };
}

/**
 * Creates the database and containers when missing (local store, tests; in Azure the Bicep does it).
 * Hash version 2 as in the Bicep: without it the SDK treats the container as version 1, which hashes
 * only a key's first 100 characters and costs the client twice the CPU per key in every bulk request.
 * (Containers made before this keep version 1; both work.)
 */
export async function ensureSchema(store: CosmosStore): Promise<void> {
  await store.client.databases.createIfNotExists({ id: store.database.id });
  for (const [name, path] of Object.entries(CONTAINERS)) {
    const partitionKey = { paths: [path], kind: PartitionKeyKind.Hash, version: PartitionKeyDefinitionVersion.V2 };
    await store.database.containers.createIfNotExists({ id: name, partitionKey });
  }
}
