import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1795410683475 implements MigrationInterface {
  name = 'CreateIdentity1795410683475';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Counters of rate-limiter-flexible (sign-in and reset throttling); no entity describes them.
    await queryRunner.query(
      'CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_plan\" AS ENUM('free', 'pro', 'enterprise')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "plan" "public"."organisation_plan" NOT NULL, "annual_revenue" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisation_name_uq" UNIQUE ("name"), CONSTRAINT "organisation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_role\" AS ENUM('member', 'expert', 'product_manager', 'moderator', 'admin')",
    );
    await queryRunner.query(
      'CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "display_name" character varying(60) NOT NULL, "password_hash" text, "role" "public"."user_role" NOT NULL DEFAULT \'member\', "locale" character varying(5) NOT NULL DEFAULT \'en\', "organisation_id" uuid, "expert_title" character varying(100), "expert_product_areas" text array NOT NULL DEFAULT \'{}\', "suspended_until" TIMESTAMP WITH TIME ZONE, "suspension_reason" character varying(500), "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_account_locale_check" CHECK (locale IN (\'en\', \'de\')), CONSTRAINT "user_account_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "user_account_email_uq" ON "user_account"  ("email") ',
    );
    await queryRunner.query('CREATE TYPE "public"."api_token_scope" AS ENUM(\'read\', \'write\')');
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "token_hash" character(64) NOT NULL, "prefix" character varying(16) NOT NULL, "scope" "public"."api_token_scope" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_token_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "api_token_user_id_idx" ON "api_token"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "api_token_token_hash_uq" ON "api_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."email_token_purpose" AS ENUM(\'verify_email\', \'reset_password\')',
    );
    await queryRunner.query(
      'CREATE TABLE "email_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."email_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "email" citext NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "email_token_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "email_token_user_id_idx" ON "email_token"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "email_token_token_hash_uq" ON "email_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_session" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(300), "ip_address" character varying(45), CONSTRAINT "user_session_pkey" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query(
      'CREATE INDEX "user_session_user_id_idx" ON "user_session"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "external_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" character varying(255) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "external_identity_issuer_subject_uq" UNIQUE ("issuer", "subject"), CONSTRAINT "external_identity_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "external_identity_user_id_idx" ON "external_identity"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "user_account" ADD CONSTRAINT "user_account_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "email_token" ADD CONSTRAINT "email_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "external_identity" ADD CONSTRAINT "external_identity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "external_identity" DROP CONSTRAINT "external_identity_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" DROP CONSTRAINT "user_session_user_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "email_token" DROP CONSTRAINT "email_token_user_id_fkey"');
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "api_token_user_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "user_account" DROP CONSTRAINT "user_account_organisation_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."external_identity_user_id_idx"');
    await queryRunner.query('DROP TABLE "external_identity"');
    await queryRunner.query('DROP INDEX "public"."user_session_user_id_idx"');
    await queryRunner.query('DROP TABLE "user_session"');
    await queryRunner.query('DROP INDEX "public"."email_token_token_hash_uq"');
    await queryRunner.query('DROP INDEX "public"."email_token_user_id_idx"');
    await queryRunner.query('DROP TABLE "email_token"');
    await queryRunner.query('DROP TYPE "public"."email_token_purpose"');
    await queryRunner.query('DROP INDEX "public"."api_token_token_hash_uq"');
    await queryRunner.query('DROP INDEX "public"."api_token_user_id_idx"');
    await queryRunner.query('DROP TABLE "api_token"');
    await queryRunner.query('DROP TYPE "public"."api_token_scope"');
    await queryRunner.query('DROP INDEX "public"."user_account_email_uq"');
    await queryRunner.query('DROP TABLE "user_account"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP TYPE "public"."organisation_plan"');
    await queryRunner.query('DROP TABLE "rate_limit"');
  }
}
