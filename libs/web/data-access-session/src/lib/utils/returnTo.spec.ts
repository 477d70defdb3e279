import { safeReturnPath, signInPath, ssoStartUrl } from './returnTo';

describe('safeReturnPath', () => {
  it.each([
    ['/settings', '/settings'],
    ['/questions/42?sort=new#answer-7', '/questions/42?sort=new#answer-7'],
    ['/a/../settings', '/settings'],
  ])('keeps the path %s on this site', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['settings'],
    ['//evil.example/phish'],
    ['/\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/sign-in?returnTo=/settings'],
    ['/verify-email?token=abc'],
  ])('refuses %s', (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});

describe('signInPath', () => {
  it('adds returnTo only for a page worth coming back to', () => {
    expect(signInPath('/settings')).toBe('/sign-in?returnTo=%2Fsettings');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/sign-up')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});

describe('ssoStartUrl', () => {
  it('passes returnTo on to the single sign-on start', () => {
    expect(ssoStartUrl('/auth/sso/start', '/settings')).toBe(
      '/auth/sso/start?returnTo=%2Fsettings',
    );
    expect(ssoStartUrl('/auth/sso/start?returnTo=/old', '/new')).toBe(
      '/auth/sso/start?returnTo=%2Fnew',
    );
    expect(ssoStartUrl('/auth/sso/start', '//evil.example')).toBe('/auth/sso/start');
    expect(ssoStartUrl('https://id.example/start', '/settings')).toBe(
      'https://id.example/start?returnTo=%2Fsettings',
    );
  });
});
