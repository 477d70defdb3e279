import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  graphqlError,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { SignInLink, SignInLinkOffer } from './SignInLink';

const sentText = (email: string) =>
  `If there is an account for ${email}, we have sent a sign-in link to it. It is valid for 15 minutes and works once.`;

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

afterEach(() => {
  expect(alert).not.toHaveBeenCalled();
  localStorage.clear();
});

describe('SignInLink and cross-site scripting', () => {
  it('shows every payload as text where it echoes the address a link was sent to', async () => {
    for (const payload of XSS_PAYLOADS) {
      const { fetch } = stubGraphql({ RequestSignInLink: { data: { requestSignInLink: true } } });
      const view = renderWithForum(<SignInLink />, { fetch, path: '/sign-in/link' });
      const field = screen.getByLabelText('E-mail address');
      fireEvent.change(field, { target: { value: payload } });
      // What the field kept of the payload is what the page says it sent the link to.
      const typed = (field as HTMLInputElement).value.trim();
      fireEvent.submit(field.closest('form') as HTMLFormElement);

      const status = await screen.findByRole('status');
      expect(status.textContent).toBe(sentText(typed));
      expect(unsafeParts(view.container)).toEqual([]);
      view.unmount();
    }
  });

  it('shows every payload as text in the offer of a link after a paused password sign-in', async () => {
    const { fetch } = stubGraphql({ RequestSignInLink: { data: { requestSignInLink: true } } });
    const { container } = renderWithForum(
      <ul>
        {XSS_PAYLOADS.map((payload, index) => (
          <li key={index} data-testid={`offer-${index}`}>
            <SignInLinkOffer email={payload} />
          </li>
        ))}
      </ul>,
      { fetch, path: '/sign-in' },
    );

    for (const button of screen.getAllByRole('button', { name: 'E-mail me a sign-in link' })) {
      fireEvent.click(button);
    }
    await waitFor(() => expect(screen.queryAllByRole('button')).toHaveLength(0));
    expect(unsafeParts(container)).toEqual([]);
    XSS_PAYLOADS.forEach((payload, index) => {
      expect(screen.getByTestId(`offer-${index}`).textContent).toBe(sentText(payload.trim()));
    });
  });

  it('shows every payload as text as the suspension reason when a link signs in a suspended account', async () => {
    for (const payload of XSS_PAYLOADS) {
      const { fetch } = stubGraphql({
        SignInWithLink: graphqlError('ACCOUNT_SUSPENDED', {
          code: 'FORBIDDEN',
          suspensionReason: payload,
        }),
      });
      const view = renderWithForum(<SignInLink token={payload} />, {
        fetch,
        path: '/sign-in/link',
      });

      const alertBox = await screen.findByRole('alert');
      expect([...alertBox.querySelectorAll('p')].map((line) => line.textContent)).toEqual([
        'Your account is suspended.',
        `Reason: ${payload}`,
      ]);
      expect(unsafeParts(view.container)).toEqual([]);
      view.unmount();
    }
  });
});
