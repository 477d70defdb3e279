import { isExternalUrl, safeUrl } from './safeUrl';

describe('safeUrl', () => {
  it.each([
    'https://example.com/a?b#c',
    'http://example.com',
    'mailto:support@example.com',
    '/questions/1',
    '../relative',
    '#user-content-fn-1',
    '?tag=pdf',
    'javascript%3Aalert(1)',
  ])('keeps %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'irc://irc.example',
    'http://www.javascript:alert(1).com',
  ])('drops %s', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});

describe('isExternalUrl', () => {
  it('tells other sites from this one', () => {
    expect(isExternalUrl('https://example.com')).toBe(true);
    expect(isExternalUrl('//example.com/x')).toBe(true);
    expect(isExternalUrl('/questions')).toBe(false);
    expect(isExternalUrl(`${window.location.origin}/questions`)).toBe(false);
    expect(isExternalUrl('mailto:a@example.com')).toBe(false);
  });
});
