import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../viewer/viewer.js';
import { AuditLog } from './audit-log.js';

interface RequestViews {
  /** Fields seen per person and not yet in an entry. */
  pending: Map<string, Set<string>>;
  /** Per person and field, the write of the entry that names it. */
  written: Map<string, Map<string, Promise<true>>>;
  loader: DataLoader<string, true>;
}

/**
 * Staff reading someone's private details (e-mail address, suspension) leave an audit entry per
 * person and request, naming the fields they saw. The people one response shows are written in
 * one statement, and a field resolves only once its entry is stored, so no private detail leaves
 * the API unrecorded. Usually that is one entry per person; a field that resolves after its
 * person's entry was written (their object arrived in a later database round trip) gets an entry
 * of its own rather than going unrecorded.
 */
@Injectable()
export class PrivateDetailViews {
  private readonly perRequest = new WeakMap<object, RequestViews>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async record(request: object, viewer: Viewer, userId: string, field: string): Promise<void> {
    const views = this.perRequest.get(request) ?? this.startRequest(request, viewer);
    const written = views.written.get(userId) ?? new Map<string, Promise<true>>();
    views.written.set(userId, written);
    let entry = written.get(field);
    if (!entry) {
      const pending = views.pending.get(userId) ?? new Set<string>();
      pending.add(field);
      views.pending.set(userId, pending);
      entry = views.loader.load(userId);
      written.set(field, entry);
    }
    await entry;
  }

  private startRequest(request: object, viewer: Viewer): RequestViews {
    const pending = new Map<string, Set<string>>();
    const loader = new DataLoader<string, true>(
      async (ids) => {
        const entries = ids.flatMap((id) => {
          const fields = pending.get(id);
          pending.delete(id);
          return fields ? [{ id, fields: [...fields].sort() }] : [];
        });
        if (entries.length > 0) {
          await this.dataSource.transaction((manager) =>
            this.audit.recordMany(
              manager,
              viewer,
              entries.map(({ id, fields }) => ({
                action: AuditAction.PrivateDetailsViewed,
                targetType: AuditTargetType.User,
                targetId: id,
                after: { fields },
              })),
            ),
          );
        }
        return ids.map(() => true as const);
      },
      // Every batch writes what is pending then; a cached key would swallow a later field.
      { cache: false },
    );
    const views = { pending, written: new Map(), loader };
    this.perRequest.set(request, views);
    return views;
  }
}
