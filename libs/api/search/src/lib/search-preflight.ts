import type { SearchConfig } from '@forum/api/platform';

/**
 * Calls Meilisearch once and explains a failure in one actionable line, or returns undefined when
 * it answers and accepts the key.
 */
export async function describeSearchProblem(config: SearchConfig): Promise<string | undefined> {
  const where = `Meilisearch at ${config.url}`;
  try {
    const health = await fetch(new URL('/health', config.url), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!health.ok)
      return `${where} answered /health with HTTP ${health.status}; is MEILI_URL a Meilisearch server?`;
    const headers: Record<string, string> = config.apiKey
      ? { authorization: `Bearer ${config.apiKey}` }
      : {};
    const version = await fetch(new URL('/version', config.url), {
      headers,
      signal: AbortSignal.timeout(5_000),
    });
    if (version.status === 401 || version.status === 403) {
      return `${where} rejected the key in MEILI_MASTER_KEY (HTTP ${version.status}).`;
    }
    if (!version.ok) return `${where} answered /version with HTTP ${version.status}.`;
    return undefined;
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return `Cannot reach ${where} (${reason}). Check MEILI_URL, or unset it and run "npm start" to use the embedded Meilisearch.`;
  }
}
