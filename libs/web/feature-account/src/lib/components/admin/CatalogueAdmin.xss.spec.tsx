import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  aViewer,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { ProductsAdmin } from './ProductsAdmin';
import { TagsAdmin } from './TagsAdmin';

const asAdmin = { data: { me: aViewer({ role: 'ADMIN', isStaff: true }) } };
/** Tag names and product ids are unique; the corpus spells one payload twice. */
const payloads = [...new Set(XSS_PAYLOADS)];
/** What a one-line text field keeps of a payload: browsers drop its line breaks. */
const oneLine = (payload: string) => payload.replace(/[\r\n]/g, '');

/** A dialog's title as written (its accessible name collapses the payload's white space). */
const titleOf = (dialog: HTMLElement) =>
  document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent;

/** The open dialog, found without the accessibility tree, which is slow on a long table. */
const openDialog = () => document.querySelector('dialog') as HTMLElement;
const closeDialog = () =>
  fireEvent.click(openDialog().querySelector('.forum-dialog__close') as HTMLElement);

const successText = () => document.querySelector('.forum-alert--success')?.textContent;

/** Each test walks the whole corpus through dialogs over a long table: more than the default. */
const CORPUS_TIMEOUT = 60_000;

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('tag and product admin and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  const tagsStub = (slugs: string[]) =>
    stubGraphql({
      Viewer: asAdmin,
      Tags: {
        data: { tags: slugs.map((slug) => ({ __typename: 'TagUsage', slug, questionCount: 1 })) },
      },
      RenameTag: (variables: { input: { newName: string } }) => ({
        data: { renameTag: variables.input.newName },
      }),
    });

  it(
    'shows every payload as text as a tag and in the rename dialog',
    async () => {
      renderWithForum(<TagsAdmin />, { fetch: tagsStub(payloads).fetch, path: '/admin/tags' });

      const table = await screen.findByRole('table', { name: /tags, most used first$/ });
      expect(unsafeParts(document.body)).toEqual([]);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.querySelector('code')?.textContent)).toEqual(payloads);
      expect(
        rows.map((row) =>
          [...row.querySelectorAll('.forum-visually-hidden')].map((hidden) => hidden.textContent),
        ),
      ).toEqual(payloads.map((payload) => [` ${payload}`, ` ${payload}`]));

      for (const [index, payload] of payloads.entries()) {
        fireEvent.click(rows[index]?.querySelectorAll('button')[0] as HTMLElement);
        expect(titleOf(openDialog())).toBe(`Rename “${payload}”`);
        expect(openDialog().querySelector('input')).toHaveValue(oneLine(payload));
        expect(unsafeParts(openDialog())).toEqual([]);
        closeDialog();
      }
    },
    CORPUS_TIMEOUT,
  );

  it(
    'shows every payload as text in the merge dialog',
    async () => {
      renderWithForum(<TagsAdmin />, { fetch: tagsStub(payloads).fetch, path: '/admin/tags' });

      const table = await screen.findByRole('table', { name: /tags, most used first$/ });
      const rows = within(table).getAllByRole('row').slice(1);
      for (const [index, payload] of payloads.entries()) {
        fireEvent.click(rows[index]?.querySelectorAll('button')[1] as HTMLElement);
        expect(titleOf(openDialog())).toBe(`Merge “${payload}”`);
        expect(openDialog().querySelector('p')?.textContent).toBe(
          `Every question tagged “${payload}” gets the tag you choose, and “${payload}” goes away.`,
        );
        expect(unsafeParts(openDialog())).toEqual([]);
        closeDialog();
      }
    },
    CORPUS_TIMEOUT,
  );

  it(
    'offers every payload as text among the tags to merge into',
    async () => {
      renderWithForum(<TagsAdmin />, {
        fetch: tagsStub(['excel', ...payloads]).fetch,
        path: '/admin/tags',
      });

      fireEvent.click(await screen.findByRole('button', { name: 'Merge excel' }));
      const dialog = screen.getByRole('dialog');
      expect(unsafeParts(document.body)).toEqual([]);
      expect(
        within(dialog)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(payloads);
    },
    CORPUS_TIMEOUT,
  );

  it(
    'shows every payload as text as the name a tag was renamed to',
    async () => {
      renderWithForum(<TagsAdmin />, { fetch: tagsStub(['excel']).fetch, path: '/admin/tags' });
      const rename = await screen.findByRole('button', { name: 'Rename excel' });

      // The new name comes back from the API and is shown in the message.
      for (const payload of payloads) {
        fireEvent.click(rename);
        fireEvent.change(screen.getByRole('textbox', { name: /New name/ }), {
          target: { value: payload },
        });
        fireEvent.click(screen.getByRole('button', { name: 'Rename tag' }));
        await waitFor(() =>
          expect(successText()).toBe(`“excel” is now called “${oneLine(payload).trim()}”.`),
        );
        expect(unsafeParts(document.body)).toEqual([]);
      }
    },
    CORPUS_TIMEOUT,
  );

  const product = (payload: string, index: number) => ({
    __typename: 'Product',
    id: `p-${index}`,
    slug: `product-${index}`,
    name: payload,
    description: payload,
  });
  const productsStub = (names: string[]) =>
    stubGraphql({
      Viewer: asAdmin,
      AdminProducts: { data: { products: names.map(product) } },
      UpdateProduct: (variables: { input: { id: string; name: string } }) => ({
        data: {
          updateProduct: { ...product(variables.input.name, 0), id: variables.input.id },
        },
      }),
      CreateProduct: (variables: { input: { name: string } }) => ({
        data: { createProduct: product(variables.input.name, 999) },
      }),
    });

  it(
    'shows every payload as text as a product name and description and in its dialog',
    async () => {
      renderWithForum(<ProductsAdmin />, {
        fetch: productsStub(payloads).fetch,
        path: '/admin/products',
      });

      const table = await screen.findByRole('table', { name: 'All product areas' });
      expect(unsafeParts(document.body)).toEqual([]);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.querySelector('th')?.firstChild?.textContent)).toEqual(payloads);
      expect(
        rows.map((row) => row.querySelector('.forum-admin__description')?.textContent),
      ).toEqual(payloads);
      expect(
        rows.map(
          (row) =>
            within(row).getByRole('button').querySelector('.forum-visually-hidden')?.textContent,
        ),
      ).toEqual(payloads.map((payload) => ` ${payload}`));

      for (const [index, payload] of payloads.entries()) {
        fireEvent.click(rows[index]?.querySelector('button') as HTMLElement);
        expect(titleOf(openDialog())).toBe(`Rename “${payload}”`);
        expect(unsafeParts(openDialog())).toEqual([]);
        closeDialog();
      }
    },
    CORPUS_TIMEOUT,
  );

  it(
    'shows every payload as text in the messages after saving and adding a product',
    async () => {
      renderWithForum(<ProductsAdmin />, {
        fetch: productsStub(['Billing']).fetch,
        path: '/admin/products',
      });
      const edit = await screen.findByRole('button', { name: 'Rename Billing' });

      // The saved name comes back from the API and is shown in the message.
      for (const payload of payloads) {
        fireEvent.click(edit);
        fireEvent.change(within(openDialog()).getByRole('textbox', { name: /^Name/ }), {
          target: { value: payload },
        });
        fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
        await waitFor(() =>
          expect(successText()).toBe(
            `The changes to “${oneLine(payload).trim()}” have been saved.`,
          ),
        );
        expect(unsafeParts(document.body)).toEqual([]);
      }

      const form = screen.getByRole('form', { name: 'Add a product area' });
      for (const payload of payloads) {
        fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), {
          target: { value: payload },
        });
        fireEvent.change(within(form).getByRole('textbox', { name: /^Short name/ }), {
          target: { value: 'new-area' },
        });
        fireEvent.submit(form);
        await waitFor(() =>
          expect(successText()).toBe(`“${oneLine(payload).trim()}” has been added.`),
        );
        expect(unsafeParts(document.body)).toEqual([]);
      }
    },
    CORPUS_TIMEOUT,
  );
});
