import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionListIndexesAndTally1795423064750 implements MigrationInterface {
  name = 'QuestionListIndexesAndTally1795423064750';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "question_tally" ("product_id" uuid NOT NULL, "state" "public"."question_state" NOT NULL, "questions" integer NOT NULL, CONSTRAINT "question_tally_pkey" PRIMARY KEY ("product_id", "state"))',
    );
    await queryRunner.query(
      'CREATE INDEX "question_duplicate_of_id_idx" ON "question"  ("duplicate_of_id") WHERE duplicate_of_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "question_product_id_score_idx" ON "question"  ("product_id", "score") ',
    );
    await queryRunner.query(
      'CREATE INDEX "question_product_id_created_at_idx" ON "question"  ("product_id", "created_at") ',
    );
    await queryRunner.query('CREATE INDEX "question_score_idx" ON "question"  ("score", "id") ');
    // The tally follows every insert, delete, and change of product, state or deletion.
    await queryRunner.query(`
      CREATE FUNCTION question_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
          UPDATE question_tally SET questions = questions - 1
           WHERE product_id = OLD.product_id AND state = OLD.state;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
          INSERT INTO question_tally (product_id, state, questions) VALUES (NEW.product_id, NEW.state, 1)
          ON CONFLICT (product_id, state) DO UPDATE SET questions = question_tally.questions + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER question_tally_follow AFTER INSERT OR DELETE OR UPDATE OF product_id, state, deleted_at
      ON question FOR EACH ROW EXECUTE FUNCTION question_tally_follow()`);
    await queryRunner.query(`
      INSERT INTO question_tally (product_id, state, questions)
      SELECT product_id, state, count(*) FROM question WHERE deleted_at IS NULL GROUP BY 1, 2`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER question_tally_follow ON question');
    await queryRunner.query('DROP FUNCTION question_tally_follow()');
    await queryRunner.query('DROP INDEX "public"."question_score_idx"');
    await queryRunner.query('DROP INDEX "public"."question_product_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."question_product_id_score_idx"');
    await queryRunner.query('DROP INDEX "public"."question_duplicate_of_id_idx"');
    await queryRunner.query('DROP TABLE "question_tally"');
  }
}
