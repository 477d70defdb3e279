import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQuestionsAndAnswers1795411882919 implements MigrationInterface {
  name = 'CreateQuestionsAndAnswers1795411882919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(60) NOT NULL, "name" character varying(80) NOT NULL, "description" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_slug_uq" UNIQUE ("slug"), CONSTRAINT "product_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "tag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tag_slug_uq" UNIQUE ("slug"), CONSTRAINT "tag_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"question_state\" AS ENUM('open', 'answered', 'solved', 'closed')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"question_close_reason\" AS ENUM('duplicate', 'off_topic', 'not_reproducible', 'spam')",
    );
    await queryRunner.query(
      'CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "body" text NOT NULL, "language" character varying(5) NOT NULL, "state" "public"."question_state" NOT NULL DEFAULT \'open\', "close_reason" "public"."question_close_reason", "duplicate_of_id" uuid, "accepted_answer_id" uuid, "accepted_by_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "score" integer NOT NULL DEFAULT \'0\', "answer_count" integer NOT NULL DEFAULT \'0\', "view_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "question_duplicate_check" CHECK ((close_reason = \'duplicate\') = (duplicate_of_id IS NOT NULL)), CONSTRAINT "question_language_check" CHECK (language IN (\'en\', \'de\')), CONSTRAINT "question_body_length_check" CHECK (char_length(body) <= 30000), CONSTRAINT "question_title_length_check" CHECK (char_length(title) BETWEEN 15 AND 150), CONSTRAINT "question_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "question_author_id_idx" ON "question"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "question_created_at_idx" ON "question"  ("created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "question_last_activity_at_idx" ON "question"  ("last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "question_product_id_last_activity_at_idx" ON "question"  ("product_id", "last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "score" integer NOT NULL DEFAULT \'0\', "confirmation_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "answer_body_length_check" CHECK (char_length(body) BETWEEN 20 AND 30000), CONSTRAINT "answer_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "answer_author_id_idx" ON "answer"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "answer_question_id_idx" ON "answer"  ("question_id") ');
    await queryRunner.query(
      'CREATE TABLE "question_vote" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "value" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_vote_value_check" CHECK (value IN (-1, 1)), CONSTRAINT "question_vote_pkey" PRIMARY KEY ("question_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_vote_user_id_idx" ON "question_vote"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "answer_vote" ("answer_id" uuid NOT NULL, "user_id" uuid NOT NULL, "value" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "answer_vote_value_check" CHECK (value IN (-1, 1)), CONSTRAINT "answer_vote_pkey" PRIMARY KEY ("answer_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "answer_vote_user_id_idx" ON "answer_vote"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_tag" ("question_id" uuid NOT NULL, "tag_id" uuid NOT NULL, CONSTRAINT "question_tag_pkey" PRIMARY KEY ("question_id", "tag_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_tag_question_id_idx" ON "question_tag"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "question_tag_tag_id_idx" ON "question_tag"  ("tag_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_accepted_answer_id_fkey" FOREIGN KEY ("accepted_answer_id") REFERENCES "answer"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer" ADD CONSTRAINT "answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer" ADD CONSTRAINT "answer_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_vote" ADD CONSTRAINT "question_vote_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_vote" ADD CONSTRAINT "question_vote_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_vote" ADD CONSTRAINT "answer_vote_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_vote" ADD CONSTRAINT "answer_vote_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_tag" ADD CONSTRAINT "question_tag_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "question_tag" ADD CONSTRAINT "question_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "question_tag" DROP CONSTRAINT "question_tag_tag_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_tag" DROP CONSTRAINT "question_tag_question_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "answer_vote" DROP CONSTRAINT "answer_vote_user_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "answer_vote" DROP CONSTRAINT "answer_vote_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_vote" DROP CONSTRAINT "question_vote_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_vote" DROP CONSTRAINT "question_vote_question_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "answer" DROP CONSTRAINT "answer_author_id_fkey"');
    await queryRunner.query('ALTER TABLE "answer" DROP CONSTRAINT "answer_question_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "question" DROP CONSTRAINT "question_accepted_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question" DROP CONSTRAINT "question_accepted_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question" DROP CONSTRAINT "question_duplicate_of_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_author_id_fkey"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_product_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."question_tag_tag_id_idx"');
    await queryRunner.query('DROP INDEX "public"."question_tag_question_id_idx"');
    await queryRunner.query('DROP TABLE "question_tag"');
    await queryRunner.query('DROP INDEX "public"."answer_vote_user_id_idx"');
    await queryRunner.query('DROP TABLE "answer_vote"');
    await queryRunner.query('DROP INDEX "public"."question_vote_user_id_idx"');
    await queryRunner.query('DROP TABLE "question_vote"');
    await queryRunner.query('DROP INDEX "public"."answer_question_id_idx"');
    await queryRunner.query('DROP INDEX "public"."answer_author_id_idx"');
    await queryRunner.query('DROP TABLE "answer"');
    await queryRunner.query('DROP INDEX "public"."question_product_id_last_activity_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_last_activity_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_author_id_idx"');
    await queryRunner.query('DROP TABLE "question"');
    await queryRunner.query('DROP TYPE "public"."question_close_reason"');
    await queryRunner.query('DROP TYPE "public"."question_state"');
    await queryRunner.query('DROP TABLE "tag"');
    await queryRunner.query('DROP TABLE "product"');
  }
}
