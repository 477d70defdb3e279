import { useQuery, type DocumentType } from '@forum/web/data-access-graphql';
import { useCallback } from 'react';
import { ViewerQuery } from '../graphql/Viewer';

export type Viewer = NonNullable<DocumentType<typeof ViewerQuery>['me']>;

export interface UseViewerResult {
  /** The signed-in person, or null for visitors (and while unknown). */
  viewer: Viewer | null;
  /** True until the first answer: neither "signed in" nor "signed out" is known yet. */
  loading: boolean;
  /** The API could not be asked; the person is treated as a visitor. */
  failed: boolean;
  refetch: () => void;
}

// `me` may be null, a result with no typename the document cache could invalidate; tying it to
// `User` makes every sign-in, sign-out and profile change fetch it again.
const context = { additionalTypenames: ['User'] };

/**
 * The signed-in person, answered from the cache after the first request. Sign-in and sign-out
 * mutations invalidate it, so every component that uses it follows along.
 */
export function useViewer(): UseViewerResult {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ViewerQuery,
    requestPolicy: 'cache-first',
    context,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    viewer: data?.me ?? null,
    loading: !data && fetching,
    failed: !data && error !== undefined,
    refetch,
  };
}
