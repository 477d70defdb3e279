import { diffWordsWithSpace } from 'diff';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

export interface WordDiffProps {
  before: string;
  after: string;
}

/**
 * What changed between two texts, word by word: removed words struck through, added ones
 * underlined, both also said in words for screen readers. Whitespace counts as a token, so line
 * breaks of the Markdown source stay where they are.
 */
export function WordDiff({ before, after }: WordDiffProps) {
  const { t } = useQnaTranslation();
  return (
    <div className="forum-diff">
      {diffWordsWithSpace(before, after).map((part, index) => {
        if (part.added) {
          return (
            <ins key={index}>
              <span className="forum-visually-hidden">[{t('history.added')}: </span>
              {part.value}
              <span className="forum-visually-hidden">]</span>
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index}>
              <span className="forum-visually-hidden">[{t('history.removed')}: </span>
              {part.value}
              <span className="forum-visually-hidden">]</span>
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </div>
  );
}
