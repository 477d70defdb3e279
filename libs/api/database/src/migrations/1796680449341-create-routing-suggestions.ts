import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRoutingSuggestions1796680449341 implements MigrationInterface {
  name = 'CreateRoutingSuggestions1796680449341';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "routing_notice" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "routing_notice_pkey" PRIMARY KEY ("question_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "routing_suggestion" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rank" smallint NOT NULL, "audience" character varying(10) NOT NULL, "score" double precision NOT NULL, "solved_similar" integer NOT NULL, "answered_in_area" integer NOT NULL, "area_name" character varying(80), "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "routing_suggestion_audience_check" CHECK (audience IN (\'expert\', \'community\')), CONSTRAINT "routing_suggestion_pkey" PRIMARY KEY ("question_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "routing_suggestion_user_id_idx" ON "routing_suggestion"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_notice" ADD CONSTRAINT "routing_notice_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_notice" ADD CONSTRAINT "routing_notice_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_suggestion" ADD CONSTRAINT "routing_suggestion_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_suggestion" ADD CONSTRAINT "routing_suggestion_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "routing_suggestion" DROP CONSTRAINT "routing_suggestion_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_suggestion" DROP CONSTRAINT "routing_suggestion_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_notice" DROP CONSTRAINT "routing_notice_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_notice" DROP CONSTRAINT "routing_notice_question_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."routing_suggestion_user_id_idx"');
    await queryRunner.query('DROP TABLE "routing_suggestion"');
    await queryRunner.query('DROP TABLE "routing_notice"');
  }
}
