// Referent in Azure: what `teamsapp provision` (teamsapp.yml → arm/deploy) creates in one resource group.
//
// - a user-assigned managed identity: the bot's identity towards Bot Framework (UserAssignedMSI bot)
//   and towards Cosmos DB (Entra ID data-plane role; no keys anywhere);
// - an Azure Bot (single tenant, msaAppType UserAssignedMSI) with the Microsoft Teams channel;
// - an App Service plan (Linux) and a Web App on Node 22 LTS, HTTPS only, started with `npm start`;
// - an Azure Cosmos DB for NoSQL account (serverless, local/key auth disabled) with the database and
//   the containers the bot uses, and the built-in Data Contributor role for the identity.
//
// Written for the Bicep CLI the Toolkit fetches (teamsapp.yml: bicepCliVersion), so only long-standing
// syntax is used. Outputs in UPPER_CASE are written by the Toolkit to env/.env.<env>.

@maxLength(20)
@minLength(4)
@description('Base of every resource name, e.g. referent + RESOURCE_SUFFIX. Web App and Cosmos DB names must be globally unique.')
param resourceBaseName string

@description('Region of the App Service and the identity.')
param location string = 'norwayeast'

@description('Region of the Cosmos DB account (where the minutes are stored).')
param cosmosLocation string = 'norwayeast'

@description('App Service plan SKU (B1 or higher: Always On keeps the bot answering within Teams\' time limits).')
param webAppSku string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot.')
param botDisplayName string = 'Referent'

@description('Azure Bot pricing tier; Microsoft Teams is a standard channel, free on F0.')
param botServiceSku string = 'F0'

@description('Comma-separated Entra tenant ids whose activities the bot accepts (ALLOWED_TENANTS). Default: this tenant.')
param allowedTenants string = ''

@description('Name of the Cosmos DB database (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'referent'

@description('Containers and their partition keys. Keep in sync with src/persistence/cosmos/client.ts (CONTAINERS).')
param cosmosContainers array = [
  {
    name: 'groups'
    partitionKey: '/groupId'
  }
  {
    name: 'meetings'
    partitionKey: '/meetingId'
  }
  {
    name: 'conversations'
    partitionKey: '/key'
  }
  {
    name: 'people'
    partitionKey: '/key'
  }
]

@description('Paths left out of the index in every container: long free text (input, notes, agenda, stored conversation references) that is never filtered on.')
param cosmosExcludedIndexPaths array = [
  '/text/?'
  '/agenda/*'
  '/records/*'
  '/reference/*'
]

@description('Principal (object) ids of people or pipelines that should also read and write the data with Entra ID, e.g. for support. Optional.')
param additionalDataContributorPrincipalIds array = []

var tenantId = subscription().tenantId
var effectiveAllowedTenants = empty(allowedTenants) ? tenantId : allowedTenants
var webAppName = toLower(resourceBaseName)
var cosmosAccountName = '${toLower(resourceBaseName)}-cosmos'
// Built-in role "Cosmos DB Built-in Data Contributor" (data plane: read, write, query, delete items).
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
// The index keeps everything else; the system _etag is never indexed (Cosmos DB's own default).
var cosmosIndexExclusions = [for p in concat(cosmosExcludedIndexPaths, ['/"_etag"/?']): {
  path: p
}]

// ------------------------------------------------------------------ identity

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

// ------------------------------------------------------------------ Cosmos DB

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: cosmosLocation
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: cosmosLocation
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    // Entra ID only: account keys and resource tokens are refused; the bot uses its managed identity.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in cosmosContainers: {
  parent: database
  name: c.name
  properties: {
    resource: {
      id: c.name
      partitionKey: {
        paths: [
          c.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: cosmosIndexExclusions
      }
    }
  }
}]

// Data-plane RBAC: the bot's identity may read and write items in this account (not manage it).
resource botDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource extraDataContributors 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = [for principalId in additionalDataContributorPrincipalIds: {
  parent: cosmos
  name: guid(cosmos.id, principalId, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: principalId
    scope: cosmos.id
  }
}]

// ------------------------------------------------------------------ App Service

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// App settings as a child resource so they can use the site's own host name.
// The bot reads them in src/config.ts; see the configuration table in README.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // Run the zip that `teamsapp deploy` uploads as is (built there: npm ci + npm run build).
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    NODE_ENV: 'production'
    // Bot Framework: the managed identity is the bot's app id; no password.
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppTenantId: tenantId
    // DefaultAzureCredential picks this user-assigned identity for Cosmos DB.
    AZURE_CLIENT_ID: identity.properties.clientId
    COSMOS_ENDPOINT: cosmos.properties.documentEndpoint
    COSMOS_DATABASE: cosmosDatabaseName
    ALLOWED_TENANTS: effectiveAllowedTenants
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    // Writable and persistent on Linux App Service (the app folder is read-only when run from package).
    REFERENT_DATA_DIR: '/home/data/referent'
    LOG_LEVEL: 'info'
  }
}

// ------------------------------------------------------------------ Azure Bot

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// ------------------------------------------------------------------ outputs (→ env/.env.<env>)

output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output AZURE_IDENTITY_CLIENT_ID string = identity.properties.clientId
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output COSMOS_ACCOUNT_NAME string = cosmos.name
