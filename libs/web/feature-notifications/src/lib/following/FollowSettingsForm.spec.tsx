import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { FollowSettingsForm } from './FollowSettingsForm';

const settings = (overrides: Record<string, boolean> = {}) => ({
  __typename: 'FollowSettings',
  followOnAsk: true,
  followOnAnswer: true,
  followOnComment: true,
  followOnIdeaVote: true,
  ...overrides,
});

describe('FollowSettingsForm', () => {
  it('shows the switches and saves the one changed', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MEMBER'),
      FollowSettings: { data: { followSettings: settings() } },
      UpdateFollowSettings: {
        data: { updateFollowSettings: settings({ followOnIdeaVote: false }) },
      },
    });
    renderWithForum(<FollowSettingsForm />, { fetch: api.fetch, path: '/settings/notifications' });

    const vote = await screen.findByRole('checkbox', { name: 'Ideas I vote for' });
    expect(vote).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Questions I answer' })).toBeChecked();
    await userEvent.click(vote);

    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(api.sent('UpdateFollowSettings')[0]?.variables).toEqual({
      input: { followOnIdeaVote: false },
    });
    expect(screen.getByRole('checkbox', { name: 'Ideas I vote for' })).not.toBeChecked();
  });
});
