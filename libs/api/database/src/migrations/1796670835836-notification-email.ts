import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationEmail1796670835836 implements MigrationInterface {
  name = 'NotificationEmail1796670835836';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_digest" ("user_id" uuid NOT NULL, "cadence" character varying(12) NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "item_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_digest_pkey" PRIMARY KEY ("user_id", "cadence", "period_start"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_signing_key" ("id" smallint NOT NULL, "secret" character varying(64) NOT NULL, CONSTRAINT "notification_signing_key_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "email_cadence" character varying(12) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preference_email_cadence_check" CHECK (email_cadence IN (\'immediately\', \'daily\', \'weekly\', \'never\')), CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "user_account" ADD "time_zone" character varying(64) NOT NULL DEFAULT \'UTC\'',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest" ADD CONSTRAINT "notification_digest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest" DROP CONSTRAINT "notification_digest_user_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "time_zone"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP TABLE "notification_signing_key"');
    await queryRunner.query('DROP TABLE "notification_digest"');
  }
}
