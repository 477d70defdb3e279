import { useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { useTranslation } from '@forum/web/i18n';
import { NavLink } from 'react-router';
import { OpenReviewCountQuery } from '../graphql/OpenReviewCount';
import { reviewerKind } from '../utils/roles';

const context = { additionalTypenames: ['ReviewItem'] };

/**
 * The header link to the review queue with its open items, for reviewers only. It ships with the
 * first page, so it uses the always-loaded `common` texts and the notification bell's look.
 */
export function ReviewQueueLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const reviewer = reviewerKind(viewer?.role) !== null;
  const [{ data }] = useQuery({
    query: OpenReviewCountQuery,
    pause: !reviewer,
    requestPolicy: 'cache-and-network',
    context,
  });
  if (!reviewer) return null;
  const open = data?.reviewQueue.totalCount ?? 0;
  return (
    <NavLink
      to="/review"
      className="notification-bell"
      aria-label={open > 0 ? t('nav.reviewOpen', { count: open }) : undefined}
    >
      {t('nav.review')}
      {open > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {open}
        </span>
      ) : null}
    </NavLink>
  );
}
