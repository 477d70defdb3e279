import { describe, expect, it } from '@jest/globals';
import type { UserEntity, Viewer } from '@forum/api/identity';
import { IdeaStatus, Role } from '@forum/shared/domain';
import {
  managesIdeas,
  mayDeleteIdeaComment,
  mayEditIdea,
  mayReadNotes,
  mayReadVotes,
} from './ideas.permissions.js';

const as = (role: Role, id = 'someone'): Viewer => ({
  user: { id, role } as UserEntity,
  via: 'session',
  address: '127.0.0.1',
});
const everyRole = Object.values(Role);

describe('managesIdeas', () => {
  it.each(everyRole)('%s', (role) => {
    expect(managesIdeas(as(role))).toBe(role === Role.ProductManager || role === Role.Admin);
  });
});

describe('mayEditIdea', () => {
  const idea = (status: IdeaStatus) => ({ authorId: 'author', status });

  it('lets the author edit while the idea is under review, and only then', () => {
    const author = as(Role.Member, 'author');
    expect(mayEditIdea(author, idea(IdeaStatus.UnderReview))).toBe(true);
    for (const status of Object.values(IdeaStatus).filter((s) => s !== IdeaStatus.UnderReview)) {
      expect(mayEditIdea(author, idea(status))).toBe(false);
    }
  });

  it('lets product managers and admins edit in every status', () => {
    for (const role of [Role.ProductManager, Role.Admin]) {
      for (const status of Object.values(IdeaStatus)) {
        expect(mayEditIdea(as(role), idea(status))).toBe(true);
      }
    }
  });

  it('keeps everyone else out, experts and moderators included', () => {
    for (const role of [Role.Member, Role.Expert, Role.Moderator]) {
      expect(mayEditIdea(as(role), idea(IdeaStatus.UnderReview))).toBe(false);
    }
  });
});

describe('mayDeleteIdeaComment', () => {
  const comment = { authorId: 'author' };

  it('lets the author delete their own comment', () => {
    expect(mayDeleteIdeaComment(as(Role.Member, 'author'), comment)).toBe(true);
  });

  it.each(everyRole)('lets %s delete a comment of someone else only as a moderator', (role) => {
    expect(mayDeleteIdeaComment(as(role), comment)).toBe(
      role === Role.Moderator || role === Role.Admin,
    );
  });
});

describe('mayReadVotes', () => {
  it('needs a signed-in product manager or admin', () => {
    expect(mayReadVotes(undefined)).toBe(false);
    for (const role of everyRole) {
      expect(mayReadVotes(as(role))).toBe(role === Role.ProductManager || role === Role.Admin);
    }
  });
});

describe('mayReadNotes', () => {
  it('needs a signed-in member of staff', () => {
    expect(mayReadNotes(undefined)).toBe(false);
    for (const role of everyRole) {
      expect(mayReadNotes(as(role))).toBe(role !== Role.Member);
    }
  });
});
