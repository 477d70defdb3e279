import { createHash } from 'node:crypto';

/** Links in a post: URLs with a scheme, and bare `www.` addresses. */
export function countLinks(text: string): number {
  return text.match(/\bhttps?:\/\/[^\s)<>\]]+|\bwww\.[^\s)<>\]]+/gi)?.length ?? 0;
}

/**
 * The hash two posts share when they say the same thing: lower case, letters and digits only,
 * whitespace and punctuation collapsed, so re-spacing or a trailing "!" does not make it new.
 */
export function textHash(text: string): string {
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** Characters per second written since `since`; infinite when no time passed. */
export function typingSpeed(characters: number, since: Date, now: Date): number {
  const seconds = (now.getTime() - since.getTime()) / 1000;
  return seconds > 0 ? characters / seconds : Number.POSITIVE_INFINITY;
}
