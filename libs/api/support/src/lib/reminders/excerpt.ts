/** At most this many characters of an answer appear in a reminder. */
export const excerptLength = 200;

/**
 * A plain-text glimpse of a Markdown answer: code blocks, links, images and markup stripped,
 * white space collapsed, cut at a word boundary with an ellipsis.
 */
export function excerpt(markdown: string, length = excerptLength): string {
  const plain = markdown
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[`*_~#>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
