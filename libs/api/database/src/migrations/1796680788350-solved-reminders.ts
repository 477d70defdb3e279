import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SolvedReminders1796680788350 implements MigrationInterface {
  name = 'SolvedReminders1796680788350';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "solved_reminder_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" integer NOT NULL, "action" character varying(20) NOT NULL, "answer_id" uuid, "user_id" uuid NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "solved_reminder_response_once" UNIQUE ("question_id", "cycle", "action"), CONSTRAINT "solved_reminder_response_answer_check" CHECK ((action = \'accepted\') = (answer_id IS NOT NULL)), CONSTRAINT "solved_reminder_response_action_check" CHECK (action IN (\'accepted\', \'not_solved\', \'stopped\')), CONSTRAINT "solved_reminder_response_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "solved_reminder_response_action_idx" ON "solved_reminder_response"  ("action", "question_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "solved_reminder" ("question_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" integer NOT NULL, "user_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "solved_reminder_pkey" PRIMARY KEY ("question_id", "cycle", "step"))',
    );
    await queryRunner.query(
      'CREATE INDEX "solved_reminder_user_id_idx" ON "solved_reminder"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "support_signing_key" ("id" smallint NOT NULL, "secret" character varying(64) NOT NULL, CONSTRAINT "support_signing_key_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" ADD CONSTRAINT "solved_reminder_response_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" ADD CONSTRAINT "solved_reminder_response_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" ADD CONSTRAINT "solved_reminder_response_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder" ADD CONSTRAINT "solved_reminder_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder" ADD CONSTRAINT "solved_reminder_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "solved_reminder" DROP CONSTRAINT "solved_reminder_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder" DROP CONSTRAINT "solved_reminder_question_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" DROP CONSTRAINT "solved_reminder_response_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" DROP CONSTRAINT "solved_reminder_response_answer_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "solved_reminder_response" DROP CONSTRAINT "solved_reminder_response_question_id_fkey"',
    );
    await queryRunner.query('DROP TABLE "support_signing_key"');
    await queryRunner.query('DROP INDEX "public"."solved_reminder_user_id_idx"');
    await queryRunner.query('DROP TABLE "solved_reminder"');
    await queryRunner.query('DROP INDEX "public"."solved_reminder_response_action_idx"');
    await queryRunner.query('DROP TABLE "solved_reminder_response"');
  }
}
