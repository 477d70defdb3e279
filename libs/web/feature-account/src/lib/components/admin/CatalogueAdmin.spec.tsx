import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aViewer, graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { PrivilegesAdmin } from './PrivilegesAdmin';
import { ProductsAdmin } from './ProductsAdmin';
import { TagsAdmin } from './TagsAdmin';

const signedInAs = (role: string) => ({
  data: { me: aViewer({ role, isStaff: role !== 'MEMBER' }) },
});
const usage = (slug: string, questionCount: number) => ({
  __typename: 'TagUsage',
  slug,
  questionCount,
});
const billing = {
  __typename: 'Product',
  id: 'p-1',
  slug: 'billing',
  name: 'Billing & Invoices',
  description: 'Plans, invoices and payment.',
};

describe('TagsAdmin', () => {
  it('lists tags most used first, finds them, and renames one', async () => {
    const user = userEvent.setup();
    const { fetch, sent } = stubGraphql({
      Viewer: signedInAs('MODERATOR'),
      Tags: (variables: { search: string | null }) => ({
        data: {
          tags: variables.search
            ? [usage('excel', 12)]
            : [usage('excel', 12), usage('xls', 2), usage('sso', 0)],
        },
      }),
      RenameTag: { data: { renameTag: 'spreadsheets' } },
    });
    renderWithForum(<TagsAdmin />, { fetch, path: '/admin/tags' });

    const table = await screen.findByRole('table', { name: '3 tags, most used first' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'excel12Rename excelMerge excel',
      'xls2Rename xlsMerge xls',
      'sso0Rename ssoMerge sso',
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Tag contains' }), 'exc{Enter}');
    expect(
      await screen.findByRole('table', { name: '1 tag, most used first' }),
    ).toBeInTheDocument();
    expect(sent('Tags').at(-1)?.variables).toEqual({ search: 'exc', first: 200 });

    await user.click(screen.getByRole('button', { name: 'Rename excel' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename “excel”' });
    const name = within(dialog).getByRole('textbox', { name: /New name/ });
    await user.clear(name);
    await user.type(name, 'Spreadsheets');
    await user.click(within(dialog).getByRole('button', { name: 'Rename tag' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('“excel” is now called “spreadsheets”.')).toBeInTheDocument();
    expect(sent('RenameTag')[0]?.variables).toEqual({
      input: { slug: 'excel', newName: 'Spreadsheets' },
    });
  });

  it('merges one tag into another and says in words when the API refuses', async () => {
    const user = userEvent.setup();
    const { fetch, sent } = stubGraphql({
      Viewer: signedInAs('ADMIN'),
      Tags: { data: { tags: [usage('excel', 12), usage('xls', 2), usage('csv', 1)] } },
      MergeTags: graphqlError('INVALID_TAG'),
    });
    renderWithForum(<TagsAdmin />, { fetch, path: '/admin/tags' });

    await user.click(await screen.findByRole('button', { name: 'Merge xls' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “xls”' });
    const into = within(dialog).getByRole('combobox', { name: 'Merge into' });
    expect(
      within(into)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['excel', 'csv']);
    await user.selectOptions(into, 'excel');
    await user.click(within(dialog).getByRole('button', { name: 'Merge tags' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This tag name is not possible',
    );
    expect(sent('MergeTags')[0]?.variables).toEqual({ input: { from: 'xls', into: 'excel' } });
  });

  it('is not for experts and product managers', async () => {
    for (const role of ['EXPERT', 'PRODUCT_MANAGER']) {
      const { fetch, sent } = stubGraphql({ Viewer: signedInAs(role) });
      const view = renderWithForum(<TagsAdmin />, { fetch, path: '/admin/tags' });
      expect(
        await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
      ).toBeInTheDocument();
      expect(sent('Tags')).toHaveLength(0);
      view.unmount();
    }
  });
});

describe('ProductsAdmin', () => {
  it('lets admins add a product area, and says when the short name is taken, in German', async () => {
    const user = userEvent.setup();
    const { fetch, sent } = stubGraphql({
      Viewer: signedInAs('ADMIN'),
      AdminProducts: { data: { products: [billing] } },
      CreateProduct: (variables: { input: { slug: string } }) =>
        variables.input.slug === 'billing'
          ? graphqlError('PRODUCT_SLUG_TAKEN', { code: 'CONFLICT' })
          : {
              data: {
                createProduct: {
                  __typename: 'Product',
                  id: 'p-2',
                  slug: 'mobile-app',
                  name: 'Mobile App',
                  description: null,
                },
              },
            },
    });
    renderWithForum(<ProductsAdmin />, { fetch, path: '/admin/products', language: 'de' });

    const table = await screen.findByRole('table', { name: 'Alle Produktbereiche' });
    expect(within(table).getByRole('row', { name: /Billing & Invoices/ })).toHaveTextContent(
      'billing',
    );
    const form = screen.getByRole('form', { name: 'Produktbereich hinzufügen' });
    await user.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Billing again');
    await user.type(within(form).getByRole('textbox', { name: /^Kurzname/ }), 'billing');
    await user.click(within(form).getByRole('button', { name: 'Produktbereich hinzufügen' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Es gibt bereits einen Produktbereich mit diesem Kurznamen.',
    );

    const name = within(form).getByRole('textbox', { name: /^Name/ });
    const slug = within(form).getByRole('textbox', { name: /^Kurzname/ });
    await user.clear(name);
    await user.type(name, 'Mobile App');
    await user.clear(slug);
    await user.type(slug, 'mobile-app');
    await user.click(within(form).getByRole('button', { name: 'Produktbereich hinzufügen' }));
    expect(await screen.findByText('„Mobile App“ wurde hinzugefügt.')).toBeInTheDocument();
    expect(sent('CreateProduct').at(-1)?.variables).toEqual({
      input: { slug: 'mobile-app', name: 'Mobile App', description: null },
    });
  });

  it('renames a product area in a dialog', async () => {
    const user = userEvent.setup();
    const { fetch, sent } = stubGraphql({
      Viewer: signedInAs('ADMIN'),
      AdminProducts: { data: { products: [billing] } },
      UpdateProduct: { data: { updateProduct: { ...billing, name: 'Billing' } } },
    });
    renderWithForum(<ProductsAdmin />, { fetch, path: '/admin/products' });

    await user.click(await screen.findByRole('button', { name: 'Rename Billing & Invoices' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename “Billing & Invoices”' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Billing');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('The changes to “Billing” have been saved.')).toBeInTheDocument();
    expect(sent('UpdateProduct')[0]?.variables).toEqual({
      input: { id: 'p-1', name: 'Billing', description: 'Plans, invoices and payment.' },
    });
  });

  it('is for admins only', async () => {
    const { fetch, sent } = stubGraphql({ Viewer: signedInAs('MODERATOR') });
    renderWithForum(<ProductsAdmin />, { fetch, path: '/admin/products' });
    expect(
      await screen.findByRole('heading', { name: 'This page is for staff with another role' }),
    ).toBeInTheDocument();
    expect(sent('AdminProducts')).toHaveLength(0);
  });
});

describe('PrivilegesAdmin', () => {
  const thresholds = {
    data: {
      reputationPrivileges: {
        __typename: 'ReputationPrivileges',
        rules: [
          { __typename: 'PrivilegeRule', privilege: 'EDIT_OTHERS_POSTS', reputation: 1000 },
          { __typename: 'PrivilegeRule', privilege: 'POST_FREELY', reputation: 10 },
          { __typename: 'PrivilegeRule', privilege: 'DOWNVOTE', reputation: 125 },
        ],
        newAccountQuestionsPerDay: 3,
        newAccountAnswersPerDay: 5,
      },
    },
  };

  it('shows moderators the thresholds, lowest first, and the limits of new members', async () => {
    const { fetch } = stubGraphql({
      Viewer: signedInAs('MODERATOR'),
      PrivilegeThresholds: thresholds,
    });
    renderWithForum(<PrivilegesAdmin />, { fetch, path: '/admin/privileges' });

    const table = await screen.findByRole('table', { name: 'Reputation needed per privilege' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').firstChild?.textContent)).toEqual([
      'Post freely',
      'Vote down',
      'Edit others’ posts',
    ]);
    expect(rows[2]).toHaveTextContent('1,000');
    expect(
      screen.getByText(
        'Below “Post freely”, members may ask 3 questions and give 5 answers a day.',
      ),
    ).toBeInTheDocument();
    // Moderators see people and privileges: the admin navigation links both.
    const nav = screen.getByRole('navigation', { name: 'Administration' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['People', 'Tags', 'Privileges']);
  });

  it('is not for members', async () => {
    const { fetch, sent } = stubGraphql({ Viewer: signedInAs('MEMBER') });
    renderWithForum(<PrivilegesAdmin />, { fetch, path: '/admin/privileges', language: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Diese Seite ist für eine andere Rolle gedacht' }),
    ).toBeInTheDocument();
    expect(sent('PrivilegeThresholds')).toHaveLength(0);
  });
});
