import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  graphqlError,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  viewerAs,
  XSS_PAYLOADS,
} from '@forum/web/testing';
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

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('ModerationSettings and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  it('never echoes a payload the API sends back as the reason or message of a failure', async () => {
    let attempt = 0;
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ModerationSettings: { data: { moderationSettings: settings } },
      UpdateModerationSettings: () => {
        const payload = XSS_PAYLOADS[attempt++] ?? '';
        return {
          data: null,
          errors: [{ message: payload, extensions: { code: 'BAD_USER_INPUT', reason: payload } }],
        };
      },
    });
    const { container } = renderWithForum(<ModerationSettings />, {
      fetch: api.fetch,
      path: '/admin/moderation',
    });
    const save = await screen.findByRole('button', { name: 'Save settings' });

    for (const [index] of XSS_PAYLOADS.entries()) {
      fireEvent.click(save);
      await waitFor(() => expect(api.sent('UpdateModerationSettings')).toHaveLength(index + 1));
      await waitFor(() =>
        expect(container.querySelector('.forum-alert--error')?.textContent).toBe(
          'The settings could not be saved. Please try again.',
        ),
      );
      expect(unsafeParts(container)).toEqual([]);
    }
    expect(attempt).toBe(XSS_PAYLOADS.length);
  });

  it('keeps a payload typed into a number field out of the request and says it is not a number', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ModerationSettings: { data: { moderationSettings: settings } },
      UpdateModerationSettings: graphqlError('INVALID_SETTINGS'),
    });
    const { container } = renderWithForum(<ModerationSettings />, {
      fetch: api.fetch,
      path: '/admin/moderation',
    });
    const weight = await screen.findByRole('spinbutton', { name: 'Flag weight that hides a post' });

    for (const payload of XSS_PAYLOADS) {
      fireEvent.change(weight, { target: { value: payload } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(weight).toHaveAttribute('aria-invalid', 'true');
      expect(unsafeParts(container)).toEqual([]);
    }
    expect(api.sent('UpdateModerationSettings')).toHaveLength(0);
  });
});
