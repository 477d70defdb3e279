import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@forum/api/identity';
import { DataSource } from 'typeorm';
import { IdeasException, IdeasExceptionCode } from '../ideas.exception.js';
import { mayReadNotes } from '../ideas.permissions.js';
import { lockIdea } from '../ideas/idea-lock.js';
import { IdeaNoteEntity } from './idea-note.entity.js';

/** Staff-only notes. Every read and write checks the role here, not only in the schema. */
@Injectable()
export class IdeaNoteService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(viewer: Viewer, ideaId: string, body: string): Promise<IdeaNoteEntity> {
    assertStaff(viewer);
    return this.dataSource.transaction(async (manager) => {
      await lockIdea(manager, ideaId, { allowMerged: true });
      return manager.save(
        manager.create(IdeaNoteEntity, { ideaId, authorId: viewer.user.id, body: body.trim() }),
      );
    });
  }

  list(viewer: Viewer | undefined, ideaId: string): Promise<IdeaNoteEntity[]> {
    assertStaff(viewer);
    return this.dataSource.manager.find(IdeaNoteEntity, {
      where: { ideaId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}

function assertStaff(viewer: Viewer | undefined): asserts viewer is Viewer {
  if (!mayReadNotes(viewer)) {
    throw new IdeasException(IdeasExceptionCode.StaffOnly, 'Only company staff see this.');
  }
}
