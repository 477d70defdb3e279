/**
 * An @mention is a Markdown link to a profile whose text starts with "@": the editor's
 * autocomplete writes `[@Anna Schmidt](/users/<id>)`, every Markdown renderer shows it as a
 * profile link, and renaming a person breaks no mention.
 */
export function mentionMarkdown(user: { id: string; displayName: string }): string {
  const name = user.displayName.replace(/[[\]\\]/g, '');
  return `[@${name}](/users/${user.id})`;
}

const mentionPattern =
  /\[@[^\]\n]{1,80}\]\(\/users\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
const fencedCode = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
const inlineCode = /`[^`\n]*`/g;

/** At most this many people are told about one post; more is a mass mention, not a question. */
export const maxMentionsPerPost = 20;

/** The people a post mentions, each once, in order; code blocks and spans mention nobody. */
export function mentionedUserIds(markdown: string): string[] {
  const text = markdown.replace(fencedCode, '').replace(inlineCode, '');
  const ids = [...text.matchAll(mentionPattern)].map((match) => match[1]!.toLowerCase());
  return [...new Set(ids)].slice(0, maxMentionsPerPost);
}
