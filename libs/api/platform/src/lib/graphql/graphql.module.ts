import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { GraphqlConfig, ServerConfig } from '../config/app-config.js';
import { DataExceptionInterceptor } from '../errors/data-exception.interceptor.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { inputGuardPlugin } from './input-guard.js';
import { queryCostPlugin, queryLimitRules, queryLimits } from './query-limits.js';
import { RequestDeadlineInterceptor, requestDeadlinePlugin } from './request-deadline.js';
import { limitSocketMessages, type SocketExtra, socketServerOptions } from './subscriptions.js';
import { TrustedDocuments, trustedDocumentsPlugin } from './trusted-documents.js';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

export interface ForumGraphqlOptions {
  /** Where to write the SDL; omit to keep the schema in memory (production). */
  schemaFile?: string;
}

/**
 * The GraphQL endpoint: code-first schema on Apollo Server, sorted SDL, one error formatter, the
 * limits of ADR 0016 and the deadline and trusted documents of ADR 0023.
 */
@Module({})
export class ForumGraphqlModule implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    // Commands (seed, migrations, search index) run without an HTTP server, hence no sockets.
    if (!this.adapterHost.httpAdapter) return;
    limitSocketMessages(this.moduleRef);
  }

  static forRoot(
    server: ServerConfig,
    graphql: GraphqlConfig,
    options: ForumGraphqlOptions = {},
  ): DynamicModule {
    const trusted = graphql.manifestPath ? TrustedDocuments.load(graphql.manifestPath) : null;
    return {
      module: ForumGraphqlModule,
      providers: [
        { provide: APP_INTERCEPTOR, useClass: DataExceptionInterceptor },
        { provide: APP_INTERCEPTOR, useClass: RequestDeadlineInterceptor },
      ],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            introspection: !server.isProduction,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError,
            parseOptions: { maxTokens: queryLimits.maxTokens },
            validationRules: queryLimitRules,
            // With a manifest, a request may name a web app document by its hash instead of its text.
            ...(trusted ? { persistedQueries: trusted.asPersistedQueries() } : {}),
            plugins: [
              ...(trusted && graphql.trustedDocuments === 'required'
                ? [trustedDocumentsPlugin(trusted)]
                : []),
              queryCostPlugin,
              inputGuardPlugin,
              requestDeadlinePlugin(graphql.requestTimeoutMs),
            ],
            // Subscriptions over WebSocket (`graphql-ws`): ADR 0024.
            subscriptions: {
              'graphql-ws': socketServerOptions({
                webOrigin: server.webOrigin,
                trusted,
                trustedRequired: trusted !== null && graphql.trustedDocuments === 'required',
                moduleRef,
              }),
            },
            context: (input: GraphqlContext | { extra: SocketExtra }): GraphqlContext =>
              'extra' in input
                ? // A subscription has no HTTP response to write to.
                  ({ req: input.extra.request } as unknown as GraphqlContext)
                : { req: input.req, res: input.res },
          }),
        }),
      ],
    };
  }
}
