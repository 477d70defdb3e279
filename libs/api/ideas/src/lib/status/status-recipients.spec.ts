import { describe, expect, it } from '@jest/globals';
import { IdeaStatus } from '@forum/shared/domain';
import { notificationCandidates, tellsAskers } from './status-recipients.js';

describe('tellsAskers', () => {
  it('tells the askers of linked questions only when the idea ships', () => {
    for (const status of Object.values(IdeaStatus)) {
      expect(tellsAskers(status)).toBe(status === IdeaStatus.Shipped);
    }
  });
});

describe('notificationCandidates', () => {
  it('names everyone involved once, without the person making the change', () => {
    const participants = ['author', 'voter', 'pm', 'commenter', 'voter'];
    const askers = ['asker', 'author'];
    expect(notificationCandidates([participants, askers], 'pm').sort()).toEqual([
      'asker',
      'author',
      'commenter',
      'voter',
    ]);
  });

  it('is empty when only the person making the change was involved', () => {
    expect(notificationCandidates([['pm'], []], 'pm')).toEqual([]);
  });
});
