import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, read once at start-up and validated. A bad or missing value stops the process with
 * a message that names the variable (ConfigError). The README's configuration table mirrors this file.
 */
export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Referent cannot start: configuration error\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const port = z.coerce.number({ invalid_type_error: 'must be a whole number' }).int('must be a whole number').min(0).max(65535);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const url = optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'must be an http(s) URL');

const schema = z
  .object({
    PORT: port.default(3978),
    HOST: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    MicrosoftAppTenantId: optionalText,
    /** Where the channel's token signing keys are published, and the issuer its tokens carry (tests, sovereign clouds). */
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromChannelTokenIssuer: optionalText,
    COSMOS_ENDPOINT: url,
    COSMOS_KEY: optionalText,
    COSMOS_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,255}$/, 'must be letters, digits, - or _')
      .default('referent'),
    ALLOWED_TENANTS: optionalText,
    REFERENT_DATA_DIR: optionalText,
    PUBLIC_URL: url,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    REFERENT_LOCALE: z.enum(['auto', 'nb', 'nn', 'en']).default('auto'),
    DRAFT_RETENTION_DAYS: z.coerce
      .number({ invalid_type_error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(3650, 'must be at most 3650')
      .default(30),
    /** Seconds between two looks at the due jobs (#18 §4); 0 turns this instance's scheduler off. */
    SCHEDULE_TICK_SECONDS: z.coerce
      .number({ invalid_type_error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must be 0 (off) or more')
      .max(3600, 'must be at most 3600')
      .default(60),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppType && env.MicrosoftAppType !== 'MultiTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${env.MicrosoftAppType}` });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required with MicrosoftAppId (or set MicrosoftAppType=UserAssignedMSI)' });
    }
    if (!env.MicrosoftAppId && env.HOST && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(env.HOST)) {
      ctx.addIssue({ code: 'custom', path: ['HOST'], message: 'must be a loopback address without MicrosoftAppId (local mode accepts anonymous requests)' });
    }
    for (const name of ['ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromChannelTokenIssuer'] as const) {
      if (env[name] && !env.MicrosoftAppId)
        ctx.addIssue({ code: 'custom', path: [name], message: 'has no effect without MicrosoftAppId (local mode checks no tokens)' });
    }
    if (env.COSMOS_KEY && !env.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required when COSMOS_KEY is set' });
    }
  });

export interface Config {
  port: number;
  host: string;
  bot: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    /** Overrides of the Bot Framework's public-cloud token validation (unset in production). */
    openIdMetadataUrl?: string;
    tokenIssuer?: string;
  };
  /** No bot identity: anonymous, loopback only (Agents Playground, tests). */
  localMode: boolean;
  cosmos: { endpoint?: string; key?: string; database: string };
  allowedTenants: string[];
  dataDir: string;
  publicUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** auto: the activity's locale decides (en-* → English, nn-* → Nynorsk, else Bokmål); nb/nn/en: always that language. */
  locale: 'auto' | 'nb' | 'nn' | 'en';
  /** Days an unsent round-table input draft is kept; an older one is dropped when read. */
  draftRetentionDays: number;
  /** Milliseconds between two ticks of the scheduler of due jobs; 0: this instance runs none (others may). */
  scheduleTickMs: number;
}

function parse(env: NodeJS.ProcessEnv) {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message} (got ${JSON.stringify(env[String(i.path[0])] ?? null)})`),
    );
  }
  return result.data;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const e = parse(env);
  const localMode = !e.MicrosoftAppId;
  return {
    port: e.PORT,
    // Without a bot identity nothing authenticates the caller: bind to loopback only.
    host: e.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType ?? 'MultiTenant',
      tenantId: e.MicrosoftAppTenantId,
      openIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
      tokenIssuer: e.ToBotFromChannelTokenIssuer,
    },
    localMode,
    cosmos: { endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, database: e.COSMOS_DATABASE },
    // Unset with a single-tenant identity: only the bot's own tenant. Unset otherwise: every tenant.
    allowedTenants: e.ALLOWED_TENANTS
      ? e.ALLOWED_TENANTS.split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : !localMode && e.MicrosoftAppType && e.MicrosoftAppType !== 'MultiTenant' && e.MicrosoftAppTenantId
        ? [e.MicrosoftAppTenantId]
        : [],
    dataDir: path.resolve(e.REFERENT_DATA_DIR ?? 'data'),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    locale: e.REFERENT_LOCALE,
    draftRetentionDays: e.DRAFT_RETENTION_DAYS,
    scheduleTickMs: e.SCHEDULE_TICK_SECONDS * 1000,
  };
}

/** For `npm run store`: only the store's own settings. */
export function loadStoreConfig(env: NodeJS.ProcessEnv): { dataDir: string; storePort: number; logLevel: Config['logLevel'] } {
  const e = z.object({ STORE_PORT: port.default(8081), REFERENT_DATA_DIR: optionalText, LOG_LEVEL: schema.innerType().shape.LOG_LEVEL }).safeParse(env);
  if (!e.success) throw new ConfigError(e.error.issues.map((i) => `${i.path.join('.')} ${i.message} (got ${JSON.stringify(env[String(i.path[0])] ?? null)})`));
  return { dataDir: path.resolve(e.data.REFERENT_DATA_DIR ?? 'data'), storePort: e.data.STORE_PORT, logLevel: e.data.LOG_LEVEL };
}
