import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Badge awards are told through the shared notification list: the awards so far move there
 * (read when their holder had seen them), and the award's own "seen" marker goes.
 */
export class BadgeAwardsInNotifications1795420000000 implements MigrationInterface {
  name = 'BadgeAwardsInNotifications1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "notification" ("user_id", "kind", "payload", "created_at", "read_at")
       SELECT "user_id", 'badge.awarded',
              jsonb_build_object('awardId', "id", 'badge', "badge", 'tier', "tier",
                'questionId', "question_id", 'answerId', "answer_id",
                'productId', "product_id", 'ideaId', "idea_id"),
              "awarded_at", "seen_at"
       FROM "badge_award"`,
    );
    await queryRunner.query('ALTER TABLE "badge_award" DROP COLUMN "seen_at"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "badge_award" ADD "seen_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `UPDATE "badge_award" a SET "seen_at" = n."read_at" FROM "notification" n
       WHERE n."kind" = 'badge.awarded' AND n."payload"->>'awardId' = a."id"::text`,
    );
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'badge.awarded'`);
  }
}
