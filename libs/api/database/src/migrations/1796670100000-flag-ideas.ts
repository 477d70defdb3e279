import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ideas can be flagged and reviewed: both target-kind enums gain `idea`. */
export class FlagIdeas1796670100000 implements MigrationInterface {
  name = 'FlagIdeas1796670100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TYPE "public"."review_target_kind" ADD VALUE \'idea\'');
    await queryRunner.query('ALTER TYPE "public"."flag_target_kind" ADD VALUE \'idea\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "flag" WHERE "target_kind" = \'idea\'');
    await queryRunner.query('DELETE FROM "review_item" WHERE "target_kind" = \'idea\'');
    await queryRunner.query('DROP INDEX "public"."flag_target_kind_target_id_flagger_id_uq"');
    await queryRunner.query('DROP INDEX "public"."review_item_open_target_uq"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"flag_target_kind_old\" AS ENUM('question', 'answer', 'comment', 'user')",
    );
    await queryRunner.query(
      'ALTER TABLE "flag" ALTER COLUMN "target_kind" TYPE "public"."flag_target_kind_old" USING "target_kind"::"text"::"public"."flag_target_kind_old"',
    );
    await queryRunner.query('DROP TYPE "public"."flag_target_kind"');
    await queryRunner.query(
      'ALTER TYPE "public"."flag_target_kind_old" RENAME TO "flag_target_kind"',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "flag_target_kind_target_id_flagger_id_uq" ON "flag"  ("target_kind", "target_id", "flagger_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"review_target_kind_old\" AS ENUM('question', 'answer', 'comment', 'user')",
    );
    await queryRunner.query(
      'ALTER TABLE "review_item" ALTER COLUMN "target_kind" TYPE "public"."review_target_kind_old" USING "target_kind"::"text"::"public"."review_target_kind_old"',
    );
    await queryRunner.query('DROP TYPE "public"."review_target_kind"');
    await queryRunner.query(
      'ALTER TYPE "public"."review_target_kind_old" RENAME TO "review_target_kind"',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "review_item_open_target_uq" ON "review_item"  ("target_kind", "target_id") WHERE status = \'open\'',
    );
  }
}
