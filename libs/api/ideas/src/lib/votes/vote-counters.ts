import type { VoteImportance } from '@forum/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { utcDay } from '../ideas.clock.js';
import type { IdeaVoteEntity } from './idea-vote.entity.js';

type CountedVote = Pick<
  IdeaVoteEntity,
  'ideaId' | 'organisationId' | 'plan' | 'importance' | 'createdAt'
>;

/** Where one vote row counts: its day bucket, plan/importance tally and organisation tally. */
export interface VoteShare {
  ideaId: string;
  day: string;
  plan: string;
  importance: string;
  organisationId: string | null;
}

export function voteShare(vote: CountedVote): VoteShare {
  return {
    ideaId: vote.ideaId,
    day: utcDay(vote.createdAt),
    plan: vote.plan ?? 'none',
    importance: vote.importance ?? 'unspecified',
    organisationId: vote.organisationId,
  };
}

/** A change to one vote row, as the counters see it. */
export type VoteCounterChange =
  | { kind: 'cast' | 'withdraw'; vote: CountedVote }
  | { kind: 'change'; vote: CountedVote; importance: VoteImportance | null };

export interface CounterDelta {
  share: VoteShare;
  sign: 1 | -1;
}

/**
 * What a vote change does to the counters: a cast adds its share, a withdrawal removes it, and a
 * new importance moves the vote from one tally to another (its day and organisation stay).
 */
export function counterDeltas(change: VoteCounterChange): CounterDelta[] {
  switch (change.kind) {
    case 'cast':
      return [{ share: voteShare(change.vote), sign: 1 }];
    case 'withdraw':
      return [{ share: voteShare(change.vote), sign: -1 }];
    case 'change':
      return change.importance === change.vote.importance
        ? []
        : [
            { share: voteShare(change.vote), sign: -1 },
            { share: voteShare({ ...change.vote, importance: change.importance }), sign: 1 },
          ];
  }
}

/**
 * Records one vote change for the counters: appends its deltas to `idea_vote_delta`, in the
 * transaction that writes the vote row. Appending takes no lock another vote on the same idea
 * needs, so votes on one idea run side by side; readers see the deltas at once through the
 * `*_live` views, and `foldVoteDeltas` moves them into the counters afterwards (ADR 0031).
 */
export async function countVoteChange(
  manager: EntityManager,
  change: VoteCounterChange,
): Promise<void> {
  const deltas = counterDeltas(change);
  if (deltas.length === 0) return;
  await manager.query(
    `INSERT INTO idea_vote_delta (idea_id, day, plan, importance, organisation_id, votes)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::varchar[], $4::varchar[], $5::uuid[], $6::smallint[])`,
    [
      deltas.map((d) => d.share.ideaId),
      deltas.map((d) => d.share.day),
      deltas.map((d) => d.share.plan),
      deltas.map((d) => d.share.importance),
      deltas.map((d) => d.share.organisationId),
      deltas.map((d) => d.sign),
    ],
  );
}

/**
 * Moves the idea's committed vote deltas into its counters, in one transaction, so a reader sees
 * each change exactly once: in the deltas before, in the counters after. Never waits: while
 * another fold (or a merge) holds the idea, it leaves; that fold looks for new deltas again once
 * it has committed, so the last one a burst of votes leaves behind is folded too.
 */
export async function foldVoteDeltas(dataSource: DataSource, ideaId: string): Promise<void> {
  for (let round = 0; round < maxFoldRounds; round++) {
    const folded = await dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(
        'SELECT 1 FROM idea WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED',
        [ideaId],
      );
      if (locked.length === 0) return false;
      await manager.query(
        `WITH moved AS (
           DELETE FROM idea_vote_delta WHERE idea_id = $1
           RETURNING day, plan, importance, organisation_id, votes
         ), day AS (
           INSERT INTO idea_vote_day (idea_id, day, votes)
           SELECT $1, day, sum(votes) FROM moved GROUP BY day
           ON CONFLICT (idea_id, day) DO UPDATE SET votes = idea_vote_day.votes + EXCLUDED.votes
         ), tally AS (
           INSERT INTO idea_vote_tally (idea_id, plan, importance, votes)
           SELECT $1, plan, importance, sum(votes) FROM moved GROUP BY plan, importance
           ON CONFLICT (idea_id, plan, importance)
           DO UPDATE SET votes = idea_vote_tally.votes + EXCLUDED.votes
         ), by_organisation AS (
           INSERT INTO idea_organisation_tally (idea_id, organisation_id, votes)
           SELECT $1, organisation_id, sum(votes) FROM moved
           WHERE organisation_id IS NOT NULL GROUP BY organisation_id
           ON CONFLICT (idea_id, organisation_id)
           DO UPDATE SET votes = idea_organisation_tally.votes + EXCLUDED.votes
         )
         UPDATE idea SET vote_count = vote_count + (SELECT coalesce(sum(votes), 0) FROM moved)
         WHERE id = $1`,
        [ideaId],
      );
      // Buckets that reached zero go, and the distinct organisations are the tally rows left.
      await manager.query(
        `WITH day AS (DELETE FROM idea_vote_day WHERE idea_id = $1 AND votes = 0),
              tally AS (DELETE FROM idea_vote_tally WHERE idea_id = $1 AND votes = 0),
              by_organisation AS (
                DELETE FROM idea_organisation_tally WHERE idea_id = $1 AND votes = 0)
         UPDATE idea SET organisation_count =
           (SELECT count(*) FROM idea_organisation_tally WHERE idea_id = $1 AND votes > 0)
         WHERE id = $1`,
        [ideaId],
      );
      return true;
    });
    if (!folded) return;
    const waiting: unknown[] = await dataSource.query(
      'SELECT 1 FROM idea_vote_delta WHERE idea_id = $1 LIMIT 1',
      [ideaId],
    );
    if (waiting.length === 0) return;
  }
}

/** A fold that keeps finding new deltas gives up after this many rounds; readers lose nothing. */
const maxFoldRounds = 20;

/**
 * Rebuilds an idea's vote counters from its vote rows; for merges, which move many votes at once.
 * Call it under the idea's row lock (`lockIdea`), which no vote holds at the same time. The
 * queries read one idea's votes through its index, never the whole table.
 */
export async function recountVotes(manager: EntityManager, ideaId: string): Promise<void> {
  await manager.query(
    `WITH delta AS (DELETE FROM idea_vote_delta WHERE idea_id = $1),
          day AS (DELETE FROM idea_vote_day WHERE idea_id = $1),
          tally AS (DELETE FROM idea_vote_tally WHERE idea_id = $1)
     DELETE FROM idea_organisation_tally WHERE idea_id = $1`,
    [ideaId],
  );
  await manager.query(
    `INSERT INTO idea_vote_day (idea_id, day, votes)
     SELECT idea_id, (created_at AT TIME ZONE 'UTC')::date, count(*) FROM idea_vote
     WHERE idea_id = $1 GROUP BY 1, 2`,
    [ideaId],
  );
  await manager.query(
    `INSERT INTO idea_vote_tally (idea_id, plan, importance, votes)
     SELECT idea_id, coalesce(plan, 'none'), coalesce(importance::text, 'unspecified'), count(*)
     FROM idea_vote WHERE idea_id = $1 GROUP BY 1, 2, 3`,
    [ideaId],
  );
  await manager.query(
    `INSERT INTO idea_organisation_tally (idea_id, organisation_id, votes)
     SELECT idea_id, organisation_id, count(*) FROM idea_vote
     WHERE idea_id = $1 AND organisation_id IS NOT NULL GROUP BY 1, 2`,
    [ideaId],
  );
  await manager.query(
    `UPDATE idea SET
       vote_count = (SELECT count(*) FROM idea_vote WHERE idea_id = $1),
       organisation_count = (SELECT count(*) FROM idea_organisation_tally WHERE idea_id = $1)
     WHERE id = $1`,
    [ideaId],
  );
}
