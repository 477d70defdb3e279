import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names are found for @mentions by the start of any word, ignoring case and accents. `unaccent`
 * is only STABLE (its dictionary could change), so an IMMUTABLE wrapper that names the dictionary
 * lets the trigram index be built on the same expression the search uses.
 */
export class MentionNameSearch1796670524937 implements MigrationInterface {
  name = 'MentionNameSearch1796670524937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION name_search_key(text) RETURNS text
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_account_name_search_idx" ON "user_account"
         USING gin (name_search_key("display_name") gin_trgm_ops) WHERE "deleted_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "user_account_name_search_idx"');
    await queryRunner.query('DROP FUNCTION name_search_key(text)');
  }
}
