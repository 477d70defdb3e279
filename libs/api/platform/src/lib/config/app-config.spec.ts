import { describe, expect, it } from '@jest/globals';
import { defaultWriteLimits } from '@forum/shared/domain';
import { ConfigError, loadConfig } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgres://forum:secret@db.internal:5432/forum',
  MEILI_URL: 'http://search.internal:7700',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const config = loadConfig(valid);
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 3000, nodeEnv: 'development' });
    expect(config.database).toEqual({
      url: valid.DATABASE_URL,
      poolSize: 10,
      statementTimeoutMs: 5_000,
      idleInTransactionTimeoutMs: 10_000,
      maintenanceStatementTimeoutMs: 600_000,
    });
    expect(config.graphql).toEqual({
      requestTimeoutMs: 10_000,
      trustedDocuments: 'off',
      manifestPath: undefined,
    });
    expect(config.search).toEqual({ url: valid.MEILI_URL, apiKey: undefined, indexPrefix: '' });
    expect(config.log.level).toBe('info');
  });

  it('names every missing required variable with an example', () => {
    const problems = problemsOf({});
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL is required: .*postgres:\/\//),
      expect.stringMatching(/^MEILI_URL is required, e\.g\. http:\/\//),
    ]);
  });

  it('rejects a DATABASE_URL that is not a postgres URL or names no database', () => {
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toEqual([
      expect.stringMatching(/^DATABASE_URL must be a postgres:\/\/ URL/),
    ]);
    expect(problemsOf({ ...valid, DATABASE_URL: 'postgres://x@y:5432' })).toEqual([
      expect.stringMatching(/^DATABASE_URL must name a database/),
    ]);
  });

  it('rejects malformed numbers and unknown log levels', () => {
    const problems = problemsOf({ ...valid, PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/^PORT /m);
    expect(problems.join('\n')).toMatch(/^LOG_LEVEL /m);
  });

  it('requires a Meilisearch key and an SMTP server in production only', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^MEILI_MASTER_KEY is required in production/),
      expect.stringMatching(/^SMTP_URL is required in production/),
    ]);
    const config = loadConfig({
      ...valid,
      NODE_ENV: 'production',
      MEILI_MASTER_KEY: 'k',
      SMTP_URL: 'smtp://mail.internal:587',
    });
    expect(config.search.apiKey).toBe('k');
    expect(config.mail.smtpUrl).toBe('smtp://mail.internal:587');
  });

  it('rejects an SMTP_URL that is not an smtp URL', () => {
    expect(problemsOf({ ...valid, SMTP_URL: 'http://mail' })).toEqual([
      expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/),
    ]);
  });

  it('bounds the SMTP pool, five connections of 100 messages each unless told otherwise', () => {
    expect(loadConfig(valid).mail).toMatchObject({
      maxConnections: 5,
      maxMessagesPerConnection: 100,
    });
    expect(
      loadConfig({ ...valid, SMTP_MAX_CONNECTIONS: '2', SMTP_MAX_MESSAGES: '500' }).mail,
    ).toMatchObject({ maxConnections: 2, maxMessagesPerConnection: 500 });
    const problems = problemsOf({ ...valid, SMTP_MAX_CONNECTIONS: '0', SMTP_MAX_MESSAGES: 'many' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/^SMTP_MAX_CONNECTIONS /m);
    expect(problems.join('\n')).toMatch(/^SMTP_MAX_MESSAGES /m);
  });

  it('retries mail for 72 hours unless told otherwise, from one hour to 30 days', () => {
    expect(loadConfig(valid).mail.retryHours).toBe(72);
    expect(loadConfig({ ...valid, MAIL_RETRY_HOURS: '168' }).mail.retryHours).toBe(168);
    for (const hours of ['0', '721', '1.5', 'forever']) {
      expect(problemsOf({ ...valid, MAIL_RETRY_HOURS: hours })).toEqual([
        expect.stringMatching(/^MAIL_RETRY_HOURS /),
      ]);
    }
  });

  it('reads idea plan weights, defaulting the plans it does not name to 1', () => {
    expect(loadConfig(valid).ideas.planWeights).toEqual({
      free: 1,
      pro: 2,
      enterprise: 4,
      none: 1,
    });
    expect(
      loadConfig({ ...valid, IDEA_PLAN_WEIGHTS: 'enterprise:10,pro:2.5' }).ideas.planWeights,
    ).toEqual({
      free: 1,
      pro: 2.5,
      enterprise: 10,
      none: 1,
    });
    expect(() => loadConfig({ ...valid, IDEA_PLAN_WEIGHTS: 'gold:3' })).toThrow(
      /IDEA_PLAN_WEIGHTS must list plans and weights/,
    );
  });

  it('reads write limits as points per window, defaulting to the production limits', () => {
    const defaults = loadConfig(valid).writeLimits;
    expect({ ...defaults.limits, per_ip: defaults.perIp }).toEqual(defaultWriteLimits);
    expect(defaults.perIp).toEqual(defaultWriteLimits.per_ip);
    expect(defaults.newAccountPercent).toBe(50);

    const config = loadConfig({
      ...valid,
      WRITE_LIMIT_POST: '4/30s',
      WRITE_LIMIT_SIGN_UP: '3/2h',
      WRITE_LIMIT_PER_IP: '900/5m',
      NEW_ACCOUNT_WRITE_PERCENT: '25',
    }).writeLimits;
    expect(config.limits.post).toEqual({ points: 4, seconds: 30 });
    expect(config.limits.sign_up).toEqual({ points: 3, seconds: 2 * 60 * 60 });
    expect(config.limits.vote).toEqual(defaultWriteLimits.vote);
    expect(config.perIp).toEqual({ points: 900, seconds: 5 * 60 });
    expect(config.newAccountPercent).toBe(25);
  });

  it('rejects write limits without a window unit or longer than a day', () => {
    const problems = problemsOf({
      ...valid,
      WRITE_LIMIT_VOTE: '30',
      WRITE_LIMIT_MAIL: '5/25h',
      NEW_ACCOUNT_WRITE_PERCENT: '0',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^WRITE_LIMIT_VOTE must be points per window, e\.g\. "10\/10m"/),
      expect.stringMatching(/^WRITE_LIMIT_MAIL must have a window from 1s to 24h/),
      expect.stringMatching(/^NEW_ACCOUNT_WRITE_PERCENT /),
    ]);
  });

  it('gives maintenance commands the longer statement limit', () => {
    const config = loadConfig({
      ...valid,
      DATABASE_STATEMENT_TIMEOUT_MS: '2000',
      DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(config.database.statementTimeoutMs).toBe(2_000);
    expect(config.database.forMaintenance().statementTimeoutMs).toBe(0);
    expect(problemsOf({ ...valid, DATABASE_STATEMENT_TIMEOUT_MS: '-1' })).toEqual([
      expect.stringContaining('DATABASE_STATEMENT_TIMEOUT_MS'),
    ]);
  });

  it('requires the manifest when trusted documents are required', () => {
    expect(problemsOf({ ...valid, TRUSTED_DOCUMENTS: 'required' })).toEqual([
      expect.stringContaining('TRUSTED_DOCUMENTS_MANIFEST is required'),
    ]);
    expect(problemsOf({ ...valid, TRUSTED_DOCUMENTS: 'sometimes' })).toEqual([
      expect.stringContaining('TRUSTED_DOCUMENTS'),
    ]);
    const config = loadConfig({
      ...valid,
      TRUSTED_DOCUMENTS: 'required',
      TRUSTED_DOCUMENTS_MANIFEST: '/app/persisted-documents.json',
    });
    expect(config.graphql.trustedDocuments).toBe('required');
  });

  it('works the queues unless FORUM_WORKERS=off, and bounds the search reconciliation', () => {
    expect(loadConfig(valid).jobs).toEqual({
      workers: true,
      searchReconcileWindowMinutes: 60,
      searchReconcileMaxPosts: 2_000,
    });
    expect(
      loadConfig({
        ...valid,
        FORUM_WORKERS: 'off',
        SEARCH_RECONCILE_WINDOW_MINUTES: '15',
        SEARCH_RECONCILE_MAX_POSTS: '500',
      }).jobs,
    ).toEqual({ workers: false, searchReconcileWindowMinutes: 15, searchReconcileMaxPosts: 500 });
    expect(problemsOf({ ...valid, FORUM_WORKERS: 'no' })).toEqual([
      expect.stringMatching(/^FORUM_WORKERS /),
    ]);
    expect(problemsOf({ ...valid, SEARCH_RECONCILE_WINDOW_MINUTES: '1' })).toEqual([
      expect.stringMatching(/^SEARCH_RECONCILE_WINDOW_MINUTES /),
    ]);
  });

  it('reads an optional metrics token of 16 or more printable characters', () => {
    expect(loadConfig(valid).server.metricsToken).toBeUndefined();
    const token = 'a'.repeat(16);
    expect(loadConfig({ ...valid, METRICS_TOKEN: token }).server.metricsToken).toBe(token);
    expect(problemsOf({ ...valid, METRICS_TOKEN: 'too-short' })).toEqual([
      expect.stringContaining('METRICS_TOKEN'),
    ]);
    expect(problemsOf({ ...valid, METRICS_TOKEN: 'has a space in it, 16+' })).toEqual([
      expect.stringContaining('METRICS_TOKEN'),
    ]);
  });

  it('reads an operator embedder for hybrid search, off unless set', () => {
    expect(loadConfig(valid).search.semantic).toBeUndefined();
    const embedder = {
      source: 'ollama',
      url: 'http://ollama.internal:11434/api/embeddings',
      model: 'nomic-embed-text',
    };
    expect(
      loadConfig({
        ...valid,
        SEARCH_EMBEDDER: JSON.stringify(embedder),
        SEARCH_SEMANTIC_RATIO: '0.3',
      }).search.semantic,
    ).toEqual({ embedder, ratio: 0.3 });
    for (const wrong of [
      'not json',
      '{"source":"openAi","url":"https://x.example"}',
      '{"source":"rest"}',
    ])
      expect(problemsOf({ ...valid, SEARCH_EMBEDDER: wrong })).toEqual([
        expect.stringContaining('SEARCH_EMBEDDER'),
      ]);
    expect(problemsOf({ ...valid, SEARCH_SEMANTIC_RATIO: '2' })).toEqual([
      expect.stringContaining('SEARCH_SEMANTIC_RATIO'),
    ]);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ ...valid, PORT: '', MEILI_MASTER_KEY: '' }).server.port).toBe(3000);
  });

  it('puts all problems on one line in the message', () => {
    expect(() => loadConfig({})).toThrow(
      /^Invalid configuration: DATABASE_URL .*; MEILI_URL [^\n]*$/,
    );
  });
});
