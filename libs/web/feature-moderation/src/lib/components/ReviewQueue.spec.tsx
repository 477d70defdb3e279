import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graphqlError,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  viewerAs,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { ReviewQueue } from './ReviewQueue';

const person = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });

function anItem(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ReviewItem',
    id,
    cause: 'FLAGS',
    status: 'OPEN',
    targetKind: 'ANSWER',
    targetId: `answer-${id}`,
    createdAt: '2026-12-07T09:00:00.000Z',
    needsStaff: false,
    flagCount: 2,
    flagWeight: 3,
    spamRule: null,
    claimedUntil: null,
    claimedBy: null,
    resolutionAction: null,
    resolutionReason: null,
    resolvedAt: null,
    resolvedBy: null,
    flags: [
      {
        __typename: 'ReviewFlag',
        id: `flag-${id}-1`,
        reason: 'SPAM',
        note: 'Links to a shop',
        weight: 2,
        createdAt: '2026-12-07T09:00:00.000Z',
        flagger: person('user-f1', 'Felix Flagger'),
      },
      {
        __typename: 'ReviewFlag',
        id: `flag-${id}-2`,
        reason: 'OTHER',
        note: null,
        weight: 1,
        createdAt: '2026-12-07T09:05:00.000Z',
        flagger: null,
      },
    ],
    target: {
      __typename: 'ReviewTarget',
      id: `answer-${id}`,
      kind: 'ANSWER',
      title: `Printer offline ${id}`,
      body: 'Buy **cheap** toner at [shop](https://spam.example)',
      deleted: false,
      hiddenReason: 'flagged',
      questionId: `question-${id}`,
      author: person('user-s', 'Sam Spammer'),
    },
    ...overrides,
  };
}

function queue(items: unknown[]) {
  return {
    data: {
      reviewQueue: {
        __typename: 'ReviewItemConnection',
        totalCount: items.length,
        edges: items.map((node) => ({ __typename: 'ReviewItemEdge', node })),
      },
    },
  };
}

const inAnHour = new Date(Date.now() + 3_600_000).toISOString();

describe('ReviewQueue', () => {
  it('shows each item with its post, author, flags, notes and where it stands', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('MODERATOR'),
      ReviewQueue: queue([
        anItem('1'),
        anItem('2', {
          cause: 'SPAM_RULE',
          spamRule: 'links',
          flags: [],
          flagCount: 0,
          flagWeight: 0,
          target: { ...anItem('2').target, hiddenReason: 'awaiting_review', kind: 'QUESTION' },
          targetKind: 'QUESTION',
        }),
      ]),
    });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    const first = await screen.findByRole('article', { name: 'Answer: Printer offline 1' });
    expect(within(first).getByText('by Sam Spammer')).toBeInTheDocument();
    expect(within(first).getByText('Hidden by flags')).toBeInTheDocument();
    expect(within(first).getByText('cheap').tagName).toBe('STRONG');
    expect(within(first).getByText('2 flags (weight 3)')).toBeInTheDocument();
    expect(within(first).getByText('Spam by Felix Flagger')).toBeInTheDocument();
    expect(within(first).getByText('Links to a shop')).toBeInTheDocument();
    expect(within(first).getByText('Something else by Deleted user')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Open in context' })).toHaveAttribute(
      'href',
      '/questions/question-1#answer-answer-1',
    );
    const second = screen.getByRole('article', { name: 'Question: Printer offline 2' });
    expect(within(second).getByText('Held by the rule: Many links')).toBeInTheDocument();
    expect(within(second).getByText('Held for review')).toBeInTheDocument();
    expect(screen.getByText('2 items')).toBeInTheDocument();
    expect(api.sent('ReviewQueue')[0]?.variables).toEqual({
      filter: { cause: null, status: 'OPEN' },
      first: 50,
    });
  });

  it('filters by cause and status through the address', async () => {
    const api = stubGraphql({ Viewer: viewerAs('ADMIN'), ReviewQueue: queue([]) });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    expect(await screen.findByText('Nothing to review here.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Cause' }), 'First posts');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Approved');

    expect(screen.getByTestId('location')).toHaveTextContent(
      '/review?cause=FIRST_POST&status=APPROVED',
    );
    await waitFor(() =>
      expect(api.sent('ReviewQueue').at(-1)?.variables).toEqual({
        filter: { cause: 'FIRST_POST', status: 'APPROVED' },
        first: 50,
      }),
    );
  });

  it('claims an item, and shows an item someone else claimed as theirs, without its decisions', async () => {
    let claimed = false;
    const api = stubGraphql({
      Viewer: viewerAs('MODERATOR'),
      ReviewQueue: () =>
        queue([
          anItem(
            '1',
            claimed ? { claimedBy: person('viewer-1', 'Priya Raman'), claimedUntil: inAnHour } : {},
          ),
          anItem('2', { claimedBy: person('user-m2', 'Max Moderator'), claimedUntil: inAnHour }),
        ]),
      ClaimReviewItem: () => {
        claimed = true;
        return {
          data: {
            claimReviewItem: anItem('1', {
              claimedBy: person('viewer-1', 'Priya Raman'),
              claimedUntil: inAnHour,
            }),
          },
        };
      },
    });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    const other = await screen.findByRole('article', { name: 'Answer: Printer offline 2' });
    expect(within(other).getByText(/^Max Moderator is reviewing this until/)).toBeInTheDocument();
    expect(within(other).getByRole('button', { name: 'Claim' })).toBeDisabled();
    expect(within(other).getByRole('button', { name: 'Approve' })).toBeDisabled();
    expect(
      within(other).getByRole('checkbox', { name: 'Select Printer offline 2' }),
    ).toBeDisabled();

    const mine = screen.getByRole('article', { name: 'Answer: Printer offline 1' });
    await userEvent.click(within(mine).getByRole('button', { name: 'Claim' }));
    expect(await within(mine).findByText(/^You are reviewing this until/)).toBeInTheDocument();
    expect(within(mine).getByRole('button', { name: 'Release' })).toBeEnabled();
    expect(api.sent('ClaimReviewItem')[0]?.variables).toEqual({ input: { id: '1' } });
  });

  it('suspends an author with a reason and an end date, and says why a refusal happened', async () => {
    const resolve = jest.fn((variables: Record<string, unknown>) =>
      (variables['input'] as { reason: string }).reason === 'first try'
        ? graphqlError('CLAIMED_BY_OTHER', { code: 'CONFLICT' })
        : { data: { resolveReviewItem: anItem('1', { status: 'REJECTED' }) } },
    );
    const api = stubGraphql({
      Viewer: viewerAs('MODERATOR'),
      ReviewQueue: queue([anItem('1')]),
      ResolveReviewItem: resolve,
    });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    const item = await screen.findByRole('article', { name: 'Answer: Printer offline 1' });
    await userEvent.click(within(item).getByRole('button', { name: 'Suspend author' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Suspend author: Printer offline 1',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend author' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      /Please give a reason of at least 5 characters./,
    );
    expect(resolve).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'first try');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend author' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Someone else is reviewing this item.',
    );

    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    await userEvent.clear(reason);
    await userEvent.type(reason, 'Spam links in every post');
    const until = within(dialog).getByLabelText('Suspended until');
    await userEvent.clear(until);
    await userEvent.type(until, '2099-01-31');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend author' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Done.')).toBeInTheDocument();
    expect(resolve).toHaveBeenLastCalledWith({
      input: {
        id: '1',
        action: 'SUSPEND_AUTHOR',
        reason: 'Spam links in every post',
        suspendUntil: '2099-01-31T00:00:00.000Z',
      },
    });
  });

  it('decides on several items at once', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('ADMIN'),
      ReviewQueue: queue([anItem('1'), anItem('2'), anItem('3')]),
      ResolveReviewItems: { data: { resolveReviewItems: [] } },
    });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Select Printer offline 1' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Printer offline 3' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    const bulk = screen.getByRole('list', { name: 'Decide on the selected items' });
    await userEvent.click(within(bulk).getByRole('button', { name: 'Hide' }));
    const dialog = screen.getByRole('dialog', { name: 'Hide: 2 items' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Spam wave');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hide' }));

    await waitFor(() => expect(api.sent('ResolveReviewItems')).toHaveLength(1));
    expect(api.sent('ResolveReviewItems')[0]?.variables).toEqual({
      input: { ids: ['1', '3'], action: 'HIDE', reason: 'Spam wave', suspendUntil: null },
    });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
  });

  it('offers experts only approve and hide', async () => {
    const api = stubGraphql({
      Viewer: viewerAs('EXPERT'),
      ReviewQueue: queue([anItem('1', { needsStaff: true })]),
    });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    const item = await screen.findByRole('article', { name: 'Answer: Printer offline 1' });
    const actions = within(item).getByRole('list', { name: 'Decide on Printer offline 1' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Claim', 'Approve', 'Hide']);
    expect(screen.getByText('Posts flagged for staff in your product areas.')).toBeInTheDocument();
  });

  it('turns members away', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MEMBER') });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This page is for moderators, admins and experts.',
    );
    expect(api.sent('ReviewQueue')).toHaveLength(0);
  });

  it('speaks German', async () => {
    const api = stubGraphql({ Viewer: viewerAs('MODERATOR'), ReviewQueue: queue([anItem('1')]) });
    renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review', language: 'de' });

    const item = await screen.findByRole('article', { name: 'Antwort: Printer offline 1' });
    expect(within(item).getByRole('button', { name: 'Person sperren' })).toBeInTheDocument();
    expect(within(item).getByText('Spam von Felix Flagger')).toBeInTheDocument();
  });
});

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

describe('ReviewQueue and cross-site scripting', () => {
  afterEach(() => expect(alert).not.toHaveBeenCalled());

  it.each(XSS_PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    'renders %s harmlessly in titles, posts, names, flag notes, hidden notes and reasons',
    async (_name, payload) => {
      const attacker = person('user-x', payload);
      const api = stubGraphql({
        Viewer: viewerAs('MODERATOR'),
        ReviewQueue: queue([
          anItem('1', {
            spamRule: payload,
            cause: 'SPAM_RULE',
            claimedBy: attacker,
            claimedUntil: inAnHour,
            flags: [{ ...anItem('1').flags[0], note: payload, flagger: attacker }],
            target: {
              ...anItem('1').target,
              title: payload,
              body: payload,
              author: attacker,
              hiddenReason: payload,
            },
          }),
          anItem('2', {
            status: 'REJECTED',
            resolutionAction: 'SUSPEND_AUTHOR',
            resolutionReason: payload,
            resolvedBy: attacker,
            resolvedAt: '2026-12-07T10:00:00.000Z',
            target: { ...anItem('2').target, kind: 'COMMENT', body: payload },
          }),
        ]),
      });
      const { container } = renderWithForum(<ReviewQueue />, { fetch: api.fetch, path: '/review' });

      await screen.findAllByText(`Reason: ${payload}`, { normalizer: (text) => text });
      expect(unsafeParts(container)).toEqual([]);
      // Every payload stays the text it was.
      expect(container.querySelector('#review-item-1')?.textContent).toBe(`Answer: ${payload}`);
    },
  );
});
