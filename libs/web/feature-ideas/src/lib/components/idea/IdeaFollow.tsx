import { useFollow } from '@forum/web/data-access-following';
import { signInPath } from '@forum/web/data-access-session';
import { FollowButton } from '@forum/web/ui';
import { Link, useLocation } from 'react-router';

export interface IdeaFollowProps {
  ideaId: string;
  viewerFollows: boolean;
  followerCount: number;
  signedIn: boolean;
}

/** "Follow" on the idea page, with how many people follow the idea. */
export function IdeaFollow({ ideaId, viewerFollows, followerCount, signedIn }: IdeaFollowProps) {
  const location = useLocation();
  const follow = useFollow({
    targetType: 'IDEA',
    targetId: ideaId,
    following: viewerFollows,
    followerCount,
  });
  return (
    <FollowButton
      targetType="IDEA"
      following={follow.following}
      followerCount={follow.followerCount}
      signedIn={signedIn}
      signInHref={signInPath(location.pathname)}
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
