import { useQuery } from '@forum/web/data-access-graphql';
import { useEffect } from 'react';
import { HealthStatusQuery } from '../graphql/HealthStatus';

export const HEALTH_POLL_INTERVAL_MS = 10_000;

/** The API's health, fetched now and again every `intervalMs` while the page is visible. */
export function useHealthStatus(intervalMs = HEALTH_POLL_INTERVAL_MS) {
  // Health is only useful fresh: never answer from the cache.
  const [result, reexecute] = useQuery({ query: HealthStatusQuery, requestPolicy: 'network-only' });

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        reexecute({ requestPolicy: 'network-only' });
      }
    }, intervalMs);
    return () => clearInterval(timer);
  }, [reexecute, intervalMs]);

  return result;
}
