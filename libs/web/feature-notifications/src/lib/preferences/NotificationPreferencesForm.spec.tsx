import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

const preferences = [
  ['answer.posted', 'IMMEDIATELY', true],
  ['comment.posted', 'DAILY', true],
  ['answer.accepted', 'IMMEDIATELY', true],
  ['answer.verified', 'IMMEDIATELY', true],
  ['question.closed_as_duplicate', 'IMMEDIATELY', true],
  ['mention', 'NEVER', false],
  ['question.in_followed_area', 'NEVER', true],
  ['idea.status_changed', 'IMMEDIATELY', true],
  ['idea.merged', 'DAILY', true],
  ['badge.awarded', 'WEEKLY', true],
  ['flag.resolved', 'NEVER', true],
].map(([kind, emailCadence, isDefault]) => ({
  __typename: 'NotificationPreference',
  kind,
  emailCadence,
  isDefault,
}));

const loaded = { data: { notificationPreferences: preferences } };

describe('NotificationPreferencesForm', () => {
  it('shows every kind with its cadence and saves all choices with one button', async () => {
    const saved = preferences.map((p) =>
      p.kind === 'comment.posted' ? { ...p, emailCadence: 'NEVER', isDefault: false } : p,
    );
    const { fetch, sent } = stubGraphql({
      NotificationPreferences: loaded,
      UpdateNotificationPreferences: { data: { updateNotificationPreferences: saved } },
    });

    renderWithForum(<NotificationPreferencesForm />, { fetch });

    const answers = await screen.findByRole('combobox', { name: /New answers on what I follow/ });
    expect(answers).toHaveValue('IMMEDIATELY');
    expect(screen.getAllByRole('combobox')).toHaveLength(11);
    const comments = screen.getByRole('combobox', { name: /New comments on what I follow/ });
    expect(
      within(comments)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Immediately', 'Daily digest', 'Weekly digest', 'Never']);
    await userEvent.selectOptions(comments, 'NEVER');
    await userEvent.click(screen.getByRole('button', { name: 'Save e-mail settings' }));

    expect(await screen.findByText('Your e-mail settings are saved.')).toBeInTheDocument();
    const [request] = sent('UpdateNotificationPreferences');
    expect(request?.variables).toEqual({
      input: {
        preferences: preferences.map((p) => ({
          kind: p.kind,
          emailCadence: p.kind === 'comment.posted' ? 'NEVER' : p.emailCadence,
        })),
      },
    });
  });

  it('speaks German and leaves room for further settings below', async () => {
    const { fetch } = stubGraphql({ NotificationPreferences: loaded });

    renderWithForum(
      <NotificationPreferencesForm>
        <p>Follow settings</p>
      </NotificationPreferencesForm>,
      { fetch, language: 'de' },
    );

    expect(await screen.findByRole('combobox', { name: /Jemand hat mich erwähnt/ })).toHaveValue(
      'NEVER',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'E-Mail-Einstellungen speichern' })).toBeVisible();
    expect(screen.getByText('Follow settings')).toBeInTheDocument();
  });

  it('says so when saving fails', async () => {
    const { fetch } = stubGraphql({
      NotificationPreferences: loaded,
      UpdateNotificationPreferences: graphqlError('VALIDATION_FAILED'),
    });

    renderWithForum(<NotificationPreferencesForm />, { fetch });
    await userEvent.click(await screen.findByRole('button', { name: 'Save e-mail settings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(screen.queryByText('Your e-mail settings are saved.')).not.toBeInTheDocument();
  });
});
