import { once } from 'node:events';
import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ForumException } from '@forum/api/platform';
import {
  auditActions,
  auditLogReaders,
  AuditTargetType,
  EdgeErrorReason,
  ErrorKind,
  IdentityErrorReason,
} from '@forum/shared/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { RequestWithViewer } from '../viewer/viewer.js';
import { auditExportMaxRows, AuditLogReader, type PositionedEntry } from './audit-log.reader.js';
import { AuditLogFilter } from './dto/audit-log.args.js';

const header = [
  'id',
  'created_at',
  'actor_id',
  'action',
  'target_type',
  'target_id',
  'before',
  'after',
  'reason',
  'ip_address',
];

const status: Partial<Record<ErrorKind, number>> = {
  [ErrorKind.Unauthenticated]: 401,
  [ErrorKind.Forbidden]: 403,
  [ErrorKind.BadUserInput]: 400,
};

/**
 * `GET /exports/audit.csv`: the audit log as CSV for admins, signed in through the browser or
 * with a personal access token. Takes the `auditLog` query's filters as query parameters
 * (`actorId`, `action` repeated or comma-separated, `targetType`, `targetId`, `from`, `to`),
 * writes newest first a thousand rows at a time and refuses more than 100,000 rows.
 */
@Controller('exports')
export class AuditExportController {
  private readonly logger = new Logger(AuditExportController.name);

  constructor(private readonly reader: AuditLogReader) {}

  @Get('audit.csv')
  async auditCsv(@Req() request: RequestWithViewer, @Res() response: Response): Promise<void> {
    try {
      const role = request.viewer?.user.role;
      if (!role)
        throw new ForumException(
          ErrorKind.Unauthenticated,
          IdentityErrorReason.NotSignedIn,
          'Please sign in first.',
        );
      if (!auditLogReaders.includes(role))
        throw new ForumException(
          ErrorKind.Forbidden,
          IdentityErrorReason.AccessDenied,
          'You are not allowed to do that.',
        );
      const filter = await filterFrom(request.query);
      const count = await this.reader.countUpTo(filter, auditExportMaxRows);
      if (count > auditExportMaxRows) {
        throw new ForumException(
          ErrorKind.BadUserInput,
          IdentityErrorReason.AuditExportTooLarge,
          `More than ${auditExportMaxRows} entries match; export a shorter date range.`,
        );
      }
      response.status(200);
      response.setHeader('content-type', 'text/csv; charset=utf-8');
      response.setHeader('content-disposition', 'attachment; filename="audit-log.csv"');
      response.setHeader('cache-control', 'no-store');
      response.write(stringify([header]));
      for await (const batch of this.reader.batches(filter)) {
        if (!response.write(stringify(batch.map(csvRow)))) await once(response, 'drain');
      }
      response.end();
    } catch (error) {
      this.failed(error, response);
    }
  }

  private failed(error: unknown, response: Response): void {
    if (response.headersSent) {
      // The rows already sent cannot be taken back; cutting the stream short tells the client.
      this.logger.error({ err: error }, 'Audit export failed while streaming');
      response.destroy();
      return;
    }
    if (error instanceof ForumException && status[error.kind]) {
      response.status(status[error.kind]!).json({ reason: error.reason, message: error.message });
      return;
    }
    this.logger.error({ err: error }, 'Audit export failed');
    response.status(500).json({ reason: 'INTERNAL_SERVER_ERROR', message: 'The export failed.' });
  }
}

/** The query string as the same validated filter the GraphQL query takes. */
async function filterFrom(query: Record<string, unknown>): Promise<AuditLogFilter> {
  const text = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw badFilter(`Give ${name} once.`);
    return value;
  };
  const date = (name: string): Date | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw badFilter(`${name} is not a date.`);
    return parsed;
  };
  const rawActions = query['action'];
  const actions = (Array.isArray(rawActions) ? rawActions : rawActions ? [rawActions] : [])
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : [null]))
    .map((value) => (value ?? '').trim().toLowerCase())
    .filter((value) => value !== '')
    // The GraphQL names (USER_SUSPENDED) and the stored values (user.suspended) both work.
    .map(
      (value) =>
        auditActions.find((action) => action === value || action.replace(/\./g, '_') === value) ??
        value,
    );
  const targetType = text('targetType')?.toLowerCase();
  const filter = plainToInstance(AuditLogFilter, {
    actorId: text('actorId'),
    action: actions.length > 0 ? actions : undefined,
    targetType: Object.values(AuditTargetType).find((type) => type === targetType) ?? targetType,
    targetId: text('targetId'),
    from: date('from'),
    to: date('to'),
  });
  const problems = await validate(filter);
  if (problems.length > 0)
    throw badFilter(`Invalid filter: ${problems.map((p) => p.property).join(', ')}.`);
  return filter;
}

function badFilter(message: string): ForumException {
  return new ForumException(ErrorKind.BadUserInput, EdgeErrorReason.ValidationFailed, message);
}

function csvRow(entry: PositionedEntry): string[] {
  return [
    entry.id,
    entry.position.createdAt,
    entry.actorId ?? '',
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.before ? JSON.stringify(entry.before) : '',
    entry.after ? JSON.stringify(entry.after) : '',
    entry.reason ?? '',
    entry.ipAddress ?? '',
  ].map(neutralise);
}

// A cell starting with =, +, - or @ (or a tab or carriage return) runs as a formula when a
// spreadsheet opens the file; reasons and changed titles come from people, so they are prefixed
// with an apostrophe, as the idea insights CSV does.
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
