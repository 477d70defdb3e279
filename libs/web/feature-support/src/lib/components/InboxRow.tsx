import { Link } from 'react-router';
import { useSupportTranslation } from '../hooks/useSupportTranslation';
import { routingExplanation } from '../routing/routingExplanation';
import { clockText, type DeskStatus, formatDuration, formatMoment } from '../utils/clock';
import { DeskActions } from './DeskActions';

export interface InboxCase {
  status: DeskStatus;
  cycle: number;
  dueAt: string;
  respondedAt?: string | null;
  waitingOnCustomerSince?: string | null;
  snoozedUntil?: string | null;
  breached: boolean;
  businessMinutesLeft: number;
  claimedBy?: { id: string; displayName: string } | null;
  assignedBy?: { id: string; displayName: string } | null;
  /** Why routing suggests its top expert ("solved 4 similar questions in Billing"); null until routed. */
  routingReason?: {
    solvedSimilar: number;
    answeredInArea: number;
    areaName?: string | null;
    user: { id: string; displayName: string };
  } | null;
  question: {
    id: string;
    title: string;
    slug: string;
    createdAt: string;
    product: { id: string; name: string };
  };
}

export interface InboxRowProps {
  supportCase: InboxCase;
  viewerId: string;
  now?: Date;
}

/** One question in the inbox: title, product, age, clock, who is on it, and the actions. */
export function InboxRow({ supportCase, viewerId, now = new Date() }: InboxRowProps) {
  const { t, language } = useSupportTranslation();
  const { question, routingReason } = supportCase;
  const headingId = `inbox-row-${question.id}`;
  const ageMinutes = (now.getTime() - new Date(question.createdAt).getTime()) / 60_000;
  const overdue = supportCase.businessMinutesLeft < 0;
  return (
    <li className="inbox-row">
      <article aria-labelledby={headingId}>
        <h2 className="inbox-row__title" id={headingId}>
          <Link to={`/questions/${question.id}/${question.slug}`}>{question.title}</Link>
        </h2>
        <p className="inbox-row__meta">
          <span>{question.product.name}</span>
          <span>{t('inbox.asked', { age: formatDuration(t, ageMinutes) })}</span>
          {supportCase.cycle > 1 && !supportCase.respondedAt ? (
            <span className="inbox-row__flag">{t('inbox.sentBack')}</span>
          ) : null}
        </p>
        <p className={overdue ? 'inbox-row__clock inbox-row__clock--overdue' : 'inbox-row__clock'}>
          {clockText(t, language, supportCase)}
        </p>
        <p className="inbox-row__meta">
          <span>
            {supportCase.claimedBy
              ? t('inbox.claimedBy', { name: supportCase.claimedBy.displayName })
              : t('inbox.unclaimed')}
            {supportCase.assignedBy
              ? ` (${t('inbox.assignedBy', { name: supportCase.assignedBy.displayName })})`
              : null}
          </span>
          {supportCase.snoozedUntil ? (
            <span>
              {t('inbox.snoozedUntil', { date: formatMoment(language, supportCase.snoozedUntil) })}
            </span>
          ) : null}
          {supportCase.waitingOnCustomerSince ? (
            <span>
              {t('inbox.waitingSince', {
                date: formatMoment(language, supportCase.waitingOnCustomerSince),
              })}
            </span>
          ) : null}
        </p>
        {routingReason ? (
          <p className="inbox-row__reason">
            {t('inbox.routingReason', {
              name: routingReason.user.displayName,
              reason: routingExplanation(t, { ...routingReason, audience: 'EXPERT' }),
            })}
          </p>
        ) : null}
        <DeskActions
          questionId={question.id}
          viewerId={viewerId}
          status={supportCase.status}
          claimedById={supportCase.claimedBy?.id ?? null}
          snoozedUntil={supportCase.snoozedUntil ?? null}
          waiting={Boolean(supportCase.waitingOnCustomerSince)}
        />
      </article>
    </li>
  );
}
