import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCommentsRevisionsAndViews1795412114469 implements MigrationInterface {
  name = 'AddCommentsRevisionsAndViews1795412114469';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid, "answer_id" uuid, "author_id" uuid NOT NULL, "body" character varying(600) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "comment_body_length_check" CHECK (char_length(body) BETWEEN 2 AND 600), CONSTRAINT "comment_parent_check" CHECK ((question_id IS NULL) <> (answer_id IS NULL)), CONSTRAINT "comment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "comment_answer_id_idx" ON "comment"  ("answer_id") ');
    await queryRunner.query(
      'CREATE INDEX "comment_question_id_idx" ON "comment"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "answer_confirmation" ("answer_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "answer_confirmation_pkey" PRIMARY KEY ("answer_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "answer_confirmation_user_id_idx" ON "answer_confirmation"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid, "answer_id" uuid, "editor_id" uuid NOT NULL, "previous_title" text, "previous_body" text NOT NULL, "previous_tags" text array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_revision_parent_check" CHECK ((question_id IS NULL) <> (answer_id IS NULL)), CONSTRAINT "post_revision_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "post_revision_answer_id_idx" ON "post_revision"  ("answer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "post_revision_question_id_idx" ON "post_revision"  ("question_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "question_view" ("question_id" uuid NOT NULL, "visitor" character varying(64) NOT NULL, "day" date NOT NULL, "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_view_pkey" PRIMARY KEY ("question_id", "visitor", "day"))',
    );
    await queryRunner.query('ALTER TABLE "question" ADD "closed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "question" ADD "closed_by_id" uuid');
    await queryRunner.query('ALTER TABLE "question" ADD "deleted_by_id" uuid');
    await queryRunner.query('ALTER TABLE "answer" ADD "deleted_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer" ADD CONSTRAINT "answer_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" ADD CONSTRAINT "answer_confirmation_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" ADD CONSTRAINT "answer_confirmation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" ADD CONSTRAINT "answer_confirmation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" ADD CONSTRAINT "post_revision_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" ADD CONSTRAINT "post_revision_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" ADD CONSTRAINT "post_revision_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_view" ADD CONSTRAINT "question_view_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "question_view" DROP CONSTRAINT "question_view_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" DROP CONSTRAINT "post_revision_editor_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" DROP CONSTRAINT "post_revision_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_revision" DROP CONSTRAINT "post_revision_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" DROP CONSTRAINT "answer_confirmation_organisation_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" DROP CONSTRAINT "answer_confirmation_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "answer_confirmation" DROP CONSTRAINT "answer_confirmation_answer_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_author_id_fkey"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_answer_id_fkey"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "comment_question_id_fkey"');
    await queryRunner.query('ALTER TABLE "answer" DROP CONSTRAINT "answer_deleted_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_deleted_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_closed_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "answer" DROP COLUMN "deleted_by_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "deleted_by_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "closed_by_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "closed_at"');
    await queryRunner.query('DROP TABLE "question_view"');
    await queryRunner.query('DROP INDEX "public"."post_revision_question_id_idx"');
    await queryRunner.query('DROP INDEX "public"."post_revision_answer_id_idx"');
    await queryRunner.query('DROP TABLE "post_revision"');
    await queryRunner.query('DROP INDEX "public"."answer_confirmation_user_id_idx"');
    await queryRunner.query('DROP TABLE "answer_confirmation"');
    await queryRunner.query('DROP INDEX "public"."comment_question_id_idx"');
    await queryRunner.query('DROP INDEX "public"."comment_answer_id_idx"');
    await queryRunner.query('DROP TABLE "comment"');
  }
}
