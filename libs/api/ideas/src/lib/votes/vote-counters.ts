import type { EntityManager } from 'typeorm';
import { utcDay } from '../ideas.clock.js';
import type { IdeaVoteEntity } from './idea-vote.entity.js';

type CountedVote = Pick<
  IdeaVoteEntity,
  'ideaId' | 'organisationId' | 'plan' | 'importance' | 'createdAt'
>;

/**
 * Adds (`+1`) or removes (`-1`) one vote row's share of its idea's counters: the vote count, the
 * day bucket, the plan/importance tally and the organisation tally with the distinct-organisation
 * count. Call it under the idea's row lock, in the transaction that writes the vote row, so the
 * counters always equal a recount from the vote rows.
 */
export async function countVote(
  manager: EntityManager,
  vote: CountedVote,
  sign: 1 | -1,
): Promise<void> {
  const [row] = (await manager.query(
    `WITH day AS (
       INSERT INTO idea_vote_day (idea_id, day, votes) VALUES ($1, $2, $3)
       ON CONFLICT (idea_id, day) DO UPDATE SET votes = idea_vote_day.votes + EXCLUDED.votes
     ), tally AS (
       INSERT INTO idea_vote_tally (idea_id, plan, importance, votes) VALUES ($1, $4, $5, $3)
       ON CONFLICT (idea_id, plan, importance)
       DO UPDATE SET votes = idea_vote_tally.votes + EXCLUDED.votes
     ), organisation AS (
       INSERT INTO idea_organisation_tally (idea_id, organisation_id, votes)
       SELECT $1, $6::uuid, $3 WHERE $6::uuid IS NOT NULL
       ON CONFLICT (idea_id, organisation_id)
       DO UPDATE SET votes = idea_organisation_tally.votes + EXCLUDED.votes
       RETURNING votes
     )
     SELECT (SELECT votes FROM organisation) AS "organisationVotes"`,
    [
      vote.ideaId,
      utcDay(vote.createdAt),
      sign,
      vote.plan ?? 'none',
      vote.importance ?? 'unspecified',
      vote.organisationId,
    ],
  )) as Array<{ organisationVotes: number | null }>;
  const organisationVotes = row?.organisationVotes ?? null;
  // The organisation is new to this idea (first vote) or gone from it (last vote withdrawn).
  const organisationDelta =
    organisationVotes === null
      ? 0
      : sign === 1 && organisationVotes === 1
        ? 1
        : organisationVotes === 0
          ? -1
          : 0;
  await manager.query(
    'UPDATE idea SET vote_count = vote_count + $2, organisation_count = organisation_count + $3 WHERE id = $1',
    [vote.ideaId, sign, organisationDelta],
  );
  if (sign === -1) {
    await manager.query(
      `WITH day AS (DELETE FROM idea_vote_day WHERE idea_id = $1 AND votes = 0),
            tally AS (DELETE FROM idea_vote_tally WHERE idea_id = $1 AND votes = 0)
       DELETE FROM idea_organisation_tally WHERE idea_id = $1 AND votes = 0`,
      [vote.ideaId],
    );
  }
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
