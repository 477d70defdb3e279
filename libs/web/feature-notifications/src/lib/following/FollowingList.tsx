import { useMyFollows, useUnfollow } from '@forum/web/data-access-following';
import type { FollowTargetType } from '@forum/web/data-access-graphql';
import { signInPath, useViewer } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button, Select, useFollowingTranslation } from '@forum/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import './Following.css';

const targetTypes: readonly FollowTargetType[] = ['QUESTION', 'IDEA', 'TAG', 'PRODUCT'];

/** `/following`: what the signed-in person follows, newest first, with a way to unfollow. */
export function FollowingList() {
  const { t } = useFollowingTranslation();
  const { t: common } = useTranslation();
  const { viewer, loading } = useViewer();
  const [targetType, setTargetType] = useState<FollowTargetType | null>(null);
  // One cursor per page shown: null for the first, then each page's end cursor.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [failed, setFailed] = useState<string | null>(null);

  const title = (
    <>
      <title>
        {common('documentTitle', {
          page: t('followingPage.documentTitle'),
          product: common('productName'),
        })}
      </title>
      <h1 id="following-title">{t('followingPage.title')}</h1>
    </>
  );
  if (!viewer) {
    return (
      <section aria-labelledby="following-title">
        {title}
        {loading ? null : (
          <p>
            <Link to={signInPath('/following')}>{t('followingPage.signIn')}</Link>
          </p>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="following-title">
      {title}
      <p>{t('followingPage.intro')}</p>
      <Select
        label={t('followingPage.filterLabel')}
        value={targetType ?? ''}
        onChange={(event) => {
          setTargetType((event.target.value || null) as FollowTargetType | null);
          setCursors([null]);
        }}
        options={[
          { value: '', label: t('followingPage.all') },
          ...targetTypes.map((type) => ({ value: type, label: t(`followingPage.type.${type}`) })),
        ]}
      />
      {failed ? <Alert tone="error">{t('followingPage.unfollowFailed')}</Alert> : null}
      {cursors.map((after, index) => (
        <FollowingPage
          key={`${targetType ?? 'all'}:${after ?? 'first'}`}
          after={after}
          targetType={targetType}
          first={index === 0}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors([...cursors, cursor])}
          onUnfollowFailed={setFailed}
        />
      ))}
    </section>
  );
}

interface FollowingPageProps {
  after: string | null;
  targetType: FollowTargetType | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
  onUnfollowFailed: (title: string | null) => void;
}

function FollowingPage({
  after,
  targetType,
  first,
  last,
  onMore,
  onUnfollowFailed,
}: FollowingPageProps) {
  const { t } = useFollowingTranslation();
  const { t: common } = useTranslation();
  const { date } = useFormatters();
  const [{ data, error, fetching }] = useMyFollows({ after, targetType });
  const { unfollow, busy } = useUnfollow();
  if (error && !data) return <Alert tone="error">{t('followingPage.failed')}</Alert>;
  if (!data) return fetching && first ? <p role="status">{common('loading')}</p> : null;
  const { edges, pageInfo } = data.myFollows;
  if (first && edges.length === 0 && !pageInfo.hasNextPage) {
    return <p>{t('followingPage.empty')}</p>;
  }
  return (
    <>
      <ul className="forum-following__list">
        {edges.map(({ node }) => (
          <li key={`${node.targetType}:${node.targetId}`} className="forum-following__item">
            <span className="forum-following__type">
              {t(`followingPage.type.${node.targetType}`)}
            </span>
            <span className="forum-following__title">
              <Link to={node.path}>{node.title}</Link>{' '}
              <small>{t('followingPage.followedSince', { date: date(node.followedAt) })}</small>
            </span>
            <Button
              variant="quiet"
              busy={busy}
              aria-label={t('followingPage.unfollowLabel', { title: node.title })}
              onClick={async () => {
                const done = await unfollow(node.targetType, node.targetId);
                onUnfollowFailed(done ? null : node.title);
              }}
            >
              {t('followingPage.unfollow')}
            </Button>
          </li>
        ))}
      </ul>
      {last && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(pageInfo.endCursor ?? '')}>
          {t('followingPage.more')}
        </Button>
      ) : null}
    </>
  );
}
