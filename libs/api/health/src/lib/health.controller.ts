import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthStatus } from './health.model.js';
import { HealthService } from './health.service.js';

/** Plain HTTP probes for load balancers and orchestrators. */
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process runs and serves HTTP. */
  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: 200 while the API can serve requests, also without search ("degraded", naming the
   * dependency in `degraded`), so a load balancer keeps sending traffic; 503 when the database or
   * the job queue does not answer.
   */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) response: Response) {
    const health = await this.health.check();
    const ready = health.status !== HealthStatus.DOWN;
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: { UP: 'ready', DEGRADED: 'degraded', DOWN: 'unavailable' }[health.status],
      degraded: health.degraded,
      database: health.database,
      search: health.search,
      jobs: health.jobs,
    };
  }
}
