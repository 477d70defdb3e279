import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Role } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { gql } from './gql.js';
import type { TestApp } from './test-app.js';

export const defaultPassword = 'Lantern-Harbour-Quartz-71';
let defaultPasswordHash: Promise<string> | undefined;

export interface TestPerson {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

/** A signed-in browser: send `cookie` with requests to act as this person. */
export interface TestSession {
  person: TestPerson;
  cookie: string;
}

export interface NewPersonOptions {
  role?: Role;
  displayName?: string;
  email?: string;
  password?: string;
  verified?: boolean;
  organisationId?: string | null;
  staffTitle?: string | null;
}

function dataSourceOf(api: TestApp): DataSource {
  return api.app.get<DataSource>(getDataSourceToken());
}

/** Inserts a person directly (fast, deterministic); sign in with `signIn` to act as them. */
export async function newPerson(api: TestApp, options: NewPersonOptions = {}): Promise<TestPerson> {
  const suffix = randomBytes(4).toString('hex');
  const password = options.password ?? defaultPassword;
  const passwordHash =
    password === defaultPassword
      ? await (defaultPasswordHash ??= hash(defaultPassword, {
          memoryCost: 19_456,
          timeCost: 2,
          parallelism: 1,
        }))
      : await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const person = {
    email: options.email ?? `person-${suffix}@example.com`,
    displayName: options.displayName ?? `Person ${suffix}`,
    role: options.role ?? ('member' as Role),
  };
  const [row] = (await dataSourceOf(api).query(
    `INSERT INTO user_account (email, display_name, password_hash, role, email_verified_at, organisation_id, expert_title)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      person.email,
      person.displayName,
      passwordHash,
      person.role,
      options.verified === false ? null : new Date(),
      options.organisationId ?? null,
      options.staffTitle ?? null,
    ],
  )) as Array<{ id: string }>;
  return { id: row!.id, password, ...person };
}

/** `count` members inserted in one statement, optionally in an organisation; returns their ids. */
export async function newPeople(
  api: TestApp,
  count: number,
  organisationId: string | null = null,
): Promise<string[]> {
  const rows = (await dataSourceOf(api).query(
    `INSERT INTO user_account (email, display_name, role, email_verified_at, organisation_id)
     SELECT 'bulk-' || $1 || '-' || n || '@example.com', 'Bulk ' || n, 'member', now(), $3
     FROM generate_series(1, $2) AS n RETURNING id`,
    [randomBytes(4).toString('hex'), count, organisationId],
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** Signs in through the real `signIn` mutation and keeps the session cookie. */
export async function signIn(api: TestApp, person: TestPerson): Promise<TestSession> {
  const response = await gql(api, {
    query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: { input: { email: person.email, password: person.password } },
  });
  if (response.errors)
    throw new Error(`sign-in of ${person.email} failed: ${JSON.stringify(response.errors)}`);
  const cookie = sessionCookieFrom(response.headers);
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { person, cookie };
}

/** `name=value` of the session cookie a response set, if any. */
export function sessionCookieFrom(headers: Headers): string | undefined {
  return headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('forum_session=') && pair.length > 'forum_session='.length);
}

/** A person with that role, signed in. */
export async function signedIn(api: TestApp, options: NewPersonOptions = {}): Promise<TestSession> {
  return signIn(api, await newPerson(api, options));
}

export function query<T = unknown>(
  api: TestApp,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return dataSourceOf(api).query(sql, parameters) as Promise<T[]>;
}

/**
 * A browser session made directly in the database, for tests that need many signed-in people
 * quickly; `signIn` exercises the real sign-in instead.
 */
export async function newSession(api: TestApp, person: TestPerson): Promise<TestSession> {
  const token = randomBytes(32).toString('base64url');
  await dataSourceOf(api).query(
    `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), person.id],
  );
  return { person, cookie: `forum_session=${token}` };
}
