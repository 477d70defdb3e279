/** A revision as the API returns it: the text before one edit, and who made that edit when. */
export interface RevisionLike<Author> {
  previousTitle?: string | null;
  previousBody: string;
  previousTags?: readonly string[] | null;
  editor: Author;
  editedAt: string;
}

/** One version of a post: its text, and who wrote that version when. */
export interface PostVersion<Author> {
  /** 1 for the original post. */
  number: number;
  title: string | null;
  body: string;
  tags: readonly string[] | null;
  /** The asker or answerer for the original, otherwise whoever made the edit. */
  author: Author;
  at: string;
  isOriginal: boolean;
}

export interface CurrentPost<Author> {
  title?: string | null;
  body: string;
  tags?: readonly string[] | null;
  author: Author;
  createdAt: string;
}

/**
 * Every version of a post, newest first. A revision holds the text *before* an edit, so version
 * k's text is in revision k (counting from the oldest), and its author is the editor of the
 * revision before it, or the post's author for the original.
 */
export function versionsOf<Author>(
  current: CurrentPost<Author>,
  revisions: readonly RevisionLike<Author>[],
): PostVersion<Author>[] {
  const texts = [
    { title: current.title ?? null, body: current.body, tags: current.tags ?? null },
    ...revisions.map((revision) => ({
      title: revision.previousTitle ?? null,
      body: revision.previousBody,
      tags: revision.previousTags ?? null,
    })),
  ];
  return texts.map((text, index) => {
    const madeBy = revisions[index];
    const newer = index > 0 ? texts[index - 1] : undefined;
    return {
      number: texts.length - index,
      // Questions always keep their title; fall back on the newer one should a revision lack it.
      title: text.title ?? newer?.title ?? null,
      body: text.body,
      tags: text.tags ?? newer?.tags ?? null,
      author: madeBy ? madeBy.editor : current.author,
      at: madeBy ? madeBy.editedAt : current.createdAt,
      isOriginal: !madeBy,
    };
  });
}
