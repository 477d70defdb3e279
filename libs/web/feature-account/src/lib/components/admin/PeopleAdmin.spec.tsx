import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { PeopleAdmin } from './PeopleAdmin';

const aPerson = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'User',
  id: 'user-2',
  displayName: 'Ben Weber',
  email: 'ben@example.com',
  emailVerified: true,
  role: 'MEMBER',
  isStaff: false,
  isDeleted: false,
  staffTitle: null,
  expertAreas: { __typename: 'ExpertAreas', products: [], tags: [] },
  isAway: false,
  awayUntil: null,
  createdAt: '2026-02-01T08:00:00.000Z',
  suspendedUntil: null,
  suspensionReason: null,
  organisation: null,
  ...overrides,
});

function page(
  people: ReturnType<typeof aPerson>[],
  { totalCount = people.length, endCursor = 'c-end', hasNextPage = false } = {},
) {
  return {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount,
        edges: people.map((node) => ({ __typename: 'UserEdge', cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
      },
    },
  };
}

const organisations = {
  data: {
    organisations: [
      {
        __typename: 'Organisation',
        id: 'org-1',
        name: 'Acme GmbH',
        plan: 'PRO',
        annualRevenue: 1_200_000,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  },
};

/** The choices of the expert-areas picker. */
const areaChoices = {
  ExpertAreaProducts: {
    data: {
      products: [
        { __typename: 'Product', id: 'p-billing', name: 'Billing & Invoices' },
        { __typename: 'Product', id: 'p-reporting', name: 'Reporting' },
      ],
    },
  },
  ExpertAreaTagSearch: {
    data: { tags: [{ __typename: 'TagUsage', slug: 'invoices', questionCount: 4 }] },
  },
  ExpertAreaTag: { data: { tag: { __typename: 'Tag', id: 't-invoices', slug: 'invoices' } } },
};

const asAdmin = { data: { me: aViewer({ id: 'admin-1', role: 'ADMIN', isStaff: true }) } };
const asModerator = { data: { me: aViewer({ id: 'mod-1', role: 'MODERATOR', isStaff: true }) } };

async function manage(name: string) {
  const card = await screen.findByTestId('person-user-2');
  await userEvent.click(within(card).getByRole('button', { name: `Manage ${name}` }));
  return card;
}

describe('PeopleAdmin', () => {
  it('changes a person’s role with the right variables', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      ...areaChoices,
      People: page([aPerson()]),
      SetUserRole: (variables: Record<string, unknown>) => ({
        data: {
          setUserRole: aPerson({
            role: (variables['input'] as { role: string }).role,
            isStaff: true,
          }),
        },
      }),
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    const card = await manage('Ben Weber');
    const roleForm = within(card).getByRole('form', { name: 'Role' });
    await userEvent.selectOptions(within(roleForm).getByLabelText('New role'), 'Moderator');
    await userEvent.click(within(roleForm).getByRole('button', { name: 'Change role' }));

    expect(await within(roleForm).findByRole('status')).toHaveTextContent(
      'Ben Weber is now: Moderator.',
    );
    expect(sent('SetUserRole').map((request) => request.variables)).toEqual([
      { input: { userId: 'user-2', role: 'MODERATOR' } },
    ]);
  });

  it('explains why the last admin keeps the role', async () => {
    const { fetch } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      ...areaChoices,
      People: page([aPerson({ role: 'ADMIN', isStaff: true })]),
      SetUserRole: graphqlError('LAST_ADMIN', { code: 'CONFLICT' }),
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    const card = await manage('Ben Weber');
    const roleForm = within(card).getByRole('form', { name: 'Role' });
    await userEvent.selectOptions(within(roleForm).getByLabelText('New role'), 'Member');
    await userEvent.click(within(roleForm).getByRole('button', { name: 'Change role' }));

    expect(await within(roleForm).findByRole('alert')).toHaveTextContent(
      'This is the last admin. Please make someone else an admin first.',
    );
  });

  it('sets the staff profile and the organisation', async () => {
    const staff = aPerson({ role: 'EXPERT', isStaff: true, staffTitle: 'Support Engineer' });
    const { fetch, sent } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      ...areaChoices,
      People: page([staff]),
      SetExpertProfile: { data: { setExpertProfile: staff } },
      SetOrganisation: { data: { setOrganisation: staff } },
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    expect(await screen.findByText('Support Engineer')).toBeInTheDocument();
    const card = await manage('Ben Weber');

    const profile = within(card).getByRole('form', { name: 'Staff profile' });
    await userEvent.clear(within(profile).getByLabelText('Title'));
    await userEvent.type(within(profile).getByLabelText('Title'), 'Support Engineer, Billing');
    await userEvent.click(within(profile).getByRole('button', { name: 'Save staff profile' }));

    const organisation = within(card).getByRole('form', { name: 'Organisation' });
    await userEvent.selectOptions(
      within(organisation).getByLabelText('Customer organisation'),
      'Acme GmbH',
    );
    await userEvent.click(within(organisation).getByRole('button', { name: 'Save organisation' }));

    await waitFor(() => expect(sent('SetOrganisation')).toHaveLength(1));
    expect(sent('SetExpertProfile')[0]?.variables).toEqual({
      input: {
        userId: 'user-2',
        title: 'Support Engineer, Billing',
      },
    });
    expect(sent('SetOrganisation')[0]?.variables).toEqual({
      input: { userId: 'user-2', organisationId: 'org-1' },
    });
  });

  it('sets expert areas from real products and tags, and shows time away', async () => {
    const staff = aPerson({
      role: 'EXPERT',
      isStaff: true,
      isAway: true,
      awayUntil: '2026-12-20T08:00:00.000Z',
      expertAreas: {
        __typename: 'ExpertAreas',
        products: [{ __typename: 'Product', id: 'p-reporting', name: 'Reporting' }],
        tags: [],
      },
    });
    const { fetch, sent } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      People: page([staff]),
      ...areaChoices,
      SetExpertAreas: { data: { setExpertAreas: staff } },
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    const card = await manage('Ben Weber');
    expect(within(card).getByText(/^Away until/)).toBeVisible();
    const form = within(card).getByRole('form', { name: 'Expert areas' });
    expect(await within(form).findByRole('checkbox', { name: 'Reporting' })).toBeChecked();
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Billing & Invoices' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Reporting' }));
    await userEvent.type(within(form).getByLabelText('Search tags'), 'inv');
    await userEvent.click(await within(form).findByRole('button', { name: 'Add #invoices' }));
    expect(await within(form).findByRole('button', { name: 'Remove #invoices' })).toBeVisible();
    await userEvent.click(within(form).getByRole('button', { name: 'Save expert areas' }));

    expect(await within(form).findByText('The expert areas have been saved.')).toBeVisible();
    expect(sent('SetExpertAreas').map((request) => request.variables)).toEqual([
      { input: { userId: 'user-2', productIds: ['p-billing'], tagIds: ['t-invoices'] } },
    ]);
  });

  it('shows the API’s reason when the areas cannot be saved', async () => {
    const staff = aPerson({ role: 'MODERATOR', isStaff: true });
    const { fetch } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      People: page([staff]),
      ...areaChoices,
      SetExpertAreas: graphqlError('UNKNOWN_PRODUCTS'),
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    const card = await manage('Ben Weber');
    const form = within(card).getByRole('form', { name: 'Expert areas' });
    await userEvent.click(await within(form).findByRole('checkbox', { name: 'Reporting' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save expert areas' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Some of the chosen products do not exist any more.',
    );
  });

  it('searches, filters by role and loads more with the cursor', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: asAdmin,
      Organisations: organisations,
      ...areaChoices,
      People: (variables: Record<string, unknown>) =>
        variables['after']
          ? page([aPerson({ id: 'user-3', displayName: 'Cleo Brandt' })], { totalCount: 2 })
          : page([aPerson()], { totalCount: 2, endCursor: 'cursor-1', hasNextPage: true }),
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    await userEvent.type(await screen.findByLabelText('Name or e-mail address'), ' ben ');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'Expert');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(sent('People').at(-1)?.variables).toEqual({
        search: 'ben',
        role: 'EXPERT',
        first: 20,
        after: null,
      }),
    );
    expect(await screen.findByText('2 people')).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Show more' }));

    expect(await screen.findByTestId('person-user-3')).toHaveTextContent('Cleo Brandt');
    expect(screen.getByTestId('person-user-2')).toHaveTextContent('Ben Weber');
    expect(sent('People').at(-1)?.variables).toEqual({
      search: 'ben',
      role: 'EXPERT',
      first: 20,
      after: 'cursor-1',
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument(),
    );
  });

  it('lets moderators suspend and nothing else', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: asModerator,
      People: page([aPerson()]),
      SuspendUser: (variables: Record<string, unknown>) => ({
        data: {
          suspendUser: aPerson({
            suspendedUntil: (variables['input'] as { until: string }).until,
            suspensionReason: 'Spam',
          }),
        },
      }),
    });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });
    expect(
      await screen.findByText('Find people, and suspend or reinstate accounts.'),
    ).toBeInTheDocument();
    const card = await manage('Ben Weber');
    expect(within(card).queryByRole('form', { name: 'Role' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('form', { name: 'Organisation' })).not.toBeInTheDocument();

    const suspension = within(card).getByRole('form', { name: 'Suspension' });
    await userEvent.type(within(suspension).getByLabelText('Reason'), 'Repeated spam');
    await userEvent.type(within(suspension).getByLabelText('Suspended until'), '2031-05-04');
    await userEvent.click(within(suspension).getByRole('button', { name: 'Suspend account' }));

    await waitFor(() => expect(sent('SuspendUser')).toHaveLength(1));
    expect(sent('SuspendUser')[0]?.variables).toEqual({
      input: {
        userId: 'user-2',
        reason: 'Repeated spam',
        until: new Date(2031, 4, 4).toISOString(),
      },
    });
    expect(sent('Organisations')).toHaveLength(0);
  });

  it('is not for members', async () => {
    const { fetch, sent } = stubGraphql({ Viewer: { data: { me: aViewer() } } });

    renderWithForum(<PeopleAdmin />, { fetch, path: '/admin/people' });

    expect(
      await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
    ).toBeInTheDocument();
    expect(sent('People')).toHaveLength(0);
  });
});
