import { gql, gqlData, type TestApp, type TestSession } from '@forum/api/testing';

/** GraphQL documents and helpers the moderation tests share. */

export const flagDocument = `mutation Flag($input: FlagContentInput!) {
  flagContent(input: $input) { id targetKind targetId reason note }
}`;

export const queueDocument = `query Queue($filter: ReviewQueueFilter, $first: Int, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...Item } }
  }
}
fragment Item on ReviewItem {
  id targetKind targetId cause status spamRule flagCount flagWeight needsStaff
  claimedBy { id } claimedUntil resolvedBy { id } resolutionAction resolutionReason
  target { kind id questionId title body hiddenReason deleted author { id } }
  flags { reason note weight flagger { id } }
}`;

const itemFields = `id status cause claimedBy { id } resolutionAction flagCount
  target { id hiddenReason deleted }`;

export const claimDocument = `mutation Claim($input: ReviewItemIdInput!) { claimReviewItem(input: $input) { ${itemFields} claimedUntil } }`;
export const releaseDocument = `mutation Release($input: ReviewItemIdInput!) { releaseReviewItem(input: $input) { ${itemFields} } }`;
export const resolveDocument = `mutation Resolve($input: ResolveReviewItemInput!) { resolveReviewItem(input: $input) { ${itemFields} } }`;
export const resolveManyDocument = `mutation ResolveMany($input: ResolveReviewItemsInput!) { resolveReviewItems(input: $input) { ${itemFields} } }`;

export interface QueueItem {
  id: string;
  targetKind: string;
  targetId: string;
  cause: string;
  status: string;
  spamRule: string | null;
  flagCount: number;
  flagWeight: number;
  needsStaff: boolean;
  claimedBy: { id: string } | null;
  claimedUntil: string | null;
  resolvedBy: { id: string } | null;
  resolutionAction: string | null;
  resolutionReason: string | null;
  target: {
    kind: string;
    id: string;
    questionId: string | null;
    title: string;
    body: string;
    hiddenReason: string | null;
    deleted: boolean;
    author: { id: string } | null;
  } | null;
  flags: Array<{ reason: string; note: string | null; weight: number; flagger: { id: string } }>;
}

/** Flags as `as`; resolves to the error reason, or null when the flag was accepted. */
export async function flag(
  api: TestApp,
  as: TestSession,
  input: { targetKind: string; targetId: string; reason?: string; note?: string | null },
): Promise<string | null> {
  const response = await gql(api, {
    query: flagDocument,
    variables: { input: { reason: 'SPAM', ...input } },
    as,
  });
  return response.errors ? String(response.errors[0]?.extensions?.reason) : null;
}

/** The items of the queue a reviewer sees (open ones unless `filter` says otherwise). */
export async function queue(
  api: TestApp,
  as: TestSession,
  filter: Record<string, unknown> = {},
  first = 100,
): Promise<QueueItem[]> {
  const data = await gqlData<{ reviewQueue: { edges: Array<{ node: QueueItem }> } }>(api, {
    query: queueDocument,
    variables: { filter, first },
    as,
  });
  return data.reviewQueue.edges.map((edge) => edge.node);
}

/** The open (or last) review item about one target, as a moderator sees it. */
export async function itemAbout(
  api: TestApp,
  moderator: TestSession,
  targetId: string,
  status = 'OPEN',
): Promise<QueueItem | undefined> {
  return (await queue(api, moderator, { status })).find((item) => item.targetId === targetId);
}

/** Sends a mutation; resolves to its data or the first error's reason. */
export async function attempt<T>(
  api: TestApp,
  as: TestSession,
  query: string,
  input: Record<string, unknown>,
): Promise<{ data?: T; reason?: string }> {
  const response = await gql<T>(api, { query, variables: { input }, as });
  if (response.errors?.length) return { reason: String(response.errors[0]?.extensions?.reason) };
  return { data: response.data };
}
