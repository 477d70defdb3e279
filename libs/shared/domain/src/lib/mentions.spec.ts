import { describe, expect, it } from '@jest/globals';
import { mentionedUserIds, mentionMarkdown, maxMentionsPerPost } from './mentions.js';

const anna = '0b6f3c9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f';
const tom = '1c7a4d0f-2e3b-4d6c-9f80-ab1c2d3e4f50';

describe('mentions', () => {
  it('writes a mention as a profile link that names the person', () => {
    expect(mentionMarkdown({ id: anna, displayName: 'Anna [Billing] Schmidt' })).toBe(
      `[@Anna Billing Schmidt](/users/${anna})`,
    );
  });

  it('finds each mentioned person once, in order', () => {
    const text = `Ask ${mentionMarkdown({ id: tom, displayName: 'Tom' })} or [@Anna](/users/${anna}); [@Tom B.](/users/${tom.toUpperCase()})`;
    expect(mentionedUserIds(text)).toEqual([tom, anna]);
  });

  it('ignores ordinary links, links without "@" and mentions inside code', () => {
    const text = [
      `[Anna](/users/${anna})`,
      `[@Anna](https://example.com/users/${anna})`,
      `\`[@Anna](/users/${anna})\``,
      '```',
      `[@Tom](/users/${tom})`,
      '```',
    ].join('\n');
    expect(mentionedUserIds(text)).toEqual([]);
  });

  it('caps how many people one post can mention', () => {
    const many = Array.from(
      { length: 30 },
      (_, i) => `[@P${i}](/users/00000000-0000-4000-8000-${String(i).padStart(12, '0')})`,
    ).join(' ');
    expect(mentionedUserIds(many)).toHaveLength(maxMentionsPerPost);
  });
});
