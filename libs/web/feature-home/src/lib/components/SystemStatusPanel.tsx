import { useFormatters, useTranslation } from '@forum/web/i18n';
import { StatusPill } from '@forum/web/ui';
import { HEALTH_POLL_INTERVAL_MS, useHealthStatus } from '../hooks/useHealthStatus';
import { toPillStatus } from '../utils/toPillStatus';
import { DependencyStatusRow } from './DependencyStatusRow';
import './SystemStatusPanel.css';

export interface SystemStatusPanelProps {
  /** How often to check again, in milliseconds. */
  pollIntervalMs?: number;
}

/** Live health of the API and the services behind it, refreshed while the page is open. */
export function SystemStatusPanel({
  pollIntervalMs = HEALTH_POLL_INTERVAL_MS,
}: SystemStatusPanelProps) {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const { data, error, fetching } = useHealthStatus(pollIntervalMs);
  const seconds = Math.round(pollIntervalMs / 1000);

  const health = data?.health;
  const unreachable = !health && error !== undefined;
  const overall = unreachable ? 'down' : toPillStatus(health?.status);
  const overallLabel = health || unreachable ? t(`status.${overall}`) : t('status.checking');

  return (
    <section
      className="forum-home-status"
      id="system-status"
      aria-labelledby="system-status-title"
      aria-busy={fetching && !health}
    >
      <div className="forum-home-status__header">
        <div>
          <h2 className="forum-home-status__title" id="system-status-title">
            {t('status.title')}
          </h2>
          <p className="forum-home-status__description">{t('status.description', { seconds })}</p>
        </div>
        <div className="forum-home-status__overall">
          <span className="forum-home-status__label">{t('status.overall')}</span>
          <StatusPill status={overall} label={overallLabel} data-testid="health-status" />
        </div>
      </div>

      <div aria-live="polite">
        {unreachable ? (
          <div className="forum-home-status__notice forum-home-status__notice--down" role="alert">
            <strong>{t('status.unreachable.title')}</strong>
            <span>{t('status.unreachable.body', { seconds })}</span>
          </div>
        ) : health ? (
          <p className={`forum-home-status__notice forum-home-status__notice--${overall}`}>
            {t(
              overall === 'up'
                ? 'status.allUp'
                : overall === 'degraded'
                  ? 'status.searchDown'
                  : 'status.someDown',
            )}
          </p>
        ) : null}
      </div>

      <ul className="forum-home-status__dependencies" aria-label={t('status.dependencies')}>
        <DependencyStatusRow
          name="database"
          dependency={health?.database}
          unreachable={unreachable}
        />
        <DependencyStatusRow name="search" dependency={health?.search} unreachable={unreachable} />
        <DependencyStatusRow name="jobs" dependency={health?.jobs} unreachable={unreachable} />
      </ul>

      {health ? (
        <dl className="forum-home-status__meta">
          <div>
            <dt>{t('status.version')}</dt>
            <dd data-testid="health-version">{health.version}</dd>
          </div>
          <div>
            <dt>{t('status.uptime')}</dt>
            <dd>{format.duration(health.uptimeSeconds)}</dd>
          </div>
          <div>
            <dt>{t('status.lastChecked')}</dt>
            <dd>
              <time dateTime={health.checkedAt} data-testid="health-checked-at">
                {format.dateTime(health.checkedAt)}
              </time>
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
