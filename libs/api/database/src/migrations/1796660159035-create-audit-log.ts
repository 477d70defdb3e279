import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of staff actions. Triggers make it append-only for every database role that
 * does not own the table's triggers, including the API's.
 */
export class CreateAuditLog1796660159035 implements MigrationInterface {
  name = 'CreateAuditLog1796660159035';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "target_type" character varying(32) NOT NULL, "target_id" character varying(100) NOT NULL, "before" jsonb, "after" jsonb, "reason" character varying(1000), "ip_address" character varying(45), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_action_created_at_idx" ON "audit_entry"  ("action", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_target_type_target_id_created_at_idx" ON "audit_entry"  ("target_type", "target_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_actor_id_created_at_idx" ON "audit_entry"  ("actor_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_created_at_idx" ON "audit_entry"  ("created_at") ',
    );
    await queryRunner.query(
      `CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry"
       FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
       FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER "audit_entry_append_only" ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION "refuse_audit_change"()');
    await queryRunner.query('DROP INDEX "public"."audit_entry_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_actor_id_created_at_idx"');
    await queryRunner.query(
      'DROP INDEX "public"."audit_entry_target_type_target_id_created_at_idx"',
    );
    await queryRunner.query('DROP INDEX "public"."audit_entry_action_created_at_idx"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}
