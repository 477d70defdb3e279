import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mailed sign-in links are one-time e-mail tokens of their own purpose. */
export class SignInLinkPurpose1796670000000 implements MigrationInterface {
  name = 'SignInLinkPurpose1796670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."email_token_purpose" ADD VALUE IF NOT EXISTS 'sign_in_link'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_token" WHERE "purpose" = 'sign_in_link'`);
    await queryRunner.query(
      'ALTER TYPE "public"."email_token_purpose" RENAME TO "email_token_purpose_old"',
    );
    await queryRunner.query(
      `CREATE TYPE "public"."email_token_purpose" AS ENUM('verify_email', 'reset_password')`,
    );
    await queryRunner.query(
      'ALTER TABLE "email_token" ALTER COLUMN "purpose" TYPE "public"."email_token_purpose" USING "purpose"::"text"::"public"."email_token_purpose"',
    );
    await queryRunner.query('DROP TYPE "public"."email_token_purpose_old"');
  }
}
