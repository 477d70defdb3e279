import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from './createI18n';
import { LANGUAGE_STORAGE_KEY } from './languages';
import { useLanguage } from './useLanguage';

function Greeting() {
  const { t } = useTranslation('home');
  const { language, setLanguage } = useLanguage();
  return (
    <div>
      <h1>{t('status.title')}</h1>
      <p data-testid="language">{language}</p>
      <button type="button" onClick={() => setLanguage(language === 'en' ? 'de' : 'en')}>
        switch
      </button>
    </div>
  );
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});

describe('createI18n', () => {
  it('switching the language changes the rendered text and the document language', async () => {
    const i18n = createI18n({ language: 'en' });
    render(
      <I18nextProvider i18n={i18n}>
        <Greeting />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('System status');
    expect(document.documentElement.lang).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'switch' }));

    expect(screen.getByRole('heading')).toHaveTextContent('Systemstatus');
    expect(screen.getByTestId('language')).toHaveTextContent('de');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('prefers the stored choice over the browser language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');

    const i18n = createI18n();

    expect(i18n.resolvedLanguage).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('falls back to the browser language and stores nothing until the visitor chooses', () => {
    // jsdom's browser speaks en-US.
    const i18n = createI18n();

    expect(i18n.resolvedLanguage).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('matches a regional browser language to the language it belongs to', () => {
    const languages = jest
      .spyOn(navigator, 'languages', 'get')
      .mockReturnValue(['fr-FR', 'de-AT', 'en']);

    const i18n = createI18n();

    expect(i18n.resolvedLanguage).toBe('de');
    languages.mockRestore();
  });

  it('ignores a stored language the forum does not ship and asks the browser instead', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');

    const i18n = createI18n();

    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('home:status.up')).toBe('Up');
  });

  it('falls back to English for a missing German text', () => {
    const i18n = createI18n({ language: 'de' });
    i18n.addResource('en', 'common', 'onlyInEnglish', 'English only');

    expect(i18n.t('onlyInEnglish' as 'loading')).toBe('English only');
  });
});
