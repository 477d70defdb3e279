import { Fragment } from 'react';
import './HighlightedText.css';

export interface HighlightedTextProps {
  /** Text from the search engine; `match` marks the words the query matched. */
  segments: readonly { text: string; match: boolean }[];
}

/**
 * Search highlights as text with `<mark>` around the matches. The segments come from posts that
 * anyone may write, so they are only ever rendered as text, never parsed as HTML.
 */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="forum-search-mark">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
