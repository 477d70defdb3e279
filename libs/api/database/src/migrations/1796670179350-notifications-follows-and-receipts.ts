import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsFollowsAndReceipts1796670179350 implements MigrationInterface {
  name = 'NotificationsFollowsAndReceipts1796670179350';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_receipt" ("user_id" uuid NOT NULL, "event_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_receipt_pkey" PRIMARY KEY ("user_id", "event_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "follow" ("user_id" uuid NOT NULL, "target_type" character varying(20) NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follow_target_type_check" CHECK (target_type IN (\'question\', \'idea\', \'tag\', \'product\')), CONSTRAINT "follow_pkey" PRIMARY KEY ("user_id", "target_type", "target_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_target_idx" ON "follow"  ("target_type", "target_id") ',
    );
    await queryRunner.query('ALTER TABLE "notification" ADD "actor_id" uuid');
    await queryRunner.query('ALTER TABLE "notification" ADD "subject_key" character varying(120)');
    await queryRunner.query(
      'ALTER TABLE "notification" ADD "count" integer NOT NULL DEFAULT \'1\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notification_unread_subject_key" ON "notification"  ("user_id", "kind", "subject_key") WHERE read_at IS NULL AND subject_key IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_receipt" ADD CONSTRAINT "notification_receipt_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow" ADD CONSTRAINT "follow_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "follow" DROP CONSTRAINT "follow_user_id_fkey"');
    await queryRunner.query(
      'ALTER TABLE "notification_receipt" DROP CONSTRAINT "notification_receipt_user_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "notification_actor_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."notification_unread_subject_key"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "count"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "subject_key"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "actor_id"');
    await queryRunner.query('DROP INDEX "public"."follow_target_idx"');
    await queryRunner.query('DROP TABLE "follow"');
    await queryRunner.query('DROP TABLE "notification_receipt"');
  }
}
