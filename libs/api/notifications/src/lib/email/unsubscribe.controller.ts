import { Controller, Post, Query, Res } from '@nestjs/common';
import { ForumException } from '@forum/api/platform';
import type { Response } from 'express';
import { UnsubscribeService } from './unsubscribe.service.js';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL in
 * the `List-Unsubscribe` header, without cookies and without showing a page. The signed token in
 * the query is the only credential; a bad one gets its typed reason as JSON and changes nothing.
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Post()
  async oneClick(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    try {
      const state = await this.unsubscribes.unsubscribe(typeof token === 'string' ? token : '');
      response.status(200).json({ unsubscribed: true, scope: state.scope });
    } catch (error) {
      if (error instanceof ForumException) {
        response.status(400).json({ reason: error.reason, message: error.message });
        return;
      }
      throw error;
    }
  }
}
