import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { demoPeople } from '@forum/api/identity/demo-data';
import type { DataSource } from 'typeorm';
import { SupportPolicies, targetMoment } from '../policy/support-policies.service.js';

const hour = 60 * 60 * 1000;

const personId = (email: string): string | undefined =>
  demoPeople.find((person) => person.email === email)?.id;

/** New questions that make the inbox lively; `hoursAgo` is when their clock started. */
const deskQuestions: Array<{
  product: string;
  asker: string;
  title: string;
  body: string;
  tags: string[];
  hoursAgo: number;
  claimedBy?: string;
  waiting?: true;
  snoozeHours?: number;
}> = [
  {
    product: 'billing',
    asker: 'tom.becker@demo.example',
    title: 'Invoice PDF shows the old company address',
    body: 'We moved offices last month and updated the address in the account settings, but the invoice for this month still shows the old address. How do we get a corrected invoice?',
    tags: ['invoices'],
    hoursAgo: 2,
    claimedBy: 'anna.schmidt@demo.example',
  },
  {
    product: 'reporting',
    asker: 'emily.carter@demo.example',
    title: 'Scheduled report arrives empty every Monday',
    body: 'Our weekly sales report is scheduled for Monday 07:00. Since two weeks the e-mail arrives with an empty table, while running the same report by hand shows data.',
    tags: ['dashboard'],
    hoursAgo: 5,
    claimedBy: 'lukas.brandt@demo.example',
  },
  {
    product: 'integrations',
    asker: 'jana.hoffmann@demo.example',
    title: 'Webhook-Zustellung schlägt mit Zeitüberschreitung fehl',
    body: 'Seit gestern meldet das Webhook-Protokoll bei jeder Zustellung eine Zeitüberschreitung nach 10 Sekunden. Unser Endpunkt antwortet laut Logs in unter einer Sekunde.',
    tags: ['webhooks'],
    hoursAgo: 1,
  },
  {
    product: 'billing',
    asker: 'emily.carter@demo.example',
    title: 'Charged twice for the annual plan upgrade',
    body: 'We upgraded from monthly to annual and our card shows two charges of the full annual price on the same day. Can someone refund the duplicate?',
    tags: ['invoices'],
    hoursAgo: 30,
  },
  {
    product: 'account',
    asker: 'tom.becker@demo.example',
    title: 'Single sign-on loop after changing our identity provider',
    body: 'After switching the identity provider, people end up in a redirect loop between the sign-in page and the provider. Which settings should we check?',
    tags: ['sso'],
    hoursAgo: 6,
    claimedBy: 'anna.schmidt@demo.example',
    waiting: true,
  },
  {
    product: 'reporting',
    asker: 'jana.hoffmann@demo.example',
    title: 'Dashboard-Export nach Excel verliert die Filter',
    body: 'Wenn ich ein gefiltertes Dashboard nach Excel exportiere, enthält die Datei alle Zeilen statt nur der gefilterten. Ist das so gewollt?',
    tags: ['export', 'excel'],
    hoursAgo: 3,
    snoozeHours: 20,
  },
];

/**
 * A lively experts' inbox: cases for the questions the Q&A demo data inserted (it writes rows
 * directly, so no events opened them), and a few new questions with their cases: claimed,
 * unclaimed, breached, waiting on the customer and snoozed.
 * Skipped when the desk already has claimed cases.
 */
export async function seedDeskDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users = app.get(UserService);
  const anna = personId('anna.schmidt@demo.example');
  if (!anna || !(await users.findById(anna))) return [];
  const [{ count }] = (await dataSource.query(
    'SELECT count(*)::int AS count FROM support_case WHERE claimed_by_id IS NOT NULL',
  )) as [{ count: number }];
  if (count > 0) return [];

  await dataSource.query(`
    INSERT INTO support_case (question_id, product_id, status, clock_started_at, due_at,
                              responded_at, responded_by_id)
    SELECT q.id, q.product_id,
           CASE WHEN q.deleted_at IS NOT NULL OR q.hidden_at IS NOT NULL OR q.state = 'closed'
                  THEN 'closed'
                WHEN q.accepted_answer_id IS NOT NULL THEN 'solved'
                WHEN f.created_at IS NOT NULL THEN 'responded'
                ELSE 'awaiting_response' END,
           q.created_at, q.created_at + interval '24 hours', f.created_at, f.author_id
    FROM question q
    LEFT JOIN LATERAL (
      SELECT a.created_at, a.author_id FROM answer a JOIN user_account u ON u.id = a.author_id
      WHERE a.question_id = q.id AND a.deleted_at IS NULL
        AND u.role IN ('expert', 'moderator', 'admin')
      ORDER BY a.created_at LIMIT 1
    ) f ON true
    ON CONFLICT (question_id) DO NOTHING`);
  // Old unanswered demo questions passed their target long ago: breached, ladder done.
  await dataSource.query(`
    UPDATE support_case SET breached_at = due_at
    WHERE status = 'awaiting_response' AND due_at < now() AND breached_at IS NULL`);

  const policies = app.get(SupportPolicies);
  const products: Array<{ id: string; slug: string }> = await dataSource.query(
    'SELECT id, slug FROM product',
  );
  const now = Date.now();
  let asked = 0;
  for (const [index, question] of deskQuestions.entries()) {
    const productId = products.find((product) => product.slug === question.product)?.id;
    const askerId = personId(question.asker);
    const asker = askerId ? await users.findById(askerId) : null;
    if (!productId || !asker) continue;
    // Fixed ids, so links in the demo stay the same across resets.
    const questionId = `7a1e0090-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
    const start = new Date(now - question.hoursAgo * hour);
    // Inserted like the Q&A demo data does, so the review queue and search stay as they seed them.
    await dataSource.query(
      `INSERT INTO question (id, product_id, author_id, title, body, language, created_at,
                             updated_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)`,
      [
        questionId,
        productId,
        asker.id,
        question.title,
        question.body,
        /[äöüß]|\b(Seit|Wenn)\b/.test(question.body) ? 'de' : 'en',
        start,
      ],
    );
    await dataSource.query(
      `INSERT INTO question_tag (question_id, tag_id)
       SELECT $1, id FROM tag WHERE slug = ANY($2::text[])`,
      [questionId, question.tags],
    );
    // Asking makes the asker follow the question, as it does in the app.
    await dataSource.query(
      `INSERT INTO follow (user_id, target_type, target_id) VALUES ($1, 'question', $2)
       ON CONFLICT DO NOTHING`,
      [asker.id, questionId],
    );
    asked += 1;
    const policy = await policies.forProduct(dataSource.manager, productId);
    const due = targetMoment(policy, start);
    const claimer = question.claimedBy ? personId(question.claimedBy) : undefined;
    await dataSource.query(
      `INSERT INTO support_case (question_id, product_id, clock_started_at, due_at, breached_at,
                                 claimed_by_id, claimed_at, waiting_since, snoozed_until)
       VALUES ($1, $7, $2, $3, CASE WHEN $3 < now() THEN $3::timestamptz END,
               $4, CASE WHEN $4::uuid IS NOT NULL THEN now() END,
               CASE WHEN $5 THEN now() - interval '30 minutes' END, $6)`,
      [
        questionId,
        start,
        due,
        claimer ?? null,
        question.waiting === true,
        question.snoozeHours ? new Date(now + question.snoozeHours * hour) : null,
        productId,
      ],
    );
  }
  // Breaches are recorded for reporting, and their ladder steps count as taken.
  await dataSource.query(`
    WITH breached AS (
      INSERT INTO support_breach (question_id, cycle, product_id, due_at, breached_at)
      SELECT question_id, cycle, product_id, due_at, breached_at FROM support_case
      WHERE breached_at IS NOT NULL AND status = 'awaiting_response'
      ON CONFLICT DO NOTHING RETURNING question_id, cycle
    )
    INSERT INTO support_escalation (question_id, cycle, step)
    SELECT question_id, cycle, step FROM breached CROSS JOIN (VALUES ('warn'), ('breached')) s(step)
    ON CONFLICT DO NOTHING`);
  return [
    `Support desk: ${asked} new questions in the experts' inbox (claimed, unclaimed, breached, waiting on the customer, snoozed).`,
  ];
}
