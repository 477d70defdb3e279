import { fanoutJobFor, ideaFanoutJobFor, postsRemovedBy } from './fanout-jobs.js';

const post = { questionId: 'q-1', authorId: 'u-author' };
const answer = { ...post, answerId: 'a-1' };

describe('fanoutJobFor', () => {
  it('fans out new and shown-again posts, and edits for their mentions only', () => {
    expect(fanoutJobFor({ type: 'question.asked', ...post, draftId: null })).toEqual({
      type: 'question',
      questionId: 'q-1',
      actorId: 'u-author',
      mentionsOnly: false,
    });
    expect(fanoutJobFor({ type: 'question.unhidden', ...post })).toMatchObject({
      mentionsOnly: false,
    });
    expect(fanoutJobFor({ type: 'question.edited', ...post })).toMatchObject({
      type: 'question',
      mentionsOnly: true,
    });
    expect(fanoutJobFor({ type: 'answer.posted', ...answer })).toEqual({
      type: 'answer',
      answerId: 'a-1',
      actorId: 'u-author',
      mentionsOnly: false,
    });
    expect(fanoutJobFor({ type: 'answer.edited', ...answer })).toMatchObject({
      mentionsOnly: true,
    });
    expect(
      fanoutJobFor({
        type: 'comment.posted',
        commentId: 'c-1',
        questionId: 'q-1',
        answerId: null,
        authorId: 'u-author',
      }),
    ).toEqual({ type: 'comment', commentId: 'c-1', actorId: 'u-author' });
  });

  it('tells of an acceptance by the asker, and leaves staff acceptance to the verification', () => {
    const accepted = {
      type: 'answer.accepted' as const,
      ...answer,
      questionAuthorId: 'u-asker',
      productId: 'p-1',
    };
    expect(fanoutJobFor({ ...accepted, actorId: 'u-asker' })).toEqual({
      type: 'answer.accepted',
      answerId: 'a-1',
      actorId: 'u-asker',
    });
    expect(fanoutJobFor({ ...accepted, actorId: 'u-expert' })).toBeNull();
    expect(fanoutJobFor({ type: 'answer.verified', ...answer, actorId: 'u-expert' })).toEqual({
      type: 'answer.verified',
      answerId: 'a-1',
      actorId: 'u-expert',
    });
  });

  it('tells of a closing only when it names the original', () => {
    const closed = { type: 'question.closed' as const, ...post, actorId: 'u-expert' };
    expect(fanoutJobFor({ ...closed, duplicateOfId: 'q-0' })).toEqual({
      type: 'question.closed_as_duplicate',
      questionId: 'q-1',
      duplicateOfId: 'q-0',
      actorId: 'u-expert',
    });
    expect(fanoutJobFor({ ...closed, duplicateOfId: null })).toBeNull();
  });

  it('has nothing to tell for votes, deletions and hiding', () => {
    expect(fanoutJobFor({ type: 'answer.hidden', ...answer })).toBeNull();
    expect(fanoutJobFor({ type: 'question.deleted', ...post })).toBeNull();
    expect(fanoutJobFor({ type: 'questions.retagged', questionIds: ['q-1'] })).toBeNull();
  });
});

describe('ideaFanoutJobFor', () => {
  it('carries what the voters were told, for the followers', () => {
    expect(
      ideaFanoutJobFor({
        type: 'idea.status_changed',
        ideaId: 'i-1',
        authorId: 'u-author',
        fromStatus: 'under_review',
        toStatus: 'planned',
        actorId: 'u-pm',
        statusChangeId: 's-1',
        ideaTitle: 'Dark mode',
        message: 'Spring.',
      }),
    ).toEqual({
      type: 'idea.status_changed',
      ideaId: 'i-1',
      actorId: 'u-pm',
      payload: {
        ideaId: 'i-1',
        ideaTitle: 'Dark mode',
        statusChangeId: 's-1',
        fromStatus: 'under_review',
        toStatus: 'planned',
        message: 'Spring.',
      },
    });
    expect(ideaFanoutJobFor({ type: 'idea.proposed', ideaId: 'i-1', authorId: 'u' })).toBeNull();
  });
});

describe('postsRemovedBy', () => {
  it('names the hidden or deleted post as notifications refer to it', () => {
    expect(postsRemovedBy({ type: 'answer.hidden', ...answer })).toEqual([
      { key: 'answerId', id: 'a-1' },
    ]);
    expect(postsRemovedBy({ type: 'question.deleted', ...post })).toEqual([
      { key: 'questionId', id: 'q-1' },
      { key: 'duplicateOfId', id: 'q-1' },
    ]);
    expect(
      postsRemovedBy({
        type: 'comment.deleted',
        commentId: 'c-1',
        questionId: 'q-1',
        answerId: null,
        authorId: 'u',
      }),
    ).toEqual([{ key: 'commentId', id: 'c-1' }]);
    expect(postsRemovedBy({ type: 'answer.posted', ...answer })).toEqual([]);
  });
});
