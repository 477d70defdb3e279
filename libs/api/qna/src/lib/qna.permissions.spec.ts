import { describe, expect, it } from '@jest/globals';
import type { Viewer } from '@forum/api/identity';
import { Role } from '@forum/shared/domain';
import {
  isAuthor,
  isModerator,
  mayAccept,
  mayClose,
  mayDelete,
  mayEdit,
} from './qna.permissions.js';

/** A viewer whose rules may read only the id and the role; anything else fails the test. */
function viewer(role: Role, id = 'viewer'): Viewer {
  const user = new Proxy({ id, role } as Record<string, unknown>, {
    get(target, field) {
      if (typeof field === 'string' && !(field in target)) {
        throw new Error(`The rule read user.${field}`);
      }
      return Reflect.get(target, field);
    },
  });
  return { user, via: 'session' } as unknown as Viewer;
}

const ownPost = { authorId: 'viewer' };
const othersPost = { authorId: 'someone-else' };

/** Every role, with whether it may do the thing to someone else's post. */
function byRole(allowed: readonly Role[]): Array<[Role, boolean]> {
  return Object.values(Role).map((role) => [role, allowed.includes(role)]);
}

describe('Q&A permissions', () => {
  describe('isAuthor', () => {
    it('is true for the author only', () => {
      expect(isAuthor(viewer(Role.Member), ownPost)).toBe(true);
      expect(isAuthor(viewer(Role.Admin), othersPost)).toBe(false);
    });
  });

  describe('mayEdit', () => {
    it.each(Object.values(Role))('lets the author edit their own post as %s', (role) => {
      expect(mayEdit(viewer(role), ownPost)).toBe(true);
    });

    it.each(byRole([Role.Expert, Role.Moderator, Role.Admin]))(
      "lets %s edit other people's posts: %s",
      (role, allowed) => {
        expect(mayEdit(viewer(role), othersPost)).toBe(allowed);
      },
    );
  });

  describe('mayDelete', () => {
    it.each(Object.values(Role))('lets the author delete their own post as %s', (role) => {
      expect(mayDelete(viewer(role), ownPost)).toBe(true);
    });

    it.each(byRole([Role.Moderator, Role.Admin]))(
      "lets %s delete other people's posts: %s",
      (role, allowed) => {
        expect(mayDelete(viewer(role), othersPost)).toBe(allowed);
      },
    );
  });

  describe('isModerator', () => {
    it('is false for anonymous visitors', () => {
      expect(isModerator(undefined)).toBe(false);
    });

    it.each(byRole([Role.Moderator, Role.Admin]))('is true for %s: %s', (role, allowed) => {
      expect(isModerator(viewer(role))).toBe(allowed);
    });
  });

  describe('mayAccept', () => {
    it.each(Object.values(Role))('lets the asker accept on their own question as %s', (role) => {
      expect(mayAccept(viewer(role), ownPost)).toBe(true);
    });

    it.each(byRole([Role.Expert, Role.Moderator, Role.Admin]))(
      "lets %s accept on other people's questions: %s",
      (role, allowed) => {
        expect(mayAccept(viewer(role), othersPost)).toBe(allowed);
      },
    );
  });

  describe('mayClose', () => {
    it.each(byRole([Role.Expert, Role.Moderator, Role.Admin]))(
      'lets %s close questions: %s',
      (role, allowed) => {
        expect(mayClose(viewer(role))).toBe(allowed);
      },
    );
  });
});
