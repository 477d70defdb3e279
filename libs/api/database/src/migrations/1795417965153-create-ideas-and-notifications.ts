import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdeasAndNotifications1795417965153 implements MigrationInterface {
  name = 'CreateIdeasAndNotifications1795417965153';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"idea_status\" AS ENUM('under_review', 'planned', 'in_progress', 'shipped', 'declined')",
    );
    await queryRunner.query(
      'CREATE TABLE "idea" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "description" text NOT NULL, "status" "public"."idea_status" NOT NULL DEFAULT \'under_review\', "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "vote_count" integer NOT NULL DEFAULT \'0\', "organisation_count" integer NOT NULL DEFAULT \'0\', "comment_count" integer NOT NULL DEFAULT \'0\', "linked_question_count" integer NOT NULL DEFAULT \'0\', "asker_count" integer NOT NULL DEFAULT \'0\', "asker_organisation_count" integer NOT NULL DEFAULT \'0\', "merged_into_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idea_counters_check" CHECK (vote_count >= 0 AND organisation_count >= 0), CONSTRAINT "idea_not_merged_into_itself_check" CHECK (merged_into_id IS NULL OR merged_into_id <> id), CONSTRAINT "idea_description_length_check" CHECK (char_length(description) <= 10000), CONSTRAINT "idea_title_length_check" CHECK (char_length(title) BETWEEN 10 AND 150), CONSTRAINT "idea_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_merged_into_id_idx" ON "idea"  ("merged_into_id") ',
    );
    await queryRunner.query('CREATE INDEX "idea_product_id_idx" ON "idea"  ("product_id") ');
    await queryRunner.query('CREATE INDEX "idea_created_at_idx" ON "idea"  ("created_at") ');
    await queryRunner.query('CREATE INDEX "idea_vote_count_idx" ON "idea"  ("vote_count") ');
    await queryRunner.query(
      'CREATE TABLE "idea_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "idea_comment_body_length_check" CHECK (char_length(body) BETWEEN 2 AND 5000), CONSTRAINT "idea_comment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_comment_idea_id_created_at_idx" ON "idea_comment"  ("idea_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_question" ("idea_id" uuid NOT NULL, "question_id" uuid NOT NULL, "linked_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idea_question_pkey" PRIMARY KEY ("idea_id", "question_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_question_question_id_idx" ON "idea_question"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idea_note_body_length_check" CHECK (char_length(body) BETWEEN 1 AND 5000), CONSTRAINT "idea_note_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_note_idea_id_created_at_idx" ON "idea_note"  ("idea_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "from_status" "public"."idea_status" NOT NULL, "to_status" "public"."idea_status" NOT NULL, "message" text NOT NULL, "changed_by_id" uuid NOT NULL, "notified_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idea_status_change_message_length_check" CHECK (char_length(message) BETWEEN 2 AND 2000), CONSTRAINT "idea_status_change_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_status_change_idea_id_created_at_idx" ON "idea_status_change"  ("idea_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"idea_vote_importance\" AS ENUM('nice_to_have', 'important', 'critical')",
    );
    await queryRunner.query(
      'CREATE TABLE "idea_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "user_id" uuid, "organisation_id" uuid, "plan" character varying(20), "importance" "public"."idea_vote_importance", "reason" character varying(280), "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idea_vote_idea_id_user_id_uq" UNIQUE ("idea_id", "user_id"), CONSTRAINT "idea_vote_reason_length_check" CHECK (char_length(reason) <= 280), CONSTRAINT "idea_vote_plan_check" CHECK (plan IN (\'free\', \'pro\', \'enterprise\')), CONSTRAINT "idea_vote_recorded_organisation_check" CHECK (recorded_by_id IS NULL OR organisation_id IS NOT NULL), CONSTRAINT "idea_vote_voter_check" CHECK ((user_id IS NULL) = (recorded_by_id IS NOT NULL)), CONSTRAINT "idea_vote_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "idea_vote_user_id_idx" ON "idea_vote"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "idea_vote_idea_id_organisation_id_idx" ON "idea_vote"  ("idea_id", "organisation_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "idea_vote_idea_id_organisation_id_recorded_uq" ON "idea_vote"  ("idea_id", "organisation_id") WHERE recorded_by_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_vote_day" ("idea_id" uuid NOT NULL, "day" date NOT NULL, "votes" integer NOT NULL, CONSTRAINT "idea_vote_day_pkey" PRIMARY KEY ("idea_id", "day"))',
    );
    await queryRunner.query('CREATE INDEX "idea_vote_day_day_idx" ON "idea_vote_day"  ("day") ');
    await queryRunner.query(
      'CREATE TABLE "idea_vote_tally" ("idea_id" uuid NOT NULL, "plan" character varying(20) NOT NULL, "importance" character varying(20) NOT NULL, "votes" integer NOT NULL, CONSTRAINT "idea_vote_tally_pkey" PRIMARY KEY ("idea_id", "plan", "importance"))',
    );
    await queryRunner.query(
      'CREATE TABLE "idea_organisation_tally" ("idea_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "votes" integer NOT NULL, CONSTRAINT "idea_organisation_tally_pkey" PRIMARY KEY ("idea_id", "organisation_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idea_organisation_tally_organisation_id_idx" ON "idea_organisation_tally"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_user_id_created_at_idx" ON "notification"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "idea" ADD CONSTRAINT "idea_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea" ADD CONSTRAINT "idea_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea" ADD CONSTRAINT "idea_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "idea"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_comment" ADD CONSTRAINT "idea_comment_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_comment" ADD CONSTRAINT "idea_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_question" ADD CONSTRAINT "idea_question_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_question" ADD CONSTRAINT "idea_question_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_question" ADD CONSTRAINT "idea_question_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_note" ADD CONSTRAINT "idea_note_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_note" ADD CONSTRAINT "idea_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_status_change" ADD CONSTRAINT "idea_status_change_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_status_change" ADD CONSTRAINT "idea_status_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" ADD CONSTRAINT "idea_vote_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" ADD CONSTRAINT "idea_vote_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" ADD CONSTRAINT "idea_vote_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" ADD CONSTRAINT "idea_vote_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_day" ADD CONSTRAINT "idea_vote_day_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_tally" ADD CONSTRAINT "idea_vote_tally_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_organisation_tally" ADD CONSTRAINT "idea_organisation_tally_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "idea"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_organisation_tally" ADD CONSTRAINT "idea_organisation_tally_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "notification_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_organisation_tally" DROP CONSTRAINT "idea_organisation_tally_organisation_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_organisation_tally" DROP CONSTRAINT "idea_organisation_tally_idea_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_tally" DROP CONSTRAINT "idea_vote_tally_idea_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote_day" DROP CONSTRAINT "idea_vote_day_idea_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" DROP CONSTRAINT "idea_vote_recorded_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_vote" DROP CONSTRAINT "idea_vote_organisation_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "idea_vote" DROP CONSTRAINT "idea_vote_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "idea_vote" DROP CONSTRAINT "idea_vote_idea_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "idea_status_change" DROP CONSTRAINT "idea_status_change_changed_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_status_change" DROP CONSTRAINT "idea_status_change_idea_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "idea_note" DROP CONSTRAINT "idea_note_author_id_fkey"');
    await queryRunner.query('ALTER TABLE "idea_note" DROP CONSTRAINT "idea_note_idea_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "idea_question" DROP CONSTRAINT "idea_question_linked_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_question" DROP CONSTRAINT "idea_question_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_question" DROP CONSTRAINT "idea_question_idea_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_comment" DROP CONSTRAINT "idea_comment_author_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "idea_comment" DROP CONSTRAINT "idea_comment_idea_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "idea" DROP CONSTRAINT "idea_merged_into_id_fkey"');
    await queryRunner.query('ALTER TABLE "idea" DROP CONSTRAINT "idea_author_id_fkey"');
    await queryRunner.query('ALTER TABLE "idea" DROP CONSTRAINT "idea_product_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."notification_user_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP INDEX "public"."idea_organisation_tally_organisation_id_idx"');
    await queryRunner.query('DROP TABLE "idea_organisation_tally"');
    await queryRunner.query('DROP TABLE "idea_vote_tally"');
    await queryRunner.query('DROP INDEX "public"."idea_vote_day_day_idx"');
    await queryRunner.query('DROP TABLE "idea_vote_day"');
    await queryRunner.query('DROP INDEX "public"."idea_vote_idea_id_organisation_id_recorded_uq"');
    await queryRunner.query('DROP INDEX "public"."idea_vote_idea_id_organisation_id_idx"');
    await queryRunner.query('DROP INDEX "public"."idea_vote_user_id_idx"');
    await queryRunner.query('DROP TABLE "idea_vote"');
    await queryRunner.query('DROP TYPE "public"."idea_vote_importance"');
    await queryRunner.query('DROP INDEX "public"."idea_status_change_idea_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "idea_status_change"');
    await queryRunner.query('DROP INDEX "public"."idea_note_idea_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "idea_note"');
    await queryRunner.query('DROP INDEX "public"."idea_question_question_id_idx"');
    await queryRunner.query('DROP TABLE "idea_question"');
    await queryRunner.query('DROP INDEX "public"."idea_comment_idea_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "idea_comment"');
    await queryRunner.query('DROP INDEX "public"."idea_vote_count_idx"');
    await queryRunner.query('DROP INDEX "public"."idea_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."idea_product_id_idx"');
    await queryRunner.query('DROP INDEX "public"."idea_merged_into_id_idx"');
    await queryRunner.query('DROP TABLE "idea"');
    await queryRunner.query('DROP TYPE "public"."idea_status"');
  }
}
