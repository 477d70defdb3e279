import { screen, waitFor } from '@testing-library/react';
import { renderWithForum, stubGraphql, viewerAs } from '@forum/web/testing';
import { InboxLink } from './InboxLink';

const counts = {
  data: {
    expertInboxCounts: {
      __typename: 'ExpertInboxCounts',
      mine: 1,
      unclaimed: 2,
      myAreas: 4,
      waitingOnCustomer: 0,
      breached: 1,
    },
  },
};

describe('InboxLink', () => {
  it('shows staff how many questions wait in their areas', async () => {
    const api = stubGraphql({ Viewer: viewerAs('EXPERT'), ExpertInboxCounts: counts });
    renderWithForum(<InboxLink />, { fetch: api.fetch });
    expect(await screen.findByRole('link', { name: 'Inbox, 4 waiting' })).toHaveAttribute(
      'href',
      '/inbox',
    );
  });

  it('says it in German', async () => {
    const api = stubGraphql({ Viewer: viewerAs('ADMIN'), ExpertInboxCounts: counts });
    renderWithForum(<InboxLink />, { fetch: api.fetch, language: 'de' });
    expect(await screen.findByRole('link', { name: 'Posteingang, 4 warten' })).toBeInTheDocument();
  });

  it('is not there for members or product managers', async () => {
    for (const role of ['MEMBER', 'PRODUCT_MANAGER']) {
      const api = stubGraphql({ Viewer: viewerAs(role) });
      const { unmount } = renderWithForum(<InboxLink />, { fetch: api.fetch });
      await waitFor(() => expect(api.sent('Viewer')).toHaveLength(1));
      expect(screen.queryByRole('link')).toBeNull();
      expect(api.sent('ExpertInboxCounts')).toHaveLength(0);
      unmount();
    }
  });
});
