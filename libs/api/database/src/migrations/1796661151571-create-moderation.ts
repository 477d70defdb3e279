import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderation domain: flags, the review queue, the settings row with its defaults, trusted
 * accounts and the post fingerprints the spam rules compare.
 */
export class CreateModeration1796661151571 implements MigrationInterface {
  name = 'CreateModeration1796661151571';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"review_target_kind\" AS ENUM('question', 'answer', 'comment', 'user')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"review_cause\" AS ENUM('flags', 'first_post', 'spam_rule')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"review_status\" AS ENUM('open', 'approved', 'rejected')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"review_action\" AS ENUM('approve', 'hide', 'delete', 'suspend_author')",
    );
    await queryRunner.query(
      'CREATE TABLE "review_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_kind" "public"."review_target_kind" NOT NULL, "target_id" uuid NOT NULL, "author_id" uuid NOT NULL, "product_id" uuid, "cause" "public"."review_cause" NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT \'open\', "spam_rule" character varying(40), "flag_count" integer NOT NULL DEFAULT \'0\', "flag_weight" integer NOT NULL DEFAULT \'0\', "needs_staff" boolean NOT NULL DEFAULT false, "hidden_by_flags_at" TIMESTAMP WITH TIME ZONE, "claimed_by_id" uuid, "claimed_until" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_action" "public"."review_action", "resolution_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_item_resolution_check" CHECK ((status = \'open\') = (resolved_at IS NULL) AND (status = \'open\') = (resolution_action IS NULL)), CONSTRAINT "review_item_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "review_item_status_created_at_idx" ON "review_item"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "review_item_open_target_uq" ON "review_item"  ("target_kind", "target_id") WHERE status = \'open\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"flag_target_kind\" AS ENUM('question', 'answer', 'comment', 'user')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"flag_reason\" AS ENUM('spam', 'offensive', 'off_topic', 'needs_staff', 'other')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"flag_outcome\" AS ENUM('open', 'upheld', 'dismissed')",
    );
    await queryRunner.query(
      'CREATE TABLE "flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_kind" "public"."flag_target_kind" NOT NULL, "target_id" uuid NOT NULL, "flagger_id" uuid NOT NULL, "reason" "public"."flag_reason" NOT NULL, "note" character varying(500), "weight" integer NOT NULL, "review_item_id" uuid NOT NULL, "outcome" "public"."flag_outcome" NOT NULL DEFAULT \'open\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "flag_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "flag_flagger_id_idx" ON "flag"  ("flagger_id") ');
    await queryRunner.query(
      'CREATE INDEX "flag_review_item_id_idx" ON "flag"  ("review_item_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "flag_target_kind_target_id_flagger_id_uq" ON "flag"  ("target_kind", "target_id", "flagger_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_settings" ("id" smallint NOT NULL DEFAULT \'1\', "flag_hide_weight" integer NOT NULL DEFAULT \'4\', "new_account_reputation" integer NOT NULL DEFAULT \'10\', "new_account_days" integer NOT NULL DEFAULT \'7\', "link_rule_enabled" boolean NOT NULL DEFAULT true, "max_links" integer NOT NULL DEFAULT \'3\', "repeat_rule_enabled" boolean NOT NULL DEFAULT true, "repeat_window_days" integer NOT NULL DEFAULT \'7\', "typing_rule_enabled" boolean NOT NULL DEFAULT true, "max_characters_per_second" integer NOT NULL DEFAULT \'25\', "first_post_review_enabled" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_settings_single_row_check" CHECK (id = 1), CONSTRAINT "moderation_settings_pkey" PRIMARY KEY ("id"))',
    );
    // The one settings row, with the defaults; admins change it, nobody inserts another.
    await queryRunner.query('INSERT INTO "moderation_settings" ("id") VALUES (1)');
    await queryRunner.query(
      'CREATE TABLE "post_fingerprint" ("post_id" uuid NOT NULL, "post_kind" character varying(10) NOT NULL, "author_id" uuid NOT NULL, "text_hash" character(64) NOT NULL, "characters" integer NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "post_fingerprint_pkey" PRIMARY KEY ("post_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "post_fingerprint_author_id_posted_at_idx" ON "post_fingerprint"  ("author_id", "posted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trusted_account" ("user_id" uuid NOT NULL, "trusted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "trusted_account_pkey" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "review_item" ADD CONSTRAINT "review_item_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_item" ADD CONSTRAINT "review_item_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "flag" ADD CONSTRAINT "flag_flagger_id_fkey" FOREIGN KEY ("flagger_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "flag" ADD CONSTRAINT "flag_review_item_id_fkey" FOREIGN KEY ("review_item_id") REFERENCES "review_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_fingerprint" ADD CONSTRAINT "post_fingerprint_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trusted_account" ADD CONSTRAINT "trusted_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trusted_account" ADD CONSTRAINT "trusted_account_trusted_by_id_fkey" FOREIGN KEY ("trusted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "trusted_account" DROP CONSTRAINT "trusted_account_trusted_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "trusted_account" DROP CONSTRAINT "trusted_account_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_fingerprint" DROP CONSTRAINT "post_fingerprint_author_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "flag" DROP CONSTRAINT "flag_review_item_id_fkey"');
    await queryRunner.query('ALTER TABLE "flag" DROP CONSTRAINT "flag_flagger_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "review_item" DROP CONSTRAINT "review_item_resolved_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "review_item" DROP CONSTRAINT "review_item_claimed_by_id_fkey"',
    );
    await queryRunner.query('DROP TABLE "trusted_account"');
    await queryRunner.query('DROP INDEX "public"."post_fingerprint_author_id_posted_at_idx"');
    await queryRunner.query('DROP TABLE "post_fingerprint"');
    await queryRunner.query('DROP TABLE "moderation_settings"');
    await queryRunner.query('DROP INDEX "public"."flag_target_kind_target_id_flagger_id_uq"');
    await queryRunner.query('DROP INDEX "public"."flag_review_item_id_idx"');
    await queryRunner.query('DROP INDEX "public"."flag_flagger_id_idx"');
    await queryRunner.query('DROP TABLE "flag"');
    await queryRunner.query('DROP TYPE "public"."flag_outcome"');
    await queryRunner.query('DROP TYPE "public"."flag_reason"');
    await queryRunner.query('DROP TYPE "public"."flag_target_kind"');
    await queryRunner.query('DROP INDEX "public"."review_item_open_target_uq"');
    await queryRunner.query('DROP INDEX "public"."review_item_status_created_at_idx"');
    await queryRunner.query('DROP TABLE "review_item"');
    await queryRunner.query('DROP TYPE "public"."review_action"');
    await queryRunner.query('DROP TYPE "public"."review_status"');
    await queryRunner.query('DROP TYPE "public"."review_cause"');
    await queryRunner.query('DROP TYPE "public"."review_target_kind"');
  }
}
