import type { ReviewAction, ReviewCause, ReviewStatus } from '@forum/web/data-access-graphql';
import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { Alert, Button, Select, useModerationTranslation } from '@forum/web/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  ClaimReviewItemMutation,
  ReleaseReviewItemMutation,
  ResolveReviewItemMutation,
  ResolveReviewItemsMutation,
  ReviewQueueQuery,
} from '../graphql/ReviewQueue';
import { moderationReason } from '../utils/moderationError';
import { reviewerKind } from '../utils/roles';
import { PageTitle } from './PageTitle';
import { ResolveDialog, type Resolution } from './ResolveDialog';
import { ReviewItemCard } from './ReviewItemCard';
import './Moderation.css';

export const REVIEW_PAGE_SIZE = 50;

const causes: readonly ReviewCause[] = ['FLAGS', 'FIRST_POST', 'SPAM_RULE'];
const statuses: readonly ReviewStatus[] = ['OPEN', 'APPROVED', 'REJECTED'];
const staffActions: readonly ReviewAction[] = ['APPROVE', 'HIDE', 'DELETE', 'SUSPEND_AUTHOR'];
const expertActions: readonly ReviewAction[] = ['APPROVE', 'HIDE'];

// Deciding changes the post and the queue; both are fetched again.
const context = { additionalTypenames: ['ReviewItem', 'Question', 'Answer'] };

/** `/review`: what moderators, admins and (for their areas) experts decide on. */
export function ReviewQueue() {
  const { t } = useModerationTranslation();
  return (
    <SignedInOnly returnTo="/review" unreachable={<Alert tone="error">{t('failed')}</Alert>}>
      {(viewer) => {
        const kind = reviewerKind(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.review')} />
            {kind ? (
              <ReviewQueueBody viewerId={viewer.id} expert={kind === 'expert'} />
            ) : (
              <Alert tone="error">{t('review.notAllowed')}</Alert>
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

interface Deciding {
  action: ReviewAction;
  ids: string[];
  title: string;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function ReviewQueueBody({ viewerId, expert }: { viewerId: string; expert: boolean }) {
  const { t } = useModerationTranslation();
  const [params, setParams] = useSearchParams();
  const cause = causes.find((value) => value === params.get('cause')) ?? null;
  const status = statuses.find((value) => value === params.get('status')) ?? 'OPEN';
  const [{ data, error, fetching }] = useQuery({
    query: ReviewQueueQuery,
    variables: { filter: { cause, status }, first: REVIEW_PAGE_SIZE },
    requestPolicy: 'cache-and-network',
    context,
  });
  const [claimState, claim] = useMutation(ClaimReviewItemMutation);
  const [releaseState, release] = useMutation(ReleaseReviewItemMutation);
  const [resolveState, resolve] = useMutation(ResolveReviewItemMutation);
  const [bulkState, resolveMany] = useMutation(ResolveReviewItemsMutation);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const actions = expert ? expertActions : staffActions;

  const items = data?.reviewQueue.edges.map(({ node }) => node) ?? [];
  const openIds = status === 'OPEN' ? items.map((item) => item.id) : [];
  const selectedIds = openIds.filter((id) => selected.has(id));

  const errorText = (reason: string | null) =>
    reason && reasonKeys.has(reason)
      ? t(`review.errors.${reason}` as 'review.errors.UNKNOWN')
      : t('review.errors.UNKNOWN');

  const setFilter = (name: 'cause' | 'status', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
    setSelected(new Set());
    setDone(false);
  };

  const onClaim = async (id: string, claiming: boolean) => {
    setBusyId(id);
    setClaimError(null);
    const result = claiming
      ? await claim({ input: { id } }, context)
      : await release({ input: { id } }, context);
    setBusyId(null);
    if (result.error) setClaimError(errorText(moderationReason(result.error)));
  };

  const onConfirm = async (resolution: Resolution) => {
    if (!deciding) return;
    setDecisionError(null);
    const common = {
      action: resolution.action,
      reason: resolution.reason,
      suspendUntil: resolution.suspendUntil,
    };
    const [id] = deciding.ids;
    const result =
      deciding.ids.length === 1 && id
        ? await resolve({ input: { id, ...common } }, context)
        : await resolveMany({ input: { ids: deciding.ids, ...common } }, context);
    if (result.error) {
      setDecisionError(errorText(moderationReason(result.error)));
      return;
    }
    setDeciding(null);
    setSelected(new Set());
    setDone(true);
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="forum-moderation" aria-labelledby="review-title">
      <header className="forum-moderation__header">
        <h1 id="review-title">{t('review.title')}</h1>
        <p>{expert ? t('review.expertIntro') : t('review.intro')}</p>
      </header>
      <form
        className="forum-moderation__filters"
        aria-label={t('review.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('review.cause')}
          name="cause"
          value={cause ?? ''}
          options={[
            { value: '', label: t('review.causes.ALL') },
            ...causes.map((value) => ({ value, label: t(`review.causes.${value}`) })),
          ]}
          onChange={(event) => setFilter('cause', event.target.value)}
        />
        <Select
          label={t('review.status')}
          name="status"
          value={status}
          options={statuses.map((value) => ({ value, label: t(`review.statuses.${value}`) }))}
          onChange={(event) =>
            setFilter('status', event.target.value === 'OPEN' ? '' : event.target.value)
          }
        />
      </form>

      {error && !data ? <Alert tone="error">{t('failed')}</Alert> : null}
      {!data && fetching ? <p role="status">{t('loading')}</p> : null}
      {done ? <Alert tone="success">{t('review.done')}</Alert> : null}
      {claimError ? <Alert tone="error">{claimError}</Alert> : null}

      {data ? (
        <p className="forum-moderation__count" role="status">
          {t('review.count', { count: data.reviewQueue.totalCount })}
        </p>
      ) : null}

      {openIds.length > 0 ? (
        <div className="forum-moderation__bulk">
          <label className="forum-moderation__check">
            <input
              type="checkbox"
              checked={selectedIds.length === openIds.length}
              onChange={(event) => setSelected(new Set(event.target.checked ? openIds : []))}
            />
            {t('review.selectAll')}
          </label>
          {selectedIds.length > 0 ? (
            <>
              <span>{t('review.selected', { count: selectedIds.length })}</span>
              <ul
                className="forum-moderation__bulk-actions"
                aria-label={t('review.bulkActionsLabel')}
              >
                {actions.map((action) => (
                  <li key={action}>
                    <Button
                      variant={action === 'APPROVE' ? 'primary' : 'secondary'}
                      onClick={() => {
                        setDecisionError(null);
                        setDeciding({
                          action,
                          ids: selectedIds,
                          title: t('review.bulkDialogTitle', {
                            action: t(`review.actions.${action}`),
                            count: selectedIds.length,
                          }),
                        });
                      }}
                    >
                      {t(`review.actions.${action}`)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      {data && items.length === 0 ? (
        <p className="forum-moderation__empty">{t('review.empty')}</p>
      ) : null}

      <div className="forum-moderation__items">
        {items.map((item) => (
          <ReviewItemCard
            key={item.id}
            item={item}
            viewerId={viewerId}
            actions={actions}
            selected={selected.has(item.id)}
            onSelect={(on) => toggle(item.id, on)}
            onClaim={() => void onClaim(item.id, true)}
            onRelease={() => void onClaim(item.id, false)}
            busy={busyId === item.id && (claimState.fetching || releaseState.fetching)}
            now={now}
            onDecide={(action, title) => {
              setDecisionError(null);
              setDeciding({
                action,
                ids: [item.id],
                title: t('review.dialogTitle', { action: t(`review.actions.${action}`), title }),
              });
            }}
          />
        ))}
      </div>

      {deciding ? (
        <ResolveDialog
          action={deciding.action}
          title={deciding.title}
          busy={resolveState.fetching || bulkState.fetching}
          error={decisionError}
          today={todayUtc()}
          onConfirm={(resolution) => void onConfirm(resolution)}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </section>
  );
}

const reasonKeys = new Set([
  'CLAIMED_BY_OTHER',
  'ALREADY_RESOLVED',
  'NOT_CLAIMED',
  'REVIEW_ITEM_NOT_FOUND',
  'ACTION_NOT_APPLICABLE',
  'SUSPENSION_END_REQUIRED',
  'REASON_REQUIRED',
  'CANNOT_SUSPEND_AUTHOR',
  'REVIEWERS_ONLY',
  'ACCESS_DENIED',
  'VALIDATION_FAILED',
  'NETWORK',
]);
