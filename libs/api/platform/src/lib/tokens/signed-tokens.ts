import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Longer tokens are refused before any work: a link token is a few hundred characters. */
const maxTokenLength = 400;

/**
 * Signed, stateless tokens for links in e-mail: `<payload>.<HMAC-SHA256>`, both base64url, the
 * payload a small JSON object. Nothing is stored per link, and a changed byte anywhere makes the
 * token worthless. Each domain keeps its own key (see `loadSigningKey`); a `purpose` keeps the
 * signatures of one kind of token apart from anything else the same key might sign.
 */
export class SignedTokens {
  private key: Promise<Buffer> | undefined;

  constructor(
    private readonly loadKey: () => Promise<Buffer>,
    private readonly purpose: string | null = null,
  ) {}

  async sign(claims: Record<string, unknown>): Promise<string> {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${await this.signature(payload)}`;
  }

  /** The claims of a genuine token; null when it is malformed, too long or was changed. */
  async open(token: unknown): Promise<Record<string, unknown> | null> {
    if (typeof token !== 'string' || token.length > maxTokenLength) return null;
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return null;
    const expected = Buffer.from(await this.signature(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
        ? (claims as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }

  private async signature(payload: string): Promise<string> {
    const key = await this.signingKey();
    const signed = this.purpose === null ? payload : `${this.purpose}.${payload}`;
    return createHmac('sha256', key).update(signed).digest('base64url');
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }
}

/**
 * The secret in a one-row key table `<table> (id = 1, secret)`, made on first use. Whichever API
 * replica comes first makes it; the others read the one that won.
 */
export async function loadSigningKey(dataSource: DataSource, table: string): Promise<Buffer> {
  await dataSource.query(
    `INSERT INTO ${table} (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`,
    [randomBytes(32).toString('base64url')],
  );
  const [row]: Array<{ secret: string }> = await dataSource.query(
    `SELECT secret FROM ${table} WHERE id = 1`,
  );
  if (!row) throw new Error(`The signing key in ${table} is missing`);
  return Buffer.from(row.secret, 'base64url');
}
