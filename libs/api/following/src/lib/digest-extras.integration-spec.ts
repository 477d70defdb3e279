import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DigestExtrasRegistry, DigestService } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gqlData,
  query,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { FollowingDigestExtras } from './digest-extras.js';
import { FollowingModule } from './following.module.js';

describe('digest extras: solved questions in followed products', () => {
  let api: TestApp;
  let forum: ForumTestContext;

  beforeAll(async () => {
    api = await createTestApp([QnaModule, FollowingModule], withoutReputationLimits);
    forum = createForumTestContext(api);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function solved(productId: string, title: string) {
    const asker = await forum.newUser();
    const questionId = await forum.newQuestion({ author: asker, productId, title });
    const answerId = await forum.newAnswer({ questionId });
    await forum.accept({ as: asker, answerId });
    return { asker, questionId, answerId };
  }

  it('lists visible questions solved in the period in followed products, not the reader’s own', async () => {
    const followed = await forum.newProduct({ name: 'Reporting' });
    const other = await forum.newProduct();
    const reader = await forum.newUser();
    await query(
      api,
      `INSERT INTO follow (user_id, target_type, target_id) VALUES ($1, 'product', $2)`,
      [reader.person.id, followed],
    );
    const since = new Date(Date.now() - 60_000);

    const shown = await solved(followed, 'How do I export the monthly report as CSV?');
    await solved(other, 'How do I export the yearly report as PDF file?');
    const hidden = await solved(followed, 'Why does the dashboard show old numbers today?');
    const moderator = await forum.newUser({ role: Role.Moderator });
    await gqlData(api, {
      query: `mutation H($input: HidePostInput!) { hidePost(input: $input) { __typename } }`,
      variables: { input: { target: 'QUESTION', id: hidden.questionId } },
      as: moderator,
    });
    const ownQuestion = await forum.newQuestion({
      author: reader,
      productId: followed,
      title: 'Can I schedule the report for every Monday?',
    });
    const helper = await forum.newAnswer({ questionId: ownQuestion });
    await forum.accept({ as: reader, answerId: helper });
    const answeredByReader = await forum.newQuestion({
      productId: followed,
      title: 'Where do I find the export button in reports?',
    });
    const readersAnswer = await forum.newAnswer({ questionId: answeredByReader, author: reader });
    // Accepted by its asker; written directly, the asker's session is not needed here.
    await query(
      api,
      `UPDATE question SET accepted_answer_id = $2, accepted_at = now() WHERE id = $1`,
      [answeredByReader, readersAnswer],
    );

    const until = new Date(Date.now() + 60_000);
    const extras = api.app.get(FollowingDigestExtras);
    expect(api.app.get(DigestExtrasRegistry).current).toBe(extras);
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const found = await extras.solvedQuestions(
      dataSource.manager,
      reader.person.id,
      since,
      until,
      10,
    );
    expect(found).toEqual([
      {
        questionId: shown.questionId,
        title: 'How do I export the monthly report as CSV?',
        productName: 'Reporting',
        solvedAt: expect.any(Date),
      },
    ]);

    // The reader's daily digest carries it, though they have no notifications.
    const digest = {
      userId: reader.person.id,
      cadence: 'daily' as const,
      periodStart: until.toISOString(),
    };
    expect(await api.app.get(DigestService).send(digest)).toBe(true);
    expect(await api.app.get(DigestService).send(digest)).toBe(false);
    expect(
      await query(api, `SELECT item_count FROM notification_digest WHERE user_id = $1`, [
        reader.person.id,
      ]),
    ).toEqual([{ item_count: 1 }]);

    // Outside the period nothing is listed.
    expect(
      await extras.solvedQuestions(
        dataSource.manager,
        reader.person.id,
        until,
        new Date(until.getTime() + 1),
        10,
      ),
    ).toEqual([]);
  });
});
