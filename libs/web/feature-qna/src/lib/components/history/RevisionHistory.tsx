import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { Link } from 'react-router';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { versionsOf, type PostVersion } from '../../utils/versions';
import { AuthorFields, AuthorName } from '../common/AuthorName';
import { RelativeTime } from '../common/RelativeTime';
import { WordDiff } from './WordDiff';
import '../common/common.css';
import './History.css';

export const RevisionFields = graphql(`
  fragment RevisionFields on Revision {
    id
    editedAt
    previousTitle
    previousBody
    previousTags
    editor {
      ...AuthorFields
    }
  }
`);

type Author = FragmentType<typeof AuthorFields>;

export interface RevisionHistoryProps {
  /** The post as it is now. */
  current: {
    title?: string | null;
    body: string;
    tags?: readonly string[] | null;
    createdAt: string;
    author: Author;
  };
  revisions: readonly FragmentType<typeof RevisionFields>[];
  title: string;
  lead: string;
  backTo: string;
}

/** Every version of a post, newest first, each with what changed against the one before. */
export function RevisionHistory({
  current,
  revisions: revisionRefs,
  title,
  lead,
  backTo,
}: RevisionHistoryProps) {
  const { t } = useQnaTranslation();
  const revisions = useFragment(RevisionFields, revisionRefs);
  const versions = versionsOf(current, revisions);

  return (
    <div className="forum-qna-page forum-history">
      <div>
        <p className="forum-history__back">
          <Link to={backTo}>← {t('history.back')}</Link>
        </p>
        <h1 className="forum-qna-page__title">{title}</h1>
        <p className="forum-qna-page__lead">{lead}</p>
      </div>
      {revisions.length === 0 ? <p>{t('history.never')}</p> : null}
      <ol className="forum-history__versions">
        {versions.map((version, index) => (
          <VersionItem
            key={version.number}
            version={version}
            older={versions[index + 1]}
            isCurrent={index === 0}
          />
        ))}
      </ol>
    </div>
  );
}

function VersionItem({
  version,
  older,
  isCurrent,
}: {
  version: PostVersion<Author>;
  older: PostVersion<Author> | undefined;
  isCurrent: boolean;
}) {
  const { t } = useQnaTranslation();
  const titleChanged = older !== undefined && version.title !== older.title;
  // The API keeps earlier tags sorted; their order means nothing.
  const tagsChanged =
    older !== undefined &&
    [...(version.tags ?? [])].sort().join(' ') !== [...(older.tags ?? [])].sort().join(' ');
  const bodyChanged = older !== undefined && version.body !== older.body;

  return (
    <li className="forum-version" data-testid={`version-${version.number}`}>
      <header className="forum-version__header">
        <h2 className="forum-version__title">
          {t('history.version', { number: version.number })}
          {isCurrent ? (
            <span className="forum-version__current"> · {t('history.current')}</span>
          ) : null}
        </h2>
        <p className="forum-version__by">
          <span>{version.isOriginal ? t('history.original') : t('history.editedBy')}</span>{' '}
          <AuthorName author={version.author} /> <RelativeTime value={version.at} />
        </p>
      </header>
      {version.title !== null && (older === undefined || titleChanged) ? (
        <section className="forum-version__part">
          <h3>{t('history.titleLabel')}</h3>
          {older?.title != null ? (
            <WordDiff before={older.title} after={version.title} />
          ) : (
            <div className="forum-diff">{version.title}</div>
          )}
        </section>
      ) : null}
      {version.tags !== null && (older === undefined || tagsChanged) ? (
        <section className="forum-version__part">
          <h3>{t('history.tagsLabel')}</h3>
          <TagDiff before={older?.tags ?? null} after={version.tags} />
        </section>
      ) : null}
      <section className="forum-version__part">
        <h3>{t('history.bodyLabel')}</h3>
        {older === undefined ? (
          <div className="forum-diff">{version.body}</div>
        ) : bodyChanged ? (
          <WordDiff before={older.body} after={version.body} />
        ) : (
          <p className="forum-version__unchanged">{t('history.unchanged')}</p>
        )}
      </section>
    </li>
  );
}

function TagDiff({
  before,
  after,
}: {
  before: readonly string[] | null;
  after: readonly string[];
}) {
  const { t } = useQnaTranslation();
  const removed = before ? before.filter((tag) => !after.includes(tag)) : [];
  return (
    <ul className="forum-tags">
      {after.map((tag) =>
        before && !before.includes(tag) ? (
          <li key={tag}>
            <ins className="forum-tag">
              <span className="forum-visually-hidden">[{t('history.added')}: </span>
              {tag}
              <span className="forum-visually-hidden">]</span>
            </ins>
          </li>
        ) : (
          <li key={tag}>
            <span className="forum-tag">{tag}</span>
          </li>
        ),
      )}
      {removed.map((tag) => (
        <li key={tag}>
          <del className="forum-tag">
            <span className="forum-visually-hidden">[{t('history.removed')}: </span>
            {tag}
            <span className="forum-visually-hidden">]</span>
          </del>
        </li>
      ))}
    </ul>
  );
}
