const ORIGIN = 'https://forum.invalid';

/** Pages a person should not land on again after signing in. */
const AUTH_PATHS = ['/sign-in', '/sign-up', '/verify-email', '/forgot-password', '/reset-password'];

/**
 * A path on this site to continue at after signing in, or undefined. Anything that leaves the
 * site ("//evil.example", "https://…", "/\\evil.example") is refused, so a crafted link cannot
 * send people elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN || AUTH_PATHS.includes(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in`, with `returnTo` when there is a page to come back to. */
export function signInPath(returnTo?: string): string {
  const path = safeReturnPath(returnTo);
  return path && path !== '/' ? `/sign-in?${new URLSearchParams({ returnTo: path })}` : '/sign-in';
}

/** The single sign-on start URL with `returnTo` added, for a full-page navigation. */
export function ssoStartUrl(startUrl: string, returnTo?: string): string {
  const path = safeReturnPath(returnTo);
  if (!path) return startUrl;
  const url = new URL(startUrl, ORIGIN);
  url.searchParams.set('returnTo', path);
  return url.origin === ORIGIN ? `${url.pathname}${url.search}` : url.toString();
}
