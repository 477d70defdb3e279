import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HidePostsLockAndPinQuestions1796660610428 implements MigrationInterface {
  name = 'HidePostsLockAndPinQuestions1796660610428';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "question" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"post_hidden_reason\" AS ENUM('flagged', 'awaiting_review', 'moderator')",
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD "hidden_reason" "public"."post_hidden_reason"',
    );
    await queryRunner.query('ALTER TABLE "question" ADD "hidden_note" character varying(1000)');
    await queryRunner.query('ALTER TABLE "question" ADD "hidden_by_id" uuid');
    await queryRunner.query('ALTER TABLE "question" ADD "locked_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "question" ADD "locked_by_id" uuid');
    await queryRunner.query('ALTER TABLE "question" ADD "pinned_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "answer" ADD "hidden_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "answer" ADD "hidden_reason" "public"."post_hidden_reason"',
    );
    await queryRunner.query('ALTER TABLE "answer" ADD "hidden_note" character varying(1000)');
    await queryRunner.query('ALTER TABLE "answer" ADD "hidden_by_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "question_hidden_at_idx" ON "question"  ("hidden_at") WHERE hidden_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "question_product_id_pinned_at_idx" ON "question"  ("product_id", "pinned_at") WHERE pinned_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "answer_hidden_at_idx" ON "answer"  ("hidden_at") WHERE hidden_at IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_locked_check" CHECK (locked_by_id IS NULL OR locked_at IS NOT NULL)',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_hidden_check" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "answer" ADD CONSTRAINT "answer_hidden_check" CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "question" ADD CONSTRAINT "question_locked_by_id_fkey" FOREIGN KEY ("locked_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "answer" ADD CONSTRAINT "answer_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );

    // The tally counts what everyone may see: hidden questions leave it like deleted ones.
    await queryRunner.query(
      tallyFunction(
        'OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL',
        'NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL',
      ),
    );
    await queryRunner.query('DROP TRIGGER question_tally_follow ON question');
    await queryRunner.query(`
      CREATE TRIGGER question_tally_follow AFTER INSERT OR DELETE OR UPDATE OF product_id, state, deleted_at, hidden_at
      ON question FOR EACH ROW EXECUTE FUNCTION question_tally_follow()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER question_tally_follow ON question');
    await queryRunner.query(tallyFunction('OLD.deleted_at IS NULL', 'NEW.deleted_at IS NULL'));
    await queryRunner.query(`
      CREATE TRIGGER question_tally_follow AFTER INSERT OR DELETE OR UPDATE OF product_id, state, deleted_at
      ON question FOR EACH ROW EXECUTE FUNCTION question_tally_follow()`);
    await queryRunner.query('DELETE FROM question_tally');
    await queryRunner.query(`
      INSERT INTO question_tally (product_id, state, questions)
      SELECT product_id, state, count(*) FROM question WHERE deleted_at IS NULL GROUP BY 1, 2`);
    await queryRunner.query('ALTER TABLE "answer" DROP CONSTRAINT "answer_hidden_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_locked_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_hidden_by_id_fkey"');
    await queryRunner.query('ALTER TABLE "answer" DROP CONSTRAINT "answer_hidden_check"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_hidden_check"');
    await queryRunner.query('ALTER TABLE "question" DROP CONSTRAINT "question_locked_check"');
    await queryRunner.query('DROP INDEX "public"."answer_hidden_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_product_id_pinned_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_hidden_at_idx"');
    await queryRunner.query('ALTER TABLE "answer" DROP COLUMN "hidden_by_id"');
    await queryRunner.query('ALTER TABLE "answer" DROP COLUMN "hidden_note"');
    await queryRunner.query('ALTER TABLE "answer" DROP COLUMN "hidden_reason"');
    await queryRunner.query('ALTER TABLE "answer" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "pinned_at"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "locked_by_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "locked_at"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "hidden_by_id"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "hidden_note"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "hidden_reason"');
    await queryRunner.query('DROP TYPE "public"."post_hidden_reason"');
    await queryRunner.query('ALTER TABLE "question" DROP COLUMN "hidden_at"');
  }
}

/** The tally trigger's function, counting the rows for which `counted` holds. */
function tallyFunction(oldCounted: string, newCounted: string): string {
  return `
    CREATE OR REPLACE FUNCTION question_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND ${oldCounted} THEN
        UPDATE question_tally SET questions = questions - 1
         WHERE product_id = OLD.product_id AND state = OLD.state;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND ${newCounted} THEN
        INSERT INTO question_tally (product_id, state, questions) VALUES (NEW.product_id, NEW.state, 1)
        ON CONFLICT (product_id, state) DO UPDATE SET questions = question_tally.questions + 1;
      END IF;
      RETURN NULL;
    END $$`;
}
