/** The longest name start the API looks up. */
const PREFIX_MAX = 40;

// "@" at the start or after a space or opening bracket, then letters (a name's first word).
const typedMention = new RegExp(
  `(?:^|[\\s(])@([\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]{0,${PREFIX_MAX - 1}})$`,
  'u',
);

export interface MentionQuery {
  /** Where the "@" is. */
  start: number;
  /** What follows it, up to the caret. */
  prefix: string;
}

/** The mention being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(Math.max(0, caret - PREFIX_MAX - 2), caret);
  const match = typedMention.exec(before);
  if (!match?.[1]) return null;
  return { start: caret - match[1].length - 1, prefix: match[1] };
}
