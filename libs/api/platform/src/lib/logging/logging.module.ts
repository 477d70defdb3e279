import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LogConfig } from '../config/app-config.js';

export const requestIdHeader = 'x-request-id';
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Structured JSON logs. Every request gets an id (the caller's `x-request-id` when it is sane,
 * otherwise a new UUID) that appears in every log line of that request and in the response.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: LogConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.level,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const incoming = req.headers[requestIdHeader];
              const id =
                typeof incoming === 'string' && acceptableRequestId.test(incoming)
                  ? incoming
                  : randomUUID();
              res.setHeader(requestIdHeader, id);
              return id;
            },
            customAttributeKeys: { reqId: 'requestId' },
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
          },
        }),
      ],
    };
  }
}
