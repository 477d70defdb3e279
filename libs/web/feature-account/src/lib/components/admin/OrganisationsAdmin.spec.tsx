import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { OrganisationsAdmin } from './OrganisationsAdmin';

const acme = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Acme GmbH',
  plan: 'PRO',
  annualRevenue: 1_200_000,
  createdAt: '2026-01-15T00:00:00.000Z',
};

describe('OrganisationsAdmin', () => {
  it('shows product managers the organisations without ways to change them', async () => {
    const { fetch } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'PRODUCT_MANAGER', isStaff: true }) } },
      Organisations: { data: { organisations: [acme] } },
    });

    renderWithForum(<OrganisationsAdmin />, { fetch, path: '/admin/organisations' });

    const table = await screen.findByRole('table', { name: 'All organisations' });
    const row = within(table).getByRole('row', { name: /Acme GmbH/ });
    expect(row).toHaveTextContent('Pro');
    expect(row).toHaveTextContent('1,200,000');
    expect(row).toHaveTextContent('Jan 15, 2026');
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add an organisation' })).not.toBeInTheDocument();
  });

  it('lets admins add organisations and says when the name is taken', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
      Organisations: { data: { organisations: [acme] } },
      CreateOrganisation: (variables: Record<string, unknown>) =>
        (variables['input'] as { name: string }).name === 'Acme GmbH'
          ? graphqlError('ORGANISATION_NAME_TAKEN', { code: 'CONFLICT' })
          : {
              data: {
                createOrganisation: {
                  ...acme,
                  id: 'org-2',
                  name: 'Globex AG',
                  plan: 'ENTERPRISE',
                  annualRevenue: null,
                },
              },
            },
    });

    renderWithForum(<OrganisationsAdmin />, { fetch, path: '/admin/organisations' });
    const form = await screen.findByRole('form', { name: 'Add an organisation' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Acme GmbH');
    await userEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'There is an organisation with this name already.',
    );

    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'Globex AG');
    await userEvent.selectOptions(within(form).getByLabelText('Plan'), 'Enterprise');
    await userEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));

    expect(await screen.findByText('“Globex AG” has been added.')).toBeInTheDocument();
    expect(sent('CreateOrganisation').at(-1)?.variables).toEqual({
      input: { name: 'Globex AG', plan: 'ENTERPRISE', annualRevenue: null },
    });
  });

  it('edits an organisation in a dialog', async () => {
    const { fetch, sent } = stubGraphql({
      Viewer: { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } },
      Organisations: { data: { organisations: [acme] } },
      UpdateOrganisation: { data: { updateOrganisation: { ...acme, annualRevenue: 2_000_000 } } },
    });

    renderWithForum(<OrganisationsAdmin />, { fetch, path: '/admin/organisations' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Acme GmbH' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit “Acme GmbH”' });
    const revenue = within(dialog).getByLabelText('Annual revenue');
    await userEvent.clear(revenue);
    await userEvent.type(revenue, '2000000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('The changes to “Acme GmbH” have been saved.')).toBeInTheDocument();
    expect(sent('UpdateOrganisation')[0]?.variables).toEqual({
      input: { id: 'org-1', name: 'Acme GmbH', plan: 'PRO', annualRevenue: 2_000_000 },
    });
  });
});
