import { describe, expect, it } from '@jest/globals';
import { tagSlug } from '@forum/shared/domain';

describe('tag slugs', () => {
  it('turns tag names into lower-case words joined by hyphens, keeping umlauts readable', () => {
    expect(tagSlug('Password Reset')).toBe('password-reset');
    expect(tagSlug('  Überweisung & Straße ')).toBe('ueberweisung-strasse');
    expect(tagSlug('Café')).toBe('cafe');
    expect(tagSlug('!!!')).toBe('');
  });
});
