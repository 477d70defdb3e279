import type { HealthStatus } from '@forum/web/data-access-graphql';
import type { StatusPillStatus } from '@forum/web/ui';

export function toPillStatus(status: HealthStatus | undefined): StatusPillStatus {
  switch (status) {
    case 'UP':
      return 'up';
    case 'DEGRADED':
      return 'degraded';
    case 'DOWN':
      return 'down';
    default:
      return 'unknown';
  }
}
