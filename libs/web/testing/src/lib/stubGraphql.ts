import { ErrorKind } from '@forum/shared/domain';

export interface GraphqlRequestBody {
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One answer per operation name: a response body, a `jsonResponse(...)` for another HTTP status,
 * or a function of the request's variables returning either (or a promise of it). A function that
 * throws or rejects makes the request fail like a network error.
 */
export type Answers = Record<string, unknown>;

const stubbedResponse = Symbol('stubbed response');

/** A `Response` with just what urql's fetch exchange reads (jsdom has no `Response`). */
export function jsonResponse(body: unknown, status = 200): Response {
  return {
    [stubbedResponse]: true,
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    ok: status >= 200 && status < 300,
    headers: {
      get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null),
    },
    text: async () => JSON.stringify(body),
    json: async () => body,
  } as unknown as Response;
}

function isStubbedResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && stubbedResponse in value;
}

/** What the API answers for a failure: `extensions.code` and `extensions.reason`, plus details. */
export function graphqlError(
  reason: string,
  { code = ErrorKind.BadUserInput, ...details }: Record<string, unknown> = {},
) {
  return {
    data: null,
    errors: [{ message: `English text for ${reason}`, extensions: { code, reason, ...details } }],
  };
}

/**
 * What nearly every page asks in the background: who is signed in (a visitor), which sign-in
 * methods exist (password only), "count this view" and, for staff on a question, the routing
 * suggestions (none). Tests override them like any answer.
 */
const backgroundAnswers: Answers = {
  Viewer: { data: { me: null } },
  SignInOptions: {
    data: { signInOptions: { __typename: 'SignInOptions', password: true, sso: null } },
  },
  RecordQuestionView: { data: { recordQuestionView: true } },
  QuestionRoutingSuggestions: { data: { question: null } },
};

export interface GraphqlStub {
  /** The `fetch` to hand to the GraphQL client. */
  fetch: typeof globalThis.fetch;
  /** Every request, in order. */
  requests: GraphqlRequestBody[];
  /** The requests for one operation, in order. */
  sent: (operationName: string) => GraphqlRequestBody[];
}

/**
 * The network edge of the web app: a `fetch` that answers each GraphQL operation by name and
 * records every request. An operation without an answer fails the test, like a strict mock.
 */
export function stubGraphql(answers: Answers = {}): GraphqlStub {
  const all: Answers = { ...backgroundAnswers, ...answers };
  const requests: GraphqlRequestBody[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as GraphqlRequestBody;
    requests.push(request);
    const name = request.operationName ?? '';
    if (!(name in all)) throw new Error(`Unexpected GraphQL operation ${name}`);
    const answer = all[name];
    const body: unknown = await (typeof answer === 'function'
      ? (answer as (variables: Record<string, unknown>) => unknown)(request.variables ?? {})
      : answer);
    return isStubbedResponse(body) ? body : jsonResponse(body);
  }) as typeof globalThis.fetch;
  const sent = (operationName: string) =>
    requests.filter((request) => request.operationName === operationName);
  return { fetch, requests, sent };
}
