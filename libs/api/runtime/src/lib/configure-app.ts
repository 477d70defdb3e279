import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, createValidationPipe } from '@forum/api/platform';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';

/** Limits every request body; a question with 30,000 characters of Markdown fits with room. */
export const maxRequestBodyBytes = 1024 * 1024;

/**
 * A body announced larger than the limit is refused (413) without being read: the connection
 * closes after the answer, so the server does not read and discard megabytes to keep it open.
 */
function closeAfterOversizedBody(request: Request, response: Response, next: NextFunction): void {
  if (Number(request.headers['content-length']) > maxRequestBodyBytes) {
    response.setHeader('connection', 'close');
  }
  next();
}

/** Cross-cutting HTTP settings, identical in production, development and tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.set('trust proxy', config.server.trustedProxies);
  app.disable('x-powered-by');
  app.use(closeAfterOversizedBody);
  app.useBodyParser('json', { limit: maxRequestBodyBytes });
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: config.server.webOrigin, credentials: true });
}
