import { useFollow } from '@forum/web/data-access-following';
import { signInPath } from '@forum/web/data-access-session';
import { FollowButton } from '@forum/web/ui';
import { Link, useLocation } from 'react-router';

export interface QuestionFollowProps {
  questionId: string;
  viewerFollows: boolean;
  followerCount: number;
  signedIn: boolean;
}

/** "Follow" on the question page, with how many people follow the question. */
export function QuestionFollow({
  questionId,
  viewerFollows,
  followerCount,
  signedIn,
}: QuestionFollowProps) {
  const location = useLocation();
  const follow = useFollow({
    targetType: 'QUESTION',
    targetId: questionId,
    following: viewerFollows,
    followerCount,
  });
  return (
    <FollowButton
      targetType="QUESTION"
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
