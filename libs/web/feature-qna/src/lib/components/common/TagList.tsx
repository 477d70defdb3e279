import { Link } from 'react-router';
import { listSearch } from '../../utils/listParams';
import './common.css';

export interface TagListProps {
  tags: readonly string[];
  /** Names the list for screen readers, e.g. "Tags". */
  label: string;
}

/** Tags as links to the questions that carry them. */
export function TagList({ tags, label }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul className="forum-tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="forum-tag" to={`/questions${listSearch({ sort: 'active', tag })}`}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
