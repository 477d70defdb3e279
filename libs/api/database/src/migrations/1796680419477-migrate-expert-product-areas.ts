import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experts' free-text product areas become `expert_area` rows: an area names a product (by name or
 * slug) or else a tag (by slug, spaces read as hyphens), compared trimmed and case-insensitively.
 * Areas that name neither are dropped with the column.
 */
export const freeTextAreasToRowsSql = `
WITH area AS (
  SELECT DISTINCT u.id AS user_id, lower(btrim(text)) AS text
  FROM user_account u CROSS JOIN LATERAL unnest(u.expert_product_areas) AS t(text)
  WHERE btrim(text) <> ''
),
product_match AS (
  SELECT DISTINCT ON (area.user_id, area.text) area.user_id, area.text, p.id AS product_id
  FROM area JOIN product p ON lower(p.name) = area.text OR lower(p.slug) = area.text
  ORDER BY area.user_id, area.text, (lower(p.name) = area.text) DESC, p.id
),
tag_match AS (
  SELECT DISTINCT area.user_id, t.id AS tag_id
  FROM area JOIN tag t ON t.slug = area.text OR t.slug = regexp_replace(area.text, '\\s+', '-', 'g')
  WHERE NOT EXISTS (
    SELECT 1 FROM product_match m WHERE m.user_id = area.user_id AND m.text = area.text
  )
),
products AS (
  INSERT INTO expert_area (user_id, product_id)
  SELECT DISTINCT user_id, product_id FROM product_match
  ON CONFLICT DO NOTHING
)
INSERT INTO expert_area (user_id, tag_id)
SELECT user_id, tag_id FROM tag_match
ON CONFLICT DO NOTHING`;

export class MigrateExpertProductAreas1796680419477 implements MigrationInterface {
  name = 'MigrateExpertProductAreas1796680419477';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(freeTextAreasToRowsSql);
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "expert_product_areas"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD "expert_product_areas" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `UPDATE user_account u SET expert_product_areas = areas.names
       FROM (
         SELECT a.user_id, array_agg(COALESCE(p.name, t.slug) ORDER BY a.created_at, a.id) AS names
         FROM expert_area a
         LEFT JOIN product p ON p.id = a.product_id
         LEFT JOIN tag t ON t.id = a.tag_id
         GROUP BY a.user_id
       ) areas
       WHERE areas.user_id = u.id`,
    );
  }
}
