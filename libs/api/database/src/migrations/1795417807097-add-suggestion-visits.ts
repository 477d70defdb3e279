import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSuggestionVisits1795417807097 implements MigrationInterface {
  name = 'AddSuggestionVisits1795417807097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "suggestion_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "question_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "asked_question_id" uuid, CONSTRAINT "suggestion_visit_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "suggestion_visit_question_idx" ON "suggestion_visit"  ("question_id", "opened_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "suggestion_visit_draft_idx" ON "suggestion_visit"  ("draft_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_visit" ADD CONSTRAINT "suggestion_visit_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_visit" ADD CONSTRAINT "suggestion_visit_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "suggestion_visit" DROP CONSTRAINT "suggestion_visit_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "suggestion_visit" DROP CONSTRAINT "suggestion_visit_user_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."suggestion_visit_draft_idx"');
    await queryRunner.query('DROP INDEX "public"."suggestion_visit_question_idx"');
    await queryRunner.query('DROP TABLE "suggestion_visit"');
  }
}
