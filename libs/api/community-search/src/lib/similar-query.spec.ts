import { describe, expect, it } from '@jest/globals';
import { contentWords, searchTerms, similarQueries } from './similar-query.js';

describe('similar-question queries', () => {
  it('drops English question words and filler', () => {
    expect(
      contentWords('How can I export invoices to Excel without losing the number format?'),
    ).toEqual(['export', 'invoices', 'excel', 'without', 'losing', 'number', 'format']);
  });

  it('drops German question words and filler', () => {
    expect(
      contentWords('Wie kann ich mein Passwort zurücksetzen, wenn der Link abgelaufen ist?'),
    ).toEqual(['passwort', 'zurücksetzen', 'link', 'abgelaufen']);
  });

  it('keeps numbers, codes and hyphenated terms, each once', () => {
    expect(contentWords('API returns 429 on /v2/invoices; 429 again, e-mail X')).toEqual([
      'api',
      'returns',
      '429',
      'v2',
      'invoices',
      'e-mail',
    ]);
  });

  it('looks up the title alone and, with details, title then body terms and the body’s own terms', () => {
    expect(similarQueries('Why is my invoice PDF blurry?', null)).toEqual(['invoice pdf blurry']);
    expect(
      similarQueries(
        'Invoice PDF blurry',
        'The logo on our invoice looks pixelated, the file is a small PNG of 120 pixels wide exported from Word',
      ),
    ).toEqual([
      'invoice pdf blurry',
      'invoice pdf blurry logo looks pixelated file small png 120',
      'logo looks pixelated file small png 120 pixels wide exported',
    ]);
  });

  it('finds nothing to look for in filler alone', () => {
    expect(similarQueries('How can I do this?', 'Please help')).toEqual([]);
  });
});

describe('search box terms', () => {
  it('keeps short keyword queries as typed and strips filler from whole questions', () => {
    expect(searchTerms('pasword reset')).toBe('pasword reset');
    expect(searchTerms('How do I reset my password?')).toBe('reset password');
    expect(searchTerms('Wie kann ich das machen?')).toBe('machen');
    expect(searchTerms('how can I do')).toBe('how can I do');
  });
});
