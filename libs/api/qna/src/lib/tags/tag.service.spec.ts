import { describe, expect, it } from '@jest/globals';
import { titleSlug } from '../qna.models.js';
import { tagSlug } from '@forum/shared/domain';

describe('slugs', () => {
  it('turns tag names into lower-case words joined by hyphens, keeping umlauts readable', () => {
    expect(tagSlug('Password Reset')).toBe('password-reset');
    expect(tagSlug('  Überweisung & Straße ')).toBe('ueberweisung-strasse');
    expect(tagSlug('Café')).toBe('cafe');
    expect(tagSlug('!!!')).toBe('');
  });

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
