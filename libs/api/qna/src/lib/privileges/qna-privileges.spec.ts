import { describe, expect, it, jest } from '@jest/globals';
import type { Viewer } from '@forum/api/identity';
import { PrivilegeConfig } from '@forum/api/platform';
import { ErrorKind, Privilege, Role } from '@forum/shared/domain';
import { type EntityManager, MoreThan } from 'typeorm';
import { AnswerEntity } from '../answers/answer.entity.js';
import { QuestionEntity } from '../questions/question.entity.js';
import { dailyPostLimit, QnaPrivileges } from './qna-privileges.js';

const day = 24 * 60 * 60 * 1000;
const config = new PrivilegeConfig(
  { downvote: 50, edit_others_posts: 1000, post_freely: 15 },
  3,
  10,
);
const privileges = new QnaPrivileges(config);

/** A viewer whose rules may read only the id, the role and the reputation. */
function viewer(role: Role, reputation: number, id = 'viewer'): Viewer {
  const user = new Proxy({ id, role, reputation } as Record<string, unknown>, {
    get(target, field) {
      if (typeof field === 'string' && !(field in target)) {
        throw new Error(`The rule read user.${field}`);
      }
      return Reflect.get(target, field);
    },
  });
  return { user, via: 'session' } as unknown as Viewer;
}

const staffRoles = Object.values(Role).filter((role) => role !== Role.Member);

/** An entity manager that answers `count` with `posted`; any other call fails the test. */
function managerCounting(posted: number) {
  const count = jest.fn<EntityManager['count']>().mockResolvedValue(posted);
  const query = jest.fn<EntityManager['query']>().mockResolvedValue([]);
  const manager = new Proxy({ count, query } as Record<string, unknown>, {
    get(target, field) {
      if (typeof field === 'string' && !(field in target)) {
        throw new Error(`Unexpected call to manager.${field}`);
      }
      return Reflect.get(target, field);
    },
  });
  return { manager: manager as unknown as EntityManager, count, query };
}

function insufficientReputation(message: string, details: Record<string, unknown>) {
  return expect.objectContaining({
    kind: ErrorKind.Forbidden,
    reason: 'INSUFFICIENT_REPUTATION',
    message,
    details,
  });
}

describe('QnaPrivileges', () => {
  describe('assertMayDownvote', () => {
    it.each(staffRoles)('lets %s downvote without reputation', (role) => {
      expect(() => privileges.assertMayDownvote(viewer(role, 0))).not.toThrow();
    });

    it('lets members downvote from the threshold on', () => {
      expect(() => privileges.assertMayDownvote(viewer(Role.Member, 50))).not.toThrow();
    });

    it('refuses members below the threshold and names what they need', () => {
      expect(() => privileges.assertMayDownvote(viewer(Role.Member, 49))).toThrow(
        insufficientReputation('You need 50 reputation to downvote.', {
          needed: 50,
          privilege: Privilege.Downvote,
        }),
      );
    });
  });

  describe('assertMayEdit', () => {
    const othersPost = { authorId: 'someone-else' };

    it('lets members edit their own posts without reputation', () => {
      expect(() =>
        privileges.assertMayEdit(viewer(Role.Member, 0), { authorId: 'viewer' }),
      ).not.toThrow();
    });

    it.each([Role.Expert, Role.Moderator, Role.Admin])(
      "lets %s edit other people's posts without reputation",
      (role) => {
        expect(() => privileges.assertMayEdit(viewer(role, 0), othersPost)).not.toThrow();
      },
    );

    it.each([Role.Member, Role.ProductManager])(
      "lets %s edit other people's posts from the threshold on",
      (role) => {
        expect(() => privileges.assertMayEdit(viewer(role, 1000), othersPost)).not.toThrow();
      },
    );

    it.each([Role.Member, Role.ProductManager])(
      "refuses %s below the threshold on other people's posts",
      (role) => {
        expect(() => privileges.assertMayEdit(viewer(role, 999), othersPost)).toThrow(
          insufficientReputation("You need 1000 reputation to edit other people's posts.", {
            needed: 1000,
            privilege: Privilege.EditOthersPosts,
          }),
        );
      },
    );
  });

  describe('dailyPostLimit', () => {
    it.each(staffRoles)('sets no limit for %s', (role) => {
      expect(dailyPostLimit(config, viewer(role, 0), 'question')).toBeNull();
      expect(dailyPostLimit(config, viewer(role, 0), 'answer')).toBeNull();
    });

    it('sets no limit for members from the post-freely threshold on', () => {
      expect(dailyPostLimit(config, viewer(Role.Member, 15), 'question')).toBeNull();
      expect(dailyPostLimit(config, viewer(Role.Member, 15), 'answer')).toBeNull();
    });

    it('limits members below the threshold per kind of post', () => {
      expect(dailyPostLimit(config, viewer(Role.Member, 14), 'question')).toBe(3);
      expect(dailyPostLimit(config, viewer(Role.Member, 14), 'answer')).toBe(10);
    });
  });

  describe('assertMayPost', () => {
    it('does not count the posts of people without a limit', async () => {
      const { manager, count, query } = managerCounting(100);
      await privileges.assertMayPost(manager, viewer(Role.Expert, 0), 'question');
      await privileges.assertMayPost(manager, viewer(Role.Member, 15), 'answer');
      expect(count).not.toHaveBeenCalled();
      expect(query).not.toHaveBeenCalled();
    });

    it.each([
      ['question', QuestionEntity, 2],
      ['answer', AnswerEntity, 9],
    ] as const)(
      "counts the member's %ss of the last day and lets one more through below the limit",
      async (kind, entity, posted) => {
        const { manager, count, query } = managerCounting(posted);
        const before = Date.now();
        await privileges.assertMayPost(manager, viewer(Role.Member, 0), kind);
        const after = Date.now();

        expect(query).toHaveBeenCalledWith('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `daily-post-limit:${kind}:viewer`,
        ]);
        expect(query.mock.invocationCallOrder[0]).toBeLessThan(count.mock.invocationCallOrder[0]!);
        expect(count).toHaveBeenCalledTimes(1);
        const [counted, options] = count.mock.calls[0];
        expect(counted).toBe(entity);
        const where = options?.where as {
          authorId: string;
          createdAt: ReturnType<typeof MoreThan>;
        };
        expect(where.authorId).toBe('viewer');
        expect(where.createdAt.type).toBe(MoreThan(0).type);
        const since = (where.createdAt.value as Date).getTime();
        expect(since).toBeGreaterThanOrEqual(before - day);
        expect(since).toBeLessThanOrEqual(after - day);
      },
    );

    it.each([
      [
        'question',
        3,
        'New members post at most 3 questions a day; the limit ends at 15 reputation.',
      ],
      ['answer', 10, 'New members post at most 10 answers a day; the limit ends at 15 reputation.'],
    ] as const)('refuses the %s that reaches the daily limit', async (kind, limit, message) => {
      const { manager } = managerCounting(limit);
      await expect(
        privileges.assertMayPost(manager, viewer(Role.Member, 14), kind),
      ).rejects.toEqual(
        insufficientReputation(message, { needed: 15, privilege: Privilege.PostFreely, limit }),
      );
    });
  });
});
