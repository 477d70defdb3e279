import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../viewer/viewer.js';
import { AuditLog } from './audit-log.js';

interface RequestViews {
  fields: Map<string, Set<string>>;
  loader: DataLoader<string, true>;
}

/**
 * Staff reading someone's private details (e-mail address, suspension) leave one audit entry per
 * person and request, naming the fields they saw. The people one response shows are written in
 * one statement, and a field resolves only once its entry is stored, so no private detail leaves
 * the API unrecorded.
 */
@Injectable()
export class PrivateDetailViews {
  private readonly perRequest = new WeakMap<object, RequestViews>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async record(request: object, viewer: Viewer, userId: string, field: string): Promise<void> {
    let views = this.perRequest.get(request);
    if (!views) {
      const fields = new Map<string, Set<string>>();
      views = {
        fields,
        loader: new DataLoader<string, true>(async (ids) => {
          await this.dataSource.transaction((manager) =>
            this.audit.recordMany(
              manager,
              viewer,
              ids.map((id) => ({
                action: AuditAction.PrivateDetailsViewed,
                targetType: AuditTargetType.User,
                targetId: id,
                after: { fields: [...(fields.get(id) ?? [])].sort() },
              })),
            ),
          );
          return ids.map(() => true as const);
        }),
      };
      this.perRequest.set(request, views);
    }
    const fields = views.fields.get(userId) ?? new Set<string>();
    fields.add(field);
    views.fields.set(userId, fields);
    await views.loader.load(userId);
  }
}
