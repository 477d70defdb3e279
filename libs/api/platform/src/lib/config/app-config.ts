import {
  defaultNewAccountLimits,
  defaultNewAccountWritePercent,
  defaultPrivilegeThresholds,
  defaultWriteLimits,
  type Privilege,
  type WriteClass,
  type WriteLimit,
} from '@forum/shared/domain';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];
export type NodeEnv = 'development' | 'production' | 'test';

const postgresUrl = z
  .string({
    error:
      'is required: the PostgreSQL connection string, e.g. postgres://forum:secret@localhost:5432/forum',
  })
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    error: 'must be a postgres:// URL, e.g. postgres://forum:secret@localhost:5432/forum',
  })
  .refine((value) => !URL.canParse(value) || new URL(value).pathname.length > 1, {
    error: 'must name a database, e.g. postgres://forum:secret@localhost:5432/forum',
  });

const httpUrl = (example: string) =>
  z
    .string({ error: `is required, e.g. ${example}` })
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      error: `must be an http(s) URL, e.g. ${example}`,
    });

const points = z.coerce.number().int().min(0).max(1_000_000);

const windowSeconds = { s: 1, m: 60, h: 60 * 60 } as const;

/** `10/10m`: ten points per ten minutes (window in s, m or h, at most a day). */
const writeLimit = (fallback: WriteLimit) =>
  z
    .string()
    .regex(/^\d{1,7}\/\d{1,5}[smh]$/, {
      error: 'must be points per window, e.g. "10/10m" (window in s, m or h)',
    })
    .transform((value): WriteLimit => {
      const [points, window] = value.split('/') as [string, string];
      const unit = window.slice(-1) as keyof typeof windowSeconds;
      return { points: Number(points), seconds: Number(window.slice(0, -1)) * windowSeconds[unit] };
    })
    .refine((limit) => limit.seconds >= 1 && limit.seconds <= 24 * 60 * 60, {
      error: 'must have a window from 1s to 24h',
    })
    .default(fallback);
/** A duration in milliseconds; 0 turns the limit off. */
const milliseconds = z.coerce.number().int().min(0).max(3_600_000);

const databaseSchema = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds.default(5_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds.default(10_000),
  DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS: milliseconds.default(600_000),
});

const environmentSchema = databaseSchema
  .extend({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    WEB_ORIGIN: httpUrl('http://localhost:4200').default('http://localhost:4200'),
    FORUM_VERSION: z.string().min(1).default('development'),
    TRUSTED_PROXIES: z
      .string()
      .regex(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, {
        error:
          'must list proxy addresses, subnets or the names loopback, linklocal, uniquelocal, e.g. "loopback, 10.0.0.0/8"',
      })
      .default('loopback'),
    MEILI_URL: httpUrl('http://127.0.0.1:7700'),
    MEILI_MASTER_KEY: z.string().min(1).optional(),
    SMTP_URL: z
      .string()
      .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), {
        error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587',
      })
      .optional(),
    MAIL_FROM: z.string().min(3).default('"Customer Community" <community@localhost>'),
    SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
    SMTP_MAX_MESSAGES: z.coerce.number().int().min(1).max(10_000).default(100),
    MAIL_RETRY_HOURS: z.coerce.number().int().min(1).max(720).default(72),
    OIDC_ISSUER_URL: httpUrl('https://login.example.com/realms/acme').optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URL: httpUrl('https://community.example.com/auth/sso/callback').optional(),
    OIDC_BUTTON_LABEL: z.string().min(1).max(60).default('Company single sign-on'),
    OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
    OIDC_ROLE_MAP: z
      .string()
      .regex(
        /^([^:,\s]+:(member|expert|product_manager|moderator|admin))(,[^:,\s]+:(member|expert|product_manager|moderator|admin))*$/,
        {
          error: 'must list claim values and roles, e.g. "forum-admins:admin,support:expert"',
        },
      )
      .optional(),
    REPUTATION_TO_DOWNVOTE: points.default(defaultPrivilegeThresholds.downvote),
    REPUTATION_TO_EDIT_OTHERS: points.default(defaultPrivilegeThresholds.edit_others_posts),
    REPUTATION_TO_POST_FREELY: points.default(defaultPrivilegeThresholds.post_freely),
    NEW_ACCOUNT_QUESTIONS_PER_DAY: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(defaultNewAccountLimits.questionsPerDay),
    NEW_ACCOUNT_ANSWERS_PER_DAY: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(defaultNewAccountLimits.answersPerDay),
    IDEA_PLAN_WEIGHTS: z
      .string()
      .regex(/^(free|pro|enterprise|none):\d+(\.\d+)?(,(free|pro|enterprise|none):\d+(\.\d+)?)*$/, {
        error:
          'must list plans and weights, e.g. "free:1,pro:2,enterprise:4,none:1" (none: voters without an organisation)',
      })
      .default('free:1,pro:2,enterprise:4,none:1'),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]*$/, { error: 'may only contain letters, digits, "-" and "_"' })
      .default(''),
    SEARCH_EMBEDDER: z
      .string()
      .max(10_000)
      .optional()
      .transform((value, context) => {
        if (!value) return undefined;
        const parsed = searchEmbedderSchema.safeParse(parseJson(value));
        if (parsed.success) return parsed.data;
        context.addIssue({
          code: 'custom',
          message: 'must be a JSON object with "source": "rest" or "ollama" and a "url"',
        });
        return z.NEVER;
      }),
    SEARCH_SEMANTIC_RATIO: z.coerce.number().min(0).max(1).default(0.5),
    WRITE_LIMIT_POST: writeLimit(defaultWriteLimits.post),
    WRITE_LIMIT_VOTE: writeLimit(defaultWriteLimits.vote),
    WRITE_LIMIT_CHANGE: writeLimit(defaultWriteLimits.change),
    WRITE_LIMIT_VIEW: writeLimit(defaultWriteLimits.view),
    WRITE_LIMIT_MAIL: writeLimit(defaultWriteLimits.mail),
    WRITE_LIMIT_SIGN_IN: writeLimit(defaultWriteLimits.sign_in),
    WRITE_LIMIT_SIGN_UP: writeLimit(defaultWriteLimits.sign_up),
    WRITE_LIMIT_PER_IP: writeLimit(defaultWriteLimits.per_ip),
    NEW_ACCOUNT_WRITE_PERCENT: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(defaultNewAccountWritePercent),
    GRAPHQL_REQUEST_TIMEOUT_MS: milliseconds.default(10_000),
    TRUSTED_DOCUMENTS: z.enum(['off', 'required']).default('off'),
    TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
    SUPPORT_CLAIM_RELEASE_MINUTES: z.coerce.number().int().min(5).max(10_080).default(240),
    SUPPORT_ROUTING_NOTIFY_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
    SUPPORT_SOLVED_REMINDER_DAYS: z
      .string()
      .regex(/^\d{1,3}(,\d{1,3}){0,4}$/, {
        error: 'must list up to five days after the first answer, e.g. "3,7,30"',
      })
      .refine(
        (value) =>
          value
            .split(',')
            .map(Number)
            .every((d, i, all) => d >= 1 && (i === 0 || d > all[i - 1])),
        {
          error: 'must list increasing days of at least 1, e.g. "3,7,30"',
        },
      )
      .default('3,7,30'),
    SUPPORT_SELF_VERIFY: z.enum(['label', 'forbid']).default('label'),
    TEST_CLOCK_OFFSET_FILE: z.string().min(1).optional(),
    FORUM_WORKERS: z.enum(['on', 'off']).default('on'),
    SEARCH_RECONCILE_WINDOW_MINUTES: z.coerce.number().int().min(5).max(10_080).default(60),
    SEARCH_RECONCILE_MAX_POSTS: z.coerce.number().int().min(10).max(100_000).default(2_000),
    METRICS_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]{16,256}$/, {
        error: 'must be 16 to 256 printable characters without spaces',
      })
      .optional(),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.MEILI_MASTER_KEY, {
    path: ['MEILI_MASTER_KEY'],
    error: 'is required in production: the Meilisearch API key the API uses',
  })
  .refine((env) => !env.OIDC_ISSUER_URL || (env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET), {
    path: ['OIDC_CLIENT_ID'],
    error: 'and OIDC_CLIENT_SECRET are required when OIDC_ISSUER_URL is set',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.SMTP_URL, {
    path: ['SMTP_URL'],
    error: 'is required in production: the SMTP server that sends account e-mail',
  })
  .refine((env) => env.TRUSTED_DOCUMENTS === 'off' || env.TRUSTED_DOCUMENTS_MANIFEST, {
    path: ['TRUSTED_DOCUMENTS_MANIFEST'],
    error:
      'is required when TRUSTED_DOCUMENTS=required: the persisted-documents.json built with the web app',
  });

export class ServerConfig {
  constructor(
    readonly nodeEnv: NodeEnv,
    readonly host: string,
    readonly port: number,
    readonly webOrigin: string,
    readonly version: string,
    /** Proxies whose `X-Forwarded-For` names the client; any other sender is the client. */
    readonly trustedProxies: string[] = ['loopback'],
    /** For browser journeys only: a file holding how many milliseconds the clock runs ahead. */
    readonly testClockOffsetFile?: string,
    /** When set, `GET /metrics` answers only requests with `Authorization: Bearer <token>`. */
    readonly metricsToken?: string,
  ) {}

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export class LogConfig {
  constructor(readonly level: LogLevel) {}
}

export class DatabaseConfig {
  constructor(
    readonly url: string,
    readonly poolSize: number,
    /** PostgreSQL cancels a statement of the API that runs longer (`statement_timeout`); 0: never. */
    readonly statementTimeoutMs = 5_000,
    /** PostgreSQL ends a session that sits idle inside an open transaction this long; 0: never. */
    readonly idleInTransactionTimeoutMs = 10_000,
    /** The statement limit of migrations and maintenance commands (reindex, seed, recompute). */
    readonly maintenanceStatementTimeoutMs = 600_000,
  ) {}

  /** The same database for a maintenance command, whose statements may run longer. */
  forMaintenance(): DatabaseConfig {
    return new DatabaseConfig(
      this.url,
      this.poolSize,
      this.maintenanceStatementTimeoutMs,
      this.idleInTransactionTimeoutMs,
      this.maintenanceStatementTimeoutMs,
    );
  }
}

/** How the GraphQL endpoint bounds a request in time and which documents it accepts. */
export class GraphqlConfig {
  constructor(
    /** A query still running after this long is answered with REQUEST_TIMEOUT; 0: never. */
    readonly requestTimeoutMs = 10_000,
    /**
     * `required`: browsers and anonymous clients may only run the documents the web app was
     * built with (the manifest); API-token clients may send any document.
     */
    readonly trustedDocuments: 'off' | 'required' = 'off',
    /** The `persisted-documents.json` the web app's code generator wrote, if the API has one. */
    readonly manifestPath?: string,
  ) {}
}

/**
 * Meilisearch embedder settings for hybrid (semantic) search, as the operator gives them: its
 * `rest` or `ollama` source pointing at a model server the company runs. Passed on as they are.
 */
const searchEmbedderSchema = z
  .object({ source: z.enum(['rest', 'ollama']), url: z.url() })
  .catchall(z.unknown());
export type SearchEmbedder = z.infer<typeof searchEmbedderSchema>;

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

export class SearchConfig {
  constructor(
    readonly url: string,
    readonly apiKey: string | undefined,
    readonly indexPrefix: string,
    /** Hybrid search: off (undefined) unless an embedder is configured. */
    readonly semantic?: { embedder: SearchEmbedder; ratio: number },
  ) {}
}

export class MailConfig {
  constructor(
    /** Where mail goes; without it (development, tests) messages are written to the log. */
    readonly smtpUrl: string | undefined,
    readonly from: string,
    /** Base of the links in e-mails: the web app's origin. */
    readonly webOrigin: string,
    /**
     * Open SMTP connections per mail class (transactional and bulk each keep a pool this big),
     * and so also how many mails of one class are sent at once.
     */
    readonly maxConnections = 5,
    /** Messages sent over one pooled connection before it is closed and a fresh one opened. */
    readonly maxMessagesPerConnection = 100,
    /**
     * How long a mail that cannot be handed to the SMTP server is retried before it becomes a
     * dead letter that an admin resends.
     */
    readonly retryHours = 72,
  ) {}
}

/** Single sign-on through an OpenID Connect provider; absent when not configured. */
export class SsoConfig {
  constructor(
    readonly issuerUrl: string,
    readonly clientId: string,
    readonly clientSecret: string,
    readonly redirectUrl: string,
    readonly buttonLabel: string,
    /** The ID-token or userinfo claim that carries group or role names. */
    readonly roleClaim: string,
    /** Claim value -> role; people matching none keep their role (new people: member). */
    readonly roleMap: ReadonlyMap<string, string>,
  ) {}
}

/** Reputation each privilege needs, and what members below `post_freely` may post per day. */
export class PrivilegeConfig {
  constructor(
    readonly thresholds: Readonly<Record<Privilege, number>>,
    readonly newAccountQuestionsPerDay: number,
    readonly newAccountAnswersPerDay: number,
  ) {}
}

/** Feature ideas: how much one vote counts per organisation plan in the weighted insights. */
export class IdeasConfig {
  constructor(
    /** Weight per plan (`free`, `pro`, `enterprise`) and `none` for voters without an organisation. */
    readonly planWeights: Readonly<Record<'free' | 'pro' | 'enterprise' | 'none', number>>,
  ) {}
}

/**
 * Write rate limits: points per window for each write class (per person, per API token, or per
 * client address for visitors), for all writes from one client address, and the share of the
 * post, vote and change points new members get.
 */
export class WriteLimitConfig {
  constructor(
    readonly limits: Readonly<Record<WriteClass, WriteLimit>>,
    readonly perIp: WriteLimit,
    /** Percent of the post, vote and change points for members below `post_freely`. */
    readonly newAccountPercent: number,
  ) {}
}

/**
 * The support desk: how long a claim holds without an answer, when the top routed expert is told
 * about an unclaimed question, when askers are asked whether their question is solved, and what
 * happens when staff mark their own answer as the solution.
 */
export class SupportConfig {
  constructor(
    readonly claimReleaseMinutes = 240,
    /** Minutes after asking; 0 tells the top expert at once. */
    readonly routingNotifyMinutes = 60,
    /** Days after the first answer, increasing. */
    readonly solvedReminderDays: readonly number[] = [3, 7, 30],
    /** `label`: shown as marked by its author (staff), not verified; `forbid`: refused. */
    readonly selfVerify: 'label' | 'forbid' = 'label',
  ) {}
}

/**
 * Background work: whether this process works the job queues, and how far back the search
 * index's scheduled reconciliation looks for posts whose document may have drifted.
 */
export class JobsConfig {
  constructor(
    /** `false`: the process enqueues jobs (and creates queues and schedules) but works none. */
    readonly workers = true,
    /** Posts changed this many minutes back are compared with their documents on every run. */
    readonly searchReconcileWindowMinutes = 60,
    /** At most this many recently changed posts are compared per run, the most recent first. */
    readonly searchReconcileMaxPosts = 2_000,
  ) {}
}

/** `free:1,pro:2` -> weights; plans not named count 1. */
function parsePlanWeights(value: string): IdeasConfig['planWeights'] {
  const weights = { free: 1, pro: 1, enterprise: 1, none: 1 };
  for (const pair of value.split(',')) {
    const [plan, weight] = pair.split(':') as [keyof typeof weights, string];
    weights[plan] = Number(weight);
  }
  return weights;
}

/** Everything the API reads from its environment, validated once at start-up. */
export class AppConfig {
  constructor(
    readonly server: ServerConfig,
    readonly log: LogConfig,
    readonly database: DatabaseConfig,
    readonly search: SearchConfig,
    readonly mail: MailConfig,
    readonly sso: SsoConfig | null,
    readonly privileges: PrivilegeConfig,
    readonly ideas: IdeasConfig,
    readonly writeLimits: WriteLimitConfig,
    readonly graphql: GraphqlConfig = new GraphqlConfig(),
    readonly support: SupportConfig = new SupportConfig(),
    readonly jobs: JobsConfig = new JobsConfig(),
  ) {}
}

/** The configuration of a maintenance command: the same, with the longer statement limit. */
export function forMaintenance(config: AppConfig): AppConfig {
  return { ...config, database: config.database.forMaintenance() };
}

/** Raised when the environment is incomplete or malformed; its message is one actionable line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

type Environment = Record<string, string | undefined>;

function parse<T>(schema: z.ZodType<T>, env: Environment): T {
  // Empty strings count as unset, the way shells and .env files usually mean them.
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(defined);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  return result.data;
}

export function loadConfig(env: Environment): AppConfig {
  const e = parse(environmentSchema, env);
  return new AppConfig(
    new ServerConfig(
      e.NODE_ENV,
      e.HOST,
      e.PORT,
      e.WEB_ORIGIN,
      e.FORUM_VERSION,
      e.TRUSTED_PROXIES.split(',').map((proxy) => proxy.trim()),
      e.TEST_CLOCK_OFFSET_FILE,
      e.METRICS_TOKEN,
    ),
    new LogConfig(e.LOG_LEVEL),
    databaseConfigOf(e),
    new SearchConfig(
      e.MEILI_URL,
      e.MEILI_MASTER_KEY,
      e.MEILI_INDEX_PREFIX,
      e.SEARCH_EMBEDDER
        ? { embedder: e.SEARCH_EMBEDDER, ratio: e.SEARCH_SEMANTIC_RATIO }
        : undefined,
    ),
    new MailConfig(
      e.SMTP_URL,
      e.MAIL_FROM,
      e.WEB_ORIGIN,
      e.SMTP_MAX_CONNECTIONS,
      e.SMTP_MAX_MESSAGES,
      e.MAIL_RETRY_HOURS,
    ),
    e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
      ? new SsoConfig(
          e.OIDC_ISSUER_URL,
          e.OIDC_CLIENT_ID,
          e.OIDC_CLIENT_SECRET,
          e.OIDC_REDIRECT_URL ?? new URL('/auth/sso/callback', e.WEB_ORIGIN).toString(),
          e.OIDC_BUTTON_LABEL,
          e.OIDC_ROLE_CLAIM,
          new Map(
            (e.OIDC_ROLE_MAP ?? '')
              .split(',')
              .filter(Boolean)
              .map((pair) => pair.split(':') as [string, string]),
          ),
        )
      : null,
    new PrivilegeConfig(
      {
        downvote: e.REPUTATION_TO_DOWNVOTE,
        edit_others_posts: e.REPUTATION_TO_EDIT_OTHERS,
        post_freely: e.REPUTATION_TO_POST_FREELY,
      },
      e.NEW_ACCOUNT_QUESTIONS_PER_DAY,
      e.NEW_ACCOUNT_ANSWERS_PER_DAY,
    ),
    new IdeasConfig(parsePlanWeights(e.IDEA_PLAN_WEIGHTS)),
    new WriteLimitConfig(
      {
        post: e.WRITE_LIMIT_POST,
        vote: e.WRITE_LIMIT_VOTE,
        change: e.WRITE_LIMIT_CHANGE,
        view: e.WRITE_LIMIT_VIEW,
        mail: e.WRITE_LIMIT_MAIL,
        sign_in: e.WRITE_LIMIT_SIGN_IN,
        sign_up: e.WRITE_LIMIT_SIGN_UP,
      },
      e.WRITE_LIMIT_PER_IP,
      e.NEW_ACCOUNT_WRITE_PERCENT,
    ),
    new GraphqlConfig(
      e.GRAPHQL_REQUEST_TIMEOUT_MS,
      e.TRUSTED_DOCUMENTS,
      e.TRUSTED_DOCUMENTS_MANIFEST,
    ),
    new SupportConfig(
      e.SUPPORT_CLAIM_RELEASE_MINUTES,
      e.SUPPORT_ROUTING_NOTIFY_MINUTES,
      e.SUPPORT_SOLVED_REMINDER_DAYS.split(',').map(Number),
      e.SUPPORT_SELF_VERIFY,
    ),
    new JobsConfig(
      e.FORUM_WORKERS === 'on',
      e.SEARCH_RECONCILE_WINDOW_MINUTES,
      e.SEARCH_RECONCILE_MAX_POSTS,
    ),
  );
}

function databaseConfigOf(e: z.infer<typeof databaseSchema>): DatabaseConfig {
  return new DatabaseConfig(
    e.DATABASE_URL,
    e.DATABASE_POOL_SIZE,
    e.DATABASE_STATEMENT_TIMEOUT_MS,
    e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    e.DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS,
  );
}

/** Only what database tooling (migrations) needs. */
export function loadDatabaseConfig(env: Environment): DatabaseConfig {
  return databaseConfigOf(parse(databaseSchema, env));
}

/** The one place that reads the process environment. */
export function loadConfigFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}

export function loadDatabaseConfigFromEnvironment(): DatabaseConfig {
  return loadDatabaseConfig(process.env);
}
