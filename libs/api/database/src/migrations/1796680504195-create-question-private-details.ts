import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateQuestionPrivateDetails1796680504195 implements MigrationInterface {
  name = 'CreateQuestionPrivateDetails1796680504195';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "question_private_details" ("question_id" uuid NOT NULL, "body" text NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_private_details_body_check" CHECK (char_length(body) BETWEEN 1 AND 4000), CONSTRAINT "question_private_details_pkey" PRIMARY KEY ("question_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "question_private_details" ADD CONSTRAINT "question_private_details_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question_private_details" ADD CONSTRAINT "question_private_details_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "question_private_details" DROP CONSTRAINT "question_private_details_updated_by_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "question_private_details" DROP CONSTRAINT "question_private_details_question_id_fkey"',
    );
    await queryRunner.query('DROP TABLE "question_private_details"');
  }
}
