import { describe, expect, it } from '@jest/globals';
import { labelled, toCsv } from './insights.service.js';

describe('labelled', () => {
  // As the owner returns them: sorted by name.
  const named = [
    { id: 'a', name: 'Acme' },
    { id: 'b', name: 'Beta' },
    { id: 'g', name: 'Gamma' },
  ];

  it('ranks by votes, then by the order of the names', () => {
    const groups = [
      { key: 'g', votes: 2 },
      { key: 'b', votes: 5 },
      { key: 'a', votes: 2 },
    ];
    expect(labelled(groups, named)).toEqual([
      { key: 'b', label: 'Beta', votes: 5 },
      { key: 'a', label: 'Acme', votes: 2 },
      { key: 'g', label: 'Gamma', votes: 2 },
    ]);
  });

  it('leaves out groups their owner no longer knows', () => {
    expect(labelled([{ key: 'gone', votes: 9 }], named)).toEqual([]);
  });
});

describe('toCsv', () => {
  it('writes a header row and defuses cells a spreadsheet would run as formulas', () => {
    expect(
      toCsv(
        ['title', 'votes'],
        [
          ['=HYPERLINK("x")', 3],
          ['Plain, with comma', -1],
        ],
      ),
    ).toBe('title,votes\n"\'=HYPERLINK(""x"")",3\n"Plain, with comma",-1\n');
  });
});
