import { describe, expect, it } from '@jest/globals';
import { titleSlug } from './question.mapper.js';

describe('question slugs', () => {
  it('makes readable question addresses of at most 80 characters', () => {
    expect(titleSlug('Wie ändere ich die Rechnungsadresse und die USt-IdNr.?')).toBe(
      'wie-aendere-ich-die-rechnungsadresse-und-die-ust-idnr',
    );
    const long = titleSlug(
      'Why does exporting a very long report with many columns and rows to Excel take so much time every single morning?',
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
  });
});
