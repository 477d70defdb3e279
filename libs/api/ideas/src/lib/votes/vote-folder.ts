import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { foldVoteDeltas } from './vote-counters.js';

/**
 * Folds ideas' vote deltas into their counters in the background, after the vote has answered
 * (readers count unfolded deltas, so nobody waits for it). One fold per idea at a time in this
 * process: votes arriving during a fold ask for one more round instead of a fold each, so a burst
 * of votes on one idea costs a few folds, not one per vote.
 */
@Injectable()
export class VoteFolder implements OnModuleDestroy {
  private readonly logger = new Logger(VoteFolder.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  fold(ideaId: string): void {
    if (this.running.has(ideaId)) {
      this.again.add(ideaId);
      return;
    }
    this.running.set(ideaId, this.foldUntilQuiet(ideaId));
  }

  /** Resolves once no fold is running; for shutting down and for tests. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private async foldUntilQuiet(ideaId: string): Promise<void> {
    for (;;) {
      this.again.delete(ideaId);
      try {
        await foldVoteDeltas(this.dataSource, ideaId);
      } catch (error) {
        // The deltas stay and readers still count them; the next vote on the idea folds them.
        this.logger.error({ err: error, ideaId }, 'Folding vote deltas failed');
      }
      // Checked and cleared in one step: a vote after this point starts a new fold.
      if (!this.again.has(ideaId)) {
        this.running.delete(ideaId);
        return;
      }
    }
  }
}
