import { render, screen } from '@testing-library/react';
import { AppShell } from './AppShell';

describe('AppShell', () => {
  it('renders the header, the navigation, the main content and the footer as landmarks', () => {
    render(
      <AppShell
        brand={<a href="/">Acme Community</a>}
        navigation={
          <a href="/" aria-current="page">
            Home
          </a>
        }
        navigationLabel="Main"
        skipLinkLabel="Skip to content"
        languageSwitch={<button type="button">Deutsch</button>}
        footer={<span>Version 1.2.3</span>}
      >
        <h1>Welcome</h1>
      </AppShell>,
    );

    expect(screen.getByRole('banner')).toHaveTextContent('Acme Community');
    expect(screen.getByRole('navigation', { name: 'Main' })).toContainElement(
      screen.getByRole('link', { name: 'Home' }),
    );
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { name: 'Welcome' }),
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Version 1.2.3');
    expect(screen.getByRole('button', { name: 'Deutsch' })).toBeInTheDocument();
  });

  it('offers a skip link that targets the main landmark', () => {
    render(
      <AppShell brand="Acme" navigationLabel="Main" skipLinkLabel="Skip to content">
        content
      </AppShell>,
    );

    const skipLink = screen.getByRole('link', { name: 'Skip to content' });
    expect(skipLink.getAttribute('href')).toBe(`#${screen.getByRole('main').id}`);
  });

  it('leaves out the navigation and the footer when none are given', () => {
    render(
      <AppShell brand="Acme" navigationLabel="Main" skipLinkLabel="Skip">
        content
      </AppShell>,
    );

    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
  });

  it('puts the account links next to the language switch in the header', () => {
    render(
      <AppShell
        brand="Acme"
        navigationLabel="Main"
        skipLinkLabel="Skip"
        languageSwitch={<button type="button">Deutsch</button>}
        account={<a href="/sign-in">Sign in</a>}
      >
        content
      </AppShell>,
    );

    expect(screen.getByRole('banner')).toContainElement(
      screen.getByRole('link', { name: 'Sign in' }),
    );
  });
});
