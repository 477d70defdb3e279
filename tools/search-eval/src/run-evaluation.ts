import type { CorpusQuestion, EvaluationSet, JudgedItem } from './evaluation-set.js';
import { type EvaluationApi, graphql } from './evaluation-api.js';
import type { EvalPath, ItemOutcome } from './metrics.js';

/**
 * Writes the corpus through the product's mutations, as its people would: the asker asks, a
 * support engineer or a member answers, the asker accepts, other members say "worked for me too".
 * Returns question id -> corpus key.
 */
export async function loadCorpus(
  api: EvaluationApi,
  questions: CorpusQuestion[],
): Promise<Map<string, string>> {
  const { admin, expert, members } = api.people;
  const call = <T>(query: string, input: Record<string, unknown>, cookie: string) =>
    graphql<T>(api.url, query, { input }, cookie);
  const products = new Map<string, string>();
  for (const slug of [...new Set(questions.map((question) => question.product))].sort()) {
    const created = await call<{ createProduct: { id: string } }>(
      'mutation P($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { slug: `eval-${slug}`, name: slug[0]!.toUpperCase() + slug.slice(1) },
      admin,
    );
    products.set(slug, created.createProduct.id);
  }
  const keyById = new Map<string, string>();
  // A few at a time: the order inside the corpus does not matter, the API's throughput does.
  await inBatches(questions, 6, async (question, n) => {
    const asker = members[n % 4]!;
    const answerer = question.status === 'staff' ? expert : members[4 + (n % 2)]!;
    const { askQuestion } = await call<{ askQuestion: { id: string } }>(
      'mutation A($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        productId: products.get(question.product),
        title: question.title,
        body: question.body,
        tags: question.tags,
        language: question.language.toUpperCase(),
      },
      asker,
    );
    keyById.set(askQuestion.id, question.key);
    if (question.status === 'open' || !question.answer) return;
    const { postAnswer } = await call<{ postAnswer: { id: string } }>(
      'mutation B($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      { questionId: askQuestion.id, body: question.answer },
      answerer,
    );
    if (question.status === 'answered') return;
    await call(
      'mutation C($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }',
      { answerId: postAnswer.id },
      asker,
    );
    for (const confirmer of members.slice(6, 6 + question.confirmations))
      await call(
        'mutation D($input: ConfirmAnswerInput!) { confirmAnswer(input: $input) }',
        { answerId: postAnswer.id },
        confirmer,
      );
  });
  return keyById;
}

const searchQuery = `query S($query: String!) {
  search(query: $query, first: 10) { hits { question { id } } }
}`;
const similarQuery = `query Q($title: String!, $body: String) {
  similarQuestions(title: $title, body: $body) { question { id } }
}`;

/**
 * Runs the set through the three paths customers meet: the search page and header (`search`),
 * the ask form once title and details are typed (`similarQuestions` with both), and the ask form
 * while only the title is typed (`similarQuestions` with the title alone, as the form first asks).
 */
export async function runPaths(
  api: EvaluationApi,
  set: EvaluationSet,
  keyById: Map<string, string>,
): Promise<ItemOutcome[]> {
  const keysOf = (hits: Array<{ question: { id: string } | null }>) =>
    hits.flatMap((hit) => (hit.question ? [keyById.get(hit.question.id) ?? '?'] : []));
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, latencyMs: performance.now() - started };
  };
  const outcome = (
    item: JudgedItem,
    path: EvalPath,
    text: string,
    ranked: string[],
    latencyMs: number,
  ): ItemOutcome => ({
    id: item.id,
    path,
    language: item.language,
    kind: item.kind,
    text,
    ranked,
    judgments: item.judgments,
    latencyMs,
  });
  const outcomes: ItemOutcome[] = [];
  for (const query of set.queries) {
    const { result, latencyMs } = await timed(() =>
      graphql<{ search: { hits: Array<{ question: { id: string } | null }> } }>(
        api.url,
        searchQuery,
        {
          query: query.text,
        },
      ),
    );
    outcomes.push(outcome(query, 'search', query.text, keysOf(result.search.hits), latencyMs));
  }
  for (const pair of set.duplicates) {
    for (const [path, body] of [
      ['similarQuestions', pair.body],
      ['askForm', null],
    ] as const) {
      const { result, latencyMs } = await timed(() =>
        graphql<{ similarQuestions: Array<{ question: { id: string } | null }> }>(
          api.url,
          similarQuery,
          { title: pair.title, body },
        ),
      );
      const text = body ? `${pair.title} — ${body}` : pair.title;
      outcomes.push(outcome(pair, path, text, keysOf(result.similarQuestions), latencyMs));
    }
  }
  return outcomes;
}

async function inBatches<T>(
  items: T[],
  size: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)));
}
