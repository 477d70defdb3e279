export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Act as this signed-in browser (a `TestSession`), or send this bearer token. */
  as?: { cookie: string } | { bearer: string };
}

export interface GraphqlResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; reason?: string } & Record<string, unknown>;
  }>;
}

/** Sends one GraphQL operation to a running test app over HTTP, the way a browser would. */
export async function gql<T = Record<string, unknown>>(
  app: { url: string },
  request: GraphqlRequest,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(request.as && 'cookie' in request.as ? { cookie: request.as.cookie } : {}),
      ...(request.as && 'bearer' in request.as
        ? { authorization: `Bearer ${request.as.bearer}` }
        : {}),
      ...request.headers,
    },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as Pick<GraphqlResponse<T>, 'data' | 'errors'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Sends an operation that must succeed and returns its data; throws with the errors otherwise. */
export async function gqlData<T = Record<string, unknown>>(
  app: { url: string },
  request: GraphqlRequest,
): Promise<T> {
  const response = await gql<T>(app, request);
  if (!response.data || response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data;
}
