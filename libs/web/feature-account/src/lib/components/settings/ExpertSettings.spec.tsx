import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { ExpertSettings } from './ExpertSettings';

const me = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'User',
  id: 'user-1',
  isStaff: true,
  isAway: false,
  awayUntil: null,
  expertAreas: {
    __typename: 'ExpertAreas',
    products: [{ __typename: 'Product', id: 'p-billing', name: 'Billing & Invoices' }],
    tags: [{ __typename: 'Tag', id: 't-pdf', slug: 'pdf' }],
  },
  ...overrides,
});

const answers = (state: Record<string, unknown> = {}) => ({
  Viewer: { data: { me: aViewer({ role: 'EXPERT', isStaff: true }) } },
  MyExpertSettings: { data: { me: me(state) } },
  ExpertAreaProducts: {
    data: {
      products: [
        { __typename: 'Product', id: 'p-billing', name: 'Billing & Invoices' },
        { __typename: 'Product', id: 'p-reporting', name: 'Reporting' },
      ],
    },
  },
  ExpertAreaTagSearch: { data: { tags: [] } },
});

describe('ExpertSettings', () => {
  it('is not for members', async () => {
    const { fetch } = stubGraphql({ Viewer: { data: { me: aViewer() } } });

    renderWithForum(<ExpertSettings />, { fetch, path: '/settings/expert' });

    expect(
      await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
    ).toBeVisible();
  });

  it('saves my own areas', async () => {
    const { fetch, sent } = stubGraphql({
      ...answers(),
      UpdateMyExpertAreas: {
        data: {
          updateMyExpertAreas: { __typename: 'User', id: 'user-1', expertAreas: me().expertAreas },
        },
      },
    });

    renderWithForum(<ExpertSettings />, { fetch, path: '/settings/expert' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Expert settings' })).toBeVisible();
    expect(await screen.findByRole('checkbox', { name: 'Billing & Invoices' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Reporting' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove #pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my areas' }));

    expect(await screen.findByText('Your areas have been saved.')).toBeVisible();
    expect(sent('UpdateMyExpertAreas').map((request) => request.variables)).toEqual([
      { input: { productIds: ['p-billing', 'p-reporting'], tagIds: [] } },
    ]);
  });

  it('sets me away until a moment, and shows the API’s reason next to the field', async () => {
    const { fetch, sent } = stubGraphql({
      ...answers(),
      SetAway: (variables: Record<string, unknown>) =>
        (variables['input'] as { until: string | null }).until?.startsWith('2020')
          ? graphqlError('INVALID_AWAY_UNTIL')
          : {
              data: {
                setAway: {
                  __typename: 'User',
                  id: 'user-1',
                  isAway: true,
                  awayUntil: '2027-01-04T08:00:00.000Z',
                },
              },
            },
    });

    renderWithForum(<ExpertSettings />, { fetch, path: '/settings/expert' });
    expect(await screen.findByText('You are available.')).toBeVisible();
    const until = screen.getByLabelText('I’m away until…');
    await userEvent.type(until, '2020-01-01T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Set me away' }));
    expect(
      await screen.findByText('Please choose an end in the future, at most a year from now.', {
        selector: '.forum-field__error',
      }),
    ).toBeVisible();
    expect(until).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(until);
    await userEvent.type(until, '2027-01-04T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Set me away' }));
    expect(await screen.findByText('Your time away has been saved.')).toBeVisible();
    const last = sent('SetAway').at(-1)?.variables as { input: { until: string } };
    expect(last.input.until).toBe(new Date('2027-01-04T09:00').toISOString());
  });

  it('says when I am away and brings me back', async () => {
    let away = true;
    const { fetch, sent } = stubGraphql({
      ...answers(),
      MyExpertSettings: () => ({ data: { me: me({ isAway: away, awayUntil: null }) } }),
      ClearAway: () => {
        away = false;
        return {
          data: { clearAway: { __typename: 'User', id: 'user-1', isAway: false, awayUntil: null } },
        };
      },
    });

    renderWithForum(<ExpertSettings />, { fetch, path: '/settings/expert' });
    expect(await screen.findByText('You are away until you say you are back.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'I’m back' }));

    expect(await screen.findByText('Welcome back: you are available again.')).toBeVisible();
    await waitFor(() => expect(screen.getByText('You are available.')).toBeVisible());
    expect(sent('ClearAway')).toHaveLength(1);
  });
});
