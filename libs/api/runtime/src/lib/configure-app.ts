import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, createValidationPipe } from '@forum/api/platform';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';

/** Limits every request body; a question with 30,000 characters of Markdown fits with room. */
export const maxRequestBodyBytes = 1024 * 1024;

/** Cross-cutting HTTP settings, identical in production, development and tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.set('trust proxy', config.server.trustedProxies);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: maxRequestBodyBytes });
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({ origin: config.server.webOrigin, credentials: true });
}
