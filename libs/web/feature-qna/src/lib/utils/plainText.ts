/**
 * Markdown as plain text, for the page description and structured data: the words a reader
 * sees, without markup, link targets or HTML. Good enough for a summary; the page itself renders
 * the Markdown properly.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      // Fence lines go, the code inside stays.
      .replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, '')
      // Reference definitions: "[id]: https://…".
      .replace(/^ {0,3}\[[^\]\n]+\]:\s*\S+.*$/gm, '')
      // Images and links keep their text: ![alt](src), [text](href), [text][ref].
      .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/!\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
      .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
      .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
      // Autolinks keep their address, HTML and comments go.
      .replace(/<((?:https?:|mailto:)[^>\s]+)>/gi, '$1')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      // Block markers: headings, quotes, list bullets, rules, table pipes.
      .replace(/^ {0,3}#{1,6}\s+/gm, '')
      .replace(/^ {0,3}(?:>\s?)+/gm, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/gm, '')
      .replace(/^ {0,3}(?:[-*_]\s*){3,}$/gm, '')
      .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
      .replace(/\s*\|\s*/g, ' ')
      // Inline markup.
      .replace(/`+([^`\n]+)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function summarize(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}
