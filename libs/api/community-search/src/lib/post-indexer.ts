import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type IdeaEvent, IdeaEvents } from '@forum/api/ideas';
import { JobQueue, type QueueOptions } from '@forum/api/jobs';
import { QnaEvents, type QnaEvent } from '@forum/api/qna';
import { SearchClient } from '@forum/api/search';
import { DataSource, type EntityManager } from 'typeorm';
import { PostSources } from './post-sources.js';
import { type PostDocument, postsIndex, type PostType } from './posts.index.js';

export const searchIndexQueue = 'search-index';

export const searchIndexQueueOptions: QueueOptions = {
  notify: true,
  // Meilisearch may be down for a while: keep retrying, never drop a job.
  retryLimit: 100_000,
  retryDelay: 1,
  retryBackoff: true,
  retryDelayMax: 10,
  // A batch is 200 posts read in one statement and one Meilisearch task: seconds, not minutes. A
  // batch held by a process that died is retried once its 10 s heartbeat is missed (pg-boss's
  // minimum), so a post stays unsearchable for seconds after a crash, not for the expiry.
  expireInSeconds: 300,
  heartbeatSeconds: 10,
};

/** Posts whose documents must be brought up to date: loaded fresh, so stale jobs do no harm. */
export interface IndexJob {
  type: PostType;
  ids: string[];
}

/**
 * Serialises "read the database, hand the documents to Meilisearch" across processes: the
 * PostgreSQL advisory lock every index batch takes in its transaction.
 */
export const indexWriteLock = 0x5ea_7c4;

/**
 * Keeps the search index following the database. Every write that changes searchable content
 * enqueues an index job in its own transaction (durable, retried with back-off until Meilisearch
 * takes it); workers batch the jobs, read the current state and add or remove documents.
 */
@Injectable()
export class PostIndexer implements OnApplicationBootstrap {
  private readonly logger = new Logger(PostIndexer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly search: SearchClient,
    private readonly sources: PostSources,
    qnaEvents: QnaEvents,
    ideaEvents: IdeaEvents,
  ) {
    // After every listener that records state: the index job reads what the change left.
    const order = { phase: 'project', name: 'search.index' } as const;
    qnaEvents.subscribe(
      (manager, event) =>
        this.enqueue(manager, { type: 'question', ids: questionsChangedBy(event) }),
      order,
    );
    ideaEvents.subscribe(
      (manager, event) => this.enqueue(manager, { type: 'idea', ids: ideasChangedBy(event) }),
      order,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.ensureQueue(searchIndexQueue, searchIndexQueueOptions);
    await this.jobs.work<IndexJob>(
      searchIndexQueue,
      // NOTIFY wakes the worker at once; while its connection is being re-opened after a
      // PostgreSQL restart, polling every 2 s is the backstop (pg-boss's default would be 30 s).
      {
        batchSize: 200,
        localConcurrency: 2,
        pollingIntervalSeconds: 2,
        notifyPollingIntervalSeconds: 2,
      },
      async (jobs) => {
        for (const type of new Set(jobs.map((job) => job.data.type))) {
          const ids = jobs.filter((job) => job.data.type === type).flatMap((job) => job.data.ids);
          await this.sync(type, ids);
        }
      },
    );
  }

  /** Enqueues an index job inside the caller's transaction. */
  async enqueue(manager: EntityManager, job: IndexJob): Promise<void> {
    if (job.ids.length > 0) await this.jobs.sendInTransaction(manager, searchIndexQueue, job);
  }

  /** Brings these posts' documents to their state in the database; resolves once searchable. */
  async sync(type: PostType, ids: readonly string[]): Promise<void> {
    const source = this.sources.of(type);
    const unique = [...new Set(ids)];
    const index = this.search.index<PostDocument>(postsIndex.uid);
    // Reading and enqueueing under one lock keeps Meilisearch's task order equal to the order
    // the database states were read in, so an older state never overwrites a newer one.
    const taskUids = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [indexWriteLock]);
      const documents = await source.load(manager, unique);
      const present = new Set(documents.map((document) => document.id));
      const gone = unique.filter((id) => !present.has(id));
      const tasks: number[] = [];
      if (documents.length > 0) tasks.push(await index.addDocuments(documents));
      if (gone.length > 0) tasks.push(await index.deleteDocuments(gone));
      return tasks;
    });
    for (const taskUid of taskUids) {
      const task = await this.search.waitForTask(taskUid);
      if (task.status !== 'succeeded') {
        this.logger.error({ taskUid, error: task.error }, 'Search index task failed');
        throw new Error(`Search index task ${taskUid} ${task.status}: ${task.error?.message}`);
      }
    }
  }
}

function questionsChangedBy(event: QnaEvent): string[] {
  return event.type === 'questions.retagged' ? event.questionIds : [event.questionId];
}

/** A merge removes the duplicate and moves its votes to the target, so both change. */
function ideasChangedBy(event: IdeaEvent): string[] {
  return event.type === 'idea.merged' ? [event.ideaId, event.targetId] : [event.ideaId];
}
