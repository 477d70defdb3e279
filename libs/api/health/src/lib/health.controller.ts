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

  /** Readiness: every dependency answers; 503 names what does not. */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) response: Response) {
    const health = await this.health.check();
    const ready = health.status === HealthStatus.UP;
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'unavailable',
      database: health.database,
      search: health.search,
      jobs: health.jobs,
    };
  }
}
