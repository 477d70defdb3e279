import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { ModerationSettings } from './ModerationSettings';

const settings = {
  __typename: 'ModerationSettings',
  flagHideWeight: 5,
  newAccountDays: 7,
  newAccountReputation: 10,
  firstPostReviewEnabled: true,
  linkRuleEnabled: true,
  maxLinks: 3,
  repeatRuleEnabled: true,
  repeatWindowDays: 14,
  typingRuleEnabled: false,
  maxCharactersPerSecond: 25,
  updatedAt: '2026-12-07T09:00:00.000Z',
};

describe('ModerationSettings', () => {
  it('shows admins the thresholds and rules and saves what they change', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ModerationSettings: { data: { moderationSettings: settings } },
      UpdateModerationSettings: (variables: Record<string, unknown>) => ({
        data: {
          updateModerationSettings: {
            ...settings,
            ...(variables['input'] as object),
            updatedAt: '2026-12-07T10:00:00.000Z',
          },
        },
      }),
    });
    renderWithForum(<ModerationSettings />, { fetch: api.fetch, path: '/admin/moderation' });

    const weight = await screen.findByRole('spinbutton', { name: 'Flag weight that hides a post' });
    expect(weight).toHaveValue(5);
    expect(screen.getByRole('checkbox', { name: /faster than anyone types/ })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Spam rules for new accounts' })).toBeInTheDocument();

    await userEvent.clear(weight);
    await userEvent.type(weight, '2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hold posts with many links' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(api.sent('UpdateModerationSettings')[0]?.variables).toEqual({
      input: {
        flagHideWeight: 2,
        newAccountDays: 7,
        newAccountReputation: 10,
        maxLinks: 3,
        repeatWindowDays: 14,
        maxCharactersPerSecond: 25,
        firstPostReviewEnabled: true,
        linkRuleEnabled: false,
        repeatRuleEnabled: true,
        typingRuleEnabled: false,
      },
    });
  });

  it('refuses values outside their bounds before asking, and shows the API’s refusal', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ModerationSettings: { data: { moderationSettings: settings } },
      UpdateModerationSettings: graphqlError('INVALID_SETTINGS'),
    });
    renderWithForum(<ModerationSettings />, { fetch: api.fetch, path: '/admin/moderation' });

    const links = await screen.findByRole('spinbutton', { name: 'Links that hold a post' });
    await userEvent.clear(links);
    await userEvent.type(links, '51');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(links).toHaveAccessibleDescription('1 to 50. A value is outside its bounds.');
    expect(api.sent('UpdateModerationSettings')).toHaveLength(0);

    await userEvent.clear(links);
    await userEvent.type(links, '50');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A value is outside its bounds.');
  });

  it('is for admins only', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MODERATOR') });
    renderWithForum(<ModerationSettings />, { fetch: api.fetch, path: '/admin/moderation' });

    expect(await screen.findByRole('alert')).toHaveTextContent('This page is for admins.');
    expect(api.sent('ModerationSettings')).toHaveLength(0);
  });

  it('speaks German', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ModerationSettings: { data: { moderationSettings: settings } },
    });
    renderWithForum(<ModerationSettings />, {
      fetch: api.fetch,
      path: '/admin/moderation',
      language: 'de',
    });

    const form = await screen.findByRole('heading', { name: 'Moderationseinstellungen' });
    expect(form).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(document.body).getByRole('button', { name: 'Einstellungen speichern' }),
      ).toBeInTheDocument(),
    );
  });
});
