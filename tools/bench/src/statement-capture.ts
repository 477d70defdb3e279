import type pg from 'pg';

/** One SQL statement as the API sent it, with its parameters. */
export interface CapturedStatement {
  sql: string;
  params: Array<string | null>;
}

/**
 * Records the SQL the API sends to PostgreSQL, so the raw baseline replays exactly the same
 * statements through `pg`. While capturing, the database logs every statement
 * (`log_statement = all`, default prefix `%m [%p]`); statements of the job queue's connections
 * are left out, and the statements seen while one request runs (requests run one at a time)
 * are that request's.
 */
export class StatementCapture {
  private text = '';
  private listening = false;

  /** Give this to the PostgreSQL process's log output. */
  readonly onLog = (line: string): void => {
    if (this.listening) this.text += line.endsWith('\n') ? line : `${line}\n`;
  };

  /** Turns statement logging on for new connections of the database. */
  static async enable(admin: pg.Client, database: string, on: boolean): Promise<void> {
    await admin.query(
      on
        ? `ALTER DATABASE "${database}" SET log_statement = 'all'`
        : `ALTER DATABASE "${database}" RESET log_statement`,
    );
  }

  /** Runs `request` and returns the statements the API's own connections sent meanwhile. */
  async during(
    request: () => Promise<void>,
    ignoredPids: () => Promise<Set<number>>,
  ): Promise<CapturedStatement[]> {
    this.text = '';
    this.listening = true;
    await request();
    // The log arrives through a pipe; give it a moment to catch up.
    await new Promise((resolve) => setTimeout(resolve, 150));
    this.listening = false;
    const ignored = await ignoredPids();
    return withoutBackgroundWork(
      parseStatements(this.text).filter((statement) => !ignored.has(statement.pid)),
    );
  }
}

const entryStart = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\w+):\s+/m;

/** Statements with their parameters from PostgreSQL's log text. */
export function parseStatements(text: string): Array<CapturedStatement & { pid: number }> {
  const entries: Array<{ pid: number; level: string; body: string }> = [];
  const starts = [...text.matchAll(new RegExp(entryStart.source, 'gm'))];
  starts.forEach((match, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    entries.push({
      pid: Number(match[1]),
      level: match[2]!,
      body: text.slice(match.index + match[0].length, end).trimEnd(),
    });
  });
  const statements: Array<CapturedStatement & { pid: number }> = [];
  for (const entry of entries) {
    const statement = /^(?:statement|execute [^:]*): ([\s\S]*)$/.exec(entry.body);
    if (entry.level === 'LOG' && statement) {
      statements.push({ pid: entry.pid, sql: statement[1]!, params: [] });
    } else if (entry.level === 'DETAIL' && /^Parameters: /.test(entry.body)) {
      const last = statements.findLast((candidate) => candidate.pid === entry.pid);
      if (last) last.params = parseParameters(entry.body);
    }
  }
  return statements;
}

/**
 * Work the API's own job workers did meanwhile (search indexing, badge evaluation) runs in
 * transactions of its own on the same pool; those transactions are not the request's.
 */
const backgroundMarkers = /pg_advisory_xact_lock|badge_award/;

function withoutBackgroundWork(
  statements: Array<CapturedStatement & { pid: number }>,
): CapturedStatement[] {
  const kept: CapturedStatement[] = [];
  const open = new Map<number, Array<CapturedStatement & { pid: number }>>();
  for (const statement of statements) {
    const command = statement.sql.trim().toUpperCase();
    const block = open.get(statement.pid);
    if (command.startsWith('BEGIN') || command.startsWith('START TRANSACTION')) {
      open.set(statement.pid, [statement]);
    } else if (block) {
      block.push(statement);
      if (command === 'COMMIT' || command === 'ROLLBACK') {
        open.delete(statement.pid);
        if (!block.some((candidate) => backgroundMarkers.test(candidate.sql))) kept.push(...block);
      }
    } else {
      kept.push(statement);
    }
  }
  return kept.map(({ sql, params }) => ({ sql, params }));
}

function parseParameters(detail: string): Array<string | null> {
  const params: Array<string | null> = [];
  for (const match of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    params[Number(match[1]) - 1] = match[2] === 'NULL' ? null : match[3]!.replaceAll("''", "'");
  }
  return params;
}

/** One request as recorded: its statements and the id of the row it created, if any. */
export interface CapturedRequest {
  statements: CapturedStatement[];
  createdId?: string;
}

/**
 * Replays one request's statements on one connection, as the API ran them. A row the request
 * created gets a new id in the replay; later statements that named the recorded id get the new one.
 */
export async function replay(client: pg.PoolClient, request: CapturedRequest): Promise<void> {
  let createdId: string | undefined;
  for (const statement of request.statements) {
    const params =
      createdId && request.createdId
        ? statement.params.map((param) => (param === request.createdId ? createdId! : param))
        : statement.params;
    const result = await client.query(statement.sql, params);
    if (
      !createdId &&
      request.createdId &&
      /^\s*INSERT\b[\s\S]*\bRETURNING\b/i.test(statement.sql)
    ) {
      createdId = (result.rows[0] as { id?: string } | undefined)?.id;
    }
  }
}
