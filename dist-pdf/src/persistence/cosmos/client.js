"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTAINERS = void 0;
exports.openCosmosStore = openCosmosStore;
exports.ensureSchema = ensureSchema;
const cosmos_1 = require("@azure/cosmos");
/** Containers and partition keys. Why these keys: see README "Storage". Keep in sync with infra/azure.bicep. */
exports.CONTAINERS = {
    groups: '/groupId',
    meetings: '/meetingId',
    conversations: '/key',
    people: '/key',
};
/**
 * One CosmosClient per process. Each HTTP request times out after 5 s and throttling (429) waits at
 * most 6 s in all; the other SDK retries cannot be set here, so Documents bounds every operation,
 * retries included, by OPERATION_DEADLINE_MS (6 s): a turn stays inside Teams' 15 s budget.
 */
async function openCosmosStore(settings) {
    const connectionPolicy = {
        enableEndpointDiscovery: !settings.local,
        requestTimeout: 5_000,
        retryOptions: { maxRetryAttemptCount: 5, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 6 },
    };
    let client;
    if (settings.key) {
        client = new cosmos_1.CosmosClient({ endpoint: settings.endpoint, key: settings.key, connectionPolicy });
    }
    else {
        // Loaded lazily: only production (managed identity) needs it.
        const { DefaultAzureCredential } = await Promise.resolve().then(() => __importStar(require('@azure/identity')));
        client = new cosmos_1.CosmosClient({ endpoint: settings.endpoint, aadCredentials: new DefaultAzureCredential(), connectionPolicy });
    }
    const database = client.database(settings.database);
    const containers = {};
    for (const name of Object.keys(exports.CONTAINERS))
        containers[name] = database.container(name);
    return { client, database, containers };
}
/**
 * Creates the database and containers when missing (local store, tests; in Azure the Bicep does it).
 * Hash version 2 as in the Bicep: without it the SDK treats the container as version 1, which hashes
 * only a key's first 100 characters and costs the client twice the CPU per key in every bulk request.
 * (Containers made before this keep version 1; both work.)
 */
async function ensureSchema(store) {
    await store.client.databases.createIfNotExists({ id: store.database.id });
    for (const [name, path] of Object.entries(exports.CONTAINERS)) {
        const partitionKey = { paths: [path], kind: cosmos_1.PartitionKeyKind.Hash, version: cosmos_1.PartitionKeyDefinitionVersion.V2 };
        await store.database.containers.createIfNotExists({ id: name, partitionKey });
    }
}
//# sourceMappingURL=client.js.map