import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { UserService, type Viewer } from '@forum/api/identity';
import { demoPeople } from '@forum/api/identity/demo-data';
import { QuestionService } from '@forum/api/qna';
import { demoProducts, demoQuestionId } from '@forum/api/qna/demo-data';
import { type FlagReason, FlagTargetKind } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { FlagService } from './flags/flag.service.js';

/** Flags a few demo people cast, so the review queue has something to show. */
const demoFlags: Array<{ by: string; question: string; reason: FlagReason; note?: string }> = [
  {
    by: 'Tom Becker',
    question: 'Exporting a report to Excel loses the number formatting',
    reason: 'other',
    note: 'Looks like a duplicate of the question about CSV exports.',
  },
  {
    by: 'Emily Carter',
    question: 'Exporting a report to Excel loses the number formatting',
    reason: 'off_topic',
  },
  {
    by: 'Jana Hoffmann',
    question: 'Welche Rate-Limits gelten für die REST-API?',
    reason: 'needs_staff',
    note: 'Only staff can say what the limits are.',
  },
];

/** A post the link rule holds for review: new accounts posting three links wait for a moderator. */
const heldPost = {
  by: 'Sophie Müller',
  product: 'reporting',
  title: 'Useful links for scheduled reports and their API',
  body: 'I collected what helped me: https://docs.example.com/reports, https://docs.example.com/api/schedules and https://status.example.com. Maybe it helps someone.',
};

/**
 * Seeds the review queue through the real services, so every item, weight and hidden post is
 * what the product would have made: flags (two on one question, one NEEDS_STAFF for the
 * integrations expert) and a new account's question held by the link rule.
 */
export async function seedModerationDemoData(app: INestApplicationContext): Promise<string[]> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ count }] = (await dataSource.query(
    'SELECT count(*)::int AS count FROM review_item',
  )) as [{ count: number }];
  if (count > 0) return [];
  const users = app.get(UserService);
  const viewerOf = async (name: string): Promise<Viewer | null> => {
    const person = demoPeople.find((p) => p.displayName === name);
    const user = person ? await users.findById(person.id) : null;
    return user ? { user, via: 'session', address: '127.0.0.1' } : null;
  };
  if (!(await viewerOf(heldPost.by))) return [];
  const flags = app.get(FlagService);
  for (const flag of demoFlags) {
    const viewer = await viewerOf(flag.by);
    if (!viewer) continue;
    await flags.flag(viewer, {
      targetKind: FlagTargetKind.Question,
      targetId: demoQuestionId(flag.question),
      reason: flag.reason,
      note: flag.note ?? null,
    });
  }
  const author = await viewerOf(heldPost.by);
  const product = demoProducts.find((candidate) => candidate.slug === heldPost.product);
  if (author && product) {
    await app.get(QuestionService).ask(author, {
      productId: product.id,
      title: heldPost.title,
      body: heldPost.body,
      tags: ['reports'],
    });
  }
  return ['Review queue: 2 flagged questions and 1 question held by the link rule.'];
}
