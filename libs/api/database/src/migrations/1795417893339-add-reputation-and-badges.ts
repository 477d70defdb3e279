import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReputationAndBadges1795417893339 implements MigrationInterface {
  name = 'AddReputationAndBadges1795417893339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"badge_tier\" AS ENUM('bronze', 'silver', 'gold')",
    );
    await queryRunner.query(
      'CREATE TABLE "badge_award" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "badge" character varying(40) NOT NULL, "tier" "public"."badge_tier" NOT NULL, "question_id" uuid, "answer_id" uuid, "product_id" uuid, "idea_id" uuid, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "badge_award_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "badge_award_badge_awarded_at_idx" ON "badge_award"  ("badge", "awarded_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "badge_award_user_id_badge_tier_product_id_uq" ON "badge_award"  ("user_id", "badge", "tier", "product_id") WHERE product_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "badge_award_user_id_badge_tier_uq" ON "badge_award"  ("user_id", "badge", "tier") WHERE product_id IS NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"reputation_reason\" AS ENUM('question_upvote', 'question_downvote', 'answer_upvote', 'answer_downvote', 'downvote_cast', 'answer_accepted', 'solution_marked')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"reputation_action\" AS ENUM('applied', 'withdrawn', 'post_deleted', 'post_restored')",
    );
    await queryRunner.query(
      'CREATE TABLE "reputation_change" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "delta" integer NOT NULL, "reason" "public"."reputation_reason" NOT NULL, "action" "public"."reputation_action" NOT NULL, "question_id" uuid NOT NULL, "answer_id" uuid, "product_id" uuid NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reputation_change_delta_check" CHECK (delta <> 0), CONSTRAINT "reputation_change_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "reputation_change_answer_id_idx" ON "reputation_change"  ("answer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "reputation_change_question_id_idx" ON "reputation_change"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "reputation_change_product_id_created_at_idx" ON "reputation_change"  ("product_id", "created_at", "user_id", "delta") ',
    );
    await queryRunner.query(
      'CREATE INDEX "reputation_change_created_at_idx" ON "reputation_change"  ("created_at", "user_id", "delta") ',
    );
    await queryRunner.query(
      'CREATE INDEX "reputation_change_user_id_created_at_idx" ON "reputation_change"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "user_account" ADD "reputation" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'CREATE INDEX "user_account_reputation_idx" ON "user_account"  ("reputation") ',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" ADD CONSTRAINT "badge_award_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" ADD CONSTRAINT "badge_award_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" ADD CONSTRAINT "badge_award_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" ADD CONSTRAINT "badge_award_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" ADD CONSTRAINT "reputation_change_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" ADD CONSTRAINT "reputation_change_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" ADD CONSTRAINT "reputation_change_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" ADD CONSTRAINT "reputation_change_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" ADD CONSTRAINT "reputation_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reputation_change" DROP CONSTRAINT "reputation_change_actor_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" DROP CONSTRAINT "reputation_change_product_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" DROP CONSTRAINT "reputation_change_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" DROP CONSTRAINT "reputation_change_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "reputation_change" DROP CONSTRAINT "reputation_change_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" DROP CONSTRAINT "badge_award_product_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" DROP CONSTRAINT "badge_award_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "badge_award" DROP CONSTRAINT "badge_award_question_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "badge_award" DROP CONSTRAINT "badge_award_user_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."user_account_reputation_idx"');
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "reputation"');
    await queryRunner.query('DROP INDEX "public"."reputation_change_user_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."reputation_change_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."reputation_change_product_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."reputation_change_question_id_idx"');
    await queryRunner.query('DROP INDEX "public"."reputation_change_answer_id_idx"');
    await queryRunner.query('DROP TABLE "reputation_change"');
    await queryRunner.query('DROP TYPE "public"."reputation_action"');
    await queryRunner.query('DROP TYPE "public"."reputation_reason"');
    await queryRunner.query('DROP INDEX "public"."badge_award_user_id_badge_tier_uq"');
    await queryRunner.query('DROP INDEX "public"."badge_award_user_id_badge_tier_product_id_uq"');
    await queryRunner.query('DROP INDEX "public"."badge_award_badge_awarded_at_idx"');
    await queryRunner.query('DROP TABLE "badge_award"');
    await queryRunner.query('DROP TYPE "public"."badge_tier"');
  }
}
