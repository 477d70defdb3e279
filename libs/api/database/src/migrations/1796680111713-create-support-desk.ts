import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSupportDesk1796680111713 implements MigrationInterface {
  name = 'CreateSupportDesk1796680111713';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "expert_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "product_id" uuid, "tag_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_area_target_check" CHECK (num_nonnulls(product_id, tag_id) = 1), CONSTRAINT "expert_area_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "expert_area_tag_id_idx" ON "expert_area"  ("tag_id") WHERE tag_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "expert_area_product_id_idx" ON "expert_area"  ("product_id") WHERE product_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "expert_area_user_tag_key" ON "expert_area"  ("user_id", "tag_id") WHERE tag_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "expert_area_user_product_key" ON "expert_area"  ("user_id", "product_id") WHERE product_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "expert_availability" ("user_id" uuid NOT NULL, "away_since" TIMESTAMP WITH TIME ZONE NOT NULL, "away_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "expert_availability_range_check" CHECK (away_until IS NULL OR away_until > away_since), CONSTRAINT "expert_availability_pkey" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "support_case" ("question_id" uuid NOT NULL, "product_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'awaiting_response\', "cycle" integer NOT NULL DEFAULT \'1\', "clock_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "responded_by_id" uuid, "waiting_since" TIMESTAMP WITH TIME ZONE, "claimed_by_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "assigned_by_id" uuid, "snoozed_until" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_claim_check" CHECK ((claimed_by_id IS NULL) = (claimed_at IS NULL)), CONSTRAINT "support_case_status_check" CHECK (status IN (\'awaiting_response\', \'responded\', \'solved\', \'closed\')), CONSTRAINT "support_case_pkey" PRIMARY KEY ("question_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "support_case_claimed_by_id_idx" ON "support_case"  ("claimed_by_id") WHERE claimed_by_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "support_case_status_due_at_idx" ON "support_case"  ("status", "due_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "support_policy" ("product_id" uuid NOT NULL, "time_zone" character varying(64) NOT NULL DEFAULT \'UTC\', "working_days" smallint array NOT NULL DEFAULT \'{1,2,3,4,5,6,7}\', "day_start_minute" smallint NOT NULL DEFAULT \'0\', "day_end_minute" smallint NOT NULL DEFAULT \'1440\', "holidays" date array NOT NULL DEFAULT \'{}\', "first_response_target_minutes" integer NOT NULL DEFAULT \'1440\', "warn_at_percent" smallint NOT NULL DEFAULT \'75\', "admin_escalation_percent" smallint NOT NULL DEFAULT \'150\', "lead_expert_id" uuid, "clock_stops_at" character varying(20) NOT NULL DEFAULT \'staff_answer\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_policy_clock_stop_check" CHECK (clock_stops_at IN (\'staff_answer\', \'any_answer\')), CONSTRAINT "support_policy_ladder_check" CHECK (warn_at_percent BETWEEN 10 AND 99 AND admin_escalation_percent BETWEEN 101 AND 1000), CONSTRAINT "support_policy_target_check" CHECK (first_response_target_minutes BETWEEN 15 AND 43200), CONSTRAINT "support_policy_day_check" CHECK (day_start_minute >= 0 AND day_end_minute <= 1440 AND day_start_minute < day_end_minute), CONSTRAINT "support_policy_pkey" PRIMARY KEY ("product_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_area" ADD CONSTRAINT "expert_area_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_area" ADD CONSTRAINT "expert_area_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_area" ADD CONSTRAINT "expert_area_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_availability" ADD CONSTRAINT "expert_availability_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_case" ADD CONSTRAINT "support_case_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_case" ADD CONSTRAINT "support_case_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_policy" ADD CONSTRAINT "support_policy_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_policy" ADD CONSTRAINT "support_policy_lead_expert_id_fkey" FOREIGN KEY ("lead_expert_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "support_policy" DROP CONSTRAINT "support_policy_lead_expert_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_policy" DROP CONSTRAINT "support_policy_product_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_case" DROP CONSTRAINT "support_case_claimed_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_case" DROP CONSTRAINT "support_case_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "expert_availability" DROP CONSTRAINT "expert_availability_user_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "expert_area" DROP CONSTRAINT "expert_area_tag_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "expert_area" DROP CONSTRAINT "expert_area_product_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "expert_area" DROP CONSTRAINT "expert_area_user_id_fkey"');
    await queryRunner.query('DROP TABLE "support_policy"');
    await queryRunner.query('DROP INDEX "public"."support_case_status_due_at_idx"');
    await queryRunner.query('DROP INDEX "public"."support_case_claimed_by_id_idx"');
    await queryRunner.query('DROP TABLE "support_case"');
    await queryRunner.query('DROP TABLE "expert_availability"');
    await queryRunner.query('DROP INDEX "public"."expert_area_user_product_key"');
    await queryRunner.query('DROP INDEX "public"."expert_area_user_tag_key"');
    await queryRunner.query('DROP INDEX "public"."expert_area_product_id_idx"');
    await queryRunner.query('DROP INDEX "public"."expert_area_tag_id_idx"');
    await queryRunner.query('DROP TABLE "expert_area"');
  }
}
