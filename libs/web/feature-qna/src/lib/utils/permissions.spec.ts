import type { Role } from '@forum/web/data-access-graphql';
import { answerPermissions, mayDeleteComment, questionPermissions } from './permissions';

const asker = { id: 'asker', role: 'MEMBER' as Role };
const open = { authorId: 'asker', state: 'OPEN' as const, isDeleted: false };
const as = (role: Role, id = 'someone') => ({ id, role });

describe('questionPermissions', () => {
  it('gives visitors nothing to do', () => {
    expect(Object.values(questionPermissions(null, open)).some(Boolean)).toBe(false);
  });

  it('lets the asker edit and delete, but not vote on their own question', () => {
    expect(questionPermissions(asker, open)).toEqual({
      vote: false,
      edit: true,
      delete: true,
      restore: false,
      close: false,
      reopen: false,
      comment: true,
      answer: true,
      hide: false,
      unhide: false,
      lock: false,
      unlock: false,
      pin: false,
      unpin: false,
    });
  });

  it.each([
    ['MEMBER', { edit: false, delete: false, close: false }],
    ['PRODUCT_MANAGER', { edit: false, delete: false, close: false }],
    ['EXPERT', { edit: true, delete: false, close: true }],
    ['MODERATOR', { edit: true, delete: true, close: true }],
    ['ADMIN', { edit: true, delete: true, close: true }],
  ] as const)(
    'gives a %s what their role includes on someone else’s question',
    (role, expected) => {
      expect(questionPermissions(as(role), open)).toMatchObject({ vote: true, ...expected });
    },
  );

  it('reopens closed questions for curators, and takes no answers while closed', () => {
    const closed = { ...open, state: 'CLOSED' as const };
    expect(questionPermissions(as('EXPERT'), closed)).toMatchObject({
      close: false,
      reopen: true,
      answer: false,
    });
    expect(questionPermissions(as('MEMBER'), closed).reopen).toBe(false);
  });

  it('lets moderators restore a deleted question, and nobody do anything else with it', () => {
    const deleted = { ...open, isDeleted: true };
    expect(questionPermissions(as('MODERATOR'), deleted)).toEqual({
      vote: false,
      edit: false,
      delete: false,
      restore: true,
      close: false,
      reopen: false,
      comment: false,
      answer: false,
      hide: false,
      unhide: false,
      lock: false,
      unlock: false,
      pin: false,
      unpin: false,
    });
    expect(questionPermissions(as('EXPERT'), deleted).restore).toBe(false);
  });

  it('lets moderators hide, lock and pin, and shuts answers, comments and author edits on a locked question', () => {
    const locked = { ...open, locked: true, pinned: true, hidden: true };
    expect(questionPermissions(as('MODERATOR'), open)).toMatchObject({
      hide: true,
      lock: true,
      pin: true,
      unhide: false,
    });
    expect(questionPermissions(as('MODERATOR'), locked)).toMatchObject({
      unhide: true,
      unlock: true,
      unpin: true,
      edit: true,
      answer: false,
      comment: false,
    });
    expect(questionPermissions(as('EXPERT'), open)).toMatchObject({ hide: false, lock: false });
    expect(questionPermissions(asker, locked)).toMatchObject({ edit: false, answer: false });
  });
});

describe('answerPermissions', () => {
  const answer = { authorId: 'answerer' };
  const question = { authorId: 'asker', isDeleted: false };

  it('lets the asker and experts accept, and nobody confirm or vote on their own answer', () => {
    expect(answerPermissions(asker, answer, question)).toMatchObject({ accept: true, vote: true });
    expect(answerPermissions(as('EXPERT'), answer, question)).toMatchObject({
      accept: true,
      edit: true,
    });
    expect(answerPermissions(as('MEMBER'), answer, question)).toMatchObject({
      accept: false,
      confirm: true,
      edit: false,
    });
    expect(answerPermissions(as('MEMBER', 'answerer'), answer, question)).toMatchObject({
      vote: false,
      confirm: false,
      edit: true,
      delete: true,
    });
  });
});

describe('mayDeleteComment', () => {
  it('lets authors and moderators delete comments', () => {
    expect(mayDeleteComment(as('MEMBER', 'me'), { authorId: 'me' })).toBe(true);
    expect(mayDeleteComment(as('MEMBER', 'me'), { authorId: 'you' })).toBe(false);
    expect(mayDeleteComment(as('EXPERT', 'me'), { authorId: 'you' })).toBe(false);
    expect(mayDeleteComment(as('MODERATOR', 'me'), { authorId: 'you' })).toBe(true);
    expect(mayDeleteComment(null, { authorId: 'you' })).toBe(false);
  });
});
