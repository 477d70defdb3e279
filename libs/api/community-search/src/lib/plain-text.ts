import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Containers whose children are separate blocks of text rather than one run of words. */
const blockContainers = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow']);

/**
 * The words of a Markdown text without its markup, blocks separated by line breaks, cut at
 * `maxLength` characters on a word boundary. Code stays in: error messages and commands are what
 * customers search for.
 */
export function markdownToPlainText(markdown: string, maxLength: number): string {
  const text = textOf(fromMarkdown(markdown))
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut;
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (!('children' in node)) return node.type === 'break' ? '\n' : '';
  const separator = blockContainers.has(node.type) ? '\n' : '';
  return (node.children as Nodes[]).map(textOf).join(separator);
}
