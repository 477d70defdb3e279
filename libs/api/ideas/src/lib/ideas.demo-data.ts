import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { demoOrganisations, demoPeople } from '@forum/api/identity/demo-data';
import { ProductService, QuestionService } from '@forum/api/qna';
import { demoQuestionId } from '@forum/api/qna/demo-data';
import type { IdeaStatus, VoteImportance } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { recountDemand } from './evidence/evidence.service.js';
import { recountVotes } from './votes/vote-counters.js';

/** Fixed ids so links in the demo stay the same across resets. */
const id = (group: number, n: number) =>
  `1dea${group.toString().padStart(4, '0')}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const person = (name: string) => {
  const found = demoPeople.find((p) => p.displayName === name);
  if (!found) throw new Error(`no demo person ${name}`);
  return found;
};
const planOf = (organisationId: string | null | undefined) =>
  demoOrganisations.find((organisation) => organisation.id === organisationId)?.plan ?? null;

interface DemoIdea {
  product: 'billing' | 'reporting' | 'integrations' | 'account';
  author: string;
  daysAgo: number;
  title: string;
  description: string;
  /** Voter name, days ago, importance, reason. */
  votes: Array<[string, number, VoteImportance?, string?]>;
  /** Organisation (by index in the demo organisations) recorded by an expert, days ago. */
  recorded?: Array<[string, number]>;
  statuses?: Array<[IdeaStatus, number, string]>;
  comments?: Array<[string, string]>;
  /** Titles of demo questions that ask for it. */
  questions?: string[];
}

const nordlicht = '0b9f4d2e-0000-4000-8000-000000000001';
const kaffeehaus = '0b9f4d2e-0000-4000-8000-000000000003';

const ideas: DemoIdea[] = [
  {
    product: 'reporting',
    author: 'Mehmet Yilmaz',
    daysAgo: 120,
    title: 'Keep number formats when exporting reports to Excel',
    description:
      'Amounts should arrive in **XLSX** as numbers with the right decimal separator, so we can sum them without converting text.',
    votes: [
      ['Mehmet Yilmaz', 118, 'critical', 'Our finance team re-types every export.'],
      ['Emily Carter', 90, 'important'],
      ['Jana Hoffmann', 40, 'important', 'Monthly board report depends on it.'],
      ['Sophie Müller', 9, 'nice_to_have'],
      ['Tom Becker', 3, 'critical'],
    ],
    statuses: [
      ['planned', 60, 'We will fix the XLSX number types first, then CSV separators.'],
      ['in_progress', 12, 'Work has started; a preview follows in the next release notes.'],
    ],
    comments: [['Emily Carter', 'CSV with a configurable separator would help us as well.']],
    questions: ['Exporting a report to Excel loses the number formatting'],
  },
  {
    product: 'billing',
    author: 'Emily Carter',
    daysAgo: 100,
    title: 'Download all invoices of a year as one ZIP file',
    description: 'One click for the whole year instead of opening every invoice.',
    votes: [
      ['Emily Carter', 99, 'important'],
      ['Jana Hoffmann', 80],
      ['Mehmet Yilmaz', 70, 'nice_to_have'],
    ],
    statuses: [
      ['planned', 75, 'Good idea; scheduled for the billing release.'],
      ['shipped', 30, 'Available now under **Billing → Invoices → Download as ZIP**.'],
    ],
    questions: ['How do I download all invoices of last year as PDF?'],
  },
  {
    product: 'integrations',
    author: 'Tom Becker',
    daysAgo: 45,
    title: 'Webhooks for new and changed invoices',
    description: 'Our ERP should learn about invoices without polling the API every few minutes.',
    votes: [
      ['Tom Becker', 44, 'critical', 'Polling costs us thousands of calls a day.'],
      ['Jana Hoffmann', 20, 'important'],
      ['Emily Carter', 6, 'important'],
      ['Sophie Müller', 2],
    ],
    recorded: [[nordlicht, 15]],
    statuses: [['planned', 10, 'Planned for the next quarter, starting with `invoice.created`.']],
  },
  {
    product: 'account',
    author: 'Jana Hoffmann',
    daysAgo: 60,
    title: 'Enforce two-factor authentication for all users of a company',
    description: 'Admins of a customer account should be able to require 2FA for every member.',
    votes: [
      ['Jana Hoffmann', 59, 'critical', 'Required by our security audit.'],
      ['Tom Becker', 50, 'critical'],
      ['Mehmet Yilmaz', 13, 'important'],
    ],
    recorded: [[kaffeehaus, 5]],
  },
  {
    product: 'reporting',
    author: 'Sophie Müller',
    daysAgo: 30,
    title: 'Zeitgesteuerte Berichte per E-Mail an mehrere Empfänger',
    description:
      'Der Monatsbericht soll automatisch an die Geschäftsführung und die Buchhaltung gehen.',
    votes: [
      ['Sophie Müller', 29, 'important'],
      ['Jana Hoffmann', 8, 'nice_to_have'],
      ['Tom Becker', 4],
    ],
    comments: [['Tom Becker', 'Gerne auch als PDF-Anhang statt nur als Link.']],
  },
  {
    product: 'billing',
    author: 'Tom Becker',
    daysAgo: 25,
    title: 'Show VAT ID on every invoice automatically',
    description: 'The VAT ID from the company settings should appear on each invoice.',
    votes: [
      ['Tom Becker', 24, 'important'],
      ['Jana Hoffmann', 7, 'important'],
    ],
    statuses: [
      ['declined', 5, 'This already works once the VAT ID is saved under company settings.'],
    ],
  },
  {
    product: 'integrations',
    author: 'Mehmet Yilmaz',
    daysAgo: 20,
    title: 'Official connector for Microsoft Power BI',
    description: 'A certified connector instead of pulling the REST API by hand.',
    votes: [
      ['Mehmet Yilmaz', 19, 'important'],
      ['Emily Carter', 11],
      ['Sophie Müller', 1, 'nice_to_have'],
    ],
  },
  {
    product: 'account',
    author: 'Emily Carter',
    daysAgo: 15,
    title: 'Single sign-on with Google Workspace',
    description: 'Many of our teams sign in with Google; SSO would save separate passwords.',
    votes: [
      ['Emily Carter', 14, 'important'],
      ['Mehmet Yilmaz', 3, 'nice_to_have'],
    ],
  },
  {
    product: 'reporting',
    author: 'Jana Hoffmann',
    daysAgo: 12,
    title: 'Dark mode for dashboards',
    description: 'Easier on the eyes on wall-mounted screens in the warehouse.',
    votes: [
      ['Jana Hoffmann', 11, 'nice_to_have'],
      ['Sophie Müller', 2, 'nice_to_have'],
    ],
  },
  {
    product: 'billing',
    author: 'Sophie Müller',
    daysAgo: 9,
    title: 'Pay invoices by SEPA direct debit',
    description:
      'Bitte SEPA-Lastschrift als Zahlungsart anbieten, Kreditkarte ist für uns umständlich.',
    votes: [
      ['Sophie Müller', 8, 'critical'],
      ['Jana Hoffmann', 2, 'important'],
    ],
  },
  {
    product: 'integrations',
    author: 'Emily Carter',
    daysAgo: 6,
    title: 'Higher API rate limits for bulk imports',
    description: 'Importing 50,000 records hits the limit after a few minutes.',
    votes: [['Emily Carter', 5, 'important']],
  },
  {
    product: 'account',
    author: 'Tom Becker',
    daysAgo: 3,
    title: 'Audit log of permission changes',
    description: 'Who gave whom which role, and when; exportable for audits.',
    votes: [
      ['Tom Becker', 2, 'important'],
      ['Jana Hoffmann', 1, 'important'],
    ],
  },
];

const productManager = 'Priya Raman';
const expert = 'Anna Schmidt';

/**
 * A dozen demo ideas across the demo products, with votes from customers of the three demo
 * organisations spread over months, statuses with history, comments, votes recorded for
 * organisations and questions linked as evidence. Skipped when ideas exist.
 * @returns lines for the console
 */
export async function seedIdeasDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM idea')) as [
    { count: number },
  ];
  if (count > 0) return [];
  const productIds = new Map<string, string>(
    (await app.get(ProductService).list()).map((product) => [product.slug, product.id]),
  );
  if (!ideas.every((idea) => productIds.has(idea.product))) return [];
  const linkedQuestionIds = ideas.flatMap((idea) => (idea.questions ?? []).map(demoQuestionId));
  const demoQuestions = new Set(
    (await app.get(QuestionService).visibleByIds(linkedQuestionIds)).map((question) => question.id),
  );
  await dataSource.transaction(async (manager) => {
    for (const [n, idea] of ideas.entries()) {
      const ideaId = id(1, n + 1);
      const created = `now() - make_interval(days => ${idea.daysAgo})`;
      await manager.query(
        `INSERT INTO idea (id, product_id, author_id, title, description, created_at, updated_at, status_changed_at)
         VALUES ($1, $2, $3, $4, $5, ${created}, ${created}, ${created})`,
        [
          ideaId,
          productIds.get(idea.product),
          person(idea.author).id,
          idea.title,
          idea.description,
        ],
      );
      for (const [voter, daysAgo, importance, reason] of idea.votes) {
        const { id: userId, organisationId } = person(voter);
        await manager.query(
          `INSERT INTO idea_vote (idea_id, user_id, organisation_id, plan, importance, reason, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
          [
            ideaId,
            userId,
            organisationId ?? null,
            planOf(organisationId),
            importance ?? null,
            reason ?? null,
            daysAgo,
          ],
        );
      }
      for (const [organisationId, daysAgo] of idea.recorded ?? []) {
        await manager.query(
          `INSERT INTO idea_vote (idea_id, organisation_id, plan, recorded_by_id, importance, reason, created_at)
           VALUES ($1, $2, $3, $4, 'important', 'Raised on a customer call.', now() - make_interval(days => $5))`,
          [ideaId, organisationId, planOf(organisationId), person(expert).id, daysAgo],
        );
      }
      let previous: IdeaStatus = 'under_review';
      for (const [status, daysAgo, message] of idea.statuses ?? []) {
        await manager.query(
          `INSERT INTO idea_status_change (idea_id, from_status, to_status, message, changed_by_id, notified_count, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
          [
            ideaId,
            previous,
            status,
            message,
            person(productManager).id,
            idea.votes.length,
            daysAgo,
          ],
        );
        await manager.query(
          'UPDATE idea SET status = $2, status_changed_at = now() - make_interval(days => $3) WHERE id = $1',
          [ideaId, status, daysAgo],
        );
        previous = status;
      }
      for (const [author, body] of idea.comments ?? []) {
        await manager.query(
          `INSERT INTO idea_comment (idea_id, author_id, body, created_at) VALUES ($1, $2, $3, ${created} + interval '1 day')`,
          [ideaId, person(author).id, body],
        );
      }
      await manager.query(
        'UPDATE idea SET comment_count = (SELECT count(*) FROM idea_comment WHERE idea_id = $1) WHERE id = $1',
        [ideaId],
      );
      for (const questionId of (idea.questions ?? []).map(demoQuestionId)) {
        if (!demoQuestions.has(questionId)) continue;
        await manager.query(
          'INSERT INTO idea_question (idea_id, question_id, linked_by_id) VALUES ($1, $2, $3)',
          [ideaId, questionId, person(expert).id],
        );
      }
      // Counters exactly as the services would have left them.
      await recountVotes(manager, ideaId);
      await recountDemand(manager, ideaId);
    }
  });
  return [
    `Demo ideas: ${ideas.length} across ${productIds.size} product areas, with votes and a roadmap.`,
  ];
}
