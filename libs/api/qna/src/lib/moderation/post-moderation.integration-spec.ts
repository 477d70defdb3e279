import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserService, type Viewer } from '@forum/api/identity';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  query,
  type TestApp,
  withoutReputationLimits,
} from '@forum/api/testing';
import { PostHiddenReason, Role } from '@forum/shared/domain';
import { DataSource } from 'typeorm';
import { QnaModule } from '../qna.module.js';
import { PostModeration } from './post-moderation.service.js';

describe('PostModeration', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let dataSource: DataSource;
  let moderation: PostModeration;
  let moderator: Viewer;

  beforeAll(async () => {
    api = await createTestApp([QnaModule], withoutReputationLimits);
    forum = createForumTestContext(api);
    dataSource = api.app.get(DataSource);
    moderation = api.app.get(PostModeration);
    const person = await forum.newPerson({ role: Role.Moderator });
    const user = await api.app.get(UserService).findById(person.id);
    if (!user) throw new Error('The moderator was not created');
    moderator = { user, via: 'session', address: '198.51.100.9' };
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const auditOf = (targetId: string) =>
    query<{
      action: string;
      actor_id: string | null;
      reason: string | null;
      ip_address: string | null;
    }>(
      api,
      'SELECT action, actor_id, reason, ip_address FROM audit_entry WHERE target_id = $1 ORDER BY id',
      [targetId],
    );

  async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
    try {
      await work();
      return 'no error';
    } catch (error) {
      return (error as { reason?: string }).reason ?? error;
    }
  }

  it('hides a question for the system, describes it, and refuses to hide it twice', async () => {
    const questionId = await forum.newQuestion();
    const post = { kind: 'question', id: questionId } as const;
    await dataSource.transaction((manager) =>
      moderation.hide(manager, post, {
        reason: PostHiddenReason.AwaitingReview,
        note: 'Links to a known spam domain',
        actor: null,
      }),
    );
    const [facts] = await moderation.describe(dataSource.manager, [post]);
    expect(facts).toMatchObject({
      kind: 'question',
      id: questionId,
      questionId,
      hiddenReason: 'awaiting_review',
      hiddenNote: 'Links to a known spam domain',
      deletedAt: null,
    });
    expect(await auditOf(questionId)).toEqual([
      {
        action: 'question.hidden',
        actor_id: null,
        reason: 'Links to a known spam domain',
        ip_address: null,
      },
    ]);
    expect(
      await failureOf(() =>
        dataSource.transaction((manager) =>
          moderation.hide(manager, post, {
            reason: PostHiddenReason.Flagged,
            note: null,
            actor: null,
          }),
        ),
      ),
    ).toBe('ALREADY_HIDDEN');

    await dataSource.transaction((manager) => moderation.unhide(manager, post, moderator));
    const [shown] = await moderation.describe(dataSource.manager, [post]);
    expect(shown).toMatchObject({ hiddenReason: null, hiddenNote: null });
    expect((await auditOf(questionId)).map((entry) => [entry.action, entry.actor_id])).toEqual([
      ['question.hidden', null],
      ['question.unhidden', moderator.user.id],
    ]);
    expect(
      await failureOf(() =>
        dataSource.transaction((manager) => moderation.unhide(manager, post, moderator)),
      ),
    ).toBe('NOT_HIDDEN');
  });

  it('takes a hidden answer out of the count and the solved state, and back', async () => {
    const asker = await forum.newUser();
    const questionId = await forum.newQuestion({ author: asker });
    const answerId = await forum.newAnswer({ questionId });
    await forum.accept({ as: asker, answerId });
    const stateOf = async () =>
      (
        await query<{ answer_count: number; state: string }>(
          api,
          'SELECT answer_count, state FROM question WHERE id = $1',
          [questionId],
        )
      )[0];
    expect(await stateOf()).toEqual({ answer_count: 1, state: 'solved' });

    const post = { kind: 'answer', id: answerId } as const;
    await dataSource.transaction((manager) =>
      moderation.hide(manager, post, {
        reason: PostHiddenReason.Moderator,
        note: 'Personal data',
        actor: moderator,
      }),
    );
    expect(await stateOf()).toEqual({ answer_count: 0, state: 'open' });
    const [facts] = await moderation.describe(dataSource.manager, [post]);
    expect(facts).toMatchObject({ kind: 'answer', questionId, hiddenReason: 'moderator' });

    await dataSource.transaction((manager) => moderation.unhide(manager, post, moderator));
    expect(await stateOf()).toEqual({ answer_count: 1, state: 'solved' });
  });

  it('deletes a post the way a moderator does, with its audit entry', async () => {
    const questionId = await forum.newQuestion();
    const answerId = await forum.newAnswer({ questionId });
    await dataSource.transaction((manager) =>
      moderation.delete(manager, { kind: 'answer', id: answerId }, moderator),
    );
    await dataSource.transaction((manager) =>
      moderation.delete(manager, { kind: 'question', id: questionId }, moderator),
    );
    const facts = await moderation.describe(dataSource.manager, [
      { kind: 'question', id: questionId },
      { kind: 'answer', id: answerId },
    ]);
    expect(facts.map((fact) => [fact.kind, fact.deletedAt instanceof Date])).toEqual([
      ['question', true],
      ['answer', true],
    ]);
    expect(await auditOf(answerId)).toEqual([
      expect.objectContaining({ action: 'answer.deleted', actor_id: moderator.user.id }),
    ]);
    expect(await auditOf(questionId)).toEqual([
      expect.objectContaining({ action: 'question.deleted', ip_address: '198.51.100.9' }),
    ]);
    const [{ answer_count }] = (await query<{ answer_count: number }>(
      api,
      'SELECT answer_count FROM question WHERE id = $1',
      [questionId],
    )) as [{ answer_count: number }];
    expect(answer_count).toBe(0);
  });

  it('leaves a consistent state when hides and unhides race', async () => {
    const questionId = await forum.newQuestion();
    const post = { kind: 'question', id: questionId } as const;
    const attempts = Array.from({ length: 8 }, (_, index) =>
      failureOf(() =>
        dataSource.transaction((manager) =>
          index % 2 === 0
            ? moderation.hide(manager, post, {
                reason: PostHiddenReason.Moderator,
                note: `Attempt ${index}`,
                actor: moderator,
              })
            : moderation.unhide(manager, post, moderator),
        ),
      ),
    );
    const outcomes = await Promise.all(attempts);
    const succeeded = outcomes.filter((outcome) => outcome === 'no error').length;
    const entries = await auditOf(questionId);
    // Every successful change, and only those, left one audit entry, alternating hide and unhide.
    expect(entries).toHaveLength(succeeded);
    entries.forEach((entry, index) =>
      expect(entry.action).toBe(index % 2 === 0 ? 'question.hidden' : 'question.unhidden'),
    );
    const [facts] = await moderation.describe(dataSource.manager, [post]);
    expect(facts?.hiddenReason).toBe(succeeded % 2 === 1 ? 'moderator' : null);
    expect(
      outcomes
        .filter((outcome) => outcome !== 'no error')
        .every((o) => o === 'ALREADY_HIDDEN' || o === 'NOT_HIDDEN'),
    ).toBe(true);
  });
});
