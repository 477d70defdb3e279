import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { createI18n, I18nProvider } from '@forum/web/i18n';
import { useParams, useSearchParams } from 'react-router';
import {
  isSafeUrl,
  renderWithForum,
  stubGraphql,
  unsafeParts,
  XSS_PAYLOADS,
} from '@forum/web/testing';
import { MarkdownView } from '@forum/web/ui';
import { LinkifiedText } from './components/common/LinkifiedText';
import { QuestionList } from './components/list/QuestionList';
import { QuestionPage } from './components/question/QuestionPage';
import {
  aComment,
  anAnswer,
  aPerson,
  aQuestion,
  aQuestionRow,
  detailOf,
  products,
} from './testing/fixtures';

function renderAlone(ui: React.ReactElement) {
  return render(<I18nProvider i18n={createI18n({ language: 'en' })}>{ui}</I18nProvider>);
}

/** A person whose name and staff title carry the payload. */
const attacker = (payload: string) =>
  aPerson({ id: 'user-attacker', displayName: payload, isStaff: true, staffTitle: payload });

// Whatever jsdom would run (it fires some load and error handlers) must never get this far.
const alert = jest.spyOn(window, 'alert').mockImplementation(() => undefined);

afterEach(() => {
  expect(alert).not.toHaveBeenCalled();
  document.head.querySelectorAll('[data-forum-seo]').forEach((element) => element.remove());
});

describe('cross-site scripting', () => {
  it('has a corpus of well-known payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  it('has a checker that finds what it should', () => {
    // A parsed document that is never shown: nothing in it loads or runs.
    const root = new DOMParser().parseFromString(
      '<a href="java&#9;script:alert(1)">x</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg><iframe srcdoc="x"></iframe>',
      'text/html',
    ).body;
    expect(unsafeParts(root)).toEqual([
      '<a href="java\tscript:alert(1)">',
      '<img onerror>',
      '<svg onload>',
      '<iframe>',
      '<iframe srcdoc>',
    ]);
    expect(isSafeUrl('/questions?tag=a')).toBe(true);
    expect(isSafeUrl('mailto:support@example.com')).toBe(true);
    expect(isSafeUrl(' JAVASCRIPT:alert(1)')).toBe(false);
  });

  describe.each(XSS_PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    '%s',
    (_name, payload) => {
      it('renders as harmless Markdown', () => {
        const { container } = renderAlone(<MarkdownView source={payload} />);

        expect(unsafeParts(container)).toEqual([]);
        for (const link of container.querySelectorAll('a')) {
          expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
        }
        // Images are links to the image, never loaded into the page.
        expect(container.querySelector('img')).toBeNull();
      });

      it('renders as a harmless comment', () => {
        const { container } = renderAlone(<LinkifiedText text={payload} />);

        expect(unsafeParts(container)).toEqual([]);
        expect(container.textContent).toBe(payload);
      });

      it('is harmless as a question’s title, tags, text, author, comment and answer', async () => {
        const { fetch } = stubGraphql({
          QuestionDetail: detailOf(
            aQuestion({
              title: payload,
              body: payload,
              tags: [payload],
              author: attacker(payload),
              comments: [aComment({ body: payload, author: attacker(payload) })],
              state: 'SOLVED',
              acceptedAnswerId: 'answer-1',
              acceptedBy: attacker(payload),
              answers: [anAnswer({ body: payload, author: attacker(payload) })],
            }),
          ),
        });
        function Route() {
          const { id = '', slug } = useParams();
          return <QuestionPage id={id} slug={slug} />;
        }

        const { container } = renderWithForum(<Route />, {
          fetch,
          path: `/questions/question-1/${aQuestion().slug}`,
          routePath: '/questions/:id/:slug?',
        });
        await screen.findByRole('article', { name: /^Answer by/ });

        expect(unsafeParts(container)).toEqual([]);
        expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(payload);
        expect(
          screen.getByTestId('comment-comment-1').querySelector('.forum-comment__body')
            ?.textContent,
        ).toBe(payload);
        // The head gains exactly one script, which is data, and carries the text unchanged.
        const scripts = [...document.head.querySelectorAll('script')];
        expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
        expect(scripts[0]?.textContent).not.toMatch(/<\/script/i);
        expect(JSON.parse(scripts[0]?.textContent ?? '{}').mainEntity.name).toBe(payload);
        // The checker counts the page's own ld+json script, description and canonical link.
        expect(unsafeParts(document.head).sort()).toEqual(['<link>', '<meta>', '<script>']);
        expect(
          isSafeUrl(
            document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
          ),
        ).toBe(true);
      });

      it('is harmless as a title, tag and author in the list', async () => {
        const question = aQuestionRow({
          title: payload,
          tags: [payload],
          author: attacker(payload),
        });
        const { fetch } = stubGraphql({
          Products: products,
          QuestionFacets: {
            data: {
              questionFacets: {
                __typename: 'QuestionFacets',
                states: [],
                products: [],
                tags: [{ __typename: 'FacetCount', value: payload, count: 1 }],
              },
            },
          },
          Questions: {
            data: {
              questions: {
                __typename: 'QuestionConnection',
                totalCount: 1,
                edges: [{ __typename: 'QuestionEdge', cursor: 'c1', node: question }],
                pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: false },
              },
            },
          },
        });
        function Route() {
          const [search] = useSearchParams();
          return <QuestionList search={search} />;
        }

        const { container } = renderWithForum(<Route />, { fetch, path: '/questions' });
        const row = await screen.findByTestId('question-question-1');

        expect(unsafeParts(container)).toEqual([]);
        expect(within(row).getByRole('heading', { level: 2 }).textContent).toBe(payload);
      });
    },
  );
});
