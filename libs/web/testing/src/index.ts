export {
  graphqlError,
  jsonResponse,
  stubGraphql,
  type Answers,
  type GraphqlRequestBody,
  type GraphqlStub,
} from './lib/stubGraphql';
export { aViewer, viewerAs, type Viewerish } from './lib/viewer';
export { renderWithForum, type RenderWithForumOptions } from './lib/renderWithForum';
export { deferred, settle } from './lib/timing';
export { isSafeUrl, unsafeParts, XSS_PAYLOADS } from './lib/xssCorpus';
export { FakeGraphqlSocket } from './lib/fakeGraphqlSocket';
