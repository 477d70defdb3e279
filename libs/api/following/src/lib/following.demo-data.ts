import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { demoPeople } from '@forum/api/identity/demo-data';
import { TagService } from '@forum/api/qna';
import { demoProducts } from '@forum/api/qna/demo-data';
import { FollowTarget } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { FollowService } from './follow.service.js';

/** Experts who follow their areas, so new questions there would reach them. */
const demoAreaFollows: Array<{ by: string; tag?: string; product?: string }> = [
  { by: 'Anna Schmidt', product: 'billing' },
  { by: 'Daniel Weber', product: 'reporting' },
  { by: 'Daniel Weber', tag: 'export' },
  { by: 'Tom Becker', tag: 'excel' },
];

/**
 * The demo posts were written straight into their tables, so nobody follows them yet: askers,
 * answerers, proposers and voters follow what they took part in, as if they had acted through
 * the product, and a few people follow tags and product areas.
 */
export async function seedFollowingDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  // Posts seeded through the services already made their authors follow them, so whether the
  // first area follow exists tells a second run.
  const firstPerson = demoPeople.find((p) => p.displayName === demoAreaFollows[0]?.by);
  const firstProduct = demoProducts.find((p) => p.slug === demoAreaFollows[0]?.product);
  if (!firstPerson || !firstProduct) return [];
  const [{ seeded }] = (await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM follow WHERE user_id = $1 AND target_type = 'product' AND target_id = $2) AS seeded`,
    [firstPerson.id, firstProduct.id],
  )) as [{ seeded: boolean }];
  if (seeded) return [];
  const follows = app.get(FollowService);
  const tags = app.get(TagService);
  await dataSource.transaction(async (manager) => {
    await manager.query(`
      INSERT INTO follow (user_id, target_type, target_id, created_at)
      SELECT DISTINCT ON (user_id, target_type, target_id) user_id, target_type, target_id, acted_at
      FROM (
        SELECT author_id AS user_id, 'question' AS target_type, id AS target_id, created_at AS acted_at
        FROM question WHERE deleted_at IS NULL
        UNION ALL
        SELECT author_id, 'question', question_id, created_at FROM answer WHERE deleted_at IS NULL
        UNION ALL
        SELECT author_id, 'idea', id, created_at FROM idea WHERE merged_into_id IS NULL
        UNION ALL
        SELECT user_id, 'idea', idea_id, created_at FROM idea_vote WHERE user_id IS NOT NULL
      ) AS acted
      ORDER BY user_id, target_type, target_id, acted_at
      ON CONFLICT DO NOTHING`);
    for (const follow of demoAreaFollows) {
      const person = demoPeople.find((p) => p.displayName === follow.by);
      const tag = follow.tag ? await tags.findBySlug(follow.tag) : null;
      const product = demoProducts.find((p) => p.slug === follow.product);
      if (!person) continue;
      if (tag) await follows.followInTransaction(manager, person.id, FollowTarget.Tag, tag.id);
      if (product) {
        await follows.followInTransaction(manager, person.id, FollowTarget.Product, product.id);
      }
    }
  });
  const [{ total }] = (await dataSource.query('SELECT count(*)::int AS total FROM follow')) as [
    { total: number },
  ];
  return [
    `Follows: ${total}, from demo posts, votes and ${demoAreaFollows.length} tag and product follows`,
  ];
}
