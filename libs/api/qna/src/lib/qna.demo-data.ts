import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { demoPeople } from '@forum/api/identity/demo-data';
import type { DataSource } from 'typeorm';

/** Fixed ids so links in the demo stay the same across resets. */
const id = (group: number, n: number) =>
  `7a1e${group.toString().padStart(4, '0')}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const person = (name: string) => {
  const found = demoPeople.find((p) => p.displayName === name);
  if (!found) throw new Error(`no demo person ${name}`);
  return found.id;
};

/** The demo products, with the fixed ids other demo data links to. */
export const demoProducts = [
  {
    id: id(1, 1),
    slug: 'billing',
    name: 'Billing & Invoices',
    description: 'Invoices, payment methods, plans and VAT.',
  },
  {
    id: id(1, 2),
    slug: 'reporting',
    name: 'Reporting',
    description: 'Dashboards, exports and scheduled reports.',
  },
  {
    id: id(1, 3),
    slug: 'integrations',
    name: 'API & Integrations',
    description: 'REST and GraphQL API, webhooks, connectors.',
  },
  {
    id: id(1, 4),
    slug: 'account',
    name: 'Account & Security',
    description: 'Sign-in, single sign-on, users and permissions.',
  },
];

interface DemoAnswer {
  author: string;
  body: string;
  accepted?: 'by-asker' | 'by-expert';
  upvoters?: string[];
  comments?: Array<{ author: string; body: string }>;
}

interface DemoQuestion {
  product: string;
  author: string;
  language: 'en' | 'de';
  title: string;
  body: string;
  tags: string[];
  daysAgo: number;
  upvoters?: string[];
  answers: DemoAnswer[];
}

const questions: DemoQuestion[] = [
  {
    product: 'billing',
    author: 'Emily Carter',
    language: 'en',
    daysAgo: 41,
    tags: ['invoices', 'pdf'],
    title: 'How do I download all invoices of last year as PDF?',
    body: 'Our accountant needs every invoice from 2025. I can open them one by one under **Billing → Invoices**, but is there a way to get them all at once?',
    upvoters: ['Mehmet Yilmaz', 'Tom Becker'],
    answers: [
      {
        author: 'Anna Schmidt',
        accepted: 'by-expert',
        upvoters: ['Emily Carter', 'Mehmet Yilmaz', 'Jana Hoffmann'],
        body: 'Yes: open **Billing → Invoices**, set the date filter to *Last year* and choose **Download as ZIP**. The archive contains one PDF per invoice.\n\nIf you need them in your accounting tool instead, the API has an endpoint for that:\n\n```bash\ncurl -H "Authorization: Bearer $TOKEN" \\\n  "https://api.example.com/v2/invoices?from=2025-01-01&to=2025-12-31&format=pdf"\n```',
        comments: [
          {
            author: 'Emily Carter',
            body: 'Perfect, the ZIP download is exactly what we needed. Thanks!',
          },
        ],
      },
    ],
  },
  {
    product: 'billing',
    author: 'Jana Hoffmann',
    language: 'de',
    daysAgo: 30,
    tags: ['rechnungsadresse', 'ust-id'],
    title: 'Wie ändere ich die Rechnungsadresse und die USt-IdNr.?',
    body: 'Wir sind umgezogen. Auf der letzten Rechnung steht noch die alte Adresse, und unsere USt-IdNr. fehlt ganz. Wo kann ich beides ändern?',
    answers: [
      {
        author: 'Tom Becker',
        accepted: 'by-asker',
        upvoters: ['Jana Hoffmann'],
        body: 'Unter **Einstellungen → Firma → Rechnungsdaten** kannst du Adresse und USt-IdNr. eintragen. Die Änderung gilt ab der nächsten Rechnung; alte Rechnungen werden nicht neu ausgestellt.',
      },
      {
        author: 'Anna Schmidt',
        upvoters: ['Tom Becker'],
        body: 'Ergänzend: Wenn Sie eine bereits ausgestellte Rechnung mit der neuen Adresse brauchen, schreiben Sie uns mit der Rechnungsnummer, dann stellen wir eine Korrektur aus.',
      },
    ],
  },
  {
    product: 'reporting',
    author: 'Mehmet Yilmaz',
    language: 'en',
    daysAgo: 22,
    tags: ['export', 'excel'],
    title: 'Exporting a report to Excel loses the number formatting',
    body: 'When I export the *Monthly revenue* report to XLSX, all amounts arrive as text, so Excel cannot sum them. CSV has the same problem with the decimal comma.',
    upvoters: ['Emily Carter', 'Sophie Müller', 'Jana Hoffmann'],
    answers: [
      {
        author: 'Priya Raman',
        upvoters: ['Mehmet Yilmaz'],
        body: 'Thanks for the report. The XLSX export writes amounts as formatted text today; typed number cells are on our roadmap. As a workaround, use **Data → Text to Columns** in Excel, or export CSV with the *Machine-readable numbers* option.',
      },
    ],
  },
  {
    product: 'reporting',
    author: 'Sophie Müller',
    language: 'de',
    daysAgo: 12,
    tags: ['dashboard', 'zeitplan'],
    title: 'Kann ich einen Bericht jeden Montag automatisch per E-Mail verschicken?',
    body: 'Ich möchte meinem Team jeden Montag um 8 Uhr die Wochenübersicht schicken, ohne sie jedes Mal manuell zu exportieren.',
    answers: [
      {
        author: 'Daniel Weber',
        accepted: 'by-expert',
        upvoters: ['Sophie Müller', 'Jana Hoffmann'],
        body: 'Ja. Öffnen Sie den Bericht, klicken Sie auf **Teilen → Zeitplan**, wählen Sie *Wöchentlich, Montag, 08:00* und tragen Sie die Empfänger ein. Der Versand nutzt die Zeitzone Ihres Kontos.',
        comments: [
          {
            author: 'Sophie Müller',
            body: 'Funktioniert, danke! Die Zeitzone musste ich noch auf Berlin stellen.',
          },
        ],
      },
    ],
  },
  {
    product: 'integrations',
    author: 'Emily Carter',
    language: 'en',
    daysAgo: 9,
    tags: ['webhooks', 'retries'],
    title: 'Webhook deliveries fail with 401 after rotating the signing secret',
    body: 'We rotated the webhook signing secret yesterday. Since then every delivery fails with `401` from our endpoint. Do old events keep the old signature?',
    answers: [
      {
        author: 'Daniel Weber',
        upvoters: ['Emily Carter', 'Mehmet Yilmaz'],
        body: 'Events queued before the rotation are retried with the signature they were created with. Accept both secrets for 24 hours after a rotation; the settings page shows the previous secret until then.',
      },
      {
        author: 'Mehmet Yilmaz',
        body: 'We hit the same thing. Verifying against both secrets during the overlap fixed it for us.',
      },
    ],
  },
  {
    product: 'integrations',
    author: 'Tom Becker',
    language: 'de',
    daysAgo: 4,
    tags: ['api', 'rate-limit'],
    title: 'Welche Rate-Limits gelten für die REST-API?',
    body: 'Unser nächtlicher Import bekommt nach einigen Minuten `429 Too Many Requests`. Wie hoch sind die Limits und gibt es einen Header mit der Restmenge?',
    answers: [],
  },
  {
    product: 'account',
    author: 'Jana Hoffmann',
    language: 'de',
    daysAgo: 2,
    tags: ['passwort', 'sso'],
    title: 'Passwort zurücksetzen funktioniert nicht, seit wir SSO nutzen',
    body: 'Seit wir Single Sign-on aktiviert haben, kommt beim Zurücksetzen des Passworts keine E-Mail mehr an. Ist das so gewollt?',
    answers: [],
  },
  {
    product: 'account',
    author: 'Mehmet Yilmaz',
    language: 'en',
    daysAgo: 1,
    tags: ['password-reset', 'two-factor'],
    title: 'Password reset link says it has expired right away',
    body: 'I requested a password reset and clicked the link within a minute, but the page says the link has expired. I tried twice.',
    answers: [
      {
        author: 'Anna Schmidt',
        body: 'Reset links work once and for one hour. If you requested two links, only the newest one works. Please request a new link and use the latest e-mail.',
      },
    ],
  },
];

/**
 * Demo products, questions, answers, votes and comments in English and German: some solved by
 * experts, some by the askers, some unanswered. Skipped when questions exist.
 * @returns lines for the console
 */
/** The fixed id of the demo question with this title, for demo data that links to it. */
export function demoQuestionId(title: string): string {
  const index = questions.findIndex((question) => question.title === title);
  if (index < 0) throw new Error(`no demo question "${title}"`);
  return id(2, index + 1);
}

export async function seedQnaDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM question')) as [
    { count: number },
  ];
  if (count > 0) return [];
  if (!(await app.get(UserService).findById(demoPeople[0]!.id))) return [];
  await dataSource.transaction(async (manager) => {
    for (const product of demoProducts)
      await manager.query(
        'INSERT INTO product (id, slug, name, description) VALUES ($1, $2, $3, $4)',
        [product.id, product.slug, product.name, product.description],
      );
    let answerNumber = 0;
    for (const [q, question] of questions.entries()) {
      const questionId = id(2, q + 1);
      const created = `now() - interval '${question.daysAgo} days'`;
      await manager.query(
        `INSERT INTO question (id, product_id, author_id, title, body, language, created_at, updated_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, ${created}, ${created}, ${created})`,
        [
          questionId,
          demoProducts.find((p) => p.slug === question.product)!.id,
          person(question.author),
          question.title,
          question.body,
          question.language,
        ],
      );
      for (const slug of question.tags) {
        await manager.query('INSERT INTO tag (slug) VALUES ($1) ON CONFLICT DO NOTHING', [slug]);
        await manager.query(
          'INSERT INTO question_tag (question_id, tag_id) SELECT $1, id FROM tag WHERE slug = $2',
          [questionId, slug],
        );
      }
      for (const voter of question.upvoters ?? []) {
        await manager.query(
          'INSERT INTO question_vote (question_id, user_id, value) VALUES ($1, $2, 1)',
          [questionId, person(voter)],
        );
      }
      for (const [a, answer] of question.answers.entries()) {
        const answerId = id(3, ++answerNumber);
        const answered = `now() - interval '${question.daysAgo} days' + interval '${(a + 1) * 3} hours'`;
        await manager.query(
          `INSERT INTO answer (id, question_id, author_id, body, created_at, updated_at) VALUES ($1, $2, $3, $4, ${answered}, ${answered})`,
          [answerId, questionId, person(answer.author), answer.body],
        );
        for (const voter of answer.upvoters ?? []) {
          await manager.query(
            'INSERT INTO answer_vote (answer_id, user_id, value) VALUES ($1, $2, 1)',
            [answerId, person(voter)],
          );
        }
        for (const comment of answer.comments ?? []) {
          await manager.query(
            `INSERT INTO comment (answer_id, author_id, body, created_at) VALUES ($1, $2, $3, ${answered} + interval '1 hour')`,
            [answerId, person(comment.author), comment.body],
          );
        }
        if (answer.accepted) {
          const accepter =
            answer.accepted === 'by-asker' ? person(question.author) : person(answer.author);
          await manager.query(
            `UPDATE question SET accepted_answer_id = $2, accepted_by_id = $3, accepted_at = ${answered} + interval '2 hours' WHERE id = $1`,
            [questionId, answerId, accepter],
          );
        }
      }
    }
    // Counters and states exactly as the services would have left them.
    await manager.query(`UPDATE question q SET
        score = coalesce((SELECT sum(value) FROM question_vote v WHERE v.question_id = q.id), 0),
        answer_count = (SELECT count(*) FROM answer a WHERE a.question_id = q.id),
        last_activity_at = greatest(q.created_at, coalesce((SELECT max(created_at) FROM answer a WHERE a.question_id = q.id), q.created_at)),
        state = CASE WHEN q.accepted_answer_id IS NOT NULL THEN 'solved'::question_state
                     WHEN EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id) THEN 'answered'::question_state
                     ELSE 'open'::question_state END`);
    await manager.query(
      'UPDATE answer a SET score = coalesce((SELECT sum(value) FROM answer_vote v WHERE v.answer_id = a.id), 0)',
    );
  });
  return [
    `Demo questions: ${questions.length} in ${demoProducts.length} product areas, in English and German.`,
  ];
}
