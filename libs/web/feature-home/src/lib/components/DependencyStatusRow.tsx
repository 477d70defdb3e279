import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { StatusPill } from '@forum/web/ui';
import { toPillStatus } from '../utils/toPillStatus';

export const DependencyStatusRowFields = graphql(`
  fragment DependencyStatusRowFields on DependencyHealth {
    status
    latencyMs
  }
`);

export type DependencyName = 'database' | 'search' | 'jobs';

export interface DependencyStatusRowProps {
  name: DependencyName;
  /** Missing while the first check runs or when the API cannot be reached. */
  dependency?: FragmentType<typeof DependencyStatusRowFields>;
  /** The API did not answer, so this dependency's state is unknown rather than pending. */
  unreachable?: boolean;
}

export function DependencyStatusRow({
  name,
  dependency,
  unreachable = false,
}: DependencyStatusRowProps) {
  const { t } = useTranslation('home');
  const format = useFormatters();
  const health = useFragment(DependencyStatusRowFields, dependency);
  const status = toPillStatus(health?.status);

  return (
    <li
      className="forum-home-status__dependency"
      data-testid={`health-${name}`}
      data-status={status}
    >
      <div className="forum-home-status__dependency-name">
        <span>{t(`status.dependency.${name}`)}</span>
        <span className="forum-home-status__hint">{t(`status.dependencyHint.${name}`)}</span>
      </div>
      <StatusPill
        status={status}
        label={t(health ? `status.${status}` : unreachable ? 'status.unknown' : 'status.checking')}
      />
      <p className="forum-home-status__latency">
        <span className="forum-home-status__label">{t('status.latency')}</span>{' '}
        <span>{health ? format.milliseconds(health.latencyMs) : '–'}</span>
      </p>
    </li>
  );
}
