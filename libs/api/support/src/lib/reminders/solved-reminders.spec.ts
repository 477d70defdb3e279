import { describe, expect, it } from '@jest/globals';
import { excerpt } from './excerpt.js';
import { dueStep, solvedCheckEventKey, solvedCheckLink } from './solved-reminders.service.js';

const day = 24 * 60 * 60 * 1000;

describe('dueStep', () => {
  const first = new Date('2027-03-01T10:00:00.000Z');
  const at = (ms: number) => new Date(first.getTime() + ms);

  it('is the latest step whose day has come, to the millisecond', () => {
    const days = [3, 7, 30];
    expect(dueStep(days, first, at(3 * day - 1))).toBe(0);
    expect(dueStep(days, first, at(3 * day))).toBe(1);
    expect(dueStep(days, first, at(7 * day - 1))).toBe(1);
    expect(dueStep(days, first, at(7 * day))).toBe(2);
    expect(dueStep(days, first, at(400 * day))).toBe(3);
  });
});

describe('solvedCheckEventKey', () => {
  it('keeps the plain key in the first cycle and names later cycles', () => {
    expect(solvedCheckEventKey('q', 1, 2)).toBe('question.solved_check:q:2');
    expect(solvedCheckEventKey('q', 3, 1)).toBe('question.solved_check:q:1:3');
  });
});

describe('solvedCheckLink', () => {
  it('carries the token, then the answer and the action', () => {
    expect(
      solvedCheckLink('https://forum.example', 'p.s', { action: 'accept', answerId: 'a1' }),
    ).toBe('https://forum.example/solved?token=p.s&answer=a1&action=accept');
    expect(solvedCheckLink('https://forum.example', 'p.s', { action: 'not_solved' })).toBe(
      'https://forum.example/solved?token=p.s&action=not_solved',
    );
  });
});

describe('excerpt', () => {
  it('strips Markdown and code, collapses white space and cuts at a word', () => {
    expect(excerpt('**Bold** and [a link](https://x.example)\n\n```\ncode\n```\nend')).toBe(
      'Bold and a link end',
    );
    const long = excerpt('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('word…')).toBe(true);
  });
});
