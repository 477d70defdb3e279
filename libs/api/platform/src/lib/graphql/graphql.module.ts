import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { ServerConfig } from '../config/app-config.js';
import { DataExceptionInterceptor } from '../errors/data-exception.interceptor.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { inputGuardPlugin } from './input-guard.js';
import { queryCostPlugin, queryLimitRules, queryLimits } from './query-limits.js';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

export interface ForumGraphqlOptions {
  /** Where to write the SDL; omit to keep the schema in memory (production). */
  schemaFile?: string;
}

/** The GraphQL endpoint: code-first schema on Apollo Server, sorted SDL, one error formatter. */
@Module({})
export class ForumGraphqlModule {
  static forRoot(server: ServerConfig, options: ForumGraphqlOptions = {}): DynamicModule {
    return {
      module: ForumGraphqlModule,
      providers: [{ provide: APP_INTERCEPTOR, useClass: DataExceptionInterceptor }],
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: options.schemaFile ?? true,
          sortSchema: true,
          introspection: !server.isProduction,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphqlError,
          parseOptions: { maxTokens: queryLimits.maxTokens },
          validationRules: queryLimitRules,
          plugins: [queryCostPlugin, inputGuardPlugin],
          context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
        }),
      ],
    };
  }
}
