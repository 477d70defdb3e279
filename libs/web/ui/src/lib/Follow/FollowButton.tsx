import type { ReactNode } from 'react';
import { Button, buttonClassName } from '../Button/Button';
import { useFollowingTranslation } from './useFollowingTranslation';
import './Follow.css';

export type FollowTargetName = 'QUESTION' | 'IDEA' | 'TAG' | 'PRODUCT';

export interface FollowButtonProps {
  targetType: FollowTargetName;
  following: boolean;
  followerCount: number;
  /** Visitors who are not signed in get a link to sign in instead of the button. */
  signedIn: boolean;
  /** The sign-in page with the way back here, e.g. from `signInPath` in data-access-session. */
  signInHref: string;
  /** Renders the sign-in link, e.g. as a router link; a plain link when left out. */
  renderLink?: (link: { href: string; className: string; children: ReactNode }) => ReactNode;
  /** Disables the button while a change is on its way. */
  busy?: boolean;
  /** The API's reason code when the last change was refused. */
  error?: string | null;
  /** Follows or unfollows (from `useFollow` in data-access-following). */
  onToggle: () => void;
}

const errorKeys = {
  FOLLOW_LIMIT_REACHED: 'follow.limitReached',
  FOLLOW_TARGET_NOT_FOUND: 'follow.notFound',
} as const;

/**
 * "Follow" / "Following" as a toggle button (`aria-pressed`) beside how many people follow the
 * question, idea, tag or product area. The owner supplies the state and the action.
 */
export function FollowButton({
  targetType,
  following,
  followerCount,
  signedIn,
  signInHref,
  renderLink,
  busy = false,
  error = null,
  onToggle,
}: FollowButtonProps) {
  const { t } = useFollowingTranslation();
  const className = buttonClassName('secondary');
  const signIn = t('follow.signIn');
  return (
    <div className="forum-follow">
      {signedIn ? (
        <Button
          variant={following ? 'primary' : 'secondary'}
          aria-pressed={following}
          busy={busy}
          onClick={onToggle}
        >
          {following ? t('follow.following') : t('follow.follow')}
        </Button>
      ) : renderLink ? (
        renderLink({ href: signInHref, className, children: signIn })
      ) : (
        <a href={signInHref} className={className}>
          {signIn}
        </a>
      )}
      <span className="forum-follow__count">
        {t(`follow.count_${targetType}`, { count: followerCount })}
      </span>
      {error ? (
        <span className="forum-follow__error" role="alert">
          {t(errorKeys[error as keyof typeof errorKeys] ?? 'follow.failed')}
        </span>
      ) : null}
    </div>
  );
}
