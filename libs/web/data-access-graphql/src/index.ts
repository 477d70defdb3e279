export type { Client as ForumClient, CombinedError } from '@urql/core';
export { Provider as ForumClientProvider, useClient, useMutation, useQuery } from 'urql';
export {
  liveConnectionOf,
  type LiveConnection,
  type LiveConnectionState,
} from './lib/liveConnection';
export { useLiveOrPoll, type UseLiveOrPollArgs } from './lib/useLiveOrPoll';
export {
  createForumClient,
  type CreateForumClientOptions,
  type LiveSocketOptions,
} from './lib/createForumClient';
export * from './generated';
export type * from './generated/graphql';
export {
  ClientErrorReason,
  commonErrorReasons,
  readGraphqlError,
  type CommonErrorReason,
  type GraphqlFailure,
} from './lib/readGraphqlError';
