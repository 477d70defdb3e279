import { jsonResponse, stubGraphql } from './stubGraphql';

const post = (operationName: string, variables?: Record<string, unknown>) => ({
  method: 'POST',
  body: JSON.stringify({ operationName, query: `query ${operationName} { x }`, variables }),
});

describe('stubGraphql', () => {
  it('answers by operation name, from a fixture or a function of the variables', async () => {
    const stub = stubGraphql({
      Fixed: { data: { fixed: true } },
      Echo: (variables: Record<string, unknown>) => ({ data: { echo: variables['word'] } }),
    });

    const fixed = await stub.fetch('/graphql', post('Fixed'));
    const echo = await stub.fetch('/graphql', post('Echo', { word: 'hello' }));

    expect(await fixed.json()).toEqual({ data: { fixed: true } });
    expect(await echo.json()).toEqual({ data: { echo: 'hello' } });
    expect(stub.sent('Echo')).toEqual([expect.objectContaining({ variables: { word: 'hello' } })]);
    expect(stub.requests.map((request) => request.operationName)).toEqual(['Fixed', 'Echo']);
  });

  it('answers the background questions unless told otherwise', async () => {
    const stub = stubGraphql();

    const viewer = await stub.fetch('/graphql', post('Viewer'));

    expect(await viewer.json()).toEqual({ data: { me: null } });
  });

  it('passes other HTTP answers through and fails loudly on an unexpected operation', async () => {
    const stub = stubGraphql({ Broken: jsonResponse({ message: 'Bad Gateway' }, 502) });

    expect((await stub.fetch('/graphql', post('Broken'))).status).toBe(502);
    await expect(stub.fetch('/graphql', post('Surprise'))).rejects.toThrow(
      'Unexpected GraphQL operation Surprise',
    );
  });
});
