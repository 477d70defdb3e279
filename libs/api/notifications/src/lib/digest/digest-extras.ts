import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A question solved in a product the person follows, for their digest. */
export interface DigestSolvedQuestion {
  questionId: string;
  title: string;
  productName: string;
  solvedAt: Date;
}

/**
 * What a digest tells beyond the person's notifications. Notifications cannot read questions or
 * follows themselves (they sit below both), so the domain that can registers an implementation.
 */
export interface DigestExtras {
  /**
   * Visible questions in products the person follows whose answer was accepted in
   * [since, until), which the person neither asked nor answered; newest first, at most `limit`.
   */
  solvedQuestions(
    manager: EntityManager,
    userId: string,
    since: Date,
    until: Date,
    limit: number,
  ): Promise<DigestSolvedQuestion[]>;
}

/** Where the following domain registers its `DigestExtras` at start; digests work without. */
@Injectable()
export class DigestExtrasRegistry {
  private extras: DigestExtras | undefined;

  register(extras: DigestExtras): void {
    this.extras = extras;
  }

  get current(): DigestExtras | undefined {
    return this.extras;
  }
}
