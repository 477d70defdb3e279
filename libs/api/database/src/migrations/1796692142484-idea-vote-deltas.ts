import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes append counter changes to `idea_vote_delta` instead of updating the idea row and its
 * buckets, and the `*_live` views add the changes not folded yet to the counters (ADR 0031).
 */
export class IdeaVoteDeltas1796692142484 implements MigrationInterface {
  name = 'IdeaVoteDeltas1796692142484';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Readers sort by the live count now; the stored one is only what was folded.
    await queryRunner.query('DROP INDEX "public"."idea_vote_count_idx"');
    await queryRunner.query(
      'CREATE TABLE "idea_vote_delta" ("id" BIGSERIAL NOT NULL, "idea_id" uuid NOT NULL, "day" date NOT NULL, "plan" character varying(20) NOT NULL, "importance" character varying(20) NOT NULL, "organisation_id" uuid, "votes" smallint NOT NULL, CONSTRAINT "idea_vote_delta_votes_check" CHECK (votes IN (-1, 1)), CONSTRAINT "idea_vote_delta_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_vote_delta_idea_id_idx" ON "idea_vote_delta"  ("idea_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_delta" ADD CONSTRAINT "idea_vote_delta_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_delta" ADD CONSTRAINT "idea_vote_delta_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Each bucket as a reader must see it: the folded rows plus the changes not folded yet.
    await queryRunner.query(
      `CREATE VIEW "idea_vote_day_live" AS
       SELECT idea_id, day, sum(votes)::int AS votes
       FROM (SELECT idea_id, day, votes FROM idea_vote_day
             UNION ALL SELECT idea_id, day, votes FROM idea_vote_delta) v
       GROUP BY idea_id, day HAVING sum(votes) > 0`,
    );
    await queryRunner.query(
      `CREATE VIEW "idea_vote_tally_live" AS
       SELECT idea_id, plan, importance, sum(votes)::int AS votes
       FROM (SELECT idea_id, plan, importance, votes FROM idea_vote_tally
             UNION ALL SELECT idea_id, plan, importance, votes FROM idea_vote_delta) v
       GROUP BY idea_id, plan, importance HAVING sum(votes) > 0`,
    );
    await queryRunner.query(
      `CREATE VIEW "idea_organisation_tally_live" AS
       SELECT idea_id, organisation_id, sum(votes)::int AS votes
       FROM (SELECT idea_id, organisation_id, votes FROM idea_organisation_tally
             UNION ALL SELECT idea_id, organisation_id, votes FROM idea_vote_delta
             WHERE organisation_id IS NOT NULL) v
       GROUP BY idea_id, organisation_id HAVING sum(votes) > 0`,
    );
    // An idea's exact counts; the distinct organisations are recounted only while changes that
    // name an organisation wait to be folded.
    await queryRunner.query(
      `CREATE VIEW "idea_counter_live" AS
       SELECT i.id AS idea_id,
         i.vote_count + coalesce(p.votes, 0) AS vote_count,
         CASE WHEN p.organisation_changes = 0 THEN i.organisation_count
           ELSE (SELECT count(*)::int FROM idea_organisation_tally_live o WHERE o.idea_id = i.id)
         END AS organisation_count
       FROM idea i, LATERAL (
         SELECT sum(d.votes)::int AS votes, count(d.organisation_id) AS organisation_changes
         FROM idea_vote_delta d WHERE d.idea_id = i.id) p`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "idea_counter_live"');
    await queryRunner.query('DROP VIEW "idea_organisation_tally_live"');
    await queryRunner.query('DROP VIEW "idea_vote_tally_live"');
    await queryRunner.query('DROP VIEW "idea_vote_day_live"');
    await queryRunner.query(
      'ALTER TABLE "idea_vote_delta" DROP CONSTRAINT "idea_vote_delta_organisation_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_delta" DROP CONSTRAINT "idea_vote_delta_idea_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."idea_vote_delta_idea_id_idx"');
    await queryRunner.query('DROP TABLE "idea_vote_delta"');
    await queryRunner.query('CREATE INDEX "idea_vote_count_idx" ON "idea" ("vote_count") ');
  }
}
