import { act, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, renderWithForum, stubGraphql } from '@forum/web/testing';
import { SystemStatusPanel } from './SystemStatusPanel';

type Status = 'UP' | 'DOWN';

function healthResponse({
  database = 'UP',
  search = 'UP',
  jobs = 'UP',
}: { database?: Status; search?: Status; jobs?: Status } = {}) {
  const dependency = (status: Status, latencyMs: number) => ({
    __typename: 'DependencyHealth',
    status,
    latencyMs,
    error: status === 'DOWN' ? 'connect ECONNREFUSED' : null,
  });
  const essentialUp = database === 'UP' && jobs === 'UP';
  return {
    data: {
      health: {
        __typename: 'Health',
        status: !essentialUp ? 'DOWN' : search === 'UP' ? 'UP' : 'DEGRADED',
        version: '1.4.2',
        uptimeSeconds: 2 * 3_600 + 5 * 60,
        checkedAt: new Date().toISOString(),
        database: dependency(database, 3.2),
        search: dependency(search, 12.7),
        jobs: dependency(jobs, 1),
      },
    },
  };
}

describe('SystemStatusPanel', () => {
  it('shows every dependency up with its latency, the version and when it was checked', async () => {
    const { fetch, requests } = stubGraphql({ HealthStatus: () => healthResponse() });

    renderWithForum(<SystemStatusPanel />, { fetch });

    expect(screen.getByTestId('health-status')).toHaveTextContent('Checking…');
    await waitFor(() => expect(screen.getByTestId('health-status')).toHaveTextContent('Up'));
    expect(screen.getByText('All systems are working.')).toBeInTheDocument();

    const database = screen.getByTestId('health-database');
    expect(database).toHaveTextContent('Database');
    expect(database).toHaveTextContent('Up');
    expect(database).toHaveTextContent('3 ms');
    expect(screen.getByTestId('health-search')).toHaveTextContent('13 ms');
    expect(screen.getByTestId('health-jobs')).toHaveTextContent('Up');
    expect(screen.getByTestId('health-version')).toHaveTextContent('1.4.2');
    expect(screen.getByText(/2 hr,? 5 min/)).toBeInTheDocument();
    expect(screen.getByTestId('health-checked-at')).toHaveTextContent(/\d{1,2}:\d{2}:\d{2}/);

    expect(requests[0]?.operationName).toBe('HealthStatus');
  });

  it('points at the dependency that is down', async () => {
    const { fetch } = stubGraphql({ HealthStatus: healthResponse({ jobs: 'DOWN' }) });

    renderWithForum(<SystemStatusPanel />, { fetch });

    await waitFor(() => expect(screen.getByTestId('health-status')).toHaveTextContent('Down'));
    expect(screen.getByTestId('health-jobs')).toHaveTextContent('Down');
    expect(screen.getByTestId('health-jobs')).toHaveAttribute('data-status', 'down');
    expect(screen.getByTestId('health-database')).toHaveTextContent('Up');
    expect(screen.getByTestId('health-search')).toHaveTextContent('Up');
    expect(screen.getByText(/Some services are not working/)).toBeInTheDocument();
  });

  it('calls the forum limited, not down, when only search is down', async () => {
    const { fetch } = stubGraphql({ HealthStatus: healthResponse({ search: 'DOWN' }) });

    renderWithForum(<SystemStatusPanel />, { fetch });

    await waitFor(() => expect(screen.getByTestId('health-status')).toHaveTextContent('Limited'));
    expect(screen.getByTestId('health-status')).toHaveAttribute('data-status', 'degraded');
    expect(screen.getByTestId('health-search')).toHaveAttribute('data-status', 'down');
    expect(screen.getByText(/Search is unavailable for the moment/)).toBeInTheDocument();
  });

  it('says so when the API cannot be reached, instead of failing', async () => {
    const { fetch } = stubGraphql({
      HealthStatus: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    renderWithForum(<SystemStatusPanel />, { fetch });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The API is not reachable');
    expect(screen.getByTestId('health-status')).toHaveTextContent('Down');
    for (const name of ['database', 'search', 'jobs']) {
      expect(screen.getByTestId(`health-${name}`)).toHaveTextContent('Unknown');
    }
  });

  it('treats a failing proxy (HTTP 502) as an unreachable API', async () => {
    const { fetch } = stubGraphql({
      HealthStatus: jsonResponse({ message: 'Bad Gateway' }, 502),
    });

    renderWithForum(<SystemStatusPanel />, { fetch });

    expect(await screen.findByRole('alert')).toHaveTextContent('The API is not reachable');
  });

  it('checks again on its interval and notices when the API goes away', async () => {
    let reachable = true;
    const { fetch, requests } = stubGraphql({
      HealthStatus: () =>
        reachable ? healthResponse() : Promise.reject(new TypeError('Failed to fetch')),
    });

    renderWithForum(<SystemStatusPanel pollIntervalMs={50} />, { fetch });
    await waitFor(() => expect(screen.getByTestId('health-status')).toHaveTextContent('Up'));

    act(() => {
      reachable = false;
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('The API is not reachable');
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });

  it('speaks German', async () => {
    const { fetch } = stubGraphql({ HealthStatus: healthResponse({ jobs: 'DOWN' }) });

    renderWithForum(<SystemStatusPanel />, { fetch, language: 'de' });

    await waitFor(() =>
      expect(screen.getByTestId('health-status')).toHaveTextContent('Nicht verfügbar'),
    );
    expect(screen.getByRole('heading', { name: 'Systemstatus' })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('health-database')).getByText('Verfügbar'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('health-jobs')).toHaveTextContent('Hintergrundaufgaben');
    expect(screen.getByText(/2 Std\.,? 5 Min\./)).toBeInTheDocument();
  });
});
