import { useFragment, type FragmentType, type ReviewAction } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Button, MarkdownView, useModerationTranslation } from '@forum/web/ui';
import { Link } from 'react-router';
import { ReviewItemFields } from '../graphql/ReviewQueue';

/** How long an excerpt of a post the queue shows; the whole post is one link away. */
export const EXCERPT_CHARACTERS = 600;

export function excerptOf(body: string): string {
  return body.length > EXCERPT_CHARACTERS ? `${body.slice(0, EXCERPT_CHARACTERS)}…` : body;
}

export interface ReviewItemCardProps {
  item: FragmentType<typeof ReviewItemFields>;
  viewerId: string;
  /** The decisions this reviewer may take (experts only approve or hide). */
  actions: readonly ReviewAction[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onClaim: () => void;
  onRelease: () => void;
  onDecide: (action: ReviewAction, title: string) => void;
  busy: boolean;
  /** `now` as the page last rendered it, to tell whether a claim still holds. */
  now: number;
}

/** One item of the queue: the post as it is now, why it is here, the claim and the decisions. */
export function ReviewItemCard({
  item: itemRef,
  viewerId,
  actions,
  selected,
  onSelect,
  onClaim,
  onRelease,
  onDecide,
  busy,
  now,
}: ReviewItemCardProps) {
  const { t } = useModerationTranslation();
  const { dateTime } = useFormatters();
  const item = useFragment(ReviewItemFields, itemRef);
  const target = item.target;
  const title = target?.title ?? item.targetId;
  const claimHolds =
    item.claimedBy !== null &&
    item.claimedBy !== undefined &&
    item.claimedUntil !== null &&
    item.claimedUntil !== undefined &&
    Date.parse(item.claimedUntil) > now;
  const claimedByMe = claimHolds && item.claimedBy?.id === viewerId;
  const claimedByOther = claimHolds && !claimedByMe;
  const open = item.status === 'OPEN';
  const kind = t(`review.kinds.${item.targetKind}`);
  const headingId = `review-item-${item.id}`;
  const link =
    target?.kind === 'USER'
      ? `/users/${target.id}`
      : target?.kind === 'IDEA'
        ? `/ideas/${target.id}`
        : target?.questionId
          ? target.kind === 'ANSWER'
            ? `/questions/${target.questionId}#answer-${target.id}`
            : `/questions/${target.questionId}`
          : null;

  return (
    <article
      className={['forum-review-item', claimedByOther ? 'forum-review-item--claimed' : null]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={headingId}
      data-testid={`review-item-${item.id}`}
    >
      <div className="forum-review-item__head">
        {open ? (
          <input
            type="checkbox"
            className="forum-review-item__select"
            aria-label={t('review.select', { title })}
            checked={selected}
            disabled={claimedByOther}
            onChange={(event) => onSelect(event.target.checked)}
          />
        ) : null}
        <div className="forum-review-item__title">
          <h2 id={headingId}>{t('review.itemLabel', { kind, title })}</h2>
          <p className="forum-review-item__meta">
            {target?.author ? (
              <span>{t('review.by', { name: target.author.displayName })} </span>
            ) : null}
            <span>{t('review.entered', { date: dateTime(item.createdAt) })}</span>
          </p>
        </div>
        <div className="forum-review-item__pills">
          <span className={`forum-review-item__status forum-review-item__status--${item.status}`}>
            {t(`review.statuses.${item.status}`)}
          </span>
          <span className="forum-review-item__cause">{t(`review.causes.${item.cause}`)}</span>
          {item.needsStaff ? (
            <span className="forum-review-item__cause">{t('review.needsStaff')}</span>
          ) : null}
        </div>
      </div>

      {target ? (
        <div className="forum-review-item__body">
          {target.deleted ? <p className="forum-review-item__note">{t('review.deleted')}</p> : null}
          {target.hiddenReason && target.hiddenReason in hiddenKeys ? (
            <p className="forum-review-item__note">
              {t(hiddenKeys[target.hiddenReason as keyof typeof hiddenKeys])}
            </p>
          ) : null}
          {target.kind === 'QUESTION' || target.kind === 'ANSWER' || target.kind === 'IDEA' ? (
            <MarkdownView source={excerptOf(target.body)} className="forum-review-item__excerpt" />
          ) : target.kind === 'COMMENT' ? (
            <p className="forum-review-item__excerpt">{excerptOf(target.body)}</p>
          ) : null}
          {link ? (
            <Link to={link}>{target.kind === 'USER' ? t('review.profile') : t('review.open')}</Link>
          ) : null}
        </div>
      ) : (
        <p className="forum-review-item__note">{t('review.gone')}</p>
      )}

      {item.cause === 'SPAM_RULE' && item.spamRule ? (
        <p>
          {t('review.rule', {
            rule:
              item.spamRule in ruleKeys
                ? t(ruleKeys[item.spamRule as keyof typeof ruleKeys])
                : item.spamRule,
          })}
        </p>
      ) : null}
      {item.cause === 'FIRST_POST' ? <p>{t('review.firstPost')}</p> : null}

      {item.flags.length > 0 ? (
        <div className="forum-review-item__flags">
          <p className="forum-review-item__flags-title">
            {t('review.flags', { count: item.flagCount, weight: item.flagWeight })}
          </p>
          <ul>
            {item.flags.map((flag) => (
              <li key={flag.id}>
                <span>
                  {t('review.flagBy', {
                    reason: t(`flag.reasons.${flag.reason}`),
                    name: flag.flagger?.displayName ?? t('deletedUser'),
                  })}
                </span>{' '}
                <small>{dateTime(flag.createdAt)}</small>
                {flag.note ? <q className="forum-review-item__quote">{flag.note}</q> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {open ? (
        <div className="forum-review-item__footer">
          {claimHolds && item.claimedUntil ? (
            <p className="forum-review-item__claim" role="status">
              {claimedByMe
                ? t('review.claimedByYou', { time: dateTime(item.claimedUntil) })
                : t('review.claimedBy', {
                    name: item.claimedBy?.displayName ?? t('deletedUser'),
                    time: dateTime(item.claimedUntil),
                  })}
            </p>
          ) : null}
          <ul
            className="forum-review-item__actions"
            aria-label={t('review.actionsLabel', { title })}
          >
            {claimedByMe ? (
              <li>
                <Button variant="secondary" busy={busy} onClick={onRelease}>
                  {t('review.release')}
                </Button>
              </li>
            ) : (
              <li>
                <Button variant="secondary" busy={busy} disabled={claimedByOther} onClick={onClaim}>
                  {t('review.claim')}
                </Button>
              </li>
            )}
            {actions.map((action) => (
              <li key={action}>
                <Button
                  variant={action === 'APPROVE' ? 'primary' : 'quiet'}
                  disabled={claimedByOther || busy}
                  onClick={() => onDecide(action, title)}
                >
                  {t(`review.actions.${action}`)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : item.resolutionAction ? (
        <div className="forum-review-item__footer">
          <p>
            {t('review.resolved', {
              action: t(`review.actions.${item.resolutionAction}`),
              name: item.resolvedBy?.displayName ?? t('deletedUser'),
              date: item.resolvedAt ? dateTime(item.resolvedAt) : '',
            })}
          </p>
          {item.resolutionReason ? (
            <p className="forum-review-item__reason">
              {t('review.resolvedReason', { reason: item.resolutionReason })}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

const hiddenKeys = {
  flagged: 'review.hidden.flagged',
  awaiting_review: 'review.hidden.awaiting_review',
  moderator: 'review.hidden.moderator',
} as const;

const ruleKeys = {
  links: 'review.rules.links',
  repeated_text: 'review.rules.repeated_text',
  typing_speed: 'review.rules.typing_speed',
} as const;
