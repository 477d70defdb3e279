import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hiding or deleting a post removes the notifications that name it in the same transaction; the
 * GIN index answers `payload @> '{"answerId": …}'` so that delete never scans every notification.
 */
export class NotificationPayloadIndex1796676000000 implements MigrationInterface {
  name = 'NotificationPayloadIndex1796676000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "notification_payload_idx" ON "notification" USING gin ("payload" jsonb_path_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "notification_payload_idx"');
  }
}
