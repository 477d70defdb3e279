import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailDeadLettersAndDeliveries1796692004572 implements MigrationInterface {
  name = 'MailDeadLettersAndDeliveries1796692004572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_dead_letter" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_id" uuid NOT NULL, "template" character varying(64) NOT NULL, "mail_class" character varying(16) NOT NULL, "recipient" character varying(320) NOT NULL, "locale" character varying(8) NOT NULL, "data" jsonb, "headers" jsonb, "attempts" integer NOT NULL, "last_error" character varying(1000) NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" character varying(8) NOT NULL DEFAULT \'dead\', "resent_at" TIMESTAMP WITH TIME ZONE, "resent_job_id" uuid, CONSTRAINT "mail_dead_letter_state_ck" CHECK ("state" IN (\'dead\', \'resent\')), CONSTRAINT "mail_dead_letter_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_dead_letter_state_id_idx" ON "mail_dead_letter"  ("state", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mail_dead_letter_job_id_uq" ON "mail_dead_letter"  ("job_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_delivery" ("job_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "mail_delivery_pkey" PRIMARY KEY ("job_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_delivery_sent_at_idx" ON "mail_delivery"  ("sent_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."mail_delivery_sent_at_idx"');
    await queryRunner.query('DROP TABLE "mail_delivery"');
    await queryRunner.query('DROP INDEX "public"."mail_dead_letter_job_id_uq"');
    await queryRunner.query('DROP INDEX "public"."mail_dead_letter_state_id_idx"');
    await queryRunner.query('DROP TABLE "mail_dead_letter"');
  }
}
