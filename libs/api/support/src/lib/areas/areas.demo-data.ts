import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { demoPeople } from '@forum/api/identity/demo-data';
import { demoProducts } from '@forum/api/qna/demo-data';
import type { DataSource } from 'typeorm';

/** Who covers what in the demo: products by slug, tags by slug. */
const demoAreas: Array<{ email: string; products: string[]; tags: string[] }> = [
  {
    email: 'anna.schmidt@demo.example',
    products: ['billing'],
    tags: ['invoices', 'pdf', 'rechnungsadresse', 'ust-id'],
  },
  {
    email: 'daniel.weber@demo.example',
    products: ['integrations', 'reporting'],
    tags: ['webhooks', 'retries', 'api', 'rate-limit', 'export'],
  },
  {
    email: 'lukas.brandt@demo.example',
    products: ['account'],
    tags: ['passwort', 'sso', 'password-reset', 'two-factor'],
  },
  { email: 'sam.okafor@demo.example', products: ['reporting'], tags: ['dashboard', 'zeitplan'] },
];

/**
 * Billing answers in Berlin office hours with the German holidays around the turn of the year;
 * API & Integrations in New York office hours with the US ones. Other products keep the
 * defaults (round the clock, 24 hours).
 */
const demoPolicies = [
  {
    product: 'billing',
    timeZone: 'Europe/Berlin',
    dayStartMinute: 8 * 60,
    dayEndMinute: 18 * 60,
    holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
    firstResponseTargetMinutes: 10 * 60,
    leadExpert: 'anna.schmidt@demo.example',
  },
  {
    product: 'integrations',
    timeZone: 'America/New_York',
    dayStartMinute: 9 * 60,
    dayEndMinute: 17 * 60,
    holidays: ['2026-12-25', '2027-01-01'],
    firstResponseTargetMinutes: 8 * 60,
    leadExpert: 'daniel.weber@demo.example',
  },
];

const personId = (email: string) => demoPeople.find((p) => p.email === email)?.id;
const productId = (slug: string) => demoProducts.find((p) => p.slug === slug)?.id;

/** Expert areas of the demo staff and the support policies of two products; runs once. */
export async function seedAreasDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ seeded }] = (await dataSource.query(
    'SELECT EXISTS (SELECT 1 FROM expert_area) OR EXISTS (SELECT 1 FROM support_policy) AS seeded',
  )) as [{ seeded: boolean }];
  if (seeded) return [];
  const [{ products }] = (await dataSource.query(
    'SELECT count(*)::int AS products FROM product WHERE id = ANY($1::uuid[])',
    [demoProducts.map((p) => p.id)],
  )) as [{ products: number }];
  if (products !== demoProducts.length) return [];
  await dataSource.transaction(async (manager) => {
    for (const area of demoAreas) {
      const userId = personId(area.email);
      if (!userId) continue;
      await manager.query(
        'INSERT INTO expert_area (user_id, product_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
        [userId, area.products.map(productId).filter(Boolean)],
      );
      await manager.query(
        `INSERT INTO expert_area (user_id, tag_id) SELECT $1, id FROM tag WHERE slug = ANY($2::text[])
         ON CONFLICT DO NOTHING`,
        [userId, area.tags],
      );
    }
    for (const policy of demoPolicies) {
      await manager.query(
        `INSERT INTO support_policy (product_id, time_zone, working_days, day_start_minute,
           day_end_minute, holidays, first_response_target_minutes, lead_expert_id)
         VALUES ($1, $2, '{1,2,3,4,5}', $3, $4, $5::date[], $6, $7)
         ON CONFLICT (product_id) DO NOTHING`,
        [
          productId(policy.product),
          policy.timeZone,
          policy.dayStartMinute,
          policy.dayEndMinute,
          policy.holidays,
          policy.firstResponseTargetMinutes,
          personId(policy.leadExpert),
        ],
      );
    }
  });
  return [
    'Expert areas: Anna Schmidt covers Billing & Invoices, Daniel Weber API & Integrations and Reporting, Lukas Brandt Account & Security, Sam Okafor Reporting',
    'Support hours: Billing & Invoices Mon–Fri 08:00–18:00 Europe/Berlin (German holidays), API & Integrations Mon–Fri 09:00–17:00 America/New_York (US holidays)',
  ];
}
