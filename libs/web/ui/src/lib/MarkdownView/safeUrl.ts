// Protocols a link in a post may use; everything else (javascript:, data:, vbscript:, file:,
// and any spelling of them) is dropped. Relative URLs stay: they point into this forum.
const SAFE_PROTOCOL = /^(?:https?|mailto)$/i;

/**
 * The URL when it is safe to put into `href`, otherwise undefined. The same test as
 * react-markdown's `defaultUrlTransform`, with a shorter list: a colon before any `/`, `?` or `#`
 * starts a protocol, and only http, https and mailto pass, when they parse as a URL. Obfuscations such as `java\tscript:`,
 * ` javascript:` or `JaVaScRiPt:` have a protocol part that is not on the list, so they fail.
 */
export function safeUrl(url: string): string | undefined {
  const colon = url.indexOf(':');
  const questionMark = url.indexOf('?');
  const numberSign = url.indexOf('#');
  const slash = url.indexOf('/');
  const relative =
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (questionMark !== -1 && colon > questionMark) ||
    (numberSign !== -1 && colon > numberSign);
  if (relative) return url;
  if (!SAFE_PROTOCOL.test(url.slice(0, colon))) return undefined;
  // An address no browser can parse ("http://www.javascript:alert(1).com") is no link either.
  try {
    new URL(url);
    return url;
  } catch {
    return undefined;
  }
}

/** Whether a (safe) URL leaves this site, so it opens in a new tab. */
export function isExternalUrl(url: string): boolean {
  if (/^mailto:/i.test(url)) return false;
  try {
    const base = globalThis.location?.origin ?? 'https://forum.invalid';
    return new URL(url, base).origin !== new URL(base).origin;
  } catch {
    return true;
  }
}
