/** Markers Meilisearch puts around matched words; private-use characters never typed by people. */
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits text marked by Meilisearch into plain and matched segments, so clients highlight
 * without ever interpreting markup from posts.
 */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  for (const part of marked.split(new RegExp(`([${matchStart}${matchEnd}])`))) {
    if (part === matchStart) match = true;
    else if (part === matchEnd) match = false;
    else if (part !== '') segments.push({ text: part, match });
  }
  return segments;
}

export function hasMatch(marked: string): boolean {
  return marked.includes(matchStart);
}
