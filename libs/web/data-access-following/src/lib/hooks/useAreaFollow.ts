import { useQuery } from '@forum/web/data-access-graphql';
import { ProductFollowsQuery, TagFollowQuery } from '../graphql/AreaFollow';
import type { FollowTargetState } from './useFollow';

/**
 * Follow state of the tag or product area a question list is filtered by (the tag when both
 * are); null while loading, or when there is no such filter or no such tag or product.
 */
export function useAreaFollow(filter: {
  tag?: string;
  productSlug?: string;
}): FollowTargetState | null {
  const tag = filter.tag ?? null;
  const productSlug = tag ? null : (filter.productSlug ?? null);
  const [tagResult] = useQuery({
    query: TagFollowQuery,
    variables: { slug: tag ?? '' },
    pause: !tag,
  });
  const [productResult] = useQuery({ query: ProductFollowsQuery, pause: !productSlug });
  if (tag) {
    const found = tagResult.data?.tag;
    return found
      ? {
          targetType: 'TAG',
          targetId: found.id,
          following: found.viewerFollows,
          followerCount: found.followerCount,
        }
      : null;
  }
  if (productSlug) {
    const found = productResult.data?.products.find((product) => product.slug === productSlug);
    return found
      ? {
          targetType: 'PRODUCT',
          targetId: found.id,
          following: found.viewerFollows,
          followerCount: found.followerCount,
        }
      : null;
  }
  return null;
}
