import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowSettings1796670774715 implements MigrationInterface {
  name = 'FollowSettings1796670774715';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "follow_settings" ("user_id" uuid NOT NULL, "follow_on_ask" boolean NOT NULL DEFAULT true, "follow_on_answer" boolean NOT NULL DEFAULT true, "follow_on_comment" boolean NOT NULL DEFAULT true, "follow_on_idea_vote" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follow_settings_pkey" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_settings" ADD CONSTRAINT "follow_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // People who asked, answered, proposed or voted before follows existed follow those posts,
    // as they would had they acted today; each keeps at most the 5,000 most recent.
    await queryRunner.query(`
      INSERT INTO follow (user_id, target_type, target_id, created_at)
      SELECT user_id, target_type, target_id, followed_at FROM (
        SELECT user_id, target_type, target_id, min(acted_at) AS followed_at,
               row_number() OVER (PARTITION BY user_id ORDER BY min(acted_at) DESC) AS rank
        FROM (
          SELECT author_id AS user_id, 'question' AS target_type, id AS target_id, created_at AS acted_at
          FROM question WHERE deleted_at IS NULL
          UNION ALL
          SELECT answer.author_id, 'question', answer.question_id, answer.created_at
          FROM answer JOIN question ON question.id = answer.question_id
          WHERE answer.deleted_at IS NULL AND question.deleted_at IS NULL
          UNION ALL
          SELECT author_id, 'idea', id, created_at FROM idea WHERE merged_into_id IS NULL
          UNION ALL
          SELECT idea_vote.user_id, 'idea', idea_vote.idea_id, idea_vote.created_at
          FROM idea_vote JOIN idea ON idea.id = idea_vote.idea_id
          WHERE idea_vote.user_id IS NOT NULL AND idea.merged_into_id IS NULL
        ) AS acted
        GROUP BY user_id, target_type, target_id
      ) AS ranked
      WHERE rank <= 5000
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "follow_settings" DROP CONSTRAINT "follow_settings_user_id_fkey"',
    );
    await queryRunner.query('DROP TABLE "follow_settings"');
  }
}
