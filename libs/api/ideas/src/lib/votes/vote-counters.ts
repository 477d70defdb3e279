import type { VoteImportance } from '@forum/shared/domain';
import type { EntityManager } from 'typeorm';
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
 * How the idea's distinct-organisation count moves, given the organisation's votes on the idea
 * after the change (null when the vote has no organisation): +1 for its first vote, -1 when its
 * last one is gone.
 */
export function organisationCountDelta(organisationVotes: number | null, sign: 1 | -1): -1 | 0 | 1 {
  if (organisationVotes === null) return 0;
  if (sign === 1 && organisationVotes === 1) return 1;
  if (organisationVotes === 0) return -1;
  return 0;
}

/**
 * Applies one delta: the vote count, the day bucket, the plan/importance tally and the
 * organisation tally with the distinct-organisation count. Call it under the idea's row lock, in
 * the transaction that writes the vote row, so the counters always equal a recount from the vote
 * rows.
 */
async function applyCounterDelta(
  manager: EntityManager,
  { share, sign }: CounterDelta,
): Promise<void> {
  const [row] = (await manager.query(
    `WITH day AS (
       INSERT INTO idea_vote_day (idea_id, day, votes) VALUES ($1, $2, $3)
       ON CONFLICT (idea_id, day) DO UPDATE SET votes = idea_vote_day.votes + EXCLUDED.votes
     ), tally AS (
       INSERT INTO idea_vote_tally (idea_id, plan, importance, votes) VALUES ($1, $4, $5, $3)
       ON CONFLICT (idea_id, plan, importance)
       DO UPDATE SET votes = idea_vote_tally.votes + EXCLUDED.votes
     ), by_organisation AS (
       INSERT INTO idea_organisation_tally (idea_id, organisation_id, votes)
       SELECT $1, $6::uuid, $3 WHERE $6::uuid IS NOT NULL
       ON CONFLICT (idea_id, organisation_id)
       DO UPDATE SET votes = idea_organisation_tally.votes + EXCLUDED.votes
       RETURNING votes
     )
     SELECT (SELECT votes FROM by_organisation) AS "organisationVotes"`,
    [share.ideaId, share.day, sign, share.plan, share.importance, share.organisationId],
  )) as Array<{ organisationVotes: number | null }>;
  await manager.query(
    'UPDATE idea SET vote_count = vote_count + $2, organisation_count = organisation_count + $3 WHERE id = $1',
    [share.ideaId, sign, organisationCountDelta(row?.organisationVotes ?? null, sign)],
  );
  if (sign === -1) {
    await manager.query(
      `WITH day AS (DELETE FROM idea_vote_day WHERE idea_id = $1 AND votes = 0),
            tally AS (DELETE FROM idea_vote_tally WHERE idea_id = $1 AND votes = 0)
       DELETE FROM idea_organisation_tally WHERE idea_id = $1 AND votes = 0`,
      [share.ideaId],
    );
  }
}

/** Keeps the counters in step with one vote change; see `counterDeltas`. */
export async function countVoteChange(
  manager: EntityManager,
  change: VoteCounterChange,
): Promise<void> {
  for (const delta of counterDeltas(change)) await applyCounterDelta(manager, delta);
}

/**
 * Rebuilds an idea's vote counters from its vote rows; for merges, which move many votes at once.
 * The queries read one idea's votes through its index, never the whole table.
 */
export async function recountVotes(manager: EntityManager, ideaId: string): Promise<void> {
  await manager.query(
    `WITH day AS (DELETE FROM idea_vote_day WHERE idea_id = $1),
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
