import { isValidTag, tagSlug } from './tagSlug';

describe('tagSlug', () => {
  it.each([
    ['Password Reset', 'password-reset'],
    ['Überweisung', 'ueberweisung'],
    ['  Straße & Größe ', 'strasse-groesse'],
    ['C#/.NET', 'c-net'],
    ['café', 'cafe'],
  ])('turns %s into %s', (name, slug) => {
    expect(tagSlug(name)).toBe(slug);
    expect(isValidTag(slug)).toBe(true);
  });

  it('refuses what has no letters or digits, or is too long', () => {
    expect(isValidTag(tagSlug('!!!'))).toBe(false);
    expect(isValidTag('a'.repeat(41))).toBe(false);
  });
});
