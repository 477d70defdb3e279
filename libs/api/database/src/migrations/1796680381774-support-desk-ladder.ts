import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportDeskLadder1796680381774 implements MigrationInterface {
  name = 'SupportDeskLadder1796680381774';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "support_breach" ("question_id" uuid NOT NULL, "cycle" integer NOT NULL, "product_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "breached_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "support_breach_pkey" PRIMARY KEY ("question_id", "cycle"))',
    );
    await queryRunner.query(
      'CREATE INDEX "support_breach_product_id_breached_at_idx" ON "support_breach"  ("product_id", "breached_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "support_escalation" ("question_id" uuid NOT NULL, "cycle" integer NOT NULL, "step" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_escalation_step_check" CHECK (step IN (\'warn\', \'breached\', \'admins\')), CONSTRAINT "support_escalation_pkey" PRIMARY KEY ("question_id", "cycle", "step"))',
    );

    // Existing questions enter the desk with the default policy (24 hours round the clock, clock
    // stopped by the first staff answer). Those already past their target without a staff answer
    // count as breached, and the ladder steps already passed are marked done, so the first tick
    // does not send a flood of escalations about old questions.
    await queryRunner.query(`
      WITH first_staff_answer AS (
        SELECT DISTINCT ON (a.question_id) a.question_id, a.created_at, a.author_id
        FROM answer a JOIN user_account u ON u.id = a.author_id
        WHERE a.deleted_at IS NULL AND u.role IN ('expert', 'moderator', 'admin')
        ORDER BY a.question_id, a.created_at, a.id
      ),
      cases AS (
        INSERT INTO support_case (question_id, product_id, status, cycle, clock_started_at, due_at,
                                  responded_at, responded_by_id, breached_at)
        SELECT q.id, q.product_id,
               CASE WHEN q.deleted_at IS NOT NULL OR q.hidden_at IS NOT NULL OR q.state = 'closed'
                      THEN 'closed'
                    WHEN q.accepted_answer_id IS NOT NULL THEN 'solved'
                    WHEN f.question_id IS NOT NULL THEN 'responded'
                    ELSE 'awaiting_response' END,
               1, q.created_at, q.created_at + interval '24 hours', f.created_at, f.author_id,
               CASE WHEN q.created_at + interval '24 hours' < now()
                         AND (f.created_at IS NULL OR f.created_at > q.created_at + interval '24 hours')
                      THEN q.created_at + interval '24 hours' END
        FROM question q LEFT JOIN first_staff_answer f ON f.question_id = q.id
        ON CONFLICT (question_id) DO NOTHING
        RETURNING question_id, product_id, status, clock_started_at, due_at, breached_at,
                  responded_at
      ),
      breaches AS (
        INSERT INTO support_breach (question_id, cycle, product_id, due_at, breached_at, responded_at)
        SELECT question_id, 1, product_id, due_at, breached_at, responded_at
        FROM cases WHERE breached_at IS NOT NULL
      )
      INSERT INTO support_escalation (question_id, cycle, step)
      SELECT c.question_id, 1, s.step
      FROM cases c
      CROSS JOIN (VALUES ('warn', 18), ('breached', 24), ('admins', 36)) AS s(step, hours)
      WHERE c.clock_started_at + make_interval(hours => s.hours) <= now()
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "support_case"');
    await queryRunner.query('DROP TABLE "support_escalation"');
    await queryRunner.query('DROP INDEX "public"."support_breach_product_id_breached_at_idx"');
    await queryRunner.query('DROP TABLE "support_breach"');
  }
}
