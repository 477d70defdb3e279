import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { MailConfig, ForumException } from '@forum/api/platform';
import type { Request, Response } from 'express';
import { SsoService } from './sso.service.js';

/** The browser-facing end of single sign-on: full-page redirects, not GraphQL. */
@Controller('auth/sso')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    private readonly sso: SsoService,
    private readonly mailConfig: MailConfig,
  ) {}

  @Get('start')
  async start(
    @Query('returnTo') returnTo: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    try {
      await this.sso.start(returnTo, response);
    } catch (error) {
      this.failed(error, response);
    }
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const returnTo = await this.sso.finish(request, response);
      response.redirect(new URL(returnTo, this.mailConfig.webOrigin).toString());
    } catch (error) {
      this.failed(error, response);
    }
  }

  /** Back to the sign-in page with a reason code the web app translates. */
  private failed(error: unknown, response: Response): void {
    const reason = error instanceof ForumException ? error.reason : 'SSO_FAILED';
    if (!(error instanceof ForumException))
      this.logger.warn({ err: error }, 'Single sign-on failed');
    const url = new URL('/sign-in', this.mailConfig.webOrigin);
    url.searchParams.set('ssoError', reason);
    response.redirect(url.toString());
  }
}
