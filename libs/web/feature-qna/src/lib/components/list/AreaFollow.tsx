import { useAreaFollow, useFollow, type FollowTargetState } from '@forum/web/data-access-following';
import { signInPath, useViewer } from '@forum/web/data-access-session';
import { FollowButton } from '@forum/web/ui';
import { Link, useLocation } from 'react-router';

export interface AreaFollowProps {
  /** The tag slug the list is filtered by. */
  tag?: string;
  /** The product slug the list is filtered by. */
  productSlug?: string;
}

/**
 * "Follow" for the tag or product area the question list is filtered by (the tag when both);
 * nothing without such a filter.
 */
export function AreaFollow({ tag, productSlug }: AreaFollowProps) {
  const target = useAreaFollow({ tag, productSlug });
  return target ? <AreaFollowButton key={target.targetId} target={target} /> : null;
}

function AreaFollowButton({ target }: { target: FollowTargetState }) {
  const { viewer } = useViewer();
  const location = useLocation();
  const follow = useFollow(target);
  return (
    <FollowButton
      targetType={target.targetType === 'TAG' ? 'TAG' : 'PRODUCT'}
      following={follow.following}
      followerCount={follow.followerCount}
      signedIn={Boolean(viewer)}
      signInHref={signInPath(`${location.pathname}${location.search}`)}
      renderLink={({ href, className, children }) => (
        <Link to={href} className={className}>
          {children}
        </Link>
      )}
      busy={follow.busy}
      error={follow.error}
      onToggle={() => void follow.toggle()}
    />
  );
}
