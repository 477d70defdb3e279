export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; href: string };

// The form `mentionMarkdown` writes: "[@Anna Schmidt](/users/<id>)".
const MENTION =
  /\[(@[^\]\n]{1,80})\]\((\/users\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"*_~]+$/;

/** "(see https://x.example/a)" links "https://x.example/a", not the closing parenthesis. */
function trimTrailing(candidate: string): string {
  let url = candidate.replace(TRAILING_PUNCTUATION, '');
  while (url.endsWith(')') && count(url, '(') < count(url, ')')) {
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return url;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * Splits plain text into text and links: only `http://` and `https://` URLs become links, and
 * @mentions (`[@Name](/users/<id>)`) links to the profile; nothing else is formatted. Comments are rendered this way, so no markup can reach the page.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    if (match.index > last) segments.push(...linkifyUrls(text.slice(last, match.index)));
    segments.push({ kind: 'mention', text: match[1] as string, href: match[2] as string });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(...linkifyUrls(text.slice(last)));
  return segments;
}

function linkifyUrls(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const url = trimTrailing(match[0]);
    if (!isHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
