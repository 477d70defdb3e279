import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, I18nProvider, type Language } from '@forum/web/i18n';
import { FollowButton, type FollowButtonProps } from './FollowButton';

function renderButton(props: Partial<FollowButtonProps> = {}, language: Language = 'en') {
  const onToggle = jest.fn();
  render(
    <I18nProvider i18n={createI18n({ language })}>
      <FollowButton
        targetType="QUESTION"
        following={false}
        followerCount={12}
        signedIn
        signInHref="/sign-in?returnTo=%2Fquestions%2Fq-1"
        onToggle={onToggle}
        {...props}
      />
    </I18nProvider>,
  );
  return onToggle;
}

describe('FollowButton', () => {
  it('is a toggle button beside the follower count', async () => {
    const onToggle = renderButton();
    const button = screen.getByRole('button', { name: 'Follow' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('12 people follow this question')).toBeInTheDocument();
    await userEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('shows "Following" pressed, and one follower in the singular', () => {
    renderButton({ following: true, followerCount: 1, targetType: 'IDEA' });
    expect(screen.getByRole('button', { name: 'Following' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('1 person follows this idea')).toBeInTheDocument();
  });

  it('is disabled while a change is on its way', () => {
    renderButton({ busy: true });
    expect(screen.getByRole('button', { name: 'Follow' })).toBeDisabled();
  });

  it('offers visitors a link to sign in instead', () => {
    const onToggle = renderButton({ signedIn: false, targetType: 'TAG', followerCount: 3 });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to follow' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fquestions%2Fq-1',
    );
    expect(screen.getByText('3 people follow this tag')).toBeInTheDocument();
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('renders the sign-in link through the given renderer', () => {
    renderButton({
      signedIn: false,
      renderLink: ({ href, className, children }) => (
        <a href={href} className={className} data-router="yes">
          {children}
        </a>
      ),
    });
    expect(screen.getByRole('link', { name: 'Sign in to follow' })).toHaveAttribute(
      'data-router',
      'yes',
    );
  });

  it('tells why a follow was refused', () => {
    renderButton({ error: 'FOLLOW_LIMIT_REACHED' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You follow 5,000 things already. Unfollow some first.',
    );
  });

  it('speaks German', () => {
    renderButton({ following: true, targetType: 'PRODUCT', followerCount: 2 }, 'de');
    expect(screen.getByRole('button', { name: 'Folge ich' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('2 Personen folgen diesem Produktbereich')).toBeInTheDocument();
  });
});
