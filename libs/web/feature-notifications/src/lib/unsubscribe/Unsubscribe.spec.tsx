import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderWithForum, stubGraphql } from '@forum/web/testing';
import { Unsubscribe } from './Unsubscribe';

const info = (scope: string, unsubscribed = false) => ({
  data: { unsubscribeTokenInfo: { __typename: 'UnsubscribeTokenInfo', scope, unsubscribed } },
});

describe('Unsubscribe', () => {
  it('says what the link switches off and does it on one click, without signing in', async () => {
    const { fetch, sent } = stubGraphql({
      UnsubscribeTokenInfo: info('answer.accepted'),
      Unsubscribe: {
        data: {
          unsubscribe: {
            __typename: 'UnsubscribeTokenInfo',
            scope: 'answer.accepted',
            unsubscribed: true,
          },
        },
      },
    });

    renderWithForum(<Unsubscribe token="t.sig" />, { fetch, path: '/unsubscribe' });

    expect(
      await screen.findByText(/Stop e-mails about “My answer was accepted”\?/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));

    expect(await screen.findByText('Done: you no longer get these e-mails.')).toBeInTheDocument();
    expect(sent('Unsubscribe').map((request) => request.variables)).toEqual([{ token: 't.sig' }]);
    expect(screen.getByRole('link', { name: 'Choose all your e-mail settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('names a digest in German', async () => {
    const { fetch } = stubGraphql({ UnsubscribeTokenInfo: info('digest.weekly') });

    renderWithForum(<Unsubscribe token="t.sig" />, {
      fetch,
      path: '/unsubscribe',
      language: 'de',
    });

    expect(
      await screen.findByText(/Die wöchentliche Zusammenfassung abbestellen\?/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abbestellen' })).toBeInTheDocument();
  });

  it('tells that an already used link changed nothing more', async () => {
    const { fetch } = stubGraphql({ UnsubscribeTokenInfo: info('mention', true) });

    renderWithForum(<Unsubscribe token="t.sig" />, { fetch, path: '/unsubscribe' });

    expect(await screen.findByText('You no longer get these e-mails.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
  });

  it.each([
    ['UNSUBSCRIBE_TOKEN_INVALID', 'This unsubscribe link is not valid.'],
    ['UNSUBSCRIBE_TOKEN_EXPIRED', 'This unsubscribe link has expired.'],
  ])('shows a clear page for %s and offers no button', async (reason, text) => {
    const { fetch, sent } = stubGraphql({ UnsubscribeTokenInfo: graphqlError(reason) });

    renderWithForum(<Unsubscribe token="bad" />, { fetch, path: '/unsubscribe' });

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('heading', { level: 1, name: 'Unsubscribe' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
    expect(sent('Unsubscribe')).toHaveLength(0);
  });

  it('asks nothing of the API without a token', () => {
    const { fetch, sent } = stubGraphql();

    renderWithForum(<Unsubscribe />, { fetch, path: '/unsubscribe' });

    expect(screen.getByText('This page needs the link from an e-mail.')).toBeInTheDocument();
    expect(sent('UnsubscribeTokenInfo')).toHaveLength(0);
  });
});
